"""Writing an export file (docs/export-format.md): the lines of expctl.transfer.runs's format,
encoded straight to bytes.

A run line is mostly its metric columns, base64 text of the stored bytes (at 100,000 runs of
5 x 100 points, 1.6 GB of the file's 1.9). Those bytes are taken from the store as they are
(Store.export_runs with `packed`), base64-encoded and put into the line between the JSON of
the rest: never unpacked into arrays and packed again, never scanned for characters to escape
by the JSON encoder (base64 has none), never decoded to str and encoded back. From an SQLite
store the compiled run_lines (_run_lines.c) writes a batch's whole lines from the rows the
store read (Store.export_rows: rows.ExportRows), with no document, dict or list per run; a
batch it cannot take is read as documents and written by run_line, where the compiled
_metrics_json writes a run's metrics from its chunk rows (chunked.ChunkedMetrics), or binascii
each joined column. An env record that runs share (rows.SharedEnv) is encoded once. The
bytes are those `runs._dump(runs.encode_run(doc))` gives (tests/test_export_lines.py,
test_export_fast.py and test_export_rows.py hold them to it, on both engines), so that an
export reads the same whichever way it was written.
"""

from __future__ import annotations

import json
import os
import sys
from binascii import b2a_base64
from collections.abc import Iterable, Iterator
from typing import IO

from ..errors import ExpctlError
from ..models import ParamOrigin
from ..store.chunked import ChunkedMetrics
from ..store.rows import EXPORT_RUN_FIELDS, SUMMARY_FIELDS, ExportRows, SharedEnv, packed_columns
from .runs import _encode_param, header

try:
    from ._metrics_json import metrics_json as _metrics_json, open_reader as _open_reader, run_lines as _run_lines
except ImportError:  # built without a C compiler (setup.py): the Python path below
    _metrics_json = _run_lines = _open_reader = None  # type: ignore[assignment]

# The JSON encoder of runs._dump, made once (json.dumps with arguments makes one per call).
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_WRITE_BYTES = 4 << 20  # lines are written this much at a time
_IOV_MAX = 1024  # the most buffers one writev takes (Linux, macOS)
_NOT_HEAD = ("params", "metrics", "logs")
_NAMES_KEPT = 10_000  # metric names whose JSON key run_line remembers, at most
_ENVS_KEPT = 64  # shared env records whose JSON run_line remembers, at most
# id of a rows.SharedEnv -> (it, its JSON): the reference keeps the id from being reused
_env_json: dict[int, tuple[SharedEnv, bytes]] = {}


def _keys(*names: str) -> tuple[bytes, ...]:
    return tuple(_encode(name).encode() + b":" for name in names)


# A run line as _run_lines writes it from rows.ExportRows: each key's prefix, how its value is
# made (the kinds of _run_lines.c) and the keys of its table's columns, in ExportRows' order.
_COLUMN, _RAW, _ROWS, _PARAM_ROWS, _LOG_ROWS, _SCALARS, _NAMED, _ONE_ROW, _METRICS = range(9)
_PARAM_KEYS = _keys("name", "type", "value", "text", "source")
_LAYOUT = (
    *((b"{" + key if i == 0 else b"," + key, _COLUMN, ()) for i, key in enumerate(_keys(*EXPORT_RUN_FIELDS))),
    (b',"tags":', _SCALARS, ()),
    (b',"overridden_params":', _PARAM_ROWS, _PARAM_KEYS),
    (b',"param_origins":', _ROWS, _keys(*ParamOrigin._fields)),
    (b',"summaries":', _NAMED, _keys(*SUMMARY_FIELDS)),
    (b',"git":', _ONE_ROW, _keys("commit", "branch", "dirty", "remote_url", "root", "patch",
                                 "patch_truncated", "untracked")),
    (b',"env":', _RAW, ()),
    (b',"log_streams":', _NAMED, ()),
    (b',"artifacts":', _ROWS, _keys("path", "size", "sha256")),
    (b',"params":', _PARAM_ROWS, _PARAM_KEYS),
    (b',"metrics":', _METRICS, _encode),
    (b',"logs":', _LOG_ROWS, _keys("seq", "stream", "offset", "size", "data")),
)
# With the runs and git rows read by _run_lines too (Store.export_rows with sql_tables): each
# column written its way (_db_lines.c): 'v' as stored, 'b' as a bool, 'l' a JSON list of text
# and 'o' a JSON object of numbers (or null), parsed by json's scanner and written again.
_DB_HEAD, _DB_OBJECT = 10, 9
_scan = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
_DB_LAYOUT = (
    (b"{", _DB_HEAD, (_keys(*EXPORT_RUN_FIELDS), b"vvvlvvvvvvvvvvvo", _scan)),
    *_LAYOUT[len(EXPORT_RUN_FIELDS):len(EXPORT_RUN_FIELDS) + 4],
    (b',"git":', _DB_OBJECT, (_LAYOUT[len(EXPORT_RUN_FIELDS) + 4][2], b"vvbvvvbl", _scan)),
    *_LAYOUT[len(EXPORT_RUN_FIELDS) + 5:],
)


