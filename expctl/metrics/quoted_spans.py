"""Where in a line no pair may be read: text quoted inside a printed dict (QUOTED_TEXT in
grammar: ``{'note': 'lr: 0.1'}``), the body of an object printed as ``Name<...>`` (REPR_BODY),
and code quoted in a sentence (CODE_SPAN: ``set `{'verb': 0}` in the file``). `find_pairs`
(formats) drops a pair whose value stands in one of these spans."""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import QUOTED_TEXT

_CODE_SPAN = LazyPattern(r"`[^`]*`")
_REPR_OPEN = LazyPattern(r"(?<![\w<])[A-Z]\w*<(?=[^\W\d])")  # "MultiValue<mean: ..."


def quoted_spans(line: str) -> list[tuple[int, int]] | None:
    """The (start, end) spans of `line` where no pair's value may stand, or None (none)."""
    brace = line.find("{")
    quoted = _quoted_texts(line, brace) if brace >= 0 and ("'" in line or '"' in line) else None
    if "<" in line:
        quoted = (quoted or []) + _repr_bodies(line)
    if "`" in line:  # CODE_SPAN: code quoted in a sentence
        quoted = (quoted or []) + [match.span() for match in _CODE_SPAN.finditer(line)]
    return quoted


def within(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start < at < end for start, end in spans)


def _quoted_texts(line: str, start: int) -> list[tuple[int, int]]:
    """Where the quoted texts of a dict printed in `line` from `start` stand (QUOTED_TEXT)."""
    return [match.span() for match in QUOTED_TEXT.finditer(line, start)]


def _repr_bodies(line: str) -> list[tuple[int, int]]:
    """REPR_BODY (grammar): where the bodies of objects printed as ``Name<...>`` stand (to
    their matching ``>``, or the line's end)."""
    spans = []
    for match in _REPR_OPEN.finditer(line):
        depth, end = 1, len(line)
        for at in range(match.end(), len(line)):
            char = line[at]
            if char == "<":
                depth += 1
            elif char == ">" and line[at - 1] != "-":
                depth -= 1
                if depth == 0:
                    end = at
                    break
        spans.append((match.end() - 1, end))
    return spans
