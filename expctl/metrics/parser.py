"""One printed line → metric points ``(name, step, value)``.

What is recognised
==================

Key-value pairs, any number per line
    ``name: value`` (whitespace after the colon is required, so ``host:8080`` is no pair),
    ``name = value`` and ``name=value``; whitespace before the ``:`` or ``=`` is allowed. The name
    may be quoted, as in a printed Python dict (``{'loss': 0.5, 'lr': 5e-05}``). Pairs are found
    anywhere in the line, so what separates them is whatever the name and value rules below
    allow: spaces, tabs, ``,``, ``|``, ``;``, `` - ``, brackets.

    *Name*: starts with a letter (any script) or ``_``, continues with letters, digits and
    ``_ . / -``; a trailing ``.`` or ``-`` is dropped (``acc.: 0.9`` → ``acc``). Names are kept
    as printed (``val/acc``, ``train.loss``, ``Loss``). A name cannot hold spaces: in
    ``Train Loss: 0.5`` the name is ``Loss``. A name glued to a preceding letter, digit or
    ``_ . / -`` is no name (that is what keeps ``http://x:8080`` out).

    *Value*: an integer or decimal with an optional sign and exponent (``3``, ``-0.5``, ``.5``,
    ``1.``, ``1e-3``, ``5e-05``, ``+2E+10``), or ``nan``, ``inf``, ``infinity`` in any case and
    with a sign; an optional ``%`` right after it is dropped (``93.7%`` → 93.7). The value must be
    followed by the end of the line, whitespace, ``|``, ``;``, ``)``, ``]``, ``}``, or a ``,`` that
    is not followed by a digit.

JSON objects
    A line that, once stripped, starts with ``{`` and ends with ``}`` is read with `json.loads`.
    Numbers become points; nested objects are flattened with ``/`` (``{"val": {"acc": 0.9}}`` →
    ``val/acc``); booleans, strings, lists and null are ignored; keys are stripped and empty keys
    are skipped; ``NaN`` and ``Infinity`` are accepted; an integer too large for a float is
    ±inf. A line that is valid JSON yields only what JSON says, even none: a metric inside a
    string value is not read. A line that is not valid JSON (a printed Python dict, with single
    quotes) is read as key-value pairs instead.

Steps
    A step key on the line gives the step of every point on that line, its own point included;
    ``epoch: 3 step: 1200 loss: 0.5`` gives three points, all at step 1200. Step keys, strongest
    first (the finest counter wins, because it is the one that orders the points):
    ``step``, ``global_step``, ``iteration`` = ``iter``, ``it``, ``batch``, ``epoch``, each also
    Capitalised or UPPERCASE. Among keys of equal strength the first printed wins. Only the
    exact name counts (``train/step``, a flattened JSON key, does not). A step key whose value is
    nan or ±inf gives no step.

    A line without a step key uses per-name counters kept by the parser: the n-th point of
    ``loss`` that had no step key gets step n-1 (0, 1, 2, …). Points that had a step key do not
    advance the counters.

User patterns
    `MetricParser(patterns=...)` takes regular expressions with named groups ``name`` and
    ``value`` and an optional ``step``. When any user pattern matches a line, the line's points
    come from user patterns only (every match of every pattern, pattern by pattern); otherwise
    the built-in formats apply. A match's ``step`` group, when it took part and holds a finite
    number, is that point's step; otherwise steps are assigned as above. A trailing ``%`` on a
    value is dropped; matches whose value `float` cannot read, or whose name is blank, are skipped.

Speed
    A run prints the same kinds of line over and over. After the general scan finds pairs in a
    line, the parser compiles that line's *template* (its text with each value, and every other
    run of digits, made a wildcard) and tries its latest templates first on the next lines: one
    anchored match instead of a scan, about 3x faster. A template gives exactly what the general
    scan gives (a property test checks this); lines it does not match take the general path.
    Learning stops for good when templates keep going unused (output with no repeating shape).

Deliberately not recognised (they look like pairs but are not metrics)
    times ``12:30:45``, dates ``2026-01-01``, versions ``torch: 2.1.0``, rates ``45.2it/s`` and
    ``3.1s/step``, counts ``32/32``, hex ids ``0x1f``/``3fa2b1c``, URLs ``http://x:8080``,
    addresses ``127.0.0.1:5000``, numbers with units ``5ms``, thousands ``1,234``, and a number
    followed by a sentence's full stop (``loss: 0.5.``).
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Sequence

from expctl.errors import UsageError
from expctl.store.types import Series

Point = tuple[str, float, float]  # (name, step, value)

_NAME = r"[^\W\d][\w./-]*(?<![.-])"
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|(?ai:nan|inf(?:inity)?))"
# (?ai:...), not (?i:...): Unicode case folding lets "i" match "ı" and "İ", which float() rejects.
# `\d+(?:\.\d*)?` rather than `\d+\.?\d*`: the latter backtracks quadratically on a long run of
# digits that ends badly, and a child may print 64 KiB of digits.
_PAIR = re.compile(
    r"(?<![\w./-])['\"]?"  # not glued to a word, path or number before it
    rf"({_NAME})[.-]*['\"]?"
    r"\s*(?::\s+|=\s*)"
    rf"({_NUMBER})%?"
    r"(?=[\s|;)\]}]|,(?!\d)|$)"
)
# A cheap first look for a separator followed by something that can start a number. It starts
# with a character set and has no alternation at the top, so the regex engine scans for it in a
# tight loop, several times faster than _PAIR scans a line without pairs (timestamps make ":"
# common in logs). The lookbehind rejects ":" glued to what follows ("12:30"): a colon needs
# whitespace after it.
_CANDIDATE = re.compile(r"[:=]\s*(?<!:)[-+.\dnNiI]")
# _PAIR costs tens of ns per character it scans. When the first candidate separator is further
# in than this, start at the word before it instead of the line start; closer in, finding that
# word costs more than it saves.
_SKIP_AHEAD = 32

_DIGITS = re.compile(r"\d+")
_BULK_MIN_LINES = 16  # a read of this many lines first tries the one-call bulk path
_TEMPLATE_SLOTS = 4  # templates tried per line, most recently useful first
_USELESS_LIMIT = 16  # templates dropped without ever matching before learning stops

_STEP_KEYS = (("step",), ("global_step",), ("iteration", "iter"), ("it",), ("batch",), ("epoch",))
_STEP_RANK = {
    spelling: rank
    for rank, keys in enumerate(_STEP_KEYS)
    for key in keys
    for spelling in (key, key.capitalize(), key.upper())
}


class MetricParser:
    """Read metric points out of lines of output; see the module docstring for the formats.

    A parser keeps the per-name counters used for lines without a step key, so use one parser
    per run, shared by the run's stdout and stderr so that both advance the same counters. It is
    not thread-safe: call `parse` from one thread, or under a lock.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str] | str] = (), builtin: bool = True,
                 templates: bool = True):
        """`patterns`: user regexes (compiled or not) with named groups `name`, `value` and
        optionally `step`. `builtin=False` turns the built-in formats off. `templates=False`
        turns off the line-template fast path (same results, slower; for tests)."""
        self._patterns = tuple(_compile_user_pattern(p) for p in patterns)
        self._builtin = builtin
        self._counters: dict[str, float] = {}
        self._templates: list[_Template] = []
        self._learning = templates
        self._useless = 0

    def parse(self, line: str) -> list[Point]:
        """Points ``(name, step, value)`` found in one line, in printed order, or ``[]``.

        `line` is decoded text without its line ending. Never raises on any input.
        """
        return self._parse(line, templates=True)

    def _parse(self, line: str, templates: bool) -> list[Point]:
        if self._patterns:
            points = self._parse_user_patterns(line)
            if points or not self._builtin:
                return points
        elif not self._builtin:
            return []
        if ":" not in line and "=" not in line:
            return []  # most log lines end here, for the price of two substring searches
        if "{" in line:
            pairs = _read_json_line(line)
            if pairs is not None:
                return self._assign_steps(pairs)
        elif templates:
            for template in self._templates:
                match = template.regex.match(line)
                if match:
                    return self._from_template(template, match)
        pairs = _find_pairs(line)
        if pairs and self._learning and "{" not in line:
            self._learn(line)
        return self._assign_steps(pairs)

    def _from_template(self, template: _Template, match: re.Match[str]) -> list[Point]:
        """The points of a line that matched `template`: what `_assign_steps` would give."""
        self._promote(template)
        values = list(map(float, match.groups()))
        step = values[template.step_index] if template.step_index is not None else None
        if step is not None and math.isfinite(step):
            return [(name, step, value) for name, value in zip(template.names, values)]
        return [(name, self._next_count(name), value) for name, value in zip(template.names, values)]

    def _promote(self, template: _Template) -> None:
        template.hits += 1
        if template is not self._templates[0]:
            self._templates.remove(template)
            self._templates.insert(0, template)

    def parse_lines(self, lines: Sequence[str], when: float, out: dict[str, Series]) -> None:
        """Parse `lines` (all read at time `when`) and append their points to `out`'s series.

        The fast path of the recorder: lines matching a template that carries a step key are
        collected per template and appended column by column. Within one call, points of a
        metric printed in lines of different shapes are therefore grouped by shape; each keeps
        its step.
        """
        fast = self._builtin and not self._patterns
        if fast and len(lines) >= _BULK_MIN_LINES and self._templates:
            if self._parse_bulk(lines, when, out):
                return
        batches: dict[_Template, list[tuple[float, ...]]] = {}
        isfinite = math.isfinite
        for line in lines:
            # The usual case, inlined: the line has the shape of the last template that matched.
            first = self._templates[0] if fast and self._templates else None
            match = first.regex.match(line) if first is not None else None
            template = first if match else (self._match_template(line) if fast else None)
            if template is not None:
                values = tuple(map(float, (match or template.last_match).groups()))
                if isfinite(values[template.step_index]):
                    rows = batches.get(template)
                    if rows is None:
                        batches[template] = [values]
                    else:
                        rows.append(values)
                    continue
            for name, step, value in self._parse(line, templates=not fast):
                _series(out, name).append(step, when, value)
        for template, rows in batches.items():
            template.hits += len(rows)
            _append_rows(out, template, rows, when)

    def _parse_bulk(self, lines: Sequence[str], when: float, out: dict[str, Series]) -> bool:
        """All of `lines` in one regex call when they all have the latest template's shape (a
        program printing metrics as fast as it can); False, with nothing done, otherwise."""
        template = self._templates[0]
        rows = template.bulk_regex().findall("\n".join(lines))
        if len(rows) != len(lines):
            return False
        width = len(template.names)
        texts = rows if width == 1 else itertools.chain.from_iterable(rows)
        values = list(map(float, texts))
        steps = values[template.step_index::width]
        if not all(map(math.isfinite, steps)):
            return False
        times = [when] * len(rows)
        for i, name in enumerate(template.names):
            series = _series(out, name)
            series.steps.extend(steps)
            series.times.extend(times)
            series.values.extend(values[i::width])
        template.hits += len(rows)
        return True

    def _match_template(self, line: str) -> _Template | None:
        """The template (with a step key) that `line` matches, now first, its match kept on it."""
        for template in self._templates:
            match = template.regex.match(line)
            if match:
                self._promote(template)
                template.last_match = match
                return template
        return None

    def _learn(self, line: str) -> None:
        """Remember `line`'s template; give up learning when templates keep going unused."""
        template = _make_template(line)
        if template is None or template.step_index is None:
            return  # only lines with a step key take the fast path: their points need no counters
        self._templates.insert(0, template)
        if len(self._templates) > _TEMPLATE_SLOTS:
            dropped = self._templates.pop()
            if dropped.hits == 0:
                self._useless += 1
                if self._useless >= _USELESS_LIMIT:
                    self._learning = False

    def _assign_steps(self, pairs: Sequence[tuple[str, str | float]]) -> list[Point]:
        """Turn (name, value) pairs into points, with the line's step or per-name counters."""
        if not pairs:
            return []
        step = _find_step(pairs)
        if step is None:
            return [(name, self._next_count(name), float(value)) for name, value in pairs]
        return [(name, step, float(value)) for name, value in pairs]

    def _next_count(self, name: str) -> float:
        """The implicit step for the next point of `name` that came without a step key."""
        count = self._counters.get(name, 0.0)
        self._counters[name] = count + 1.0
        return count

    def _parse_user_patterns(self, line: str) -> list[Point]:
        """Points from every match of every user pattern; a match's own step group wins."""
        matches = [m for pattern in self._patterns for m in pattern.finditer(line)]
        found = [_read_user_match(m) for m in matches]
        found = [item for item in found if item is not None]
        line_step = _find_step([(name, value) for name, value, _ in found])
        points = []
        for name, value, step in found:
            if step is None:
                step = line_step if line_step is not None else self._next_count(name)
            points.append((name, step, value))
        return points


