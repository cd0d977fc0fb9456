"""Checking a run line of an export file against the documented format (docs/export-format.md)
before anything of it is written.

Every key a reader uses is checked for its type, its range and its size: a file may come from
anywhere, and a value the store takes but later code cannot show (`"started_at": "x"`, an exit
code of 2**70, a lone surrogate) would break reading for the whole store. `check_run` raises
`Invalid` naming the first bad key (`params[2].value`) and what is wrong with it. Unknown keys
are left alone (the format lets later versions add keys).

No I/O here; expctl.transfer.runs reads the lines and turns `Invalid` into a one-line error.
"""

from __future__ import annotations

import json
import math

from ..lazyre import LazyPattern  # compiled at first use: most readers never check these
from .b64text import strict_b64

# Limits on what one run may hold; docs/export-format.md lists them. They are far above what
# `expctl run` records (a patch is cut at 1 MB, argv is bounded by the OS), and they keep one
# crafted line from costing gigabytes of memory in every later command that reads the run.
MAX_TEXT = 4096              # characters: names, experiment, cwd, host, user, tags, paths
MAX_NOTES = 1 << 20          # characters of notes
MAX_COMMAND = 2 << 20        # characters of the whole argv (Linux's ARG_MAX is 2 MiB)
MAX_PATCH = 16 << 20         # characters of the git patch
MAX_OBJECT = 16 << 20        # characters of a free-form object (env, resources) as JSON
MAX_DEPTH = 32               # nesting of free-form objects
MAX_ITEMS = 1_000_000        # entries of one list or object (params, logs, metrics, tags ...)
INT64 = (-(2**63), 2**63 - 1)
INT32 = (-(2**31), 2**31 - 1)
MAX_TIME = 253402300799.0    # 9999-12-31T23:59:59Z: the last second every date library shows
STATUSES = ("running", "finished", "failed", "interrupted", "crashed")
# The log streams a run stores: its stdout and stderr, `output` (both, recorded together when
# they went to one place: expctl.record.logs) and `metrics` (the side channel's raw lines: sidechannel).
STREAMS = ("stdout", "stderr", "output", "metrics")
_STREAMS_TEXT = ", ".join(STREAMS)
PARAM_TYPES = ("int", "float", "bool", "str")
_UUID = LazyPattern(r"[0-9a-f]{32}")
_SHA256 = LazyPattern(r"[0-9a-f]{64}")
_COMMIT = LazyPattern(r"[0-9a-f]{4,64}")
_SOURCE = LazyPattern(r"[a-z][a-z0-9_-]{0,31}")
_BASE64 = LazyPattern(r"[A-Za-z0-9+/]*={0,2}")
_NON_FINITE = ("nan", "inf", "-inf")


class Invalid(Exception):
    """A key of a run line that does not match the format: `key` is its path, `problem` says why."""

    def __init__(self, key: str, problem: str):
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


def check_run(obj) -> dict[str, tuple[bytes, bytes, bytes]]:
    """Raise Invalid unless `obj` (a parsed run line) matches the documented format. Returns
    each metric's steps, times and values as the packed bytes their base64 text holds (the
    check decodes them to count their values: the importer stores them as they are). An env
    with the JSON text of one checked before is replaced in `obj` by that one (see
    _check_free_objects)."""
    if not isinstance(obj, dict):
        raise Invalid("line", f"expected a run object, found {_kind(obj)}")
    _check_identity(obj)
    _check_times(obj)
    _check_list(obj, "tags", lambda key, tag: _text(key, tag, MAX_TEXT))
    if len(set(obj["tags"])) != len(obj["tags"]):
        raise Invalid("tags", "a tag is listed twice")
    _check_params(obj.get("params"))
    columns = _check_metrics(obj.get("metrics"), obj.get("summaries"))
    _check_git(obj.get("git"))
    env = _check_free_objects(obj.get("env"), obj.get("resources"))
    if env is not obj.get("env"):
        obj["env"] = env
    _check_logs(obj.get("logs"), obj.get("log_streams", {}))
    _check_list(obj, "artifacts", _check_artifact, optional=True)
    return columns


# Envs found valid, by their JSON text, each with the first env of that text: the runs of one
# machine share theirs, and the text (the C encoder's, distinct for distinct values: 1, 1.0 and
# true differ; keys in their order) costs less than the walk. A run's env equal in text to one
# remembered becomes that one: the runs of a chunk then share one object, which the import
# workers pickle once and the store turns into its row once per batch (sqlite_transfer).
_CHECKED_ENVS: dict[str, dict] = {}
_MAX_CHECKED_ENVS = 64