def export_lines(store, run_ids: Iterable[int], artifacts: bool = False,
                 missing: list[str] | None = None) -> Iterator[bytes]:
    """The lines of an export file (each ending in a newline, UTF-8) for these runs, in this
    order; with `artifacts`, each kept file's content goes before the first run that refers
    to it (hashes whose content is not in the store's folder are added to `missing`)."""
    from .blobs import blob_lines

    run_ids = list(run_ids)
    sent: set[str] = set()
    missing = [] if missing is None else missing
    names: dict[str, bytes] = {}  # a metric's name -> its JSON key, worked out once
    yield (_encode(header(len(run_ids), artifacts)) + "\n").encode()
    if not artifacts:
        yield from encoded_runs(store, run_ids, names)
        return
    for doc in store.export_runs(run_ids, packed=True):
        for line in blob_lines(store.path, doc["artifacts"], sent, missing):
            yield (_encode(line) + "\n").encode()
        yield run_line(doc, names)


def encoded_runs(store, run_ids: list[int], names: dict[str, bytes] | None = None,
                 reader=None) -> Iterator[bytes]:
    """The run lines of these runs, in this order (ids with no run left out). From an SQLite
    store's rows (Store.export_rows) the compiled _run_lines writes a batch's lines in one
    call; a batch whose rows it cannot take (one failed a check, or holds a value it does not
    write) is read again as documents and written by run_line, which raises the store's
    error or writes the same bytes. `names`: as run_line's. `reader`: open_reader's
    connection to the store, for a caller that calls this many times (else one is opened)."""
    names = {} if names is None else names
    if _run_lines is None or not hasattr(store, "export_rows"):
        yield from (run_line(doc, names) for doc in store.export_runs(run_ids, packed=True))
        return
    reader = reader or _reader(store)
    for rows in store.export_rows(run_ids, sql_tables=reader is not None):
        lines = _rows_lines(rows, reader)
        if lines is None:
            yield from (run_line(doc, names) for doc in store.export_runs(rows.order, packed=True))
        else:
            yield from (lines[run_id] for run_id in rows.order if run_id in lines)


def open_store_reader(store):
    """The compiled writer's own connection to the store's file, or None (see _reader)."""
    return _reader(store) if _run_lines is not None and hasattr(store, "export_rows") else None


def _reader(store):
    """A read-only connection of the compiled writer's own to the store's file, for the tables
    it reads itself (rows.SQL_TABLES: its rows never made Python objects); None for a store
    in memory, or one SQLite will not open so (its tables are then read by the store)."""
    if _open_reader is None or store.path == ":memory:" or store.path.startswith("file:"):
        return None
    try:
        return _open_reader(store.path, float(getattr(store, "busy_timeout", 30.0)))
    except (OSError, ValueError, TypeError):
        return None


def _rows_lines(rows: ExportRows, reader=None) -> dict[int, bytes] | None:
    """Run id -> its line, written by _run_lines from the batch's rows (and the tables given as
    SQL, read with `reader`); None when it cannot."""
    if rows.head is None:
        return None
    distinct = {id(env): env for env in rows.envs if env is not None}  # few: no call per run
    env_json = {key: _shared_env_json(env) for key, env in distinct.items()}
    envs = [env_json.get(id(env)) for env in rows.envs]
    tables = [rows.tags, rows.overridden_params, rows.param_origins, rows.summaries, rows.git, envs,
              rows.log_streams, rows.artifacts, rows.params, rows.metrics, rows.logs]
    layout, data = (_DB_LAYOUT, [rows.head, *tables]) if type(rows.head) is str else (_LAYOUT, [*rows.head, *tables])
    try:
        return dict(zip(rows.ids, _run_lines(rows.ids, layout, data, reader, rows.arg)))
    except (TypeError, ValueError):  # UnicodeEncodeError too (a lone surrogate)
        return None


