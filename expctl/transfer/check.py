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

import marshal
import math

from ..lazyre import LazyPattern  # compiled at first use: most readers never check these
from .b64text import strict_b64, strict_decoder

# The format's limits and the checks each key is made of (check_keys); the limits and Invalid
# are imported from here by other modules too.
from .check_keys import (  # noqa: F401  (MAX_NOTES, MAX_PATCH ...: this module's names as before)
    INT32, INT64, MAX_COMMAND, MAX_DEPTH, MAX_ITEMS, MAX_NOTES, MAX_OBJECT, MAX_PATCH, MAX_TEXT, MAX_TIME, Invalid,
    _check_list, _encodable, _free_object, _integer, _kind, _objects, _require, _show, _size, _text, _time,
)

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


def check_run(obj) -> dict[str, tuple[bytes, bytes, bytes]]:
    """Raise Invalid unless `obj` (a parsed run line) matches the documented format. Returns
    each metric's steps, times and values as the packed bytes their base64 text holds (the
    check decodes them to count their values: the importer stores them as they are). An env
    equal in value and type to one checked before is replaced in `obj` by that one (see
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


# Envs found valid, by their key (_env_key), each with the first env of that key: the runs of
# one machine share theirs, and the key costs less than the walk. A run's env of the key of one
# remembered becomes that one: the runs of a chunk then share one object, which the import
# workers send once and the store turns into its row once per batch (sqlite_import).
_CHECKED_ENVS: dict[bytes, dict] = {}
_MAX_CHECKED_ENVS = 64


def _check_free_objects(env, resources):
    """env and resources: free-form objects (_free_object) of the shapes commands read. Returns
    the env, or the remembered one of its key."""
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


def _env_key(env) -> bytes | None:
    """The env's bytes in marshal's version 2 (no references between objects, floats as their
    8 bytes): equal for equal values of equal types only (1, 1.0 and true differ, and so do
    0.0 and -0.0; keys in their order), at a quarter of the cost of its JSON text (~1.6 us
    against ~5.8 for a machine's env). None when it holds what marshal refuses."""
    try:
        return marshal.dumps(env, 2)
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
        if type(word) is not str or len(word) > MAX_COMMAND or not word.isascii():  # else _text passes it
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
    names: set = set()
    if not (type(params) is list and len(params) <= MAX_ITEMS and all(_plain_param(p, names) for p in params)):
        _check_params_fully(params)


def _check_params_fully(params) -> None:
    """Every param checked key by key: the first thing wrong raises Invalid."""
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


def _plain_param(param, names: set) -> bool:
    """Whether a param passes every check below at once (added to `names`): ASCII name and
    text within their limits, a source name, an int or str value within its limits or a
    finite float. False sends the params through the full checks, which say what is wrong
    (or let through what is unusual but valid); no key is formatted for a valid param."""
    if type(param) is not dict:
        return False
    name, text, kind, value = param.get("name"), param.get("text"), param.get("type"), param.get("value")
    if (type(name) is not str or len(name) > MAX_TEXT or not name.isascii() or not name.strip()
            or name in names or type(text) is not str or len(text) > MAX_COMMAND or not text.isascii()
            or "source" not in param or not _SOURCE.fullmatch(param["source"] if type(param["source"]) is str else "")):
        return False
    if kind == "float":
        plain = type(value) is float and math.isfinite(value)
    elif kind == "int":
        plain = type(value) is int and INT64[0] <= value <= INT64[1]
    else:
        plain = kind == "str" and type(value) is str and len(value) <= MAX_COMMAND and value.isascii()
    if plain:
        names.add(name)
    return plain


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
            if not (type(name) is str and len(name) <= MAX_TEXT and name.isascii() and name.strip()):
                _text(f"{key} name", name, MAX_TEXT, empty=False)  # says what is wrong, if anything
    packed = {}
    decode = strict_decoder()
    for name, series in metrics.items():
        columns = _plain_columns(series, decode)
        if columns is not None:
            packed[name] = columns
            continue
        key = f"metrics[{name!r}]"
        if not isinstance(series, dict):
            raise Invalid(key, f"expected an object, found {_kind(series)}")
        _require(key, series, ("n", "steps", "times", "values"))
        _integer(f"{key}.n", series.get("n"), (0, INT64[1]))
        packed[name] = (_packed(key, series, "steps"), _packed(key, series, "times"),
                        _packed(key, series, "values"))
    for name, summary in summaries.items():
        if not _plain_summary(summary):
            _check_summary(f"summaries[{name!r}]", summary)
    return packed


def _plain_columns(series, decode) -> tuple[bytes, bytes, bytes] | None:
    """A series' columns when it passes every check of the loop in _check_metrics at once (an
    object with an integer n in range and three strict base64 texts of n float64 values each),
    without a key formatted; None sends it through those checks, which say what is wrong."""
    if type(series) is not dict:
        return None
    n, steps, times, values = series.get("n"), series.get("steps"), series.get("times"), series.get("values")
    if (type(n) is not int or not 0 <= n <= INT64[1] or type(steps) is not str or type(times) is not str
            or type(values) is not str):
        return None
    steps, times, values = decode(steps), decode(times), decode(values)
    if steps is None or times is None or values is None or not len(steps) == len(times) == len(values) == 8 * n:
        return None
    return steps, times, values


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


_SUMMARY_NUMBERS = ("last", "min", "max", "last_step")


def _plain_summary(summary) -> bool:
    """Whether a summary passes _check_summary at once: its numbers floats or null, its count an
    integer within range, its last time a float within range or null. (False: the full check.)"""
    if type(summary) is not dict or "last_time" not in summary:
        return False
    for field in _SUMMARY_NUMBERS:
        value = summary.get(field, summary)  # absent: not plain (the full check says so)
        if value is not None and type(value) is not float:
            return False
    count, when = summary.get("count"), summary["last_time"]
    return (type(count) is int and 0 <= count <= INT64[1]
            and (when is None or (type(when) is float and 0 <= when <= MAX_TIME)))


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