def _check_free_objects(env, resources):
    """env and resources: free-form objects (_free_object) of the shapes commands read. Returns
    the env, or the remembered one with its JSON text."""
    key = _env_key(env) if env is not None else None
    known = _CHECKED_ENVS.get(key) if key is not None else None
    if env is not None and known is None:
        _free_object("env", env)
    if resources is not None:
        _free_object("resources", resources)
    if env is not None and known is None:
        _check_shapes("env", env, ENV_SHAPES)
        if len(_CHECKED_ENVS) >= _MAX_CHECKED_ENVS:
            _CHECKED_ENVS.clear()
        if key is not None:
            _CHECKED_ENVS[key] = env
    if resources is not None:
        _check_shapes("resources", resources, resource_shapes(resources))
    return env if known is None else known


def _env_key(env) -> str | None:
    try:
        return json.dumps(env, ensure_ascii=False)
    except (ValueError, TypeError, RecursionError):
        return None


# The keys of the free-form objects that commands read, with the shape they read them in
# (all may be null or absent); `resources` holds numbers only.
ENV_SHAPES = {
    "python": "object of text", "platform": "object of text", "cpu": "object",
    "gpus": "list of objects", "memory_total_mb": "number", "env_vars": "object of text",
    "packages": "object of text", "ci": "object of text", "virtualenv": "text",
    "conda_env": "text", "host": "text", "user": "text",
}


def resource_shapes(resources: dict) -> dict[str, str]:
    """What each key of a run's `resources` holds: numbers, but `incomplete`, the list of what
    the recorder could not keep (expctl.record.recorder), which is text."""
    return {k: "list of text" if k == "incomplete" else "number" for k in resources}


def _check_shapes(key: str, obj: dict, shapes: dict[str, str]) -> None:
    for name, shape in shapes.items():
        value = obj.get(name)
        if value is None:
            continue
        where = f"{key}.{name}"
        if shape == "number":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise Invalid(where, f"expected a number or null, found {_show(value)}")
        elif shape == "text":
            _text(where, value, MAX_OBJECT)
        elif shape == "list of text":
            if not isinstance(value, list):
                raise Invalid(where, f"expected a list, found {_kind(value)}")
            for i, item in enumerate(value):
                _text(f"{where}[{i}]", item, MAX_TEXT)
        elif shape == "list of objects":
            if not isinstance(value, list):
                raise Invalid(where, f"expected a list, found {_kind(value)}")
            for i, item in enumerate(value):
                _object_of(f"{where}[{i}]", item, text=False)
                if "name" in item:  # listed by name in `show` and `diff`
                    _text(f"{where}[{i}].name", item["name"], MAX_TEXT)
        else:
            _object_of(where, value, text=shape.endswith("of text"))


def _object_of(key: str, value, text: bool) -> None:
    if not isinstance(value, dict):
        raise Invalid(key, f"expected an object, found {_kind(value)}")
    for name, item in value.items():
        if text and item is not None and not isinstance(item, str):
            raise Invalid(f"{key}.{name}", f"expected text or null, found {_kind(item)}")


def _check_identity(obj: dict) -> None:
    uuid = obj.get("uuid")
    if not isinstance(uuid, str) or not _UUID.fullmatch(uuid):
        raise Invalid("uuid", f"expected 32 lowercase hex digits, found {_show(uuid)}")
    _text("name", obj.get("name"), MAX_TEXT, nullable=True, empty=False)
    _text("experiment", obj.get("experiment"), MAX_TEXT, empty=False)
    for key in ("cwd", "host", "user"):
        _text(key, obj.get(key), MAX_TEXT)
    _text("notes", obj.get("notes"), MAX_NOTES)
    if obj.get("status") not in STATUSES:
        raise Invalid("status", f"expected one of {', '.join(STATUSES)}, found {_show(obj.get('status'))}")
    command = obj.get("command")
    if not isinstance(command, list) or not command:
        raise Invalid("command", f"expected a non-empty list of words, found {_kind(command)}")
    for i, word in enumerate(command):
        _text(f"command[{i}]", word, MAX_COMMAND)
    if sum(len(word) for word in command) > MAX_COMMAND:
        raise Invalid("command", f"longer than {MAX_COMMAND:,} characters")
    _integer("exit_code", obj.get("exit_code"), INT32, nullable=True)
    _integer("signal", obj.get("signal"), (1, 255), nullable=True)
    _integer("pid", obj.get("pid"), (0, INT32[1]), nullable=True)


