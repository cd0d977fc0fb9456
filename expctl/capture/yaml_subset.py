"""A reader for the plain YAML that configuration files are written in, and nothing more.

expctl takes no YAML dependency (runtime dependencies are fixed; PyYAML is a C-extension package
that a wrapped project may pin differently). Configuration files for training scripts (Hydra's,
Lightning's, most `--config cfg.yaml`) use a small part of YAML: block mappings and sequences by
indentation, plain and quoted scalars, comments, and one-line flow lists/mappings of scalars.
That part is read here. Everything else is **refused** with `Unsupported`, whose message names
the line and the feature, rather than read wrongly: anchors and aliases (`&a`, `*a`, `<<:`),
tags (`!!str`, `!Ref`), several documents (`---` after content), directives (`%YAML`), block
scalars (`|`, `>`), complex keys (`? `), plain scalars continued over several lines, nested flow
collections, tabs in indentation and duplicate keys.

Quoted scalars come back as text; plain ones are typed by the YAML 1.2 core schema (what
OmegaConf/Hydra read too, but for `1e-3`, a float here as in OmegaConf): `~`/`null`/empty ->
None, `true`/`false` (three spellings each) -> bool, `12`, `0x1f`, `0o17` -> int, `1.5`, `1e-3`,
`.inf`, `.nan` -> float, anything else -> the text. YAML 1.1's `yes`/`no`/`on`/`off` stay text.
"""

from __future__ import annotations

import json
import re

_NULL = ("~", "null", "Null", "NULL")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_SPECIAL_FLOAT = {".inf": "inf", "+.inf": "inf", "-.inf": "-inf", ".nan": "nan"}


class Unsupported(ValueError):
    """YAML that this reader does not read; the message says where and what."""


def load_yaml(text: str):
    """The document in `text` as dicts, lists, str and None. Raises Unsupported."""
    lines = _lines(text)
    if not lines:
        return None
    value, end = _block(lines, 0, lines[0][1])
    if end < len(lines):
        raise Unsupported(f"line {lines[end][0]}: unexpected indentation")
    return value


def _lines(text: str) -> list[list]:
    """[line number, indent, content] of each line holding something, comments removed."""
    out: list[list] = []
    ended = False
    for number, raw in enumerate(text.splitlines(), 1):
        body = raw.lstrip(" ")
        if "\t" in raw[: len(raw) - len(raw.lstrip(" \t"))] and raw.strip(" \t"):
            raise Unsupported(f"line {number}: a tab in the indentation")
        content = _strip_comment(body).rstrip(" \t")
        if not content:
            continue
        if ended:
            raise Unsupported(f"line {number}: content after the end of the document (...)")
        if content.startswith("%"):
            raise Unsupported(f"line {number}: YAML directives (%) are not read")
        if content == "---" or content.startswith("--- "):
            if out or content != "---":
                raise Unsupported(f"line {number}: several documents (---) are not read")
            continue
        if content == "...":
            ended = True
            continue
        out.append([number, len(raw) - len(body), content])
    return out


def _strip_comment(text: str) -> str:
    """`text` without a trailing `# comment` (a `#` at the start or after a space, outside quotes)."""
    quote = None
    for i, char in enumerate(text):
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'" and (i == 0 or text[i - 1] in " :[{,-"):
            quote = char
        elif char == "#" and (i == 0 or text[i - 1] in " \t"):
            return text[:i]
    return text


def _block(lines: list[list], i: int, indent: int):
    """The node starting at lines[i] (which has `indent`); returns (value, next index)."""
    number, _, content = lines[i]
    if content == "-" or content.startswith("- "):
        return _sequence(lines, i, indent)
    if _split_key(content, number) is not None:
        return _mapping(lines, i, indent)
    if i + 1 < len(lines) and lines[i + 1][1] >= indent:
        raise Unsupported(f"line {lines[i + 1][0]}: a plain scalar over several lines")
    return _scalar(content, number), i + 1


def _mapping(lines: list[list], i: int, indent: int):
    result: dict = {}
    while i < len(lines) and lines[i][1] == indent:
        number, _, content = lines[i]
        split = _split_key(content, number)
        if split is None:
            raise Unsupported(f"line {number}: expected `key: value`")
        key, rest = split
        if key in result:
            raise Unsupported(f"line {number}: the key {key!r} appears twice")
        result[key], i = _value(lines, i, indent, rest)
    return result, i


def _sequence(lines: list[list], i: int, indent: int):
    items: list = []
    while i < len(lines) and lines[i][1] == indent:
        number, _, content = lines[i]
        if not (content == "-" or content.startswith("- ")):
            break  # the next key of a mapping whose value this sequence was
        rest = content[1:].lstrip(" ")
        if rest and (rest.startswith("- ") or rest == "-" or _split_key(rest, number)):
            # `- key: value` or `- - x`: a node that starts on the item's own line
            lines[i] = [number, indent + len(content) - len(rest), rest]
            value, i = _block(lines, i, lines[i][1])
        else:
            value, i = _value(lines, i, indent, rest)
        items.append(value)
    return items, i


