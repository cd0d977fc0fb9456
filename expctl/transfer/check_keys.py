"""The format's limits on a run line (docs/export-format.md) and the checks each key of
expctl.transfer.check is made of: text, integers, times, lists, free-form objects, and the
`Invalid` error naming the key. A leaf of check.py, split from it for size; no I/O.
"""

from __future__ import annotations

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
class Invalid(Exception):
    """A key of a run line that does not match the format: `key` is its path, `problem` says why."""

    def __init__(self, key: str, problem: str):
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


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
