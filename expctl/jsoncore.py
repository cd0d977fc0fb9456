"""JSON text as `json.dumps(value)` / `json.dumps(value, sort_keys=True)` writes it, and values as
`json.loads(text)` reads them, without importing the `json` package.

The `json` package's Python modules compile regular expressions when imported, so importing it
imports `re`, which imports `enum`, `functools` and more: about 12 M instructions (3-4 ms) that
`expctl run` would pay before every wrapped command only to write a few small documents (the
command, the environment, the resources) and read its scan cache. The work here is done by the
very C functions `json` calls for these calls (`_json.make_encoder`, `_json.make_scanner`),
given the settings json gives them, so the text and the values are json's own (a test compares
them on generated documents). Where `_json` is missing or refuses (another Python), `json`
itself is used.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from typing import Any

try:
    import _json
except ImportError:  # another Python: json itself does the work
    _json = None  # type: ignore[assignment]
# Called as json calls them (typeshed describes the first two as classes).
_make_encoder: Any = getattr(_json, "make_encoder", None)
_make_scanner: Any = getattr(_json, "make_scanner", None)
_quote: Any = getattr(_json, "encode_basestring_ascii", None)

_JSON_SPACE = " \t\n\r"


def _unserialisable(value: object) -> object:
    """json's `default`: anything it cannot write is an error (json's own message)."""
    raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")


def dumps(value: object, sort_keys: bool = False) -> str:
    """`json.dumps(value, sort_keys=sort_keys)`: ASCII, `, ` and `: ` separators, NaN allowed."""
    if isinstance(value, str) and _make_encoder is not None:
        return _quote(value)
    if _make_encoder is not None:
        try:
            # A new encoder per call: its `markers` (the containers being written, to refuse
            # a cycle) must start empty, and a failed call can leave some behind.
            encode = _make_encoder({}, _unserialisable, _quote, None, ": ", ", ", sort_keys,
                                   False, True)
        except TypeError:  # another signature: json knows how to call it
            pass
        else:
            return "".join(encode(value, 0))
    import json

    return json.dumps(value, sort_keys=sort_keys)


class _Settings:
    """What `_json.make_scanner` reads from json's decoder: json.loads' defaults."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {"-Infinity": float("-inf"), "Infinity": float("inf"),
                      "NaN": float("nan")}.__getitem__


_scan: Any = None


def loads(text: str) -> Any:
    """`json.loads(text)`; ValueError for text that is not one JSON document."""
    global _scan
    if _make_scanner is None:
        import json

        return json.loads(text)
    if _scan is None:
        _scan = _make_scanner(_Settings)
    start = len(text) - len(text.lstrip(_JSON_SPACE))
    try:
        value, end = _scan(text, start)
    except StopIteration as stop:
        raise ValueError(f"not JSON (at character {stop.value})") from None
    if text[end:].strip(_JSON_SPACE):
        raise ValueError(f"not JSON: extra data at character {end}")
    return value
