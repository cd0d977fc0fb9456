"""Line templates: the fast path for output that prints the same kind of line over and over.

After the general scan finds pairs in a line with a step key, the parser compiles that line's
*template* (its text with each value, and every other run of digits, made a wildcard) and tries
its latest templates first on the next lines: one anchored match instead of a scan, and for a
block of lines all of one shape a single regex call. A template gives exactly what the general
scan gives (a property test checks this); lines it does not match take the general path.
Learning stops for good when templates keep going unused (output with no repeating shape).
`TemplateMixin` holds the parser's side of it; `MetricParser` keeps the state it uses.

A block of ASCII output all of the latest template's shape (a program printing metrics as fast
as it can) is read by the compiled match, `_scan.template_rows`, when it was built: the same
shape as the template's regex (`row_pieces`), matched without decoding the block and without
the GIL, its numbers read to the bit as `float()` reads them. It answers only when every line
matches; otherwise the regex path decides. tests/test_metrics_rows.py holds it to the regex.
"""

from __future__ import annotations

import itertools
import math
import re
from array import array
from collections.abc import Callable, Sequence

from expctl.metrics import grammar
from expctl.lazyre import LazyPattern
from expctl.metrics.phases import evaluates
from expctl.metrics.steps import STEP_KEYS, STEP_RANK, is_measured_step, nest, outer_key, plural_step
from expctl.metrics.vocabulary import is_counted
from expctl.records import Series

compiled_rows: Callable[[bytes, int, int, tuple, int], tuple[int, bytes] | None] | None
try:  # built from _scan.c by setup.py when a C compiler was at hand
    from expctl.metrics._scan import template_rows as compiled_rows
except ImportError:
    compiled_rows = None

Point = tuple[str, float, float]  # (name, step, value)

# A run of digits standing apart from a word: ``[3/10]``, ``step 30``; one inside a word stays
# literal (``x_1``, ``acc5``, ``top1``), since it is part of a name, and a template of ``x_0 = 1.5``
# must not read ``x_1 = 0.0`` as a point of ``x_0``.
_LONE_DIGITS = r"(?<!\w)(\d+)(?!\w)"
_DIGITS = LazyPattern(_LONE_DIGITS)
# A template's value: the plain-number part of NUMBER, possessive (about twice as fast to match).
# A line whose value is spelt otherwise (nan, .5) does not match the template and takes the
# general path; a line that matches gets the same number text, as a delimiter (never a digit,
# "." or "e") follows every value.
_TEMPLATE_NUMBER = r"([-+]?+\d++(?:\.\d*+)?+(?:[eE][-+]?+\d++)?+)"
_TEMPLATE_STEP = r"([-+]?+\d++(?:\.\d*+)?+)"  # a step key's value: fixed-point (MEASURED_STEP_KEY)
TEMPLATE_SLOTS = 4  # templates tried per line, most recently useful first
USELESS_LIMIT = 16  # templates dropped without ever matching before learning stops


