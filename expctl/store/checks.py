"""What the store reads is checked before it leaves the store, so that a damaged value (written
by another program, a bug, an old import: `started_at = 'x'`, a command that is not JSON, a
metric chunk of odd length) is one clear error naming the run and the column, never a
traceback somewhere in a command. The rules are those of the export format
(expctl.transfer.check): what the store may hold is what a run line may hold.

Each function takes what sqlite3 returned and gives the value commands use, or raises
StoreError.
"""

from __future__ import annotations

import json

from ..transfer import check as fmt
from ..errors import StoreError

ANY = 1 << 62  # no size limit on what is already stored: only types and ranges are checked


def damaged(path: str, run_id, key: str, problem: str) -> StoreError:
    return StoreError(f"run {run_id} in {path} is damaged: {key}: {problem}",
                      hint=f"`expctl rm {run_id}` removes it; the other runs are intact")


class _Checker:
    """Runs checks for one run, turning format.Invalid into StoreError."""

    def __init__(self, path: str, run_id):
        self.path, self.run_id = path, run_id

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if isinstance(exc, fmt.Invalid):
            raise damaged(self.path, self.run_id, exc.key, exc.problem) from None
        if isinstance(exc, (ValueError, TypeError, RecursionError)):
            raise damaged(self.path, self.run_id, "a stored value", str(exc)[:120]) from None
        return False


def checked(path: str, run_id) -> _Checker:
    return _Checker(path, run_id)


def run_row(path: str, row: tuple, valid: bool = False) -> tuple[list, dict]:
    """Check a `runs` row (as `_load_runs` selects it); return (command, resources) parsed.
    `valid`: the row met SQL_VALID_RUN, so only its JSON columns are left to check."""
    (run_id, uuid, name, experiment, command, cwd, status, exit_code, signal, started_at,
     ended_at, host, user, pid, notes, resources) = row
    with checked(path, run_id):
        if not valid:
            _run_columns(row)
        parsed = json_column("command", command)
        # (JSON text parses to plain str, int, float ...: the types of its values, at C speed)
        if not isinstance(parsed, list) or not set(map(type, parsed)) <= _TEXT:
            raise fmt.Invalid("command", "is not a list of words")
        used = json_column("resources", resources) if resources else {}
        if not isinstance(used, dict):
            raise fmt.Invalid("resources", f"expected an object, found {fmt._kind(used)}")
        if "incomplete" in used or not set(map(type, used.values())) <= _NUMBER_OR_NULL:
            fmt._check_shapes("resources", used, fmt.resource_shapes(used))
    return parsed, used


_TEXT = {str}
_NUMBER_OR_NULL = {int, float, type(None)}  # what resource_shapes asks of every key but one


def _run_columns(row: tuple) -> None:
    """The checks of a `runs` row's plain columns (SQL_VALID_RUN says the same in SQL)."""
    (_, uuid, name, experiment, _, cwd, status, exit_code, signal, started_at, ended_at, host,
     user, pid, notes, _) = row
    for key, value, nullable in (("uuid", uuid, False), ("name", name, True),
                                 ("experiment", experiment, False), ("cwd", cwd, False),
                                 ("status", status, False), ("host", host, False),
                                 ("user", user, False), ("notes", notes, False)):
        fmt._text(key, value, ANY, nullable=nullable)
    fmt._integer("exit_code", exit_code, fmt.INT64, nullable=True)
    fmt._integer("signal", signal, fmt.INT64, nullable=True)
    fmt._integer("pid", pid, fmt.INT64, nullable=True)
    fmt._time("started_at", started_at)
    fmt._time("ended_at", ended_at, nullable=True)