class _Template:
    """A learned line shape: `regex` matches lines of that shape and captures their values,
    `names` are the metric names in order, `step_index` the strongest step key's position."""

    __slots__ = ("regex", "names", "step_index", "hits", "last_match", "_bulk")

    def __init__(self, regex: re.Pattern[str], names: tuple[str, ...], step_index: int | None):
        self.regex = regex
        self.names = names
        self.step_index = step_index
        self.hits = 0
        self.last_match: re.Match[str] | None = None
        self._bulk: re.Pattern[str] | None = None

    def bulk_regex(self) -> re.Pattern[str]:
        """The same shape, matched line by line in text of many lines joined with newlines."""
        if self._bulk is None:
            self._bulk = re.compile("(?m)^" + self.regex.pattern[: -len(r"\Z")] + "$")
        return self._bulk


def _series(out: dict[str, Series], name: str) -> Series:
    series = out.get(name)
    if series is None:
        series = out[name] = Series()
    return series


def _append_rows(out: dict[str, Series], template: _Template, rows: list, when: float) -> None:
    """Append a template's rows of values to `out`, column by column (C-speed array extends)."""
    columns = list(zip(*rows))
    steps = columns[template.step_index]
    times = [when] * len(rows)
    for name, values in zip(template.names, columns):
        series = _series(out, name)
        series.steps.extend(steps)
        series.times.extend(times)
        series.values.extend(values)