def run_line(doc: dict, names: dict[str, bytes] | None = None) -> bytes:
    """One run's line: the bytes of `runs._dump(runs.encode_run(doc))`, encoded directly. The
    keys come in encode_run's order: the run's own (params moved last), then metrics, then logs.
    `doc["metrics"]` maps names to Series or rows.PackedSeries (or is a chunked.ChunkedMetrics);
    `names` caches the metric names' JSON for the Python path."""
    if type(doc.get("env")) is SharedEnv:
        head_json = _head_with_shared_env(doc)
    else:
        head = {k: v for k, v in doc.items() if k not in _NOT_HEAD}
        _put_params(head, doc)
        head_json = _encode(head)[:-1].encode()
    metrics = doc["metrics"]
    body = None
    if _metrics_json is not None and type(metrics) is ChunkedMetrics:
        try:
            body = _metrics_json(metrics.rows, _encode)
        except ValueError:  # a damaged row: the Python path says which (StoreError)
            pass
    parts = [head_json, b',"metrics":{']
    if body is None:
        _metric_parts(metrics, parts, {} if names is None else names)
    else:
        parts.append(body)
    logs = [dict(chunk, data=b2a_base64(chunk["data"], newline=False).decode("ascii"))
            for chunk in doc["logs"]]
    parts += (b'},"logs":', _encode(logs).encode(), b"}\n")
    return b"".join(parts)


def _put_params(head: dict, doc: dict, before: dict | None = None) -> None:
    """The params last in `head`, the overridden ones where they stand (in `before`, when the
    head is cut in two there), as encode_run has them."""
    if doc["overridden_params"]:
        part = before if before is not None and "overridden_params" in before else head
        part["overridden_params"] = _params(doc["overridden_params"])
    head["params"] = _params(doc["params"])


def _head_with_shared_env(doc: dict) -> bytes:
    """The JSON of the run's own keys (run_line's head, without its closing brace) whose env
    other runs share (rows.SharedEnv): the env's JSON is worked out once, and the keys before
    and after it are encoded on their own, around it."""
    env = doc["env"]
    keys = list(doc)
    at = keys.index("env")
    before = {k: doc[k] for k in keys[:at] if k not in _NOT_HEAD}
    after = {k: doc[k] for k in keys[at + 1:] if k not in _NOT_HEAD}
    _put_params(after, doc, before)  # params last: `after` is never empty
    opening = _encode(before)[:-1] + ',"env":' if before else '{"env":'
    return b"".join((opening.encode(), _shared_env_json(env), b",", _encode(after)[1:-1].encode()))


def _shared_env_json(env: SharedEnv) -> bytes:
    """The JSON of an env record that runs share, worked out once (the last _ENVS_KEPT kept)."""
    known = _env_json.get(id(env))
    if known is None:
        if len(_env_json) >= _ENVS_KEPT:
            _env_json.clear()
        known = _env_json[id(env)] = (env, _encode(env).encode())
    return known[1]


def _params(params: list[dict]) -> list[dict]:
    """The param rows as encode_run writes them: as they are, unless a value is one that
    runs._encode_param writes as text (a float that is NaN or infinite, or missing)."""
    for param in params:
        value = param["value"]
        if value is None or (isinstance(value, float) and value - value != 0):  # inf - inf is NaN
            return [_encode_param(p) for p in params]
    return params


def _metric_parts(metrics, parts: list[bytes], names: dict[str, bytes]) -> None:
    """The metrics' JSON, without the braces, added to `parts` (run_line without the compiled
    _metrics_json, or for series that are not chunk rows)."""
    for name, series in sorted(metrics.items()):
        key = names.get(name)
        if key is None:
            if len(names) >= _NAMES_KEPT:  # names that never repeat: memory stays flat
                names.clear()
            key = names[name] = _encode(name).encode()
        n, steps, times, values = packed_columns(series)
        parts += (key, b':{"n":%d,"steps":"' % n, b2a_base64(steps, newline=False),
                  b'","times":"', b2a_base64(times, newline=False),
                  b'","values":"', b2a_base64(values, newline=False), b'"},')
    if metrics:
        parts[-1] = b'"}'  # no comma after the last series


def write_export(store, run_ids: Iterable[int], target: str, stdout: IO[str] | None = None,
                 artifacts: bool = False, missing: list[str] | None = None) -> int:
    """Write the runs to `target` (a path, or `-` for stdout); return how many. A file is
    written beside its final name and renamed into place, so a failed export never leaves a
    half-written file under that name. `artifacts`, `missing`: as for export_lines."""
    from .export_workers import worker_count

    run_ids = list(run_ids)
    workers = 1 if artifacts else worker_count(store, len(run_ids))
    lines = export_lines(store, run_ids, artifacts, missing)
    if target == "-":
        _write_stdout(lines, stdout or sys.stdout, store, run_ids, workers)
        return len(run_ids)
    partial = f"{target}.partial-{os.getpid()}"
    try:
        with _Terminated.raised():
            with open(partial, "wb", buffering=0) as out:
                _write_fd(lines, out.fileno(), store, run_ids, workers, partial)
            os.replace(partial, target)
    except OSError as exc:
        _remove_quietly(partial)
        raise ExpctlError(f"cannot write {target}: {exc.strerror}",
                          hint="choose another file with -o, or - for stdout") from None
    except _Terminated as stop:  # cleaned up: now end as the signal would have ended us
        _remove_quietly(partial)
        stop.die()
    except BaseException:  # a damaged run, an interrupt: no partial file left behind either
        _remove_quietly(partial)
        raise
    return len(run_ids)


