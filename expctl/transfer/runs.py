"""Moving runs between stores: the `expctl-runs` JSON-lines format (docs/export-format.md).

The first line is a header, `{"format": "expctl-runs", "version": 1, ...}`; each further line is
one run with everything the store holds about it. Binary data (metric series as packed
little-endian float64 arrays, log chunks) is base64 text, so a series survives bit for bit,
NaN and -0.0 included, at a third of the size of a JSON list of numbers.

Import merges by uuid: a run whose uuid is new is added under a new id; one already present
with identical content is skipped; one present with different content is a conflict, reported
and never overwritten. Importing the same file twice therefore adds nothing.

No printing here: the CLI renders the returned reports.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import sys
import time
from collections.abc import Iterable, Iterator
from typing import IO

from ..errors import ExpctlError, UsageError
from ..models import Record, paused_gc
from ..records import Series, unpack
from ..store.rows import PackedSeries, packed_columns
from .lines import MAX_TEXT_VALUE, read_lines

FORMAT = "expctl-runs"
VERSION = 2  # the newest this expctl reads and writes; files without artifact content stay 1
# Keys every run line must carry (later additions are optional, with a default, so that a
# file from an older expctl of the same format version still imports).
_REQUIRED = ("uuid", "name", "experiment", "command", "cwd", "status", "exit_code", "signal",
             "started_at", "ended_at", "host", "user", "notes", "resources", "tags", "params",
             "metrics", "summaries", "git", "env", "logs")
_OPTIONAL: dict[str, object] = {"pid": None, "pid_started": None, "log_streams": {}, "artifacts": [],
             "overridden_params": [], "param_origins": []}

ADDED, SKIPPED, CONFLICT = "added", "skipped", "conflict"
# The longest line read, in characters (docs/export-format.md): a longer one is refused while it
# is read, never held whole. Runs with millions of points need long lines; `--max-line-mb`.
MAX_LINE_MB = 256


class Conflict(Record):
    """A run in `source` at `line` whose uuid is already in the store (as `run_id`) with
    different content; `fields` names the top-level keys that differ."""

    source: str
    line: int
    uuid: str
    run_id: int | None
    fields: list[str]


class Refused(Record):
    """A line of `source` (numbered from 1) that is not a valid run: nothing of it was stored."""

    source: str
    line: int
    problem: str


class ImportReport:
    """What an import did (or, with dry_run, would do): counts, conflicts and refused lines."""

    def __init__(self):
        self.added = 0
        self.skipped = 0
        self.conflicts: list[Conflict] = []
        self.refused: list[Refused] = []

    def summary(self, dry_run: bool = False) -> str:
        verb = "would import" if dry_run else "imported"
        text = f"{verb} {_count(self.added, 'run')}, skipped {self.skipped} already present"
        if self.conflicts:
            text += f", {_count(len(self.conflicts), 'conflict')}"
        if self.refused:
            text += f", refused {_count(len(self.refused), 'bad line')}"
        return text


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


# -- export ------------------------------------------------------------------------------------


def header(n_runs: int, artifacts: bool = False) -> dict:
    """The first line of an export file. A file carrying artifact content (blob lines) is
    version 2: a version-1 reader would take its blob lines for damaged runs."""
    from .. import __version__

    return {"format": FORMAT, "version": VERSION if artifacts else 1, "expctl": __version__,
            "exported_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "runs": n_runs,
            "artifacts": artifacts}


def _dump(doc: dict) -> str:
    # Key order is kept (resources and env read back exactly as stored). allow_nan: free-form objects (resources, env) might hold a non-finite float; Python's
    # json writes it as NaN/Infinity and reads it back (see docs/export-format.md).
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def encode_run(doc: dict) -> dict:
    """A run as `SQLiteStore.export_run` returns it -> a JSON-ready object (one file line)."""
    out = {k: v for k, v in doc.items() if k not in ("params", "metrics", "logs")}
    out["params"] = [_encode_param(p) for p in doc["params"]]
    out["overridden_params"] = [_encode_param(p) for p in doc["overridden_params"]]
    out["metrics"] = {name: {"n": s.n, "steps": _b64(s.steps), "times": _b64(s.times),
                             "values": _b64(s.values)}
                      for name, s in sorted((name, packed_columns(s)) for name, s in doc["metrics"].items())}
    out["logs"] = [dict(chunk, data=base64.b64encode(chunk["data"]).decode("ascii"))
                   for chunk in doc["logs"]]
    return out


def _encode_param(param: dict) -> dict:
    """A param row; a non-finite float value is written as text (`nan`, `inf`, `-inf`),
    which strict JSON cannot hold as a number. A float param without a value is a NaN (SQLite
    keeps a NaN as NULL): `nan` too, which import reads back (null it refuses)."""
    value = param["value"]
    if isinstance(value, float) and not math.isfinite(value):
        return dict(param, value=repr(value))
    if value is None and param["type"] == "float":
        return dict(param, value="nan")
    return dict(param)


def _b64(data: bytes | bytearray) -> str:
    return binascii.b2a_base64(data, newline=False).decode("ascii")


# -- import ------------------------------------------------------------------------------------


def decode_run(obj, where: str, packed: bool = False) -> dict:
    """A file line (parsed) -> the shape `SQLiteStore.import_run` takes, after checking every
    key against the format (expctl.transfer.check). `where` (file:line) names the line in
    errors; with `packed`, each series is a PackedSeries, its columns' bytes as the file
    holds them (what the store keeps: never unpacked into arrays). Raises ExpctlError for a
    line that is not a valid run."""
    from .check import Invalid, check_packed_times, check_run, check_series_times

    if not isinstance(obj, dict):
        raise ExpctlError(f"{where}: not a run object")
    missing = [key for key in _REQUIRED if key not in obj]
    if missing:
        raise ExpctlError(f"{where}: run without {', '.join(missing)}",
                          hint="the file is damaged or was not written by expctl export")
    doc = {**_OPTIONAL, **obj}
    try:
        columns = check_run(doc)
        doc["params"] = [_decode_param(p) for p in obj["params"]]
        doc["overridden_params"] = [_decode_param(p) for p in doc["overridden_params"]]
        doc["param_origins"] = [_decode_origin(o) for o in doc["param_origins"]]
        metrics: dict[str, Series | PackedSeries] = {}
        doc["metrics"] = metrics  # name -> Series or PackedSeries
        for name, (steps, times, values) in columns.items():  # decoded by check_run: n values each
            if packed:
                check_packed_times(name, times)
                # the decoded bytes as they are: the store's compiled writer binds them where
                # they lie (its sqlite3 path makes bytearrays of them first: sqlite_import)
                metrics[name] = PackedSeries(len(steps) >> 3, steps, times, values)
            else:
                metrics[name] = series = Series(unpack(steps), unpack(times), unpack(values))
                check_series_times(name, series.times)
        # check_run has matched every base64 text as b64decode(validate=True) would (alphabet,
        # padding, length): binascii decodes it without a second pass of that regex.
        doc["logs"] = [dict(c, data=binascii.a2b_base64(c["data"])) for c in obj["logs"]]
    except Invalid as exc:
        key = exc.key.encode("utf-8", "backslashreplace").decode("utf-8")  # a name may hold a lone surrogate
        raise ExpctlError(f"{where}: {key}: {exc.problem}",
                          hint="see docs/export-format.md for what each key holds") from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ExpctlError(f"{where}: a damaged run ({type(exc).__name__}: {exc})",
                          hint="export the run again from its store") from None
    return doc


def _decode_param(param: dict) -> dict:
    """A param row as the store takes it. Files written before schema 4 call the source of
    `--param` values `cli`: it is `explicit` now (the store's migration renamed it too)."""
    param = dict(param, source="explicit") if param["source"] == "cli" else dict(param)
    if param["type"] == "float" and isinstance(param["value"], str):
        return dict(param, value=float(param["value"]))
    return param


def _decode_origin(origin: dict) -> dict:
    """A param_origins row; every key must be there (KeyError: a damaged line)."""
    return {key: origin[key] for key in ("source", "origin", "count", "problem")}


def canonical(doc: dict) -> dict:
    """The JSON object a decoded run encodes to, as read back: two runs are the same when
    their canonical forms are equal."""
    return json.loads(_dump(encode_run(doc)))


def read_export(stream: IO[str], source: str, max_line_mb: float = MAX_LINE_MB,
                blobs=None, rest=None) -> Iterator[tuple[int, dict | Refused]]:
    """(line number, decoded run) for each run in an export file, after checking its header
    (its series as PackedSeries: decode_run's `packed`);
    a line that is not a valid run comes as (line number, Refused) instead, and reading goes
    on. Blob lines (artifact content) go to `blobs` (a blob_transfer.BlobReceiver; without
    one they are refused). `rest`: the line_items of the lines after the header, (number,
    item) in order and last (number of lines, None), made elsewhere (import_workers).
    Raises UsageError for a file that is not an export, ExpctlError for a newer version."""
    lines = read_lines(stream, int(max_line_mb * (1 << 20)))
    check_header(next(lines, (1, ""))[1], source)
    if rest is None:
        rest = ((number, line_item(number, line, source, max_line_mb, blobs is not None))
                for number, line in lines)
    number = 1
    for number, item in rest:
        if item is not None and (run := settle(item, number, source, blobs)) is not None:
            yield number, run
    if blobs is not None:
        try:
            blobs.finish()
        except ExpctlError as exc:
            yield number, Refused(source, number, exc.message)


def check_header(first: str | int | None, source: str) -> None:
    """Raise UsageError unless `first` (the file's first line) is an export's header, or
    ExpctlError for a version newer than this expctl reads."""
    head = None
    if isinstance(first, str) and first.strip():
        try:
            head = _parse_line(first, f"{source}:1")
        except ExpctlError:
            head = None
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise UsageError(f"{source} is not an expctl export file",
                         hint="make one with: expctl export -o runs.jsonl")
    version = head.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise UsageError(f"{source} has no valid format version ({_short(version)})",
                         hint="the file is damaged or was not written by expctl export")
    if version > VERSION:
        raise ExpctlError(f"{source} is in format version {version}, newer than this "
                          f"expctl reads ({VERSION})", hint="upgrade expctl: pip install -U expctl")


def line_item(number: int, line: str | int | None, source: str, max_line_mb: float,
              take_blobs: bool) -> tuple[str, object] | None:
    """What one line of an export file (as lines.read_lines gives it) holds, decoded and
    checked: ("refused", Refused) for a line refused before it parsed, ("blob", object) for a
    blob line (with `take_blobs`), ("run", decoded run or Refused) for any other; None for
    an empty line. No I/O: worker processes run this (transfer.import_workers)."""
    where = f"{source}:{number}"
    if line is None:
        return "refused", Refused(source, number, f"holds a text value longer than "
                                  f"{MAX_TEXT_VALUE >> 20} MiB; no key may hold one (notes: 1 MiB)")
    if isinstance(line, int):
        return "refused", Refused(source, number, f"longer than {max_line_mb:g} MiB "
                                  f"({line:,} characters or more); raise --max-line-mb to read it")
    if not line.strip():
        return None
    try:
        obj = _parse_line(line, where)
    except ExpctlError as exc:
        return "refused", Refused(source, number, exc.message.removeprefix(f"{where}: "))
    if isinstance(obj, dict) and "blob" in obj and take_blobs:
        return "blob", obj
    try:
        return "run", decode_run(obj, where, packed=True)
    except ExpctlError as exc:
        return "run", Refused(source, number, exc.message.removeprefix(f"{where}: "))


def settle(item: tuple[str, object], number: int, source: str, blobs) -> dict | Refused | None:
    """The run (or Refused) a line_item stands for, in file order: a blob line's content goes
    to `blobs` (None comes back), and a run line first finishes the blob before it."""
    kind, value = item
    try:
        if kind == "blob":
            blobs.take(value)
            return None
        if kind == "run" and blobs is not None:
            blobs.finish()
    except ExpctlError as exc:
        return Refused(source, number, exc.message.removeprefix(f"{source}:{number}: "))
    return value  # type: ignore[return-value]


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _parse_line(line: str, where: str):
    try:
        return json.loads(line)
    except RecursionError:
        raise ExpctlError(f"{where}: nested too deeply to be a run",
                          hint="the file is damaged or was not written by expctl export") from None
    except ValueError as exc:
        raise ExpctlError(f"{where}: not JSON ({_short(str(exc))})",
                          hint="the file is damaged or was not written by expctl export") from None


# Runs written per transaction by import: a batch holds at most this many runs, or points.
IMPORT_BATCH_RUNS = 500
IMPORT_BATCH_POINTS = 2_000_000


def import_runs(store, runs: Iterable[tuple[int, dict | Refused]], source: str, report: ImportReport,
                dry_run: bool = False, seen: dict | None = None) -> ImportReport:
    """Merge decoded runs into `store` by uuid, adding to `report`. Runs are written a batch at
    a time (Store.import_runs: one transaction each), so an error part-way keeps the batches
    before it (importing again skips them), and memory holds a few batches. The batches are
    merged by a writer thread (import_writer.ImportWriter) while this one reads and checks the
    next lines. With `dry_run` nothing is written; `seen` (uuid -> canonical form) then stands
    for what earlier lines would have added."""
    seen = {} if seen is None else seen
    if dry_run:
        for number, doc in runs:
            if isinstance(doc, Refused):
                report.refused.append(doc)
            else:
                _merge_one(store, number, doc, source, report, seen, dry_run=True)
        return report
    with paused_gc():  # parsed lines hold no cycles: reference counting frees them
        return _import_batches(store, runs, source, report)


def _import_batches(store, runs: Iterable[tuple[int, dict | Refused]], source: str,
                    report: ImportReport) -> ImportReport:
    from .import_writer import ImportWriter

    writer = ImportWriter(store, source, report)
    batch: list[tuple[int, dict]] = []
    points = 0
    try:
        for number, doc in runs:
            if isinstance(doc, Refused):
                report.refused.append(doc)
                continue
            batch.append((number, doc))
            points += _points(doc)
            if len(batch) >= IMPORT_BATCH_RUNS or points >= IMPORT_BATCH_POINTS:
                writer.put(batch, points)
                batch, points = [], 0
    finally:
        try:
            writer.put(batch, points)  # what was read before an error is kept, as run by run
        finally:
            writer.close()
    return report


def _points(doc: dict) -> int:
    """A run's weight in a batch: its metric points, and its log bytes / 8. (Read runs hold
    PackedSeries, whose n is at hand: no call a series, no generator for no logs.)"""
    points = 0
    for series in doc["metrics"].values():
        points += series.n if type(series) is PackedSeries else packed_columns(series).n
    logs = doc["logs"]
    return points + sum(len(chunk["data"]) for chunk in logs) // 8 if logs else points


def _merge_one(store, number: int, doc: dict, source: str, report: ImportReport, seen: dict,
               dry_run: bool) -> bool:
    """Classify one run against the store (and `seen`), record the outcome in `report`; True
    when the run is to be added (with dry_run, its canonical form goes to `seen` instead)."""
    outcome, run_id, fields = classify(store, doc, seen)
    if outcome == CONFLICT:
        report.conflicts.append(Conflict(source, number, doc["uuid"], run_id, fields))
    elif outcome == SKIPPED:
        report.skipped += 1
    else:
        report.added += 1
        if dry_run:
            seen[doc["uuid"]] = canonical(doc)
        return True
    return False


def classify(store, doc: dict, seen: dict) -> tuple[str, int | None, list[str]]:
    """(outcome, id of the stored run with this uuid or None, differing keys) for one run."""
    run_id = store.run_id_for_uuid(doc["uuid"])
    if run_id is None and doc["uuid"] not in seen:
        return ADDED, None, []
    mine = canonical(doc)
    theirs = canonical(store.export_run(run_id)) if run_id is not None else seen[doc["uuid"]]
    if mine == theirs:
        return SKIPPED, run_id, []
    fields = sorted(k for k in set(mine) | set(theirs) if mine.get(k) != theirs.get(k))
    return CONFLICT, run_id, fields


def open_source(path: str) -> IO[str]:
    """An export file for reading (`-` is stdin). Raises ExpctlError when it cannot be read."""
    # Bytes that are not UTF-8 become lone surrogates, which the checks refuse line by line.
    # A large buffer: each read of the file lets go of the GIL, and getting it back from the
    # import's writer thread (ImportWriter) costs more than the read (8 KiB reads: one per 8 KiB).
    if path == "-":
        stdin = open(sys.stdin.fileno(), "rb", buffering=READ_BUFFER, closefd=False)
        return open_text(stdin)
    try:
        return open_text(open(path, "rb", buffering=READ_BUFFER))
    except OSError as exc:
        raise ExpctlError(f"cannot read {path}: {exc.strerror}",
                          hint="give the file written by expctl export") from None


READ_BUFFER = 1 << 20


def open_text(raw: IO[bytes]) -> IO[str]:
    """Text read from `raw` a READ_BUFFER at a time: TextIOWrapper asks its buffer for 8 KiB
    chunks (_CHUNK_SIZE), and a drained buffer serves such a request with a read of its own."""
    import io

    text = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape")
    text._CHUNK_SIZE = READ_BUFFER  # type: ignore[attr-defined]
    return text