def _make_template(line: str) -> _Template | None:
    """The template of a line whose pairs the general scan found, or None if it has none.

    Values become `(_NUMBER)` groups; the text between them is kept literally except that digit
    runs match any digits (so `Epoch 3/10 ... loss: 0.5` serves every epoch). The text around a
    value is what the general scan's context checks look at, so a line matching the template
    gets the same pairs from both.
    """
    parts, names, pos = [], [], 0
    for match in _PAIR.finditer(line):
        start, end = match.span(2)
        parts.append(_DIGITS.sub(r"\\d+", re.escape(line[pos:start])))
        parts.append(f"({_NUMBER})")
        names.append(match.group(1))
        pos = end
    if not names:
        return None
    parts.append(_DIGITS.sub(r"\\d+", re.escape(line[pos:])))
    ranks = [(_STEP_RANK.get(name, len(_STEP_KEYS)), i) for i, name in enumerate(names)]
    best_rank, best_index = min(ranks)
    step_index = best_index if best_rank < len(_STEP_KEYS) else None
    try:
        regex = re.compile("".join(parts) + r"\Z")
    except re.error:
        return None
    return _Template(regex, tuple(names), step_index)


def _find_pairs(line: str) -> list[tuple[str, str]]:
    """Key-value pairs (name, number text) in `line`."""
    candidate = _CANDIDATE.search(line)
    if candidate is None:
        return []
    start = candidate.start()
    if start <= _SKIP_AHEAD:
        return _PAIR.findall(line)
    # The name sits before the separator, after the last space before it (names hold no spaces;
    # the spaces allowed before "=" or ":" are skipped first). Starting early is always safe.
    name_end = len(line[:start].rstrip())
    return _PAIR.findall(line, line.rfind(" ", 0, name_end) + 1)


