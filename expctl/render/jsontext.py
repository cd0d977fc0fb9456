"""JSON documents laid out as `json.dumps(doc, indent=2, ensure_ascii=False, default=str)` lays
them out, character for character, at several times its speed.

With `indent`, json leaves its C encoder for a pure-Python one, a chain of generators that every
value passes through once per level of nesting: 1.2 s for the 23,639 seed groups of 100,000
runs. Here the containers are walked by one recursive function that appends to a list, and the
leaves (text, numbers, true/false/null) are written by the functions json's encoder calls, a
container of leaves only (run ids, seeds, params) in one call of json's C encoder, its items
apart by a comma and the newline and indentation `indent` would put there. A document holding anything
else (a subclass, a non-text key, an object only `default` can write) is left to json itself.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C function json uses (ensure_ascii=False)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing`
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_INFINITY = float("inf")


def _float(value: float) -> str:
    """As json writes a float (allow_nan: NaN and infinities as JavaScript spells them)."""
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


_LEAVES: dict[type, Callable[[Any], str]] = {
    str: encode_basestring, int: int.__repr__, float: _float,
    bool: lambda value: "true" if value else "false", type(None): lambda value: "null"}


_LEAF_TYPES = frozenset(_LEAVES)
_flat: dict[str, Callable[[Any], str]] = {}  # per indentation: json's C encoder, its items apart


def _flat_encoder(inner: str) -> Callable[[Any], str]:
    """json's C encoder writing items apart by `,` and `inner` (a newline and the indentation
    of the items): a container of leaves in one call, its brackets put on their own lines after."""
    encode = _flat.get(inner)
    if encode is None:
        make = getattr(json.encoder, "c_make_encoder", None)  # (not in typeshed's stubs)
        if make is None:  # a Python without json's C accelerator
            encode = json.JSONEncoder(ensure_ascii=False, separators=("," + inner, ": ")).encode
        else:
            encoder = make(None, str, encode_basestring, None, ": ", "," + inner, False, False, True)
            encode = lambda value: "".join(encoder(value, 0))  # noqa: E731
        _flat[inner] = encode
    return encode


class _NotPlain(Exception):
    """A value this module does not write the way json would: json writes the document."""


def dumps_indented(document) -> str:
    """`json.dumps(document, indent=2, ensure_ascii=False, default=str)`, the same text."""
    out: list[str] = []
    try:
        _write(document, out, "\n")
    except (_NotPlain, RecursionError):  # (a document that holds itself: json says so)
        return json.dumps(document, indent=2, ensure_ascii=False, default=str)
    return "".join(out)


def _write(value, out: list[str], pad: str) -> None:
    """Append the text of `value`, its nested lines indented by `pad` (a newline and spaces)."""
    kind = type(value)
    leaf = _LEAVES.get(kind)
    if leaf is not None:
        out.append(leaf(value))
    elif kind is dict:
        _write_object(value, out, pad)
    elif kind is list or kind is tuple:
        _write_array(value, out, pad)
    else:
        raise _NotPlain


def _write_object(value: dict, out: list[str], pad: str) -> None:
    if not value:
        out.append("{}")
        return
    inner = pad + "  "
    if set(map(type, value.values())) <= _LEAF_TYPES and set(map(type, value)) == {str}:
        out.append("{" + inner + _flat_encoder(inner)(value)[1:-1] + pad + "}")
        return
    before = "{" + inner
    for key, item in value.items():
        if type(key) is not str:
            raise _NotPlain  # json turns numbers, bools and None into keys: left to it
        out.append(before + encode_basestring(key) + ": ")
        before = "," + inner
        leaf = _LEAVES.get(type(item))
        if leaf is not None:
            out.append(leaf(item))
        else:
            _write(item, out, inner)
    out.append(pad + "}")


def _write_array(value: list | tuple, out: list[str], pad: str) -> None:
    if not value:
        out.append("[]")
        return
    inner = pad + "  "
    if set(map(type, value)) <= _LEAF_TYPES:  # leaves only: one call of json's C encoder
        out.append("[" + inner + _flat_encoder(inner)(value)[1:-1] + pad + "]")
        return
    before = "[" + inner
    for item in value:
        out.append(before)
        before = "," + inner
        _write(item, out, inner)
    out.append(pad + "]")