def _check_times(obj: dict) -> None:
    _time("started_at", obj.get("started_at"))
    _time("ended_at", obj.get("ended_at"), nullable=True)
    _time("pid_started", obj.get("pid_started"), nullable=True)


def _check_params(params) -> None:
    names = set()
    for key, param in _objects("params", params, ("name", "type", "value", "text", "source")):
        _text(f"{key}.name", param.get("name"), MAX_TEXT, empty=False)
        if param["name"] in names:
            raise Invalid(f"{key}.name", f"the param {param['name']!r} is listed twice")
        names.add(param["name"])
        _text(f"{key}.text", param.get("text"), MAX_COMMAND)
        source = param.get("source")
        if not isinstance(source, str) or not _SOURCE.fullmatch(source):
            raise Invalid(f"{key}.source", f"expected a source name such as argv or cli, found {_show(source)}")
        _param_value(key, param.get("type"), param.get("value"))


def _param_value(key: str, kind, value) -> None:
    if kind not in PARAM_TYPES:
        raise Invalid(f"{key}.type", f"expected one of {', '.join(PARAM_TYPES)}, found {_show(kind)}")
    if kind == "int":
        _integer(f"{key}.value", value, INT64)
    elif kind == "bool":
        if value not in (0, 1) or isinstance(value, float):
            raise Invalid(f"{key}.value", f"expected 0 or 1 for a bool, found {_show(value)}")
    elif kind == "float":
        if (isinstance(value, str) and value in _NON_FINITE) or value is None:
            return  # None: a NaN as expctl wrote it before it wrote `nan` (docs/export-format.md)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise Invalid(f"{key}.value", f"expected a finite number or nan, inf, -inf, found {_show(value)}")
        if isinstance(value, int):
            _integer(f"{key}.value", value, INT64)
    else:
        _text(f"{key}.value", value, MAX_COMMAND)


def _check_metrics(metrics, summaries) -> dict[str, tuple[bytes, bytes, bytes]]:
    for key, value in (("metrics", metrics), ("summaries", summaries)):
        if not isinstance(value, dict):
            raise Invalid(key, f"expected an object, found {_kind(value)}")
        _size(key, value)
        for name in value:
            _text(f"{key} name", name, MAX_TEXT, empty=False)
    packed = {}
    for name, series in metrics.items():
        key = f"metrics[{name!r}]"
        if not isinstance(series, dict):
            raise Invalid(key, f"expected an object, found {_kind(series)}")
        _require(key, series, ("n", "steps", "times", "values"))
        _integer(f"{key}.n", series.get("n"), (0, INT64[1]))
        packed[name] = (_packed(key, series, "steps"), _packed(key, series, "times"),
                        _packed(key, series, "values"))
    for name, summary in summaries.items():
        _check_summary(f"summaries[{name!r}]", summary)
    return packed


def _packed(key: str, series: dict, column: str) -> bytes:
    """The bytes of one column of a series: base64 text (matched as b64decode(validate=True)
    matches it: alphabet, padding, length) of exactly n float64 values."""
    text = series.get(column)
    data = strict_b64(text) if isinstance(text, str) else None
    if data is None:
        raise Invalid(f"{key}.{column}", "expected base64 text")
    if len(data) != 8 * series["n"]:
        raise Invalid(f"{key}.{column}", f"does not hold n = {series['n']} float64 values")
    return data