def _find_step(pairs: Sequence[tuple[str, str | float]]) -> float | None:
    """The value of the strongest step key among `pairs`, or None (none, or not finite)."""
    if pairs and _STEP_RANK.get(pairs[0][0]) == 0:
        text = pairs[0][1]  # the usual "step: N ..." line: nothing can outrank it, skip the scan
    else:
        text = _strongest_step_text(pairs)
        if text is None:
            return None
    step = float(text)
    return step if math.isfinite(step) else None


def _strongest_step_text(pairs: Sequence[tuple[str, str | float]]) -> str | float | None:
    """The value of the first step key of the lowest rank among `pairs`, or None."""
    best_rank, best_value = len(_STEP_KEYS), None
    for name, value in pairs:
        rank = _STEP_RANK.get(name)
        if rank is not None and rank < best_rank:
            best_rank, best_value = rank, value
    return best_value


def _read_json_line(line: str) -> list[tuple[str, float]] | None:
    """(name, value) pairs of a JSON-object line, or None when the line is not one."""
    text = line.strip()
    if not (text.startswith("{") and text.endswith("}")):
        return None
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        return None
    return _flatten_json(obj) if isinstance(obj, dict) else None


def _flatten_json(obj: dict) -> list[tuple[str, float]]:
    """Every number in `obj`, named by its keys joined with "/", in document order.

    Iterative, with a stack of dict iterators, so deep nesting cannot exhaust Python's stack.
    """
    pairs: list[tuple[str, float]] = []
    stack = [("", iter(obj.items()))]
    while stack:
        prefix, items = stack[-1]
        for key, value in items:
            key = key.strip()
            if not key:
                continue
            if isinstance(value, dict):
                stack.append((f"{prefix}{key}/", iter(value.items())))
                break
            number = _json_number(value)
            if number is not None:
                pairs.append((prefix + key, number))
        else:
            stack.pop()
    return pairs