class TemplateMixin:
    """The template fast path of `MetricParser` (its `_templates`, `_learning`, `_useless`,
    `_carried` and `_counters`)."""

    # What it uses of `MetricParser` (declared for the type checker; defined there).
    _templates: list[Template]
    _learning: bool
    _useless: int
    _carried: float | None
    _keyed: float | None
    _counters: dict[str, float]
    _nests: dict[tuple[str, str], tuple[float, float, bool]]
    _at_step: Callable[..., list[Point]]

    def _from_template(self, template: Template, match: re.Match[str]) -> list[Point]:
        """The points of a line that matched `template`: what `_parse_general` would give."""
        self._promote(template)
        return self._template_points(template, tuple(map(float, match.groups())))

    def _template_points(self, template: Template, values: tuple[float, ...]) -> list[Point]:
        """The points of a line of `template` whose values are `values`."""
        index = template.step_index
        if index is not None and math.isfinite(step := values[index]):
            names = template.names
            if (outer := template.outer_index) is not None and nest(
                    self._nests, names[index], step, names[outer], values[outer]):
                step, names = values[outer], names[:index] + ("",) + names[index + 1:]  # NESTED_COUNTER
            self._carried, self._keyed = None, step
            return [(name, step, value) for name, value in zip(names, values) if name]
        # No step key, or one that is not finite: the carried step or the counters, as in general.
        return self._at_step(list(zip(template.names, values)), self._stepless(template))

    def _stepless(self, template: Template) -> float | None:
        """The step of a line of `template` without a step key: the carried header's, else the
        last step key's for an evaluation (EVALUATED_AT), else None (the counters)."""
        if self._carried is None and template.evaluates:
            return self._keyed
        return self._carried

    def _promote(self, template: Template) -> None:
        template.hits += 1
        if template is not self._templates[0]:
            self._templates.remove(template)
            self._templates.insert(0, template)

    def _parse_bulk(self, lines: Sequence[str] | str, when: float, out: dict[str, Series]) -> bool:
        """All of `lines` (a list, or a text of lines joined with "\\n") in one regex call when
        they all have the latest template's shape (a program printing metrics as fast as it
        can); False, with nothing done, otherwise."""
        template = self._templates[0]
        text = lines if isinstance(lines, str) else "\n".join(lines)
        rows = template.bulk_regex().findall(text)
        count = len(rows)
        if count != (text.count("\n") + 1 if isinstance(lines, str) else len(lines)):
            return False
        width = len(template.names)
        values = array("d", map(float, rows if width == 1 else itertools.chain.from_iterable(rows)))
        return self._append_bulk(template, values, count, when, out)

    def _parse_rows(self, text: bytes, start: int, end: int, when: float,
                    out: dict[str, Series]) -> bool:
        """`_parse_bulk` of the ASCII lines `text[start:end]`, read by the compiled template
        match (`_scan.template_rows`), neither decoded nor copied; False, with nothing done,
        when it is not built, the template's shape is not one it reads, or a line differs."""
        template = self._templates[0]
        if compiled_rows is None or template.pieces is None:
            return False
        step = -1 if template.step_index is None else template.step_index
        found = compiled_rows(text, start, end, template.pieces, step)
        if found is None:
            return False
        values = array("d")
        values.frombytes(found[1])
        return self._append_bulk(template, values, found[0], when, out, steps_checked=True)

    def _append_bulk(self, template: Template, values: array, count: int, when: float,
                     out: dict[str, Series], steps_checked: bool = False) -> bool:
        """Append `count` rows of `template`'s `values` (row by row) to `out`; False, with
        nothing done, when a step key's value is not finite (the general path decides)."""
        width = len(template.names)
        if template.outer_index is not None:
            return False  # NESTED_COUNTER: the step of each line depends on the lines before
        if template.step_index is not None:
            steps = values[template.step_index::width]
            if not steps_checked and not all(map(math.isfinite, steps)):
                return False
            self._carried, self._keyed = None, steps[-1]
        elif (step := self._stepless(template)) is not None:
            steps = array("d", [step]) * count
        else:
            steps = None  # per-name counters, below (a template never repeats a name)
        times = array("d", [when]) * count
        for i, name in enumerate(template.names):
            series = series_of(out, name)
            if steps is None:
                start = int(self._counters.get(name, 0.0))
                self._counters[name] = float(start + count)
                series.steps.extend(array("d", map(float, range(start, start + count))))
            else:
                series.steps.extend(steps)
            series.times.extend(times)
            series.values.extend(values[i::width])
        template.hits += count
        return True

    def _match_template(self, line: str) -> Template | None:
        """The template that `line` matches, now first, its match kept on it."""
        for template in self._templates:
            match = template.regex.match(line)
            if match:
                self._promote(template)
                template.last_match = match
                return template
        return None

    def _learn(self, line: str, pairs: list[tuple[str, str]]) -> None:
        """Remember `line`'s template; give up learning when templates keep going unused. A
        line whose one pair is a step key (``step: 0.5``) makes none: its shape with a whole
        number (``step: 0``) is a LONE_STEP header, which a template would read as a point. Nor
        does a line stepped by a count or an index opening it (PLURAL_STEP, INDEX_STEP): a
        template knows step keys only, and would step the next such line by the counters."""
        if len(pairs) == 1 and pairs[0][0] in STEP_RANK or plural_step(pairs) is not None:
            return
        template = make_template(line, pairs)
        if template is None:
            return
        self._templates.insert(0, template)
        if len(self._templates) > TEMPLATE_SLOTS:
            dropped = self._templates.pop()
            if dropped.hits == 0:
                self._useless += 1
                if self._useless >= USELESS_LIMIT:
                    self._learning = False


class Template:
    """A learned line shape: `regex` matches lines of that shape and captures their values,
    `names` are the metric names in order, `step_index` the strongest step key's position,
    `pieces` the same shape for the compiled match (see `row_pieces`), or None."""

    __slots__ = ("regex", "names", "step_index", "outer_index", "pieces", "hits", "last_match", "_bulk",
                 "evaluates")

    def __init__(self, regex: re.Pattern[str], names: tuple[str, ...], step_index: int | None,
                 pieces: tuple[bytes | int, ...] | None = None):
        self.regex = regex
        self.pieces = pieces
        self.names = names
        self.step_index = step_index
        self.outer_index = None if step_index is None else outer_key(names)  # NESTED_COUNTER
        self.evaluates = step_index is None and evaluates([(name, "") for name in names])  # EVALUATED_AT
        self.hits = 0
        self.last_match: re.Match[str]  # set by _match_template before it is read
        self._bulk: re.Pattern[str] | None = None

    def bulk_regex(self) -> re.Pattern[str]:
        """The same shape, matched line by line in text of many lines joined with newlines."""
        if self._bulk is None:
            self._bulk = re.compile("(?m)^" + self.regex.pattern[: -len(r"\Z")] + "$")
        return self._bulk


