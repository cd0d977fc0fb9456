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
import json
import math
import os
import sys
import time
from array import array
from typing import IO, Iterable, Iterator

from .errors import ExpctlError, UsageError
from .models import record

FORMAT = "expctl-runs"
VERSION = 1
# Keys every run line must carry (later additions are optional, with a default, so that a
# file from an older expctl of the same format version still imports).
_REQUIRED = ("uuid", "name", "experiment", "command", "cwd", "status", "exit_code", "signal",
             "started_at", "ended_at", "host", "user", "notes", "resources", "tags", "params",
             "metrics", "summaries", "git", "env", "logs")
_OPTIONAL = {"pid": None, "pid_started": None, "log_streams": {}, "artifacts": [],
             "overridden_params": [], "param_origins": []}

ADDED, SKIPPED, CONFLICT = "added", "skipped", "conflict"


class Conflict(record("Conflict", "source line uuid run_id fields")):
    """A run in `source` at `line` whose uuid is already in the store (as `run_id`) with
    different content; `fields` names the top-level keys that differ."""

    __slots__ = ()


class ImportReport:
    """What an import did (or, with dry_run, would do): counts and the conflicts."""

    def __init__(self):
        self.added = 0
        self.skipped = 0
        self.conflicts: list[Conflict] = []

    def summary(self, dry_run: bool = False) -> str:
        verb = "would import" if dry_run else "imported"
        text = f"{verb} {_count(self.added, 'run')}, skipped {self.skipped} already present"
        if self.conflicts:
            text += f", {_count(len(self.conflicts), 'conflict')}"
        return text


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


# -- export ------------------------------------------------------------------------------------