def _json_number(value: object) -> float | None:
    """`value` as a float if JSON gave a number (booleans are not numbers here), else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        return float(value)
    except OverflowError:  # an integer beyond float range; float("1e999") would be inf too
        return math.inf if value > 0 else -math.inf


def _compile_user_pattern(pattern: re.Pattern[str] | str) -> re.Pattern[str]:
    """`pattern` compiled and checked for the groups `parse` needs."""
    try:
        compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    except re.error as exc:
        raise UsageError(
            f"metric pattern {pattern!r} is not a valid regular expression: {exc}",
            hint="Patterns use Python's `re` syntax.",
        ) from exc
    missing = {"name", "value"} - compiled.groupindex.keys()
    if missing:
        raise UsageError(
            f"metric pattern {compiled.pattern!r} lacks the named group(s) "
            + ", ".join(sorted(missing)),
            hint=r"Name the groups, e.g. '(?P<name>\w+) is (?P<value>[-+.\deE]+)'.",
        )
    return compiled


def _read_user_match(match: re.Match[str]) -> tuple[str, float, float | None] | None:
    """(name, value, step or None) from a user pattern's match, or None if unreadable."""
    name = (match.group("name") or "").strip()
    value = _to_float(match.group("value"))
    if not name or value is None:
        return None
    step_text = match.groupdict().get("step")
    step = _to_float(step_text) if step_text is not None else None
    return name, value, step if step is not None and math.isfinite(step) else None


def _to_float(text: str | None) -> float | None:
    """`text` as a float (a trailing "%" allowed), or None."""
    if not text:
        return None
    try:
        return float(text.strip().rstrip("%"))
    except ValueError:
        return None
