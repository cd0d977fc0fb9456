"""Lines whose reading waits for lines not printed yet (HOLD_UNDECIDED).

A few rules decide a line by the lines after it: a table's next row, the line after a block,
the end of a trace, the rest of a ``key: value`` run. Output comes in reads of any size: a
training loop printing one line per epoch gives reads of one line, and the line after the one
being read has then not arrived. A rule must not decide on that silence: the result would
depend on how the output was cut into reads.

So the lines after the current one are handed over as `Ahead` when the read ends before them:
a sequence that raises `Undecided` as soon as a rule looks at what it does not hold (iterates
past its last line, takes its length, asks for a line it lacks). The parser then undoes the
line's reading and holds it, with the lines after it in the read, until the next read (or
`finish`) brings more output; it is read again then, the new lines after it. A held line is
released by the first read that decides it: nothing is held while no rule looks ahead.

Undoing a reading restores the parser's state from a copy taken before the first line that
could look past the read's end (`ZONE` lines from it), and only when such a line is read by
the general rules: the lines that a learned template reads, and metric-free output, pay
nothing. The caches (readings, templates, the tail of earlier lines) are shared, not copied:
they give the same readings whatever was read; the templates learned since are dropped (a
template learned from a later line must not read an earlier one).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any, cast

from .context import HeadContext, ListContext, Tail, TextContext
from .templates import append_rows, series_of

ZONE = 64  # lines at the end of a read that may look past it (no rule looks further, but spread objects)
# What a copy of the parser's state leaves shared: caches, settings and the lines around.
_SHARED = frozenset({"_readings", "_tail", "_context", "_patterns", "_filter", "_templates",
                     "_default_name", "_builtin", "_held", "_held_at", "_held_times", "_read_times",
                     "_may_hold"})


class Undecided(Exception):
    """A rule looked past the last line read: the line being read waits for more output."""


class Ahead:
    """The lines printed after the current one, when the read ended before `count` of them:
    what they show is theirs; looking past them raises `Undecided`."""

    __slots__ = ("_lines",)

    def __init__(self, lines: list[str]):
        self._lines = lines

    def _short(self):
        raise Undecided

    def __iter__(self):
        yield from self._lines
        self._short()

    def __len__(self) -> int:
        self._short()
        return 0  # not reached

    def __bool__(self) -> bool:
        return bool(self._lines) or self._short()

    def __getitem__(self, index):
        lines = self._lines
        if isinstance(index, slice):
            start, stop, _ = index.start, index.stop, index.step
            if stop is None or stop < 0 or stop > len(lines) or (start is not None and start < 0):
                self._short()
            return lines[index]
        if 0 <= index < len(lines):
            return lines[index]
        return self._short()

    def __contains__(self, item) -> bool:
        return item in self._lines or self._short()

    def __add__(self, other):
        return self._short()

    __radd__ = __add__


class HoldMixin:
    """HOLD_UNDECIDED for `MetricParser` (see the module docstring)."""

    _context: ListContext | TextContext | HeadContext | None
    _index: int
    _held: list[str]  # the lines held for the next read, as printed (candidates or not)
    _held_times: list[tuple[int, float]]  # (how many of them, the time they were read) in order
    _read_times: list[tuple[int | None, float]] | None  # this read's (end, time) runs when it has held lines
    _held_at: int | None  # where in the current read the held lines start
    _may_hold: bool  # a line at the end of a read may wait for the next (not at the end of output)
    _hold_ok: bool  # a copy of the state is kept: a rule looking past the read's end holds
    _tail: Tail
    _parse_lines: Callable[..., bool]
    parse_lines: Callable[..., None]

    def _start_holding(self) -> None:
        self._held, self._held_at, self._held_times, self._read_times = [], None, [], None
        self._may_hold, self._hold_ok = True, False

    def _before(self, count: int) -> list[str]:
        """Up to `count` lines printed before the current one, oldest first (earlier blocks'
        lines when the current block has too few)."""
        lines = self._context.before(self._index, count) if self._context else []
        if len(lines) < count:
            lines = self._tail.last(count - len(lines)) + lines
        return lines

    def _context_after(self, count: int) -> Sequence[str]:
        """The (up to) `count` lines printed after the current one; `Ahead` when the read
        ended before them and a line may wait."""
        lines = self._context.after(self._index, count) if self._context else []
        if self._hold_ok and len(lines) < count:
            return cast(Sequence[str], Ahead(lines))  # read as the lines it holds
        return lines

    def _known_after(self, count: int) -> list[str]:
        """The lines after the current one that this read holds, never waiting for more (a
        spread object waits in its own way, SPREAD_OBJECT)."""
        return self._context.after(self._index, count) if self._context else []

    def _next_line(self, offset: int = 1) -> str | None:
        """The `offset`-th line after the current one when it has been printed already, else
        None (it waits, HOLD_UNDECIDED, when the read ended before it)."""
        following = self._context_after(offset)
        if offset == 1:
            return following[0] if following else None
        return following[offset - 1] if isinstance(following, Ahead) or len(following) >= offset else None

    def _snapshot(self) -> dict:
        state = dict(vars(self))
        for key in _SHARED:
            state.pop(key, None)
        state = _copied(state, {id(self): self, id(self._context): self._context})
        state["_templates"] = list(vars(self)["_templates"])  # those learned since are dropped
        return state

    def _read_runs(self, lines: Sequence[str], runs: list[tuple[int | None, float]], out: dict) -> None:
        """Read `lines` run by run, `(end, time)`: the held lines first, each at the time it was
        read when it was printed (not the time of the read that decides it), then this read's
        lines (the last run, `end` None)."""
        start, self._read_times = 0, runs if len(runs) > 1 else None
        for end, when in runs:
            if self._parse_lines(lines, when, out, start, end):
                return
            start = end or 0

    def _hold(self, lines: Sequence[str], position: int, when: float) -> None:
        """Hold the lines of this read from `lines[position]` on (with the lines between
        candidates when the read is a block of text), each with the time it was read."""
        context = self._context
        if isinstance(context, TextContext):
            start = context.starts[position]
            text = context.text[start:context.hi]
            held = (text if isinstance(text, str) else text.decode("ascii")).split("\n")
        elif isinstance(context, ListContext):
            held = list(context.lines[position:])
        else:  # a HeadContext: its one line, then its block
            held = [lines[position], *_block_lines(context)]
        self._held, self._held_at = self._held + held, position
        if self._read_times is None:  # all were read at `when`
            self._held_times.append((len(held), when))
            return
        begin = 0
        for end, at in self._read_times:  # the lines held keep the times of the runs they are in
            end = len(lines) if end is None else end
            if end > position:
                self._held_times.append((end - max(begin, position), at))
            begin = end

    def _add_tail(self) -> None:
        """The tail takes the lines of this read that were read (not the held ones)."""
        context, at = self._context, self._held_at
        if at is None:
            self._tail.add(context)
        elif isinstance(context, TextContext):
            if context.starts[at] - 1 >= context.lo:  # a line before it, if only a blank one
                self._tail.add_block(context.text, context.lo, context.starts[at] - 1)
        elif isinstance(context, ListContext) and at > 0:
            self._tail.add(ListContext(context.lines[:at]))
        self._held_at, self._read_times = None, None

    def _hold_from(self, lines: Sequence[str], position: int, kept, when: float, out: dict,
                   batches: dict) -> bool:
        """`lines[position]` looked past the read: undo the reading from `kept` (where, state,
        how many rows each template had in `batches`), read the lines from there up to it
        again, and hold it with the lines after it."""
        assert kept is not None
        vars(self).update(kept[1])
        self._hold_ok, self._may_hold = False, False
        target: dict = {}
        try:
            self._parse_lines(lines, when, target, kept[0], position)
        finally:
            self._may_hold = True
        self._hold(lines, position, when)
        merge(target, out)
        for template in list(batches):  # the rows of the lines read again are in `target`
            if kept[2].get(template):
                del batches[template][kept[2][template]:]
            else:
                del batches[template]
        flush_rows(batches, out, when)
        return True

    def _release_held(self, when: float, out: dict) -> None:
        """The end of the output: the held lines are read, with nothing more to wait for."""
        if self._held:
            self._may_hold = False
            try:
                self.parse_lines([], when, out)
            finally:
                self._may_hold = True

    def _take_held(self, lines: Sequence[str], when: float) -> tuple[list[str], list]:
        """The held lines and `lines` after them, with their runs `(end, time)`."""
        held, self._held = self._held, []
        runs: list[tuple[int | None, float]] = []
        end = 0
        for count, at in self._held_times:
            end += count
            runs.append((end, at))
        self._held_times = []
        return held + list(lines), [*runs, (None, when)]


def _block_lines(context) -> list[str]:
    rest = context.rest  # an empty range is one blank line
    return rest.text[rest.lo:rest.hi].decode("ascii").split("\n")


def merge(source: dict, out: dict) -> None:
    """Append the points of `source`'s series to `out`'s."""
    for name, series in source.items():
        target = series_of(out, name)  # the arrays extended: the points appended in order
        target.steps.extend(series.steps)
        target.times.extend(series.times)
        target.values.extend(series.values)


def flush_rows(batches: dict, out: dict, when: float) -> None:
    """Append the rows collected per template to `out`."""
    for template, rows in batches.items():
        template.hits += len(rows)
        append_rows(out, template, rows, when)
    batches.clear()


_ATOMS = frozenset((str, int, float, bool, type(None), bytes, frozenset, type, range))
_METHOD = type(HoldMixin._snapshot.__get__(HoldMixin()))


def _copied(value, memo: dict):
    """`copy.deepcopy(value, memo)`, faster on the parser's state (plain objects, lists, sets,
    dicts and tuples of them): each object is copied once, a function or method is shared
    (its object copied when it is in `memo`), and what else there is goes to `deepcopy`."""
    kind = type(value)
    if kind in _ATOMS or callable(value) and kind is not _METHOD:
        return value
    found = memo.get(id(value))
    if found is not None:
        return found
    if kind is list:
        found = memo[id(value)] = []
        found.extend(item if type(item) in _ATOMS else _copied(item, memo) for item in value)
    elif kind is dict:
        found = memo[id(value)] = {}
        for key, item in value.items():
            found[key] = item if type(item) in _ATOMS else _copied(item, memo)
    elif kind is set:
        found = memo[id(value)] = {item if type(item) in _ATOMS else _copied(item, memo) for item in value}
    elif kind is tuple:
        found = tuple(item if type(item) in _ATOMS else _copied(item, memo) for item in value)
    elif kind is _METHOD:
        found = _METHOD(value.__func__, _copied(value.__self__, memo))
    elif (plan := _PLANS.get(kind) or _plan(kind))[0]:
        found = copy.deepcopy(value, memo)
    else:
        found = memo[id(value)] = cast(Any, kind).__new__(kind)
        if hasattr(value, "__dict__"):
            vars(found).update({key: item if type(item) in _ATOMS else _copied(item, memo)
                                for key, item in vars(value).items()})
        for slot in plan[1]:
            if hasattr(value, slot):
                setattr(found, slot, _copied(getattr(value, slot), memo))
    return found


_PLANS: dict[type, tuple[bool, tuple[str, ...]]] = {}  # how `_copied` copies each kind of object


def _plan(kind: type) -> tuple[bool, tuple[str, ...]]:
    """(whether `deepcopy` copies `kind`'s objects, the slots `_copied` copies else), once a kind."""
    deep = hasattr(kind, "__deepcopy__") or issubclass(kind, tuple) or kind.__module__.split(".")[0] != "expctl"
    slots = tuple(slot for cls in kind.__mro__ for slot in getattr(cls, "__slots__", ()) if slot != "__dict__")
    _PLANS[kind] = (deep, slots)
    return _PLANS[kind]
