"""What every engine shares about rows: how values are typed on the way in and out, which
columns an export carries, and what "newest first" means."""

from __future__ import annotations

import math
from itertools import chain, repeat

try:  # the C function `operator` re-exports, without that module (2 M instructions)
    from _operator import itemgetter
except ImportError:  # another Python
    from operator import itemgetter

from ..models import MetricSummary, Param, Record, Run
from ..records import pack

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` (light commands start faster)
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from array import array
    from typing import Any

EXPORT_RUN_FIELDS = ("uuid", "name", "experiment", "command", "cwd", "status", "exit_code",
                     "signal", "started_at", "ended_at", "host", "user", "pid", "pid_started",
                     "notes", "resources")
SUMMARY_FIELDS = ("last", "min", "max", "count", "last_step", "last_time")
# "Newest first", wherever runs are listed or `last` is resolved: by start time, so that runs
# imported from another store sort among the others by when they ran, not by when they were
# imported; the id breaks ties (runs started in the same microsecond, clock steps).
NEWEST_FIRST = "r.started_at DESC, r.id DESC"


SUMMARY_COLUMNS = ("last", "min", "max", "count")  # what Store.summary_column reads


def summary_field(field: str) -> str:
    """`field` when Store.summary_column reads it (a column name, never user text in SQL);
    else a programming error (ValueError)."""
    if field not in SUMMARY_COLUMNS:
        raise ValueError(f"summary_column reads one of {SUMMARY_COLUMNS}, not {field!r}")
    return field


def check_selection(where, sort, ids) -> None:
    """TypeError when user text reaches the store where a parsed value belongs (a caller that
    forgot to parse): a programming error, caught by tests, never a user's."""
    for name, value in (("where", where), ("sort", sort), ("ids", ids)):
        if isinstance(value, (str, bytes)):
            raise TypeError(f"the store takes a parsed {name}, not text {value!r}: "
                            f"use expctl.query.lookup.find_run_ids for user text")


def finite(values: Sequence[float]) -> Sequence[float]:
    """`values` without NaNs. The sum is NaN exactly when a NaN (or both infinities) is among
    them: one C-speed pass decides whether the per-value filter is needed at all."""
    if not math.isnan(sum(values)):
        return values
    return [v for v in values if not math.isnan(v)]


def widened_range(low: float | None, high: float | None,
                  values: array) -> tuple[float | None, float | None]:
    """The (min, max) of a summary whose old range is `low`..`high` (None: no value yet) once
    `values` (float64) are added; NaNs count for neither."""
    new_low, new_high = _finite_range(values)
    if new_low is None or new_high is None:
        return low, high
    return (new_low if low is None else min(low, new_low),
            new_high if high is None else max(high, new_high))


def _python_finite_range(values) -> tuple[float, float] | tuple[None, None]:
    kept = finite(values)
    return (min(kept), max(kept)) if len(kept) else (None, None)


try:  # compiled: a float object per value made three passes cost more than packing the points
    from ._columns import finite_range as _finite_range
except ImportError:  # built without a C compiler
    _finite_range = _python_finite_range


def null_nan(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else value


def type_name(value) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    return "str"


def typed(kind: str, value):
    if kind == "bool":
        return bool(value)
    if kind == "float":
        return float("nan") if value is None else float(value)
    if kind == "int":
        return int(value)
    return value


# `typed` in SQL where the database can do it: a float param stored as an integer comes out
# CAST as a float (as float() casts it: both round to nearest); the rows SQL_PARAM_RETYPE marks
# (bools, and NaN or infinities, stored as NULL or text) still go through `typed`.
SQL_PARAM_VALUE = "CASE WHEN type = 'float' AND typeof(value) = 'integer' THEN CAST(value AS REAL) ELSE value END"
SQL_PARAM_RETYPE = "type = 'bool' OR (type = 'float' AND typeof(value) IN ('null', 'text'))"


def sql_param_plain(valid: str) -> str:
    """True for a params row that passes the check `valid` (checks.SQL_VALID_PARAM, given by the
    caller) and whose SQL_PARAM_VALUE is its value already (SQL_PARAM_RETYPE false): a listing
    whose rows all meet it takes the values as they come."""
    return f"CASE WHEN {valid} THEN NOT ({SQL_PARAM_RETYPE}) ELSE 0 END"


def nan_null(value: float | None) -> float:
    return float("nan") if value is None else value


def run_from_row(path: str, row: tuple, valid: bool = False) -> Run:
    """A Run from a `runs` row, checked as the store's read checks say (expctl.store.checks):
    a damaged value is one StoreError naming the run and the column. `valid`: the row met
    checks.SQL_VALID_RUN in the database."""
    from . import checks

    (run_id, uuid, name, experiment, command, cwd, status, exit_code, signal, started_at,
     ended_at, host, user, pid, notes, resources) = row
    command, resources = checks.run_row(path, row, valid)
    return tuple.__new__(Run, (run_id, uuid, name, experiment, command, cwd, status, exit_code,
                               signal, started_at, ended_at, host, user, pid, [], notes, {}, {},
                               resources))  # Run(...) without its Python-level __new__


NOTES_PREVIEW = 4096  # characters of notes read per run when listing runs (show reads them all)
NOTES_SQL = f"substr(r.notes, 1, {NOTES_PREVIEW + 1})"  # the preview's read, one past the cut


def preview_notes(runs: dict[int, Run]) -> None:
    """Cut each run's notes, read by NOTES_SQL, to NOTES_PREVIEW characters, marked ` [...]`
    where cut: what listing many runs shows on every engine (`get_run` reads them whole)."""
    if max((len(run.notes or "") for run in runs.values()), default=0) > NOTES_PREVIEW:
        for run_id, run in runs.items():
            if run.notes and len(run.notes) > NOTES_PREVIEW:
                runs[run_id] = run._replace(notes=run.notes[:NOTES_PREVIEW] + " [...]")


def runs_from_rows(path: str, rows: list[tuple]) -> list[Run]:
    """run_from_row of each row (a `runs` row followed by its checks.SQL_VALID_RUN flag), the
    checks made for the whole batch at C speed when every row passes them: the flags, the JSON
    of `command` and `resources` parsed whole, each command a list of text and each resources
    an object of numbers or nulls. A batch with any other row (a damaged one, a run still
    running, resources of another shape) is checked row by row, which raises the error."""
    commands = parse_whole(list(map(_COMMAND, rows)))
    used = parse_whole(list(map(_RESOURCES, rows)))
    if (commands is None or used is None or not all(map(_VALID, rows))
            or set(map(type, commands)) != _LIST or set(map(type, used)) != _DICT
            or not set(map(type, chain.from_iterable(commands))) <= _TEXT
            or not set(map(type, chain.from_iterable(map(dict.values, used)))) <= _NUMBER_OR_NULL
            or any(map(dict.__contains__, used, repeat("incomplete")))):
        return [run_from_row(path, row[:16], row[16]) for row in rows]
    new = tuple.__new__
    return [new(Run, (run_id, uuid, name, experiment, command, cwd, status, exit_code, signal,
                      started_at, ended_at, host, user, pid, [], notes, {}, {}, resources))
            for (run_id, uuid, name, experiment, _, cwd, status, exit_code, signal, started_at,
                 ended_at, host, user, pid, notes, _, _), command, resources
            in zip(rows, commands, used)]


def parse_whole(texts: list) -> list | None:
    """Each text parsed as JSON (json.loads of each, at C speed), or None when one is not
    JSON text that parses whole (the row-by-row checks then say which and why)."""
    global _scan_json
    if _scan_json is None:
        import json

        _scan_json = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
    try:
        parsed = list(map(_scan_json, texts, repeat(0)))
    except (StopIteration, ValueError, TypeError, RecursionError):
        return None
    if list(map(_END, parsed)) != list(map(len, texts)):
        return None
    return list(map(_VALUE, parsed))


_scan_json = None
_COMMAND, _RESOURCES, _VALID = itemgetter(4), itemgetter(15), itemgetter(16)
_VALUE, _END = itemgetter(0), itemgetter(1)
_LIST, _DICT, _TEXT, _NUMBER_OR_NULL = {list}, {dict}, {str}, {int, float, type(None)}


class PackedSeries(Record):
    """A metric series as export reads it (Store.export_runs with `packed`): its `n` points
    as the three columns' packed bytes (records.pack: little-endian float64), which the
    export file carries as they are, base64-encoded; import (transfer.runs.decode_run with
    `packed`) hands them to Store.import_runs so, to be stored as they are."""

    n: int
    steps: bytes | bytearray
    times: bytes | bytearray
    values: bytes | bytearray


def packed_columns(series) -> PackedSeries:
    """A Series (or a PackedSeries, as it is) as its packed columns."""
    if type(series) is PackedSeries:
        return series
    return PackedSeries(len(series.values), pack(series.steps), pack(series.times), pack(series.values))


class SharedEnv(dict):
    """An env record (with its `packages`) that the documents of Store.export_runs with
    `packed` share: runs recorded on one machine with one package set hold the same one, so
    that an export encodes it once (transfer.export). Read-only, since it is shared."""

    __slots__ = ()

    def _read_only(self, *args, **kwargs):
        raise TypeError("a shared env record is read-only")

    __setitem__ = __delitem__ = update = pop = popitem = clear = setdefault = __ior__ = _read_only


# The tables of an ExportRows that Store.export_rows with `sql_tables` gives as SQL (`head` and
# `git` too)
SQL_TABLES = ("tags", "params", "overridden_params", "param_origins", "summaries", "metrics")


class ExportRows(Record):
    """A batch of runs as an export reads them from SQLite (Store.export_rows): the rows as the
    database gives them, every table's by run id, for transfer.export to write each run's line
    from (no document per run). `order`: the batch's run ids as asked. `ids`: those with a
    run, ascending. `head`: None when a row failed a check made for the whole batch (read the
    batch with export_runs, whose checks say what is damaged); else the runs' own columns, one
    sequence per EXPORT_RUN_FIELDS field, aligned with `ids`, `command` and `resources`
    parsed; with `sql_tables`, the SQL of the runs rows (run id, those columns as stored,
    check flag) for the caller to check (command a JSON list of text, resources NULL, empty
    or a JSON object of numbers and nulls without "incomplete"). `envs`: each run's
    SharedEnv, or None. `arg`: the batch's ids as JSON, the one
    parameter of a table given as SQL. The tables, rows (run id, *columns), or the SQL that
    reads them (SQL_TABLES, with `sql_tables`), in the columns' order of the export's objects:
    `tags` (tag, and its check flag), `params` and `overridden_params`
    (name, type, value, text, source: a params row has its check flag after them),
    `param_origins` (source, origin, count, problem), `summaries` (name, *SUMMARY_FIELDS,
    check flag), `git` (the export's git keys, dirty and patch_truncated as bools, untracked
    parsed; with `sql_tables` the SQL of the rows as stored, with their check flag), `log_streams` (stream, total), `artifacts` (path, size, sha256), `logs` (seq,
    stream, offset, size, data) and `metrics` (name, steps, times, vals: the chunk rows, by
    name then seq, unchecked: as chunked.ChunkedMetrics.rows)."""

    order: list[int]
    ids: list[int]
    head: list[Sequence] | str | None
    envs: list[SharedEnv | None]
    arg: str
    tags: list[tuple] | str
    params: list[tuple] | str
    overridden_params: list[tuple] | str
    param_origins: list[tuple] | str
    summaries: list[tuple] | str
    git: list[tuple] | str
    log_streams: list[tuple]
    artifacts: list[tuple]
    logs: list[tuple]
    metrics: list[tuple] | str


class RunListing(Record):
    """A batch of runs as `list -f json|csv` reads them (Store.iter_listing), with no object per
    param or summary. `runs`: the runs in the order asked (ids with no run left out), with their
    tags but with `params` and `metrics` empty. `params`: run id -> {name: value}, the values
    typed as Param.value has them, names sorted (runs without params have no entry).
    `summaries`: the rows (run id, name, last, min, max, count, last_step) of the batch's metric
    summaries, by run id and then name; None where a value is unknown (NaN)."""

    runs: list[Run]
    params: dict[int, dict[str, Any]]
    summaries: list[tuple]


class AnalysedRun(Record):
    """What an analysis reads of a run (Store.analysis_runs), not the whole run: its id and
    status, its params (name -> models.Param; empty when not asked for) and, in `metrics`,
    the summary of the one metric analysed (empty when the run lacks it)."""

    id: int
    status: str
    params: dict[str, Param]
    metrics: dict[str, MetricSummary]


def levels_of(columns: Mapping[str, Mapping[int, Any]]) -> dict[str, list[tuple[Any, list[int]]]]:
    """Store.param_levels from Store.param_columns' columns (name -> {run id: value}): per name,
    one (value, run ids) per distinct value, a value being its type and repr (1, 1.0 and True
    are three; so are 0.0 and -0.0; every NaN is one), ids ascending. The reference the SQL
    read is tested against, and what an engine without it (or a few runs) answers with."""
    found: dict[str, list[tuple[Any, list[int]]]] = {}
    for name, column in columns.items():
        levels: dict[tuple, tuple[Any, list[int]]] = {}
        for run_id in sorted(column):
            value = column[run_id]
            levels.setdefault((type(value), repr(value)), (value, []))[1].append(run_id)
        if levels:
            found[name] = list(levels.values())
    return found


def columns_of(rows: Sequence[tuple]) -> tuple[list, list, list, list]:
    """Store.summary_columns from Store.summary_column's rows: ids, statuses, has, values."""
    if not rows:
        return [], [], [], []
    ids, statuses, has, values = map(list, zip(*rows))
    return ids, statuses, has, values


def __getattr__(name: str):
    """`ChunkedMetrics`, for code that imports it from here: it lives in store/chunked.py since
    its `Mapping` base imports `collections` (about 8 M instructions), and `expctl run` loads
    this module."""
    if name == "ChunkedMetrics":
        from .chunked import ChunkedMetrics

        return ChunkedMetrics
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
