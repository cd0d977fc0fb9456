"""Objects printed over several lines: a dict or JSON object that `pprint`, Rich or
``json.dumps(indent=...)`` spreads over lines, read as one record (SPREAD_OBJECT in
`expctl.metrics.rules`).

Its pieces mean nothing alone: `` 'train': {'acc': 0.68, 'loss': 0.64},`` lost its ``epoch``
and its place in the record. The line that opens it (``{`` first, more opened than closed)
looks ahead for the line that closes it and reads the lines in between joined into one line,
as `expctl.metrics.objects` reads a record printed on one line; the lines inside give
nothing of their own. When the close has not been printed yet (the object straddles two reads
of the output), the first line of the object read later that sees the close reads it, or the
next line after it, or the end of the output. The parser reads only candidate lines (a line
holding no number, such as a lone ``}``, is never read), so every rule here looks at the
neighbours of the line it reads, not at the lines read before.

`ObjectMixin` holds the parser's side; `MetricParser` keeps its state (`_object_state`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from expctl.lazyre import LazyPattern
from expctl.metrics.objects import MAX_OBJECT_LINE

Point = tuple[str, float, float]  # (name, step, value)

OBJECT_LOOK = 256  # lines one object may span
_NEAR_LOOK = 16  # lines looked back at first, before OBJECT_LOOK
_QUOTED = LazyPattern(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_INSIDE_LEADS = frozenset("'\"{}[]")
_LIST_ELEMENT = LazyPattern(r"[ \t]+(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|true|false|null|NaN|-?Infinity),?[ \t]*\Z")


def depth(line: str) -> int:
    """How many more braces and brackets `line` opens than it closes, quoted text left out."""
    if "'" in line or '"' in line:
        line = _QUOTED.sub("", line)
    return line.count("{") + line.count("[") - line.count("}") - line.count("]")


def opens_object(line: str) -> bool:
    """True for the first line of a spread object: ``{`` first, more opened than closed."""
    if line[:1] != "{":
        return False
    if line.rstrip()[-1:] == "}" and line.count("{") == line.count("}"):
        return False  # the usual record on one line, told without reading its quotes
    return depth(line) > 0


def may_be_inside(line: str) -> bool:
    """True for a line that may be a piece of a spread object: indented before a key, a
    brace or a bracket (`` 'lr': 0.5,``, ``  "seed": 0``), or a closing brace first; or an
    indented element of a list spread one element a line (``      27,``: json.dumps(indent=2)
    of a confusion matrix)."""
    first = line[:1]
    if first == "}" or first == "]":
        return True
    return (first == " " or first == "\t") and (
        line.lstrip()[:1] in _INSIDE_LEADS or _LIST_ELEMENT.match(line) is not None)


def _continues(line: str) -> bool:
    """True for a line an open object may go on with: indented, or a brace or bracket first."""
    return line[:1] in " \t{}[]" and bool(line.strip())


def close_index(open_depth: int, lines: Sequence[str]) -> int | None:
    """The index in `lines` of the line that closes an object left open at `open_depth`;
    None when `lines` run out first, -1 when a line that cannot be part of it comes first."""
    level = open_depth
    for i, line in enumerate(lines):
        if not _continues(line):
            return -1
        level += depth(line)
        if level <= 0:
            return i
    return None


def enclosing_open(before: list[str]) -> int | None:
    """The index in `before` (the lines printed before a line, oldest first) of the line that
    opened the object the next line is inside, or None when it is inside none."""
    level = 0
    for i in range(len(before) - 1, -1, -1):
        line = before[i]
        if not _continues(line):
            return None
        level += depth(line)
        if level > 0 and line.lstrip(" \t")[:1] == "{":
            return i  # LISTED_OBJECTS: an indented "{" opens an element of a list printed over lines
    return None


def last_object(lines: list[str]) -> list[str] | None:
    """The last whole object spread over `lines` (oldest first), or None."""
    for i in range(len(lines) - 1, -1, -1):
        if opens_object(lines[i]):
            end = close_index(depth(lines[i]), lines[i + 1:])
            return lines[i:i + 2 + end] if end is not None and end >= 0 else None
    return None


def joined(lines: list[str]) -> str | None:
    """The lines of an object as one line (None when too long to read as one); the comma
    after an element of a list printed over lines (``},``) is no part of it."""
    text = " ".join(line.strip() for line in lines)
    if text[-2:] == "},":
        text = text[:-1]
    return text if len(text) <= MAX_OBJECT_LINE else None


class ObjectMixin:
    """Spread objects for `MetricParser` (see the module docstring)."""

    # What it uses of `MetricParser` (declared for the type checker; defined there).
    # Of the last object opened: "read", "pending" (its close not seen yet), "unreadable";
    # None when no object is open (a line was found inside none since).
    _object_state: str | None
    _extra: list[Point]
    _before: Callable[[int], list[str]]
    _known_after: Callable[[int], list[str]]
    _context_after: Callable[[int], Sequence[str]]
    _read_record_line: Callable[[str], list[Point] | None]

    def _object_piece(self, line: str) -> list[Point] | None:
        """The points of `line` as a piece of a spread object: the object's points for its
        first line, [] for a line inside it; None for a line that is no such piece (read it
        alone)."""
        if opens_object(line) or (line[:1] in " \t" and opens_object(line.lstrip(" \t"))
                                  and self._inside(line) is None):  # LISTED_OBJECTS
            if self._object_state == "pending":
                self._finish_pending(self._before(OBJECT_LOOK))
            # Its close not in this read: the line waits for the next (HOLD_UNDECIDED, Ahead
            # raises) when it may; else (too far from the read's end) it is left pending.
            after = self._context_after(OBJECT_LOOK)
            end = close_index(depth(line), after)
            if end is None and len(after) < OBJECT_LOOK:
                self._object_state = "pending"  # the rest comes with a later read
                return []
            if end is None or end < 0:
                return None
            return self._read_object([line, *after[:end + 1]])
        # Only after a line that opened an object can a line be inside one (an open line is
        # always read: it holds "{"); once a line is found inside none, none is open.
        state = self._object_state
        inside = self._inside(line) if state is not None and may_be_inside(line) else None
        if inside is None:
            if state == "pending":
                self._finish_pending(self._before(OBJECT_LOOK))
            elif state is not None and may_be_inside(line):
                self._object_state = None
            return None
        if self._object_state != "pending":
            return [] if self._object_state == "read" else None
        level = sum(map(depth, inside)) + depth(line)
        if level <= 0:
            return self._read_object([*inside, line])
        after = self._known_after(OBJECT_LOOK)
        end = close_index(level, after)
        if end is None or end < 0:
            return []
        return self._read_object([*inside, line, *after[:end + 1]])

    def _inside(self, line: str) -> list[str] | None:
        """The lines from the open line of the object `line` is inside to the line before it,
        or None when it is inside none."""
        before = self._before(_NEAR_LOOK)
        at = enclosing_open(before)
        if at is None and len(before) == _NEAR_LOOK and _continues(before[0]):
            before = self._before(OBJECT_LOOK)
            at = enclosing_open(before)
        return None if at is None else before[at:]

    def _read_object(self, lines: list[str]) -> list[Point]:
        text = joined(lines)
        points = None if text is None else self._read_record_line(text)
        self._object_state = "read" if points is not None else "unreadable"
        return points or []

    def _finish_pending(self, before: list[str]) -> None:
        """An object whose close was not in sight of its lines is over: read it from the lines
        printed before (its points join the current line's)."""
        self._object_state = None
        found = last_object(before)
        if found is not None:
            self._extra += self._read_object(found)