def header(n_runs: int) -> dict:
    """The first line of an export file."""
    from . import __version__

    return {"format": FORMAT, "version": VERSION, "expctl": __version__,
            "exported_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "runs": n_runs}


def export_lines(store, run_ids: Iterable[int]) -> Iterator[str]:
    """The lines of an export file (each ending in a newline) for these runs, in this order."""
    run_ids = list(run_ids)
    yield _dump(header(len(run_ids)))
    for run_id in run_ids:
        yield _dump(encode_run(store.export_run(run_id)))


def write_export(store, run_ids: Iterable[int], target: str, stdout: IO[str] | None = None) -> int:
    """Write the runs to `target` (a path, or `-` for stdout); return how many. A file is
    written beside its final name and renamed into place, so a failed export never leaves a
    half-written file under that name."""
    run_ids = list(run_ids)
    if target == "-":
        out = stdout or sys.stdout
        out.writelines(export_lines(store, run_ids))
        out.flush()
        return len(run_ids)
    partial = f"{target}.partial-{os.getpid()}"
    try:
        with open(partial, "w", encoding="utf-8") as out:
            out.writelines(export_lines(store, run_ids))
        os.replace(partial, target)
    except OSError as exc:
        _remove_quietly(partial)
        raise ExpctlError(f"cannot write {target}: {exc.strerror}",
                          hint="choose another file with -o, or - for stdout") from None
    return len(run_ids)


def _remove_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _dump(doc: dict) -> str:
    # Key order is kept (resources and env read back exactly as stored). allow_nan: free-form objects (resources, env) might hold a non-finite float; Python's
    # json writes it as NaN/Infinity and reads it back (see docs/export-format.md).
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def encode_run(doc: dict) -> dict:
    """A run as `SQLiteStore.export_run` returns it -> a JSON-ready object (one file line)."""
    out = {k: v for k, v in doc.items() if k not in ("params", "metrics", "logs")}
    out["params"] = [_encode_param(p) for p in doc["params"]]
    out["overridden_params"] = [_encode_param(p) for p in doc["overridden_params"]]
    out["metrics"] = {name: {"n": len(s.values), "steps": _b64_floats(s.steps),
                             "times": _b64_floats(s.times), "values": _b64_floats(s.values)}
                      for name, s in sorted(doc["metrics"].items())}
    out["logs"] = [dict(chunk, data=base64.b64encode(chunk["data"]).decode("ascii"))
                   for chunk in doc["logs"]]
    return out


def _encode_param(param: dict) -> dict:
    """A param row; a non-finite float value is written as text (`nan`, `inf`, `-inf`),
    which strict JSON cannot hold as a number."""
    value = param["value"]
    if isinstance(value, float) and not math.isfinite(value):
        return dict(param, value=repr(value))
    return dict(param)


def _b64_floats(values: array) -> str:
    from .store.sqlite import pack

    return base64.b64encode(pack(values)).decode("ascii")


# -- import ------------------------------------------------------------------------------------


def decode_run(obj: dict, where: str) -> dict:
    """A file line (parsed) -> the shape `SQLiteStore.import_run` takes. `where` (file:line)
    names the line in errors. Raises ExpctlError for a line that is not a run."""
    if not isinstance(obj, dict):
        raise ExpctlError(f"{where}: not a run object")
    missing = [key for key in _REQUIRED if key not in obj]
    if missing:
        raise ExpctlError(f"{where}: run without {', '.join(missing)}",
                          hint="the file is damaged or was not written by expctl export")
    doc = {**_OPTIONAL, **obj}
    try:
        doc["params"] = [_decode_param(p) for p in obj["params"]]
        doc["overridden_params"] = [_decode_param(p) for p in doc["overridden_params"]]
        doc["param_origins"] = [_decode_origin(o) for o in doc["param_origins"]]
        doc["metrics"] = {name: _decode_series(s) for name, s in obj["metrics"].items()}
        doc["logs"] = [dict(c, data=base64.b64decode(c["data"], validate=True)) for c in obj["logs"]]
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


def _decode_series(encoded: dict):
    from .store import Series
    from .store.sqlite import unpack

    columns = [unpack(base64.b64decode(encoded[k], validate=True)) for k in ("steps", "times", "values")]
    if not len(columns[0]) == len(columns[1]) == len(columns[2]) == encoded["n"]:
        raise ValueError("series columns of different lengths")
    return Series(*columns)


def canonical(doc: dict) -> dict:
    """The JSON object a decoded run encodes to, as read back: two runs are the same when
    their canonical forms are equal."""
    return json.loads(_dump(encode_run(doc)))


def read_export(stream: IO[str], source: str) -> Iterator[tuple[int, dict]]:
    """(line number, decoded run) for each run in an export file, after checking its header.
    Raises UsageError for a file that is not an export, ExpctlError for a newer version or a
    damaged line."""
    first = stream.readline()
    head = _parse_line(first, f"{source}:1") if first.strip() else None
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise UsageError(f"{source} is not an expctl export file",
                         hint="make one with: expctl export -o runs.jsonl")
    version = head.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ExpctlError(f"{source} is in format version {version}, newer than this expctl "
                          f"reads ({VERSION})", hint="upgrade expctl: pip install -U expctl")
    for number, line in enumerate(stream, start=2):
        if line.strip():
            where = f"{source}:{number}"
            yield number, decode_run(_parse_line(line, where), where)


def _parse_line(line: str, where: str):
    try:
        return json.loads(line)
    except ValueError as exc:
        raise ExpctlError(f"{where}: not JSON ({exc})",
                          hint="the file is damaged or was not written by expctl export") from None


def import_runs(store, runs: Iterable[tuple[int, dict]], source: str, report: ImportReport,
                dry_run: bool = False, seen: dict | None = None) -> ImportReport:
    """Merge decoded runs into `store` by uuid, adding to `report`. Each added run is its own
    transaction, so an error part-way keeps the runs before it (importing again skips them).
    With `dry_run` nothing is written; `seen` (uuid -> canonical form) then stands for what
    earlier lines would have added."""
    seen = {} if seen is None else seen
    for number, doc in runs:
        outcome, run_id, fields = classify(store, doc, seen)
        if outcome == CONFLICT:
            report.conflicts.append(Conflict(source, number, doc["uuid"], run_id, fields))
        elif outcome == SKIPPED:
            report.skipped += 1
        else:
            report.added += 1
            if dry_run:
                seen[doc["uuid"]] = canonical(doc)
            else:
                store.import_run(doc)
    return report


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
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as exc:
        raise ExpctlError(f"cannot read {path}: {exc.strerror}",
                          hint="give the file written by expctl export") from None