# json.loads without its Python layers (scan_once: set by JSONDecoder, missing from the stubs)
_scan_json = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def json_column(key: str, text):
    if type(text) is str:  # JSON text as expctl writes it (no surrounding space): scanned once
        try:
            value, end = _scan_json(text, 0)
        except (StopIteration, ValueError, RecursionError):
            pass  # json.loads below says what is wrong
        else:
            if end == len(text):
                return value
    if not isinstance(text, str):
        raise fmt.Invalid(key, f"expected JSON text, found {fmt._kind(text)}")
    try:
        return json.loads(text)
    except ValueError:
        raise fmt.Invalid(key, "is not JSON") from None


def param(kind, value, text, source, name) -> None:
    fmt._text(f"param {name!r} name", name, ANY)
    fmt._text(f"param {name!r} text", text, ANY)
    fmt._text(f"param {name!r} source", source, ANY)
    if kind == "float" and value is None:
        return  # NaN is stored as NULL
    fmt._param_value(f"param {name!r}", kind, value)


def summary(name, last, lo, hi, count, last_step) -> None:
    fmt._text("metric name", name, ANY)
    for key, value in (("last", last), ("min", lo), ("max", hi), ("last_step", last_step)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise fmt.Invalid(f"metric {name!r} {key}", f"expected a number, found {fmt._show(value)}")
    fmt._integer(f"metric {name!r} count", count, (0, fmt.INT64[1]))


def chunk(name, steps, times, vals) -> None:
    for key, blob in (("steps", steps), ("times", times), ("values", vals)):
        if not isinstance(blob, bytes) or len(blob) % 8:
            raise fmt.Invalid(f"metric {name!r} {key}", "is not packed float64 values")
    if not len(steps) == len(times) == len(vals):
        raise fmt.Invalid(f"metric {name!r}", "columns of different lengths")


def log_row(stream, offset, data, size) -> None:
    if stream not in fmt.STREAMS:
        raise fmt.Invalid("log stream", f"expected one of {fmt._STREAMS_TEXT}, found {fmt._show(stream)}")
    fmt._integer("log offset", offset, (0, fmt.INT64[1]))
    fmt._integer("log size", size, (0, fmt.INT64[1]))
    if not isinstance(data, bytes):
        raise fmt.Invalid("log data", f"expected bytes, found {fmt._kind(data)}")


def git_row(row: tuple) -> list:
    commit, branch, dirty, remote, root, patch, truncated, untracked = row
    for key, value in (("git commit", commit), ("git branch", branch), ("git remote", remote),
                       ("git root", root), ("git patch", patch)):
        fmt._text(key, value, ANY, nullable=True)
    fmt._integer("git dirty", dirty, fmt.INT64)
    fmt._integer("git patch_truncated", truncated, fmt.INT64)
    paths = json_column("git untracked", untracked)
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        raise fmt.Invalid("git untracked", "is not a list of paths")
    return paths


def env_row(data, packages) -> dict:
    env = json_column("env", data)
    if not isinstance(env, dict):
        raise fmt.Invalid("env", f"expected an object, found {fmt._kind(env)}")
    listed = json_column("env packages", packages) if packages else {}
    if not isinstance(listed, dict):
        raise fmt.Invalid("env packages", f"expected an object, found {fmt._kind(listed)}")
    env["packages"] = listed
    fmt._free_object("env", env)
    fmt._check_shapes("env", env, fmt.ENV_SHAPES)
    return env


def artifact_row(path, size, sha) -> None:
    fmt._check_artifact("artifact", {"path": path, "size": size, "sha256": sha})


def tag(value) -> None:
    fmt._text("tag", value, ANY)


def experiment_row(path: str, name, description, created_at) -> None:
    try:
        fmt._text("name", name, ANY)
        fmt._text("description", description, ANY)
        fmt._time("created_at", created_at)
    except fmt.Invalid as exc:
        raise StoreError(f"an experiment in {path} is damaged: {exc.key}: {exc.problem}",
                         hint="expctl reads its runs still; rebuild the store with expctl export "
                              "and import") from None


def values_blob(name, vals) -> None:
    """The packed values of one metric chunk, read without its steps and times."""
    if not isinstance(vals, bytes) or len(vals) % 8:
        raise fmt.Invalid(f"metric {name!r} values", "is not packed float64 values")


# What the checks above accept, as SQL conditions on the row (SQLite's typeof): a row meeting
# them passes the Python check, so a read that needs speed validates in the database and runs
# the Python check only on the rows that fail (to raise its error, naming the run).
# A `runs` row (`r`, joined to its experiment `e`) whose plain columns pass `_run_columns`: text
# that sqlite3 hands over as str is valid text (it refuses to decode anything else), SQLite's
# integers fit 64 bits, and a time is a number from 0 to MAX_TIME (NaN is stored as NULL).
def _sql_time(column: str) -> str:
    return f"(typeof({column}) IN ('integer', 'real') AND {column} BETWEEN 0 AND {fmt.MAX_TIME!r})"


SQL_VALID_RUN = (
    "typeof(r.uuid) = 'text' AND typeof(r.name) IN ('text', 'null') AND typeof(e.name) = 'text'"
    " AND typeof(r.cwd) = 'text' AND typeof(r.status) = 'text' AND typeof(r.host) = 'text'"
    " AND typeof(r.user) = 'text' AND typeof(r.notes) = 'text'"
    " AND typeof(r.exit_code) IN ('integer', 'null') AND typeof(r.signal) IN ('integer', 'null')"
    f" AND typeof(r.pid) IN ('integer', 'null') AND {_sql_time('r.started_at')}"
    f" AND (r.ended_at IS NULL OR {_sql_time('r.ended_at')})")

# A run_git row whose columns but `untracked` (JSON text, parsed to be checked) pass `git_row`.
SQL_VALID_GIT = ("typeof(commit_sha) IN ('text', 'null') AND typeof(branch) IN ('text', 'null')"
                 " AND typeof(remote_url) IN ('text', 'null') AND typeof(root) IN ('text', 'null')"
                 " AND typeof(patch) IN ('text', 'null') AND typeof(dirty) = 'integer'"
                 " AND typeof(patch_truncated) = 'integer'")

# A metric_chunks row passing `chunk` (length() of a blob is its size, read without its bytes).
SQL_VALID_CHUNK = ("typeof(steps) = 'blob' AND typeof(times) = 'blob' AND typeof(vals) = 'blob'"
                   " AND length(steps) % 8 = 0 AND length(times) = length(steps)"
                   " AND length(vals) = length(steps)")

# Each condition is a CASE, which SQLite evaluates only as far as it must, where AND and OR
# evaluate every operand: on a read of 100,000 runs, half the cost of the check.
SQL_VALID_PARAM = (
    "CASE WHEN typeof(name) != 'text' OR typeof(text) != 'text' OR typeof(source) != 'text' THEN 0"
    " ELSE CASE type WHEN 'int' THEN typeof(value) = 'integer'"
    " WHEN 'float' THEN CASE typeof(value) WHEN 'real' THEN"
    "     value BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308"
    "   WHEN 'text' THEN value IN ('nan', 'inf', '-inf') ELSE typeof(value) IN ('integer', 'null') END"
    " WHEN 'bool' THEN typeof(value) = 'integer' AND value IN (0, 1)"
    f" WHEN 'str' THEN typeof(value) = 'text' AND length(value) <= {fmt.MAX_COMMAND} ELSE 0 END END")


def sql_valid_summary(table: str = "") -> str:
    """The condition a metric_summaries row passing `summary` meets; `table` prefixes the
    columns (`s.` in a join). typeof() gives null, integer, real, text or blob: a number or
    null is a typeof from 'integer' to 'real'."""
    t = table
    numbers = " ".join(f"WHEN typeof({t}{c}) NOT BETWEEN 'integer' AND 'real' THEN 0"
                       for c in ("last", "min", "max", "last_step"))
    return (f"CASE WHEN typeof({t}name) != 'text' THEN 0 {numbers}"
            f" WHEN typeof({t}count) != 'integer' THEN 0 ELSE {t}count >= 0 END")