class _Terminated(BaseException):
    """SIGTERM or SIGHUP while an export writes its file: raised in the main thread so that the
    partial file is removed (and the workers stopped) before the process ends by that signal."""

    def __init__(self, signum: int):
        self.signum = signum

    @classmethod
    def raised(cls):
        """A context in which SIGTERM and SIGHUP raise this (the main thread only: elsewhere,
        and for a signal whose handling someone already chose, nothing changes)."""
        import contextlib
        import signal
        import threading

        def handler(signum, frame):
            raise cls(signum)

        chosen = {}
        if threading.current_thread() is threading.main_thread():
            chosen = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGHUP)}
        stack = contextlib.ExitStack()
        for sig, before in chosen.items():
            if before is signal.SIG_DFL:
                signal.signal(sig, handler)
                stack.callback(signal.signal, sig, before)
        return stack

    def die(self) -> None:
        """End the process by the signal that stopped it (its parent sees "killed by SIGTERM")."""
        import signal

        signal.signal(self.signum, signal.SIG_DFL)
        os.kill(os.getpid(), self.signum)
        raise SystemExit(128 + self.signum)  # not reached unless the signal is blocked


def _write_fd(lines: Iterator[bytes], fd: int, store, run_ids: list[int], workers: int,
              path: str | None = None) -> None:
    """The lines to a file descriptor: the header from this process, then the runs' lines
    from `workers` processes (expctl.transfer.export_workers) where that is more than one.
    `path`: the new file of `fd` (written around the page cache by the workers)."""
    if workers > 1:
        from .export_workers import write_with_workers

        write_with_workers(store, run_ids, fd, workers, next(lines), path)
    else:
        _write_all(lines, lambda piece: _writev(fd, piece))


def _write_stdout(lines: Iterator[bytes], out: IO[str], store=None, run_ids: list[int] | None = None,
                  workers: int = 1) -> None:
    """Lines to a text stream: to the file underneath when it has one (sys.stdout does)."""
    raw = getattr(out, "buffer", None)
    out.flush()
    if raw is None:
        _write_all(lines, lambda piece: out.write(b"".join(piece).decode()))
        return
    raw.flush()
    try:
        fd = raw.fileno()
    except (AttributeError, OSError, ValueError):  # bytes in memory (a test's runner)
        _write_all(lines, lambda piece: raw.write(b"".join(piece)))
        raw.flush()
    else:
        _write_fd(lines, fd, store, run_ids or [], workers)


def _write_all(lines: Iterator[bytes], write) -> None:
    """Hand the lines to `write` a few MiB at a time, on a thread of its own: a write leaves
    the GIL, so the kernel's copy of the last few MiB overlaps reading and encoding the next
    runs. At most two pieces wait (memory stays flat); a failed write stops the export with
    its error."""
    import queue
    import threading

    from . import queues

    pieces: queue.Queue = queue.Queue(maxsize=2)
    failed: list[BaseException] = []

    def drain() -> None:
        try:
            while (piece := pieces.get()) is not None:
                if not failed:
                    write(piece)
        except BaseException as exc:  # raised by the encoding thread below
            failed.append(exc)  # and the thread ends: `queues.put` stops waiting for it

    writer = threading.Thread(target=drain, name="expctl-export-writer", daemon=True)
    writer.start()
    try:
        for piece in _pieces(lines):
            if failed:
                break
            queues.put(pieces, piece, writer)
    except queues.PartnerDied as exc:
        failed.append(exc)  # the writer died without a word (its own failure comes first)
    finally:
        try:
            queues.put(pieces, None, writer)
        except queues.PartnerDied:
            pass
        writer.join()
    if failed:
        raise failed[0]


def _pieces(lines: Iterator[bytes]) -> Iterator[list[bytes]]:
    """The lines in lists of about _WRITE_BYTES."""
    pending: list[bytes] = []
    size = 0
    for line in lines:
        pending.append(line)
        size += len(line)
        if size >= _WRITE_BYTES:
            yield pending
            pending, size = [], 0
    if pending:
        yield pending


def _writev(fd: int, lines: list[bytes]) -> None:
    """Write every line, in order, with as few system calls as the kernel allows (writev: no
    copy into one buffer first, whose fresh pages would each cost a fault)."""
    at = 0  # lines[at:] are still to write
    while at < len(lines):
        group = lines[at:at + _IOV_MAX]
        written = os.writev(fd, group)
        for line in group:
            if written < len(line):
                break
            written -= len(line)
            at += 1
        if written:  # a line written in part: the rest of it first
            lines[at] = lines[at][written:]


def _remove_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