def _value(lines: list[list], i: int, indent: int, rest: str):
    """The value after `key:` or `-` on lines[i]: inline, or a block on the lines below."""
    number = lines[i][0]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if rest:
        value = _scalar(rest, number)
        if nxt is not None and nxt[1] > indent:
            raise Unsupported(f"line {nxt[0]}: a value continued over several lines")
        return value, i + 1
    if nxt is not None and nxt[1] > indent:
        return _block(lines, i + 1, nxt[1])
    if nxt is not None and nxt[1] == indent and (nxt[2] == "-" or nxt[2].startswith("- ")) \
            and _split_key(lines[i][2], number):
        return _sequence(lines, i + 1, indent)  # `key:` then `- item` at the key's indentation
    return None, i + 1


def _split_key(content: str, number: int) -> tuple[str, str] | None:
    """(key, rest) when `content` is `key: rest` or `key:`; None when it is not a mapping line."""
    if content[0] in "\"'":
        end = _quoted_end(content, 0)
        if end < 0 or content[end + 1:end + 2] != ":" or content[end + 2:end + 3] not in ("", " "):
            return None
        return _scalar(content[: end + 1], number), content[end + 2:].strip(" \t")
    if content == "?" or content.startswith("? "):
        raise Unsupported(f"line {number}: complex keys (?) are not read")
    if content[0] in "[{":
        return None
    at = content.find(": ")
    if at < 0:
        if not content.endswith(":"):
            return None
        at = len(content) - 1
    key = content[:at].rstrip(" \t")
    if not key:
        raise Unsupported(f"line {number}: a value without a key")
    if key == "<<":
        raise Unsupported(f"line {number}: merge keys (<<) are not read")
    _check_plain(key, number)
    return key, content[at + 1:].strip(" \t")


def _quoted_end(text: str, start: int) -> int:
    """The index of the quote closing the one at `start`, or -1."""
    quote, i = text[start], start + 1
    while i < len(text):
        if text[i] == "\\" and quote == '"':
            i += 2
            continue
        if text[i] == quote:
            if quote == "'" and text[i + 1:i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    return -1


def _scalar(text: str, number: int):
    """A one-line value: quoted, flow list/mapping of scalars, or plain."""
    if text[0] in "\"'":
        if _quoted_end(text, 0) != len(text) - 1:
            raise Unsupported(f"line {number}: text after a quoted value")
        if text[0] == "'":
            return text[1:-1].replace("''", "'")
        try:
            return json.loads(text)
        except ValueError:
            raise Unsupported(f"line {number}: a YAML escape JSON does not have") from None
    if text[0] in "[{":
        return _flow(text, number)
    _check_plain(text, number)
    return _typed(text)


def _typed(text: str):
    """A plain scalar by the core schema (see the module docstring)."""
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.fullmatch(text):
        return int(text)
    if text[:2] in ("0x", "0o") and len(text) > 2:
        try:
            return int(text[2:], 16 if text[1] == "x" else 8)
        except ValueError:
            return text
    if _FLOAT.fullmatch(text):
        return float(text)
    if text.lower() in _SPECIAL_FLOAT:
        return float(_SPECIAL_FLOAT[text.lower()])
    return text


def _check_plain(text: str, number: int) -> None:
    first = text[0]
    if first in "&*":
        raise Unsupported(f"line {number}: anchors and aliases (&, *) are not read")
    if first == "!":
        raise Unsupported(f"line {number}: tags (!) are not read")
    if first in "|>":
        raise Unsupported(f"line {number}: block scalars (| and >) are not read")
    if first in "@`" or (first in "]}," and len(text) == 1):
        raise Unsupported(f"line {number}: {first!r} cannot start a plain value")


def _flow(text: str, number: int):
    """`[a, b]` or `{k: v, ...}` whose items are scalars; nested flow collections are refused."""
    closing = "]" if text[0] == "[" else "}"
    if not text.endswith(closing):
        raise Unsupported(f"line {number}: a flow collection over several lines")
    items = _flow_items(text[1:-1], number)
    if closing == "]":
        return [_scalar(item, number) for item in items]
    result = {}
    for item in items:
        split = _split_key(item, number)
        if split is None:
            raise Unsupported(f"line {number}: expected `key: value` in {{...}}")
        result[split[0]] = _scalar(split[1], number) if split[1] else None
    return result


def _flow_items(inner: str, number: int) -> list[str]:
    items, start, i = [], 0, 0
    while i < len(inner):
        char = inner[i]
        if char in "\"'":
            end = _quoted_end(inner, i)
            if end < 0:
                raise Unsupported(f"line {number}: an unclosed quote")
            i = end
        elif char in "[]{}":
            raise Unsupported(f"line {number}: nested flow collections are not read")
        elif char == ",":
            items.append(inner[start:i].strip(" \t"))
            start = i + 1
        i += 1
    last = inner[start:].strip(" \t")
    if last:
        items.append(last)
    if any(not item for item in items):
        raise Unsupported(f"line {number}: an empty item in a flow collection")
    return items
