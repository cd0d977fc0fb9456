"""The store interface: what the CLI, the recorder, the analyses and export/import may ask of a
run store, whichever engine holds it (SQLite file, PostgreSQL server).

Everything here takes and returns plain values: run ids (never user text: references are
resolved by expctl.query.refs, `--where` and `--sort` are parsed by expctl.query.where, both before the
store is asked), the record types of expctl.records and the dataclasses of expctl.models.
Errors leave a store as ExpctlError subclasses (StoreError, RunNotFound, StoreBusy ...), never
as a driver's exception. One conformance suite (tests/test_store_conformance.py) runs every
engine through the same contract.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

from ..models import GitInfo, Param, ParamOrigin, Run, StoreInfo
from ..records import LogChunk, NewRun, Series
from .rows import AnalysedRun, RunListing
from .rows import check_selection  # noqa: F401 (its home is rows.py: no typing import)


@runtime_checkable
class Store(Protocol):
    """A run store. Each write is one transaction: it happens whole or not at all."""

    # -- the store itself -----------------------------------------------------------------------
    def close(self) -> None: ...
    def schema_version(self) -> int: ...
    def info(self) -> StoreInfo:
        """Where the store is (passwords never included), why it was chosen, its schema
        version and counts of experiments, runs, metric points and running runs."""
    def size_bytes(self) -> int:
        """Bytes the store takes on disk (an SQLite file with its log; a server's database)."""
    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another writer's lock before StoreLocked."""
    def checkpoint(self) -> None:
        """Make what was written durable in the store's main file (a no-op where there is none)."""
    def defer_checkpoints(self, defer: bool) -> None:
        """While `defer`, commits leave what they wrote to the next `checkpoint` (a no-op where
        there is none): a write split into several commits is copied into the main file once."""
    def compact(self) -> tuple[int, int]:
        """Reclaim free space; StoreBusy while runs are being recorded. Sizes before, after."""

    # -- recording a run ------------------------------------------------------------------------
    def create_run(self, new: NewRun) -> int:
        """Insert the run (status running) with its tags and params; its new id, never reused."""
    def add_params(self, run_id: int, params: Iterable[Param],
                   origins: Iterable[ParamOrigin] = ()) -> None:
        """Params by the precedence of their sources (models.param_wins); losers kept as
        overridden; `origins` say where they came from."""
    def replace_params(self, run_id: int, source: str, params: Iterable[Param]) -> None: ...
    def record_git(self, run_id: int, git: GitInfo) -> None: ...
    def record_env(self, run_id: int, env: dict) -> None:
        """The run's environment; `env["packages"]` (name -> version) is stored once per set."""
    def append(self, run_id: int, metrics: dict[str, Series] | None = None,
               logs: Sequence[LogChunk] = (),
               log_trims: dict[str, tuple[int, int]] | None = None) -> None:
        """Append metric points and log chunks; `log_trims` drops stored bytes of a stream in
        [start, end) (the log cap's moving tail)."""
    def replace_metrics(self, run_id: int, metrics: dict[str, Series], keep_prefix: str = "sys/",
                        keep: Sequence[str] = ()) -> None: ...
    def finish_run(self, run_id: int, status: str, exit_code: int | None, signal: int | None,
                   ended_at: float, resources: dict) -> None: ...
    def add_artifacts(self, run_id: int, artifacts: Sequence[dict]) -> None: ...

    # -- finding runs (the parts of a reference; expctl.query.refs puts them together) ---------------
    def run_ids_named(self, name: str) -> list[int]: ...
    def uuids_with_prefix(self, prefix: str, limit: int) -> list[tuple[int, str]]: ...
    def newest_run_id(self, skip: int = 0) -> int | None: ...
    def run_ids_between(self, first: int | None, last: int | None) -> list[int]: ...
    def run_id_for_uuid(self, uuid: str) -> int | None: ...
    def run_names(self) -> list[str]: ...
    def names_with_prefix(self, kind: str, prefix: str = "", limit: int = 100) -> list[str]: ...
    def recent_run_ids(self, limit: int = 1000) -> list[int]: ...
    def find_run_ids(self, where=None, sort=None, limit: int | None = None,
                     ids: Sequence[int] | None = None, *, experiment: str | None = None,
                     tags: Sequence[str] = (), statuses: Sequence[str] = ()) -> list[int]:
        """Ids selected by `ids` and/or a parsed `--where` tree, ordered by parsed sort keys
        (default: the order of `ids`, else newest first), at most `limit`."""
    def find_runs(self, where=None, sort=None, limit: int | None = None,
                  ids: Sequence[int] | None = None, **filters) -> list[Run]: ...
    def list_runs(self, experiment: str | None = None, tags: Sequence[str] = (),
                  statuses: Sequence[str] = (), limit: int | None = None) -> list[Run]: ...

    # -- reading runs ---------------------------------------------------------------------------
    def get_run(self, run_id: int) -> Run:
        """The run with params, tags and metric summaries; RunNotFound when there is none."""
    def get_runs(self, run_ids: Sequence[int]) -> list[Run]: ...
    def iter_runs(self, run_ids: Sequence[int], batch: int = 500) -> Iterator[Run]: ...
    def started_times(self, run_ids: Sequence[int]) -> list[float]: ...
    def iter_listing(self, run_ids: Sequence[int], batch: int = 1000) -> Iterator[RunListing]:
        """The runs of `get_runs(run_ids)` as `list -f json|csv` reads them, `batch` at a time
        (memory does not grow with the selection): each batch a rows.RunListing, its params
        as values and its metric summaries as rows, with no object per param or summary."""

    # -- reading what an analysis needs (columns of many runs, not whole runs) ------------------
    def analysis_runs(self, run_ids: Sequence[int], metric: str,
                      params: bool = True) -> list[AnalysedRun]:
        """The runs with these ids, in this order (ids with no run left out), holding only id,
        status, params (when `params`) and the summary of `metric` (no entry when a run lacks
        it): what ttest, groups, importance and check read."""
    def summary_column(self, run_ids: Sequence[int], metric: str, field: str) -> list[tuple]:
        """(id, status, has `metric`, the `field` of its summary) for each of these ids that is a
        run, in this order: what importance and groups read, with no object per run. `field` is
        one of rows.SUMMARY_COLUMNS (last, min, max, count); the value is None where the run
        lacks the metric, and where it is NaN (the store keeps NaN as no value)."""
    def summary_columns(self, run_ids: Sequence[int], metric: str,
                        field: str) -> tuple[list[int], list[str], list[bool], list]:
        """summary_column's rows as four columns (ids, statuses, has `metric`, values), with no
        tuple per run: what importance and groups read of 100,000 runs."""
    def param_columns(self, run_ids: Sequence[int]) -> dict[str, dict[int, Any]]:
        """Every param of these runs as columns: name -> {run id: value}, the values typed as
        Param.value has them (names no run has are absent): what groups and importance read,
        without an object per run and param."""
    def param_levels(self, run_ids: Sequence[int],
                     names: Sequence[str] | None = None) -> dict[str, list[tuple[Any, list[int]]]]:
        """The params of these runs (those named in `names`, when given) grouped by value:
        name -> [(value, ids of the runs that have it)], one entry per distinct value (a value
        being its type and repr: 1, 1.0 and True are three), ids ascending; what importance,
        groups and `ttest --by` read, which need the runs of each value and never a value per
        run (rows.levels_of of param_columns is the reference)."""
    def metric_names(self, run_ids: Sequence[int]) -> list[str]:
        """The distinct names of the metrics these runs have, sorted."""
    def iter_metric_values(self, run_ids: Sequence[int], name: str) -> Iterator[tuple[int, array]]:
        """(run id, every value of its series `name` in order of arrival) for each of these
        runs that has the metric, one run at a time, in no promised order of runs."""
    def overridden_params(self, run_id: int) -> list[Param]: ...
    def param_origins(self, run_id: int) -> list[ParamOrigin]: ...
    def get_git(self, run_id: int) -> GitInfo | None: ...
    def git_summaries(self, run_ids: Sequence[int]) -> dict[int, tuple[str | None, bool]]: ...
    def get_env(self, run_id: int) -> dict | None: ...
    def read_metrics(self, run_id: int, names: Sequence[str] = ()) -> dict[str, Series]: ...
    def iter_metric_chunks(self, run_id: int, names: Sequence[str] = ()) -> Iterator[tuple[str, Series]]: ...
    def read_logs(self, run_id: int,
                  streams: Sequence[str] = ("stdout", "stderr", "output")) -> list[LogChunk]: ...
    def read_logs_after(self, run_id: int, after_seq: int,
                        streams: Sequence[str] = ("stdout", "stderr")) -> tuple[int, list[LogChunk]]: ...
    def log_totals(self, run_id: int) -> dict[str, int]: ...
    def list_experiments(self) -> list[dict]: ...
    def list_artifacts(self, run_id: int) -> list[dict]: ...
    def artifact_hashes(self) -> set[str]: ...

    # -- managing runs --------------------------------------------------------------------------
    def add_tags(self, run_id: int, tags: Iterable[str]) -> None: ...
    def remove_tags(self, run_id: int, tags: Iterable[str]) -> None: ...
    def rename_run(self, run_id: int, name: str) -> None: ...
    def set_notes(self, run_id: int, notes: str) -> None: ...
    def delete_runs(self, run_ids: Sequence[int]) -> int: ...
    def scrub_run(self, run_id: int, rules, dry_run: bool = False) -> list[str]: ...
    def active_run_ids(self) -> list[int]: ...
    def running_runs(self, host: str) -> list[tuple[int, int | None, float | None]]: ...
    def mark_crashed(self, run_ids: Sequence[int]) -> None: ...

    # -- moving runs between stores -------------------------------------------------------------
    def export_run(self, run_id: int) -> dict: ...
    def export_runs(self, run_ids: Sequence[int], packed: bool = False) -> Iterator[dict]:
        """`export_run` of each run, in this order (ids with no run left out), read a batch
        at a time: memory does not grow with the number of runs. With `packed`, each series
        in `metrics` is a rows.PackedSeries (the stored bytes) rather than a Series; SQLite
        gives `metrics` as a chunked.ChunkedMetrics (that mapping, from the chunk rows as stored)
        and runs of one env and package set one read-only rows.SharedEnv as `env`."""
    def import_run(self, doc: dict) -> int: ...
    def import_runs(self, docs: Sequence[dict]) -> list[int]:
        """`import_run` of each doc in one transaction (all or none); the new ids, in order."""