def _check_summary(key: str, summary) -> None:
    if not isinstance(summary, dict):
        raise Invalid(key, f"expected an object, found {_kind(summary)}")
    _require(key, summary, ("last", "min", "max", "count", "last_step", "last_time"))
    for field in ("last", "min", "max", "last_step"):
        value = summary.get(field)
        if value is None or type(value) is float:  # the common case, settled at once
            continue
        if (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise Invalid(f"{key}.{field}", f"expected a number or null, found {_show(value)}")
        if isinstance(value, int):
            _integer(f"{key}.{field}", value, INT64)
    _integer(f"{key}.count", summary.get("count"), (0, INT64[1]))
    _time(f"{key}.last_time", summary.get("last_time"), nullable=True)


# The top bytes (the sign, and the exponent's high bits) of float64s in [0, 2**33): at 0x41 the
# exponent is at most 1023 + 32. 2**33 s is the year 2242, well inside the MAX_TIME bound.
_SURE_TIME_TOPS = bytes(range(0x42))


def check_packed_times(name: str, data: bytes | bytearray) -> None:
    """check_series_times of a series' times as packed (little-endian float64 `data`): at once
    when the top byte of every value says it is a non-negative number below 2**33 (no NaN, no
    infinity, no sign: every real time), else value by value. (Three passes over the values,
    each making a float of each, were a seventh of an import worker's work.)"""
    if data[7::8].translate(None, _SURE_TIME_TOPS):  # a top byte outside the sure range
        check_series_times(name, _floats(data))


def _floats(data: bytes | bytearray):
    """Packed float64 bytes as floats: a view where the machine is little-endian, else a copy."""
    import sys

    from ..records import unpack

    return memoryview(data).cast("d") if sys.byteorder == "little" else unpack(data)


def check_series_times(name: str, times) -> None:
    """Every time of a decoded series is a date every reader can show (NaN fails both tests)."""
    # min and max run at C speed; a NaN (which they may pass over) makes the sum NaN.
    if len(times) and (math.isnan(sum(times)) or not 0.0 <= min(times) <= max(times) <= MAX_TIME):
        raise Invalid(f"metrics[{name!r}].times", "holds a time that is not a date between 1970 and 9999")


def _check_git(git) -> None:
    if git is None:
        return
    if not isinstance(git, dict):
        raise Invalid("git", f"expected an object or null, found {_kind(git)}")
    _require("git", git, ("commit", "branch", "dirty", "remote_url", "root", "patch",
                          "patch_truncated", "untracked"))
    commit = git.get("commit")
    if commit is not None and (not isinstance(commit, str) or not _COMMIT.fullmatch(commit)):
        raise Invalid("git.commit", f"expected a hex commit id or null, found {_show(commit)}")
    for field in ("branch", "remote_url", "root"):
        _text(f"git.{field}", git.get(field), MAX_TEXT, nullable=True)
    _text("git.patch", git.get("patch"), MAX_PATCH, nullable=True)
    for field in ("dirty", "patch_truncated"):
        if not isinstance(git.get(field), bool):
            raise Invalid(f"git.{field}", f"expected true or false, found {_show(git.get(field))}")
    _check_list(git, "untracked", lambda key, path: _text(key, path, MAX_TEXT), prefix="git.")


def _check_logs(logs, streams) -> None:
    seqs = set()
    for key, chunk in _objects("logs", logs, ("seq", "stream", "offset", "size", "data")):
        _integer(f"{key}.seq", chunk.get("seq"), (0, INT64[1]))
        if chunk["seq"] in seqs:
            raise Invalid(f"{key}.seq", f"seq {chunk['seq']} is listed twice")
        seqs.add(chunk["seq"])
        if chunk.get("stream") not in STREAMS:
            raise Invalid(f"{key}.stream", f"expected one of {_STREAMS_TEXT}, found {_show(chunk.get('stream'))}")
        _integer(f"{key}.offset", chunk.get("offset"), (0, INT64[1]))
        _integer(f"{key}.size", chunk.get("size"), (0, INT64[1]))
        data = chunk.get("data")
        if not isinstance(data, str) or len(data) % 4 or not _BASE64.fullmatch(data):
            raise Invalid(f"{key}.data", "expected base64 text")
    if not isinstance(streams, dict):
        raise Invalid("log_streams", f"expected an object, found {_kind(streams)}")
    for stream, total in streams.items():
        if stream not in STREAMS:
            raise Invalid("log_streams", f"expected one of {_STREAMS_TEXT}, found {_show(stream)}")
        _integer(f"log_streams.{stream}", total, (0, INT64[1]))


def _check_artifact(key: str, artifact) -> None:
    if not isinstance(artifact, dict):
        raise Invalid(key, f"expected an object, found {_kind(artifact)}")
    _require(key, artifact, ("path", "size", "sha256"))
    path = artifact.get("path")
    _text(f"{key}.path", path, MAX_TEXT, empty=False)
    assert isinstance(path, str), "_text() refuses anything else"
    if path.startswith("/") or any(part in ("", ".", "..") for part in path.split("/")):
        raise Invalid(f"{key}.path", f"expected a plain relative path, found {_show(path)}")
    _integer(f"{key}.size", artifact.get("size"), (0, INT64[1]))
    sha = artifact.get("sha256")
    if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
        raise Invalid(f"{key}.sha256", f"expected 64 lowercase hex digits, found {_show(sha)}")


# -- the checks every key is made of -----------------------------------------------------------


def _require(key: str, obj: dict, fields) -> None:
    """Every one of `fields` is a key of `obj` (null may be its value where allowed)."""
    missing = [field for field in fields if field not in obj]
    if missing:
        raise Invalid(key, f"without {', '.join(missing)}")


def _text(key: str, value, limit: int, nullable: bool = False, empty: bool = True) -> None:
    if type(value) is str and len(value) <= limit and value.isascii() and (empty or value.strip()):
        return  # the common case at once: what the checks below would let through
    if value is None and nullable:
        return
    if not isinstance(value, str):
        raise Invalid(key, f"expected text{' or null' if nullable else ''}, found {_kind(value)}")
    if len(value) > limit:
        raise Invalid(key, f"{len(value):,} characters; the limit is {limit:,}")
    if not empty and not value.strip():
        raise Invalid(key, "expected non-empty text")
    _encodable(key, value)


def _encodable(key: str, value: str) -> None:
    if value.isascii():  # C speed; only text beyond ASCII can hold a lone surrogate
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise Invalid(key, "holds a lone surrogate (\\ud800-\\udfff), which is not text") from None


def _integer(key: str, value, bounds: tuple[int, int], nullable: bool = False) -> None:
    if type(value) is int and bounds[0] <= value <= bounds[1]:
        return  # the common case at once
    if value is None and nullable:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(key, f"expected an integer{' or null' if nullable else ''}, found {_show(value)}")
    if not bounds[0] <= value <= bounds[1]:
        raise Invalid(key, f"{_show(value)} is out of range ({bounds[0]:,} to {bounds[1]:,})")


def _time(key: str, value, nullable: bool = False) -> None:
    if value is None and nullable:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Invalid(key, f"expected seconds since the epoch (a number), found {_show(value)}")
    if not 0 <= value <= MAX_TIME:  # NaN fails this too
        raise Invalid(key, f"{_show(value)} is not a time between 1970 and 9999")


def _check_list(obj: dict, name: str, check, optional: bool = False, prefix: str = "") -> None:
    items = obj.get(name, [] if optional else None)
    if not isinstance(items, list):
        raise Invalid(prefix + name, f"expected a list, found {_kind(items)}")
    _size(prefix + name, items)
    for i, item in enumerate(items):
        check(f"{prefix}{name}[{i}]", item)


def _objects(key: str, items, required: tuple[str, ...]):
    """(`key[i]`, object) for each object of the list `items`, each checked to be an object
    holding the `required` keys."""
    if not isinstance(items, list):
        raise Invalid(key, f"expected a list, found {_kind(items)}")
    _size(key, items)
    for i, item in enumerate(items):
        where = f"{key}[{i}]"
        if not isinstance(item, dict):
            raise Invalid(where, f"expected an object, found {_kind(item)}")
        _require(where, item, required)
        yield where, item


def _size(key: str, items) -> None:
    if len(items) > MAX_ITEMS:
        raise Invalid(key, f"{len(items):,} entries; the limit is {MAX_ITEMS:,}")


def _free_object(key: str, value) -> None:
    """A free-form object (env, resources): a JSON object of bounded depth and size whose text
    is text and whose integers fit the store's 64 bits."""
    if not isinstance(value, dict):
        raise Invalid(key, f"expected an object or null, found {_kind(value)}")
    budget = [MAX_OBJECT]
    _walk(key, value, 0, budget)


def _walk(key: str, value, depth: int, budget: list[int]) -> None:
    if depth > MAX_DEPTH:
        raise Invalid(key, f"nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, str):
        budget[0] -= len(value)
        _encodable(key, value)
    elif isinstance(value, bool) or value is None or isinstance(value, float):
        budget[0] -= 8
    elif isinstance(value, int):
        _integer(key, value, INT64)
        budget[0] -= 8
    elif isinstance(value, dict):
        for name, item in value.items():
            budget[0] -= len(name)
            _encodable(f"{key}.{name}", name)
            _walk(f"{key}.{name}", item, depth + 1, budget)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _walk(f"{key}[{i}]", item, depth + 1, budget)
    if budget[0] < 0:
        raise Invalid(key, f"larger than {MAX_OBJECT:,} characters")


def _kind(value) -> str:
    if value is None:
        return "null"
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list",
            dict: "an object"}.get(type(value), type(value).__name__)


def _show(value) -> str:
    """A value as it may appear in a one-line error: short, and printable whatever it holds."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**15:
        return f"an integer of {value.bit_length()} bits"
    if isinstance(value, (str, list, dict)) and len(value) > 40:
        return f"{_kind(value)} of {len(value):,} {'characters' if isinstance(value, str) else 'entries'}"
    text = repr(value)
    text = text.encode("ascii", "backslashreplace").decode("ascii")
    return text if len(text) <= 40 else text[:37] + "..."
