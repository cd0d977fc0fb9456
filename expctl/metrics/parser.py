"""Printed lines → metric points ``(name, step, value)``.

`MetricParser` reads the lines of one run (stdout and stderr alike) with the built-in formats
and any user patterns. It is pure: text in, points out; it never raises and never blocks
on any input (binary garbage, megabyte lines). It keeps a little state between lines: per-name
counters, the step of the last ``Epoch 3/10`` header, and learned line templates.

The grammar it reads (pairs, JSON and dict lines, booster logs, tables, printed
configuration, plain prints, steps, look-alikes) is described in `expctl.metrics`; each rule
that rejects or re-classifies what the formats read is in `expctl.metrics.rules`. This module
holds the order in which the readers run and how each point gets its step:

Steps
    The step of a line's points is, in this order:

    1. its strongest *step key*: ``step``, ``global_step``, ``iteration`` = ``iter``, ``it``,
       ``batch``, ``epoch``, then ``round`` = ``generation`` = ``gen`` = ``episode`` (each also
       Capitalised or UPPERCASE), finest first because the finest counter orders the points;
       among keys of equal strength the first printed wins. A finer key that starts again when
       a coarser one moves on counts within it: the coarser then gives the step (NESTED_COUNTER).
       Only the exact name counts (``train/step``, a flattened JSON key, does not). The step
       key's own point is kept: ``epoch: 3 step: 1200 loss: 0.5`` gives three points at 1200;
    2. a boosting round (``[5]``, ``0:``);
    3. a *step prefix*: the line opens (after a log prefix: a timestamp, bracketed tags,
       ``INFO:root:``) with a step word (``ep`` and a boosting ``round`` too) and a number (``No: 3``,
       ``#3``), or with a bare ``[i/N]``; a sentence without numbers may follow:
       ``Iteration 3, loss = 0.41``, ``Epoch 0:  50%|…| loss=0.3``, ``[ep 01/20] loss=0.5``,
       ``[1/200] 1 tree, ... train loss: 0.62``. The word is kept as a metric only when a comma
       follows the number before pairs (``Iteration`` = 3 in the first example): with a colon
       it is a label (tqdm's description, nanoGPT's ``iter 3:``), with ``/10`` a progress
       count, and before a plain print (``Iteration 0, inertia 123.4.``, or a tab) a label
       too;
    4. the last *header* or step prefix seen before, carried to the lines that follow: a line
       that is only ``Epoch 3/10`` (or ``Epoch 3``, ``=== Epoch 3 ===``) gives no point and sets
       the step of what follows (Keras); so does a step key alone (``Generation = 1``), which
       gives no point either. Another line with its own step key ends a carried step's reach, and a
       JSON or dict line never takes one (a record says its step, or has none:
       `expctl.metrics.record_points`);
    5. a number opening the line that moves on from one line of that shape to the next
       (``100 : loss=0.88``; LEAD_COUNTER, `expctl.metrics.lead_counters`);
    6. else per-name counters: the n-th point of ``loss`` that got no step otherwise gets step
       n-1 (0, 1, 2, …). A step that is nan or ±inf counts as none.

User patterns (`expctl.metrics.user_patterns`)
    `MetricParser(patterns=...)` takes regular expressions with named groups ``name`` (or a
    given `name`), ``value`` and an optional ``step``. When any user pattern matches a line, the
    line's points come from user patterns only; otherwise the built-in formats apply (unless
    `builtin=False`). A match's finite ``step`` is its point's step; otherwise the rules above.

Speed (templates: `expctl.metrics.templates`)
    Most output holds no metric: `parse_text` finds the few lines worth reading in a block with
    whole-block scans (the splitter hands ASCII output over as bytes, `AsciiLines`, scanned
    without being decoded or copied). A run prints the same kinds of line over and over: after
    the general scan finds pairs in a line with a step key, the parser compiles that line's
    *template* (its text, each value and every other run of digits a wildcard) and tries its
    latest templates first: one anchored match instead of a scan, one regex call for a block of
    lines of one shape. A template gives exactly what the general scan gives (a property test
    checks this); learning stops for good when templates keep going unused.

Lines that wait (`expctl.metrics.holding`)
    A line that a rule reads by the lines after it waits for them when the read ends first
    (HOLD_UNDECIDED): however the output is cut into reads, the points are the same.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from expctl.metrics import rules, scan
from expctl.metrics.chapters import is_setup_column, is_setup_in_row
from expctl.metrics.error_rows import read_error_rows
from expctl.metrics.escapes import half_width
from expctl.metrics.fitted_reprs import fitted_repr
from expctl.metrics.value_lists import is_branch_item
from expctl.metrics.context import HeadContext, ListContext, Tail, TextContext
from expctl.metrics.held_config import ConfigMixin
from expctl.metrics.lead_lines import LeadMixin
from expctl.metrics.holding import ZONE, HoldMixin, Undecided, flush_rows as _flush, merge
from expctl.metrics.prefixes import is_titled_rule
from expctl.metrics.readings import Readings
from expctl.metrics.record_points import RecordMixin
from expctl.metrics.run_indent import RunIndent
from expctl.metrics.splitter import AsciiLines
from expctl.metrics.line_rewrites import rewritten
from expctl.metrics.log_frames import unframed_block, unframed_head, unframed_lines
from expctl.metrics.spread import OBJECT_LOOK, ObjectMixin
from expctl.metrics.metric_pairs import metric_pairs
from expctl.metrics.steps import finite, is_lone_step, line_step, plural_step, prefixed_step, without_index
from expctl.metrics.tables import AT_HEADER, MEASURED, TableReader
from expctl.metrics.lead_counters import LeadCounters, uncounted
from expctl.metrics.templates import Template, TemplateMixin, series_of
from expctl.metrics.user_patterns import compile_user_pattern, parse_user_patterns, read_user_match
from expctl.records import Series

Point = tuple[str, float, float]  # (name, step, value)

_BULK_MIN_LINES = 16  # a read of this many lines first tries the one-call bulk path


class MetricParser(TemplateMixin, ConfigMixin, ObjectMixin, RecordMixin, LeadMixin, HoldMixin):
    """Read metric points out of lines of output; see the module docstring for the formats.

    A parser keeps per-name counters and the carried header step, so use one parser per run,
    shared by the run's stdout and stderr. Not thread-safe: call it from one thread or under a lock.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str] | str] = (), builtin: bool = True,
                 templates: bool = True, name: str | None = None,
                 ignore_metrics: Sequence[str] = (), metrics: Sequence[str] = ()):
        """`patterns`: user regexes (compiled or not) with named groups `value`, `name` (or give
        `name`, the metric name of patterns without that group) and optionally `step`.
        `builtin=False` turns the built-in formats off. `templates=False` turns off the
        line-template fast path (same results, slower; for tests). `ignore_metrics` and
        `metrics` are globs of names to drop and (when given) the only names to keep. Raises
        `UsageError` for a pattern that does not compile or lacks a group."""
        self._patterns = tuple(compile_user_pattern(p, name) for p in patterns)
        self._default_name, self._builtin = name, builtin
        self._counters: dict[str, float] = {}
        self._carried: float | None = None  # the step of the last header ("Epoch 3/10")
        self._heading = ""  # its step word, lower-case
        self._keyed: float | None = None  # the last step key's value (EVALUATED_AT)
        self._nests: dict[tuple[str, str], tuple[float, float, bool]] = {}  # NESTED_COUNTER
        self._leads = LeadCounters()  # LEAD_COUNTER
        self._bar_key: tuple = ((), "")  # NEWLINE_REDRAW: the last bar line's report and text
        self._templates: list[Template] = []
        self._learning, self._useless = templates, 0
        self._filter = rules.NameFilter(ignore_metrics, metrics)
        # Printed configuration read so far: (name, text as printed), first printing wins.
        self.params: list[tuple[str, str]] = []
        self._param_names: set[str] = set()
        self._started, self._holding = False, True  # a point came (training began); lone pairs before may be held as config
        self._pending: list[tuple[str, str, str]] = []  # (param name, metric name, value) held
        self._sectioned: dict[str, tuple[str, str]] = {}  # SECTION_AGAIN: held keys of sections, released as params
        self._tables = TableReader(self._context_after)  # SERIES_NAME: it looks ahead for a footer
        self._context: ListContext | TextContext | HeadContext | None = None
        self._index, self._tail = 0, Tail()  # the current line's index in self._context; tail
        self._extra: list[Point] = []  # points a line released for earlier lines
        self._object_state: str | None = None  # of the last spread object (spread.py)
        self._heading_memo: tuple[str, str] | None = None  # (held_config.py)
        self._announced: tuple[str, str] | None = None  # PHASE_ANNOUNCED: (a run's first word, its phase)
        self._runs = rules.LabelRuns()  # LABEL_RUN: the runs of labelled lines read (phases.py)
        self._environment = rules.EnvironmentBlocks()  # ENVIRONMENT_BLOCK (line_kinds.py)
        self._readings, self._indent = Readings(), RunIndent()  # formats.read_line, the latest lines' readings kept; RUN_INDENT
        self._start_holding()  # HOLD_UNDECIDED

    # -- the three ways in ---------------------------------------------------------------------

    def parse(self, line: str) -> list[Point]:
        """Points ``(name, step, value)`` found in one line, in printed order, or ``[]``.

        `line` is decoded text without its line ending. Never raises on any input. Points a
        line releases for earlier ones (a vertical table block it ends) come after its own.
        The line is read on its own: a lone ``key: value`` line is not held back as possible
        configuration (`parse_lines` and `parse_text` read output as it streams, and do).
        """
        self._context, self._index, self._holding = ListContext([line]), 0, False
        try:
            points = self._parse(line, templates=True)
        finally:
            self._context, self._holding = None, True
            self._tail.add(ListContext([line]))
        if self._extra:
            points, self._extra = points + self._extra, []
        return points

    def finish(self, when: float, out: dict[str, Series]) -> None:
        """The end of the output: what was held back for later lines (a vertical table block
        not yet closed, ``key: value`` lines that no training output followed) is appended to
        `out` as metrics."""
        self._release_held(when, out)  # HOLD_UNDECIDED: read now, no more output coming
        points = self._table_points(self._tables.flush())
        if self._object_state == "pending":
            self._finish_pending(self._tail.last(OBJECT_LOOK))
            points, self._extra = points + self._extra, []
        if self._pending:
            points += self._release_pending(as_metrics=True)
        for name, step, value in points:
            if name not in self._filter.choices:  # CHOICE_NAME
                series_of(out, name).append(step, when, value)
        self._apply_filter(out)

    def parse_lines(self, lines: Sequence[str], when: float, out: dict[str, Series],
                    context: TextContext | HeadContext | ListContext | None = None) -> None:
        """Parse `lines` (all read at time `when`) and append their points to `out`'s series.

        Lines matching a template that carries a step key are collected per template and
        appended column by column. Within one call, points of a metric printed in lines of
        different shapes are therefore grouped by shape; each keeps its step. `context` tells
        where the lines lie in the block they were found in, when they are not all its lines.
        """
        runs, lines = None, lines if context is not None else self._indent.lines(unframed_lines(lines))  # LOG_FRAME, RUN_INDENT
        if self._held and not isinstance(context, TextContext):
            (lines, runs), context = self._take_held(lines, when), None  # HOLD_UNDECIDED
        self._context = context if context is not None else ListContext(lines)
        try:
            self._read_runs(lines, runs or [(None, when)], out)
        finally:
            self._add_tail()
            self._context = None
        self._apply_filter(out)

    def _parse_lines(self, lines: Sequence[str], when: float, out: dict[str, Series],
                     start: int = 0, stop: int | None = None) -> bool:
        """Read `lines[start:stop]`, a line may wait for the next read; True when lines were."""
        fast = self._builtin and not self._patterns
        if stop is None and not start and fast and len(lines) >= _BULK_MIN_LINES and self._templates:
            if self._parse_bulk(lines, when, out):
                return False
        batches: dict[Template, list[tuple[float, ...]]] = {}
        isfinite, target, kept, choices = math.isfinite, out, None, self._filter.choices
        end = len(lines) if stop is None else stop
        zone = len(lines) - ZONE if self._may_hold else end  # HOLD_UNDECIDED
        for position in range(start, end):
            line = lines[position]
            # The usual case, inlined: the line has the shape of the last template that matched.
            first = self._templates[0] if fast and self._templates else None
            match = first.regex.match(line) if first is not None else None
            template = first if match else (self._match_template(line) if first is not None else None)
            if template is not None:
                values = tuple(map(float, (match or template.last_match).groups()))
                index = template.step_index
                if index is not None and isfinite(values[index]) and template.outer_index is None:
                    self._carried, self._keyed = None, values[index]  # a line with its own step ends a header's reach
                    rows = batches.get(template)
                    if rows is None:
                        batches[template] = [values]
                    else:
                        rows.append(values)
                    continue
                points = self._template_points(template, values)
            else:
                self._index = position
                if position >= zone and kept is None and (not fast or scan.may_hold(line)):  # it may look past the read: keep the state (a line no format reads changes none)
                    kept, target, self._hold_ok = (position, self._snapshot(), {t: len(r) for t, r in batches.items()}), {}, True
                try:
                    points = self._parse(line, templates=not fast)
                except Undecided:  # HOLD_UNDECIDED: undo from the copy, read up to it, hold it
                    return self._hold_from(lines, position, kept, when, out, batches)
                if self._extra:
                    points, self._extra = points + self._extra, []
            if choices and points:  # CHOICE_NAME: a choice's code, printed after it, is no point
                points = [point for point in points if point[0] not in choices]
            for name, step, value in points:
                series_of(target, name).append(step, when, value)
        self._hold_ok = False
        if target is not out:
            merge(target, out)
        _flush(batches, out, when)
        return False

    def parse_text(self, text: str | AsciiLines | None, when: float, out: dict[str, Series]) -> None:
        """`parse_lines` for a block of lines joined with "\\n" (what `LineSplitter.feed_text`
        returns: a str, or `AsciiLines`; None, no line, reads nothing, while "" is one blank
        line), which need not be cut into lines: only the lines that can hold a metric are
        read, found by scanning the whole block. Gives what `parse_lines` gives on every line.
        """
        if text is None or not (self._builtin or self._patterns):
            return
        text = unframed_head(text)  # LOG_FRAME: a line carried over, past its frame
        if self._held:  # HOLD_UNDECIDED: the held lines are read first, with these after them
            self.parse_lines((text.text() if isinstance(text, AsciiLines) else text).split("\n"), when, out)
            return
        if isinstance(text := text if self._patterns else self._indent.text(text), AsciiLines):  # RUN_INDENT
            if self._patterns:
                text = text.text()
            else:
                if text.head and scan.may_hold(text.head):
                    # read with the lines after it, as if it came in this block
                    self.parse_lines([text.head], when, out,
                                     HeadContext(text.head, text.data, text.start, text.end))
                    if self._held:
                        return  # it waits for more output, and the block with it
                elif text.head is not None:  # a blank one too: rules end blocks at one
                    self._tail.add_block(text.head, 0, len(text.head))
                self._parse_block(text.data, text.start, text.end, when, out)
                return
        if self._patterns:
            self.parse_lines(text.split("\n"), when, out)
            return
        self._parse_block(text, 0, len(text), when, out)

    def _parse_block(self, text: str | bytes, start: int, end: int, when: float,
                     out: dict[str, Series]) -> None:
        """`parse_text` of the lines `text[start:end]` (str, or ASCII bytes): the candidate
        lines, read with the block as their context; every line when most are candidates."""
        compiled = scan.compiled_starts
        if compiled is not None and type(text) is bytes:  # the usual case, called directly
            starts = compiled(text, start, end, scan.DENSE)
        else:
            starts = scan.candidate_starts(text, start, end)
        if not starts:
            if starts is not None:  # no candidate: only the tail remembers the block
                self._tail.add_block(text, start, end)
                return
            # Most lines may hold metrics: read them all, and when they all have the latest
            # template's shape, in one compiled pass over ASCII bytes or one regex call.
            if self._templates and type(text) is bytes:
                if self._parse_rows(text, start, end, when, out):
                    self._tail.add_block(text, start, end)
                    self._apply_filter(out)
                    return
            block = text[start:end]
            block = block if isinstance(block, str) else block.decode("ascii")
            if self._templates and self._templates[0].bulk_regex().match(block):
                if self._parse_bulk(block, when, out):
                    self._tail.add_block(block, 0, len(block))
                    self._apply_filter(out)
                    return
            self.parse_lines(lines := unframed_lines(block.split("\n")), when, out, ListContext(lines))  # LOG_FRAME; cut once (RUN_INDENT)
            return
        if (bare := unframed_block(text, start, end)) is not None:  # LOG_FRAME: a block to read
            return self._parse_block(bare, 0, len(bare), when, out)
        context = TextContext(text, starts, start, end)
        newline = "\n" if isinstance(text, str) else b"\n"
        lines = scan.lines_at(text, starts, end, newline)
        if not isinstance(text, str):
            lines = [line.decode("ascii") for line in lines]
        self.parse_lines(lines, when, out, context)

    def _apply_filter(self, out: dict[str, Series]) -> None:
        """Drop the names the user's `ignore_metrics` / `metrics` globs exclude (not `sys/`)."""
        if self._filter:
            for name in [n for n in out if not n.startswith("sys/") and not self._filter.keeps(n)]:
                del out[name]

    # -- one line ------------------------------------------------------------------------------

    def _parse(self, line: str, templates: bool) -> list[Point]:
        line = half_width(line)  # FULL_WIDTH: "EPOCH：1"
        if "%|" not in line:
            return self._parse_line(line, templates)
        # NEWLINE_REDRAW (rules): a progress bar line reporting what the bar line before it
        # reported (the same `frame_key`: only the progress moved on) is that state drawn again
        # on a new row, as tqdm draws where it cannot redraw in place.
        key = self.frame_key(line)
        if key and key == self._bar_key[0] and line != self._bar_key[1]:
            return []  # the same line printed twice is two prints (MOVED_UP_BAR's look-alike)
        points = self._parse_line(line, templates)
        self._bar_key = (key, line) if points else ((), "")
        return points

    def _parse_line(self, line: str, templates: bool) -> list[Point]:
        if self._patterns:
            points = parse_user_patterns(self._patterns, self._default_name, line, self._carried, self._next_count)
            if points or not self._builtin:
                return points
        elif not self._builtin:
            return []
        if not scan.may_hold(line):
            return []  # most log lines end here
        if templates and "{" not in line:
            for template in self._templates:
                match = template.regex.match(line)
                if match:
                    return self._from_template(template, match)
        if rules.is_noise_line(line) and not rules.is_done_mark_report(
                line, self._readings.read(line).pairs):
            return []
        return self._parse_general(line)

    def _parse_general(self, line: str) -> list[Point]:
        """Every built-in format (`formats.read_line`), tables, printed config, then steps."""
        line = rewritten(line, self._before, self._next_line, self._context_after)  # HEADING_NAME, ARRAY_VALUES, SPACED_VALUE
        if (lead := self._read_lead(line)) is not None:
            return lead  # R_STRING_PAIR, SPREAD_OBJECT, ENVIRONMENT_BLOCK, BENCH_BLOCK ... (lead_lines)
        reading = self._readings.read(line)
        if reading.config is not None:
            self._add_config(reading)
            return []
        if not self._started and self._aligned_settings(line):
            return []  # ALIGNED_SETTINGS: labels padded to one column, before training output
        if reading.round is not None:
            return self._produced(self._at_step(self._metric_pairs(reading.pairs),
                                                finite(float(reading.round))))
        if reading.record:
            return [] if self._hold_record(reading.pairs, line) else self._record_points(reading)  # SETTINGS_RECORD
        if (not reading.pairs or self._tables.claims(line, self._before)) and (
                row := self._table_row(line, reading.pairs)) is not None:
            return row
        if line[-1:] == ")" and not is_branch_item(line) and (  # BRANCH_VALUES: an item, no fit's repr
                fitted := fitted_repr(line, self._before, self._context_after)) is not None:
            self._add_params(fitted[1])  # FITTED_REPRS: "Gaussian(dim=2, var=1.35)" in a run of fits
            return self._produced(self._assign_steps(self._metric_pairs(fitted[0]), None))
        pairs = self._config_split(reading)
        prefix, step = reading.prefix, None
        if prefix is None and not pairs and self._carried is not None and is_titled_rule(line):
            self._carried = None  # TITLED_RULE: "── Test ──" ends the reach of "── Epoch 5 ──"
        if prefix is not None:  # NESTED_COUNTER: "[epoch 0, it 8]", "Batch 5/20" under "Epoch 1/4"
            step, self._carried, self._heading, keyed = prefixed_step(self._nests, prefix, reading.pairs, self._carried, self._heading)
            self._begin_training()  # a step counter is printed: training output has begun
            if keyed:
                return []  # KEYED_HEADER: "Epoch 1/3, Step: 8" heads the lines after it at step 8
        if not pairs:  # TIMER_OUTPUT: "sort: 66.15 ms" in output of timings only; VALUE_FIRST_BLOCK, THING_LINES
            return self._produced(self._at_step(rules.lone_pair(line, self._before, self._next_line), None)) if not reading.pairs and prefix is None else []
        if len(pairs) == 1 and prefix is None:
            pairs = self._lone_pair(line, pairs)  # HEADED_BLOCK, CONFIG_BLOCK, PHASE_HEADING
            if not pairs:
                return []
        elif prefix is None and self._settings_line(pairs, reading):
            return []  # SETTINGS_LINE: "base_lr=1.5 decay=0.9 seed=5" before training output
        named = self._metric_pairs(pairs, reading)
        phase = self._phase_above(reading, prefix is None) if named else None  # PHASE_HEADING
        named = rules.with_spread_column(rules.section_labelled(named, self._before, phase, line), line, self._before)  # SECTION_LABEL, SPREAD_COLUMN
        lone = prefix is None and len(pairs) == 1 and is_lone_step(line, pairs[0], self._before)  # LONE_STEP
        if not lone and prefix is None and self._carried is None and (
                counted := self._leads.step(line, pairs, self._context_after)) is not None:
            step = counted  # LEAD_COUNTER: "100 : loss=0.88", a count that moves on
            named = uncounted(line, named, pairs)  # COUNTED_LEAD: "self.cnt=250, ...": the step, no metric
        elif (prefix is None and reading.templatable and self._learning and "{" not in line
                and named == pairs and reading.line == line and not lone):
            self._learn(line, pairs)
        if lone:  # LONE_STEP: "Generation = 1" heads the lines after it, as "Epoch 3" does
            self._carried, self._heading = finite(float(pairs[0][1])), pairs[0][0].lower()
            self._begin_training()
            return []
        released = self._resolve_pending(named, line) if self._pending and named else []
        return self._produced(released + self._assign_steps(named, step, step_pairs=pairs, line=line))

    def _table_row(self, line: str, pairs=()) -> list[Point] | None:
        """The points of `line` read as a table's row, None when no table reads it; settings
        read from a table (a box titled as settings) become params."""
        if not pairs and (estimates := read_error_rows(line, self._before, self._next_line)) is not None:
            return self._produced(self._at_step(estimates, None))  # ERROR_ROWS: errors in parentheses under
        steps = self._tables.read(line, self._before, self._next_line, self._tail.added)
        if self._tables.config:
            self._add_params(self._tables.config)
            self._tables.config.clear()
        return None if steps is None else self._produced(self._table_points(steps), table=True)

    def _produced(self, points: list[Point], table: bool = False) -> list[Point]:
        """`points`, a line's metric points; the first ones mean training output has begun
        (held ``key: value`` lines are then config), and any line's points end an aligned
        table or vertical block that is not its own."""
        if points:
            if self._pending:
                points = self._resolve_pending(points) + points
            self._started = True
            if not table:
                self._extra += self._table_points(self._tables.interrupt())
        return points

    def _metric_pairs(self, pairs, reading=None) -> list:
        """The metric pairs of a line (`expctl.metrics.metric_pairs`)."""
        return metric_pairs(pairs, reading, self._runs, self._before, self._next_line)

    def _table_points(self, steps) -> list[Point]:
        points: list[Point] = []
        measured = self._tables.measured() if steps else frozenset()  # STEP_CHANGE: judged by the table
        for pairs, step in steps:
            # A column's own name says whether it is a count (a chapter's ``size/avg`` is the
            # mean size measured, CHAPTERS); every table reader has judged its columns so.
            kept = [(name, value) for name, value in pairs if step == MEASURED or not (
                is_setup_column(name)) or name in measured or not is_setup_in_row(name, pairs)]  # STAT_LINE; STATISTIC_PEERS
            if step == AT_HEADER:  # ID_ROWS: a snapshot of entities, at the carried step
                points += self._at_step(kept, self._carried)
                continue
            points += self._at_step(kept, None if step in (None, MEASURED) else finite(float(step)))
        return points

    def frame_key(self, line: str) -> tuple:
        """What `line` reports, as (name, value) pairs, without steps and without changing the
        parser's state: two redraws of a progress bar with the same key report the same thing
        (see `LineSplitter`). Empty for a line without metrics."""
        if self._patterns:
            found = [read_user_match(m, self._default_name)
                     for pattern in self._patterns for m in pattern.finditer(line)]
            pairs = [(name, value) for name, value, _ in filter(None, found)]
            if pairs or not self._builtin:
                return tuple(pairs)
        return self._readings.frame_key(half_width(line)) if self._builtin else ()

    def _assign_steps(self, pairs: Sequence[tuple[str, str | float]],
                      fallback: float | None = None, step_pairs=None, line=None) -> list[Point]:
        """Turn (name, value) pairs into points: the line's strongest step key (among
        `step_pairs`, the pairs as printed, when names were qualified since), else `fallback`
        (a step prefix), else the carried header step, else per-name counters. A line with its
        own step key and no step prefix ends the reach of a carried header."""
        if not pairs:
            return []
        step, pairs = line_step(self._nests, step_pairs if step_pairs is not None else pairs, pairs, line, fallback)
        if step is None and (fallback is not None or (step := plural_step(step_pairs or pairs)) is None):
            step = fallback if fallback is not None else self._carried
            if step is None and self._keyed is not None and rules.evaluates(pairs):
                step = self._keyed  # EVALUATED_AT: "Validation Loss: 4.01" after "Epoch: 1 Loss: 4.21"
        elif fallback is None:
            self._carried = None
            self._keyed = step
        return self._at_step(without_index(pairs, step_pairs or pairs, step), step)  # INDEX_STEP

    def _at_step(self, pairs: Sequence[tuple[str, str | float]], step: float | None) -> list[Point]:
        if step is None:
            return [(name, self._next_count(name), float(value)) for name, value in pairs]
        return [(name, step, float(value)) for name, value in pairs]

    def _next_count(self, name: str) -> float:
        """The implicit step for the next point of `name` that came without a step."""
        self._counters[name] = (count := self._counters.get(name, 0.0)) + 1.0
        return count