def make_template(line: str, pairs: list[tuple[str, str]]) -> Template | None:
    """The template of a line whose pairs `formats.find_pairs` found, or None when the line is
    of a kind a template cannot stand for.

    Values become `(NUMBER)` groups; the text between them is kept literally except that digit
    runs match any digits (so `[3/10] step: 30 loss: 0.5` serves every batch), but for runs
    that are part of a word (a name's ``x_1``, ``acc5``). Every rule that
    decides the line's pairs looks at the text around values (never at a value's own text,
    except a number spelt with letters, which a digit wildcard cannot match), so a line
    matching the template gets the same pairs from `find_pairs`. Lines whose pairs `grammar.PAIR`
    alone does not explain (a name of several words, a dropped look-alike) get no template.
    """
    matches = list(grammar.PAIR.finditer(line))
    if not matches or [(m.group(1), m.group(2)) for m in matches] != pairs:
        return None
    if len(pairs) == 1 and line[:1] == " " and " = " in line:
        return None  # SOLVED_VALUE reads a set-in "key = value" line's own digits: the general path
    if any(is_counted(name, "1") for name, _ in pairs):
        return None  # DF_COUNT, COUNTED_PLURAL read a value's text (whole or not): the general path
    if len({name for name, _ in pairs}) != len(pairs):
        return None  # a name printed twice in a line takes two counter steps: the general path
    steps = [name in STEP_RANK for name, _ in pairs]
    if any(is_step and is_measured_step(value, STEP_RANK[name]) for is_step, (name, value) in zip(steps, pairs)):
        return None  # MEASURED_STEP_KEY reads a step key's value by its text: the general path
    if sum(steps) > 1 and ":" in line:
        return None  # COARSER_KEY drops a labelled coarser step key: the general path
    parts, names, pos = [], [], 0
    for match in matches:
        start, end = match.span(2)
        parts.append(_DIGITS.sub(r"\\d+", re.escape(line[pos:start])))
        parts.append(_TEMPLATE_STEP if match.group(1) in STEP_RANK else _TEMPLATE_NUMBER)
        names.append(match.group(1))
        pos = end
    parts.append(_DIGITS.sub(r"\\d+", re.escape(line[pos:])))
    ranks = [(STEP_RANK.get(name, len(STEP_KEYS)), i) for i, (name, _) in enumerate(pairs)]
    best_rank, best_index = min(ranks)
    step_index = best_index if best_rank < len(STEP_KEYS) else None
    try:
        regex = re.compile("".join(parts) + r"\Z")
    except re.error:
        return None
    # The text before each value, and after the last: the literal parts of the shape.
    literals = [line[(matches[i - 1].end(2) if i else 0):matches[i].start(2)]
                for i in range(len(matches))] + [line[matches[-1].end(2):]]
    # The compiled match refuses an exponent in the step key's value only (_scan.template_rows).
    pieces = row_pieces(literals) if sum(steps) <= 1 else None
    return Template(regex, tuple(names), step_index, pieces)


PIECE_DIGITS, PIECE_NUMBER = 0, 1  # as in _scan.c
_ASCII_DIGITS = re.compile(_LONE_DIGITS.replace("\\d+", "[0-9]+"), re.ASCII)


def row_pieces(literals: list[str]) -> tuple[bytes | int, ...] | None:
    """A template's shape for `_scan.template_rows`: the literal text around its values
    (`literals`, one more than the values) as bytes, each run of digits in it as PIECE_DIGITS,
    each value as PIECE_NUMBER; None when the compiled match would not be the regex's.

    The compiled match reads left to right and never goes back, as the regex does when each
    digit run (greedy ``\\d+``, the one part of the regex that could give back what it took)
    is followed by a non-digit or the line's end: a run followed by a value is left to the
    regex. Only ASCII lines: ``\\d`` then means the digits 0-9 the compiled match knows."""
    if not all(text.isascii() for text in literals):
        return None
    pieces: list[bytes | int] = []
    for i, text in enumerate(literals):
        if i:
            pieces.append(PIECE_NUMBER)
        for j, part in enumerate(_ASCII_DIGITS.split(text)):
            if j % 2:
                pieces.append(PIECE_DIGITS)
            elif part:
                pieces.append(part.encode("ascii"))
        if i < len(literals) - 1 and pieces and pieces[-1] == PIECE_DIGITS:
            return None  # digits right before a value: where one ends, the regex may go back
    return tuple(pieces) if len(pieces) <= 256 else None


def series_of(out: dict[str, Series], name: str) -> Series:
    series = out.get(name)
    if series is None:
        series = out[name] = Series()
    return series


def append_rows(out: dict[str, Series], template: Template, rows: list, when: float) -> None:
    """Append a template's rows of values to `out`, column by column (C-speed array extends)."""
    columns = list(zip(*rows))
    assert template.step_index is not None  # only templates with a step key batch rows
    steps = columns[template.step_index]
    times = [when] * len(rows)
    for name, values in zip(template.names, columns):
        series = series_of(out, name)
        series.steps.extend(steps)
        series.times.extend(times)
        series.values.extend(values)
