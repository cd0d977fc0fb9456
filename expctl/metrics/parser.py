"""Printed lines → metric points ``(name, step, value)``.

`MetricParser` reads the lines of one run (stdout and stderr alike) with the built-in formats
below and any user patterns. It is pure: text in, points out; it never raises and never blocks
on any input (binary garbage, megabyte lines). It keeps a little state between lines: per-name
counters, the step of the last ``Epoch 3/10`` header, and learned line templates.

What is recognised (the readers live in `expctl.metrics.formats`)
=================================================================

Key-value pairs, any number per line
    ``name: value`` (whitespace after the colon is required, so ``host:8080`` is no pair),
    ``name = value`` and ``name=value``; whitespace before the ``:`` or ``=`` is allowed. The name
    may be quoted (``'loss': 0.5``). Pairs are found anywhere in the line, separated by spaces,
    tabs, ``,``, ``|``, ``;``, `` - ``, brackets.

    *Name*: starts with a letter (any script) or ``_``, continues with letters, digits and
    ``_ . / -``; a trailing ``.`` or ``-`` is dropped (``acc.: 0.9`` → ``acc``). Names are kept
    as printed (``val/acc``, ``train.loss``, ``Loss``). Words right before the name belong to it
    when they open a field (at the line start or after a separator ``- | , ; : ] ) }``):
    ``Validation score: 0.3`` is ``Validation score``, ``Test set: Average loss: 0.1`` is
    ``Average loss``, but in ``12:00:00 INFO loss: 0.2`` the name is ``loss``. Four words or
    more, or a word such as ``of``/``in``/``the``, make a sentence, not a name: ``Number of
    positive: 161`` gives nothing. A name containing ``version`` gives nothing.

    *Value*: an integer or decimal with an optional sign and exponent (``3``, ``-0.5``, ``.5``,
    ``1.``, ``1e-3``, ``5e-05``, ``+2E+10``), or ``nan``, ``inf``, ``infinity`` in any case and
    with a sign; an optional ``%`` right after it is dropped (``93.7%`` → 93.7). The value must be
    followed by the end of the line, whitespace, ``|``, ``;``, ``)``, ``]``, ``}``, or a ``,`` that
    is not followed by a digit. When whitespace and a word follow, the word must lead to the next
    pair (``loss: 0.5 acc: 0.9``): ``using: 0 TPU cores`` and ``time: 0.01 seconds`` give nothing.

JSON objects and Python dicts
    A line that, once stripped, starts with ``{`` and ends with ``}`` is read with `json.loads`,
    or, when it is no JSON, as a Python dict with `ast.literal_eval` (never evaluated). Numbers
    become points; nested objects are flattened with ``/`` (``{"val": {"acc": 0.9}}`` →
    ``val/acc``); booleans, lists and null are ignored; keys are stripped and empty keys are
    skipped; ``NaN`` and ``Infinity`` are accepted; an integer too large for a float is ±inf.
    JSON strings are not read (a metric inside ``{"msg": "loss: 0.3"}`` is not one), but a
    Python dict's strings that hold a number are, as Hugging Face's Trainer prints them
    (``{'loss': '0.6955', 'epoch': '1'}``), and so are NumPy scalars (``np.float64(0.5)``).
    A line that is neither is read as key-value pairs.

Gradient-boosting logs
    XGBoost ``[5]\\tvalidation_0-logloss:0.31234\\t…``, LightGBM ``[10]\\tvalid_0's l2: 0.2``
    and CatBoost ``0:\\tlearn: 0.68\\ttest: 0.69\\tbest: 0.69 (0)\\ttotal: 5ms``: the
    round number is the step of every field; a field's name is all its text before the colon;
    fields whose value has a unit (``total: 5ms``) are skipped.

Tables
    A header row of names followed by rows of numbers, whitespace-aligned, ``|``-separated or
    box-drawn, and Stable-Baselines3's vertical ``| key | value |`` blocks: see
    `expctl.metrics.tables`. Each row is one step.

Printed configuration
    Lines that are configuration (a YAML-like dump, ``Namespace(...)``, a line or JSON event
    marked config, ``key: value`` lines before any training output) give no points: their
    entries go to `MetricParser.params`, ``(name, text)`` in the order found, which the recorder
    stores as params with source ``output``. A ``key: value`` line printed before training
    output is held back until the output tells: training output follows (config), its key is
    printed again (a metric), or the output ends (`finish`: a metric). See
    `expctl.metrics.printed_config` and the CONFIG rules of `expctl.metrics.rules`.

Not metrics, labels and phases
    Names of counts, sizes and bookkeeping, warnings and library info lines give nothing; a
    leading phase label qualifies names (``train/Avg loss``), other labels are dropped. The
    rules, each with its reason, are in one table: `expctl.metrics.rules`.

Plain prints
    A line made only of name/number pairs, ``epoch 4 loss 0.2231 val_acc 0.874`` or nanoGPT's
    ``iter 3: loss 0.41, time 12.3ms, mfu 2.31%``: at least two pairs, at least one number with a
    decimal point, the line ending with a number; names of one to three words; pairs separated
    by spaces, ``,``, ``;``, ``:``, ``|`` or ``-``; a number with a unit is skipped. Leading
    bracketed tags (``[08:55:54]``) and a trailing source location (``train.py:48``, Rich's log)
    are allowed.

Steps
    The step of a line's points is, in this order:

    1. its strongest *step key*: ``step``, ``global_step``, ``iteration`` = ``iter``, ``it``,
       ``batch``, ``epoch`` (each also Capitalised or UPPERCASE), finest first because the
       finest counter orders the points; among keys of equal strength the first printed wins.
       Only the exact name counts (``train/step``, a flattened JSON key, does not). The step
       key's own point is kept: ``epoch: 3 step: 1200 loss: 0.5`` gives three points at 1200;
    2. a boosting round (``[5]``, ``0:``);
    3. a *step prefix*: the line opens (after a log prefix: a timestamp, bracketed tags,
       ``INFO:root:``) with a step word (``ep`` too) and a number, or with a bare ``[i/N]``:
       ``Iteration 3, loss = 0.41``, ``Epoch 0:  50%|…| loss=0.3``, ``[ep 01/20] loss=0.5``,
       ``[1/200] 1 tree, ... train loss: 0.62``. The word is kept as a metric only when a comma
       follows the number (``Iteration`` = 3 in the first example): with a colon it is a label
       (tqdm's description, nanoGPT's ``iter 3:``), with ``/10`` a progress count;
    4. the last *header* or step prefix seen before, carried to the lines that follow: a line
       that is only ``Epoch 3/10`` (or ``Epoch 3``, ``-- Epoch 3``) gives no point and sets the
       step of what follows (Keras). A line with its own step key ends a carried step's reach,
       and a JSON or dict line never takes one (a record says its step, or has none);
    5. else per-name counters: the n-th point of ``loss`` that got no step otherwise gets step
       n-1 (0, 1, 2, …).

    A step that is nan or ±inf counts as none.

User patterns
    `MetricParser(patterns=...)` takes regular expressions with named groups ``name`` and
    ``value`` (or only ``value``, with the metric's name given as `name`) and an optional
    ``step``. When any user pattern matches a line, the line's points come from user patterns
    only (every match of every pattern, pattern by pattern); otherwise the built-in formats apply
    (unless `builtin=False`). A match's ``step`` group, when it took part and holds a finite
    number, is that point's step; otherwise the line's step key, the carried header, or the
    counters. A trailing ``%`` on a value is dropped; matches whose value `float` cannot read, or
    whose name is blank, are skipped.

Deliberately not recognised (they look like pairs but are not metrics)
    times ``12:30:45``, ``[00:01<00:01``, dates ``2026-01-01``, versions ``torch: 2.1.0`` and
    ``CUDA Version: 12.2``, rates ``45.2it/s`` and ``3.1s/step``, counts ``32/32``, a progress
    bar's percentage ``Training:  50%|``, hex ids ``0x1f``/``3fa2b1c``, URLs
    ``http://x:8080/?loss=0.5``, addresses ``127.0.0.1:5000``, paths
    ``ckpt/epoch=1-step=8.pt``, numbers with units ``5ms``, ``total: 1.2ms``,
    ``remaining: 3s``, thousands ``1,234``, a number followed by a sentence's full stop
    (``loss: 0.5.``), a conversion ``pavg=0.53 -> initscore=0.14``.

Speed
    Most output holds no metric: `parse_text` takes a block of lines and finds the few lines
    worth reading with a handful of whole-block regex scans, without touching the others; for
    ASCII output the splitter hands over the bytes read (`AsciiLines`), which are scanned
    without being decoded or copied, and only the lines found are decoded. A run
    prints the same kinds of line over and over: after the general scan finds pairs in a line
    with a step key, the parser compiles that line's *template* (its text with each value, and
    every other run of digits, made a wildcard) and tries its latest templates first on the
    next lines: one anchored match instead of a scan, and for a block of lines all of one shape
    a single regex call. A template gives exactly what the general scan gives (a property test
    checks this); lines it does not match take the general path. Learning stops for good when
    templates keep going unused (output with no repeating shape).
"""

from __future__ import annotations

import itertools
import math
import re
from array import array
from collections.abc import Sequence

from expctl.errors import UsageError
from expctl.metrics import formats, printed_config, rules, scan
from expctl.metrics.context import HeadContext, ListContext, Tail, TextContext
from expctl.metrics.lazy import LazyPattern
from expctl.metrics.splitter import WRAPPED_VALUE as _WRAPPED_VALUE  # a continuation line
from expctl.metrics.splitter import AsciiLines
from expctl.metrics.tables import TableReader
from expctl.records import Series

Point = tuple[str, float, float]  # (name, step, value)

_DANGLING_NAME = LazyPattern(r"(?:^|\s)([^\W\d][\w./-]*):\s*\Z")  # "... train_loss:" at the end
# What a leading label may start with and is no part of it: timestamps, bracketed tags, levels.
_LABEL_PREFIX = LazyPattern(
    r"(?:\s+|\[[^\]]{0,60}\]|\d[\d:.,/T-]*|(?:INFO|DEBUG|NOTICE)\b|[\w.]+:(?=\w)|-)*")

_DIGITS = LazyPattern(r"\d+")
# A template's value: the plain-number part of NUMBER, possessive (about twice as fast to match).
# A line whose value is spelt otherwise (nan, .5) does not match the template and takes the
# general path; a line that matches gets the same number text, as a delimiter (never a digit,
# "." or "e") follows every value.
_TEMPLATE_NUMBER = r"([-+]?+\d++(?:\.\d*+)?+(?:[eE][-+]?+\d++)?+)"
_CONFIG_LOOK = 24  # lines looked at around a "key: value" line to tell a config dump
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

    A parser keeps per-name counters and the carried header step, so use one parser per run,
    shared by the run's stdout and stderr. It is not thread-safe: call it from one thread, or
    under a lock.
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
        self._patterns = tuple(_compile_user_pattern(p, name) for p in patterns)
        self._default_name = name
        self._builtin = builtin
        self._counters: dict[str, float] = {}
        self._carried: float | None = None  # the step of the last header ("Epoch 3/10")
        self._templates: list[_Template] = []
        self._learning = templates
        self._useless = 0
        self._filter = rules.NameFilter(ignore_metrics, metrics)
        # Printed configuration read so far: (name, text as printed), first printing wins.
        self.params: list[tuple[str, str]] = []
        self._param_names: set[str] = set()
        self._started = False  # a metric point was produced: training output has begun
        self._holding = True  # lone "key: value" lines before training may be held as config
        self._pending: list[tuple[str, str, str]] = []  # (param name, metric name, value) held
        self._tables = TableReader()
        self._tail = Tail()
        self._context: ListContext | TextContext | None = None
        self._index = 0  # the current line's index in self._context
        self._extra: list[Point] = []  # points a line released for earlier lines

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
        points = self._table_points(self._tables.flush())
        if self._pending:
            points += self._release_pending(as_metrics=True)
        for name, step, value in points:
            _series(out, name).append(step, when, value)
        self._apply_filter(out)

    def parse_lines(self, lines: Sequence[str], when: float, out: dict[str, Series],
                    context: TextContext | None = None) -> None:
        """Parse `lines` (all read at time `when`) and append their points to `out`'s series.

        Lines matching a template that carries a step key are collected per template and
        appended column by column. Within one call, points of a metric printed in lines of
        different shapes are therefore grouped by shape; each keeps its step. `context` tells
        where the lines lie in the block they were found in, when they are not all its lines.
        """
        self._context = context if context is not None else ListContext(lines)
        try:
            self._parse_lines(lines, when, out)
        finally:
            self._tail.add(self._context)
            self._context = None
        self._apply_filter(out)

    def _parse_lines(self, lines: Sequence[str], when: float, out: dict[str, Series]) -> None:
        fast = self._builtin and not self._patterns
        if fast and len(lines) >= _BULK_MIN_LINES and self._templates:
            if self._parse_bulk(lines, when, out):
                return
        batches: dict[_Template, list[tuple[float, ...]]] = {}
        isfinite = math.isfinite
        for position, line in enumerate(lines):
            # The usual case, inlined: the line has the shape of the last template that matched.
            first = self._templates[0] if fast and self._templates else None
            match = first.regex.match(line) if first is not None else None
            template = first if match else (self._match_template(line) if fast else None)
            if template is not None:
                values = tuple(map(float, (match or template.last_match).groups()))
                index = template.step_index
                if index is not None and isfinite(values[index]):
                    self._carried = None  # a line with its own step ends a header's reach
                    rows = batches.get(template)
                    if rows is None:
                        batches[template] = [values]
                    else:
                        rows.append(values)
                    continue
                points = self._at_step(list(zip(template.names, values)), self._carried)
            else:
                self._index = position
                points = self._parse(line, templates=not fast)
                if self._extra:
                    points, self._extra = points + self._extra, []
            for name, step, value in points:
                _series(out, name).append(step, when, value)
        for template, rows in batches.items():
            template.hits += len(rows)
            _append_rows(out, template, rows, when)

    def parse_text(self, text: str | AsciiLines, when: float, out: dict[str, Series]) -> None:
        """`parse_lines` for a block of lines joined with "\\n" (what `LineSplitter.feed_text`
        returns: a str, or `AsciiLines`), which need not be cut into lines: only the lines that
        can hold a metric are read, found by scanning the whole block. Gives what `parse_lines`
        gives on every line.
        """
        if not text or not (self._builtin or self._patterns):
            return
        if isinstance(text, AsciiLines):
            if self._patterns:
                text = text.text()
            else:
                if text.head and formats.may_hold_metrics(text.head):
                    # read with the lines after it, as if it came in this block
                    self.parse_lines([text.head], when, out,
                                     HeadContext(text.head, text.data, text.start, text.end))
                elif text.head:
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
            # template's shape (a program printing metrics as fast as it can), in one regex call.
            block = text[start:end]
            block = block if isinstance(block, str) else block.decode("ascii")
            if self._templates and self._templates[0].bulk_regex().match(block):
                if self._parse_bulk(block, when, out):
                    self._tail.add_block(block, 0, len(block))
                    self._apply_filter(out)
                    return
            self.parse_lines(block.split("\n"), when, out)
            return
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
        if self._patterns:
            points = self._parse_user_patterns(line)
            if points or not self._builtin:
                return points
        elif not self._builtin:
            return []
        if not formats.may_hold_metrics(line):
            return []  # most log lines end here
        if templates and "{" not in line:
            for template in self._templates:
                match = template.regex.match(line)
                if match:
                    return self._from_template(template, match)
        if rules.is_noise_line(line):
            return []
        return self._parse_general(line)

    def _parse_general(self, line: str) -> list[Point]:
        """Every built-in format (`formats.read_line`), tables, printed configuration, then the
        step rules."""
        line = self._join_wrapped(line)
        reading = formats.read_line(line)
        if reading.config is not None:
            self._add_params(reading.config)
            return []
        if reading.round is not None:
            return self._produced(self._at_step(self._metric_pairs(reading.pairs),
                                                _finite(float(reading.round))))
        if reading.record:  # a JSON or dict record says its step itself, or has none
            step = _find_step(reading.pairs)
            if step is not None:
                self._carried = None
            return self._produced(self._at_step(self._metric_pairs(reading.pairs), step))
        if not reading.pairs:
            steps = self._tables.read(line, self._before, self._next_line, self._tail.added)
            if self._tables.config:
                self._add_params(self._tables.config)
                self._tables.config.clear()
            if steps is not None:
                return self._produced(self._table_points(steps), table=True)
        pairs = self._config_split(reading)
        prefix, step = reading.prefix, None
        if prefix is not None:
            step = _finite(float(prefix.value))
            if reading.pairs or prefix.header:
                self._carried = step
            self._begin_training()  # a step counter is printed: training output has begun
        if not pairs:
            return []
        if len(pairs) == 1 and not self._started and prefix is None and self._holding:
            held = self._hold_as_config(line, pairs[0])
            if held:
                return []
        named = self._metric_pairs(pairs, reading)
        if (prefix is None and reading.templatable and self._learning and "{" not in line
                and named == pairs and reading.line == line):
            self._learn(line, pairs)
        released = self._resolve_pending(named) if self._pending and named else []
        return self._produced(released + self._assign_steps(named, step, step_pairs=pairs))

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

    def _begin_training(self) -> None:
        if self._pending:
            self._release_pending(as_metrics=False)
        self._started = True

    def _metric_pairs(self, pairs, reading=None) -> list:
        """The pairs that are metrics, named: counts, sizes and bookkeeping dropped
        (NOT_METRIC_WORDS), names under the phase the line's leading label names (PHASES)."""
        kept = [(name, value) for name, value in pairs if not rules.is_setup_name(name)]
        if reading is not None and reading.spans and kept:
            phase = rules.phase_of(_label(reading.line[:reading.spans[0]]))
            if phase is not None:  # the step key gives the step; it is no result of the phase
                kept = [(rules.qualify(phase, name), value) for name, value in kept
                        if name not in _STEP_RANK]
        return kept

    def _config_split(self, reading) -> list:
        """The line's pairs that are no config (CONFIG_MARKERS); the config ones become params."""
        pairs, spans, line = reading.pairs, reading.spans, reading.line
        if not spans or len(spans) != len(pairs):
            return pairs
        label_end = rules.config_label_end(line, spans[-1])
        if label_end is None:
            return pairs
        extent = printed_config.dict_extent(line, label_end)
        if extent is not None:
            inside = [pair for pair, at in zip(pairs, spans) if extent[0] <= at < extent[1]]
            self._add_params(printed_config.from_labelled(line, label_end, inside))
            return [pair for pair, at in zip(pairs, spans) if not extent[0] <= at < extent[1]]
        after = [pair for pair, at in zip(pairs, spans) if at >= label_end]
        self._add_params(after)
        return [pair for pair, at in zip(pairs, spans) if at < label_end]

    def _hold_as_config(self, line: str, pair: tuple[str, str]) -> bool:
        """True when a ``key: value`` line printed before any metric is config (CONFIG_BLOCK):
        recorded as a param now when its block is plainly config, held back otherwise until
        training output follows it (then a param) or never does (then a metric)."""
        name, value = pair
        if name in _STEP_RANK:
            return False
        before = self._before(_CONFIG_LOOK)
        run = printed_config.block_around(before, line, self._context_after(_CONFIG_LOOK))
        if run is None:
            return False
        if printed_config.is_strong_block(run):
            # The whole run, text values and sections included (those lines hold no number,
            # so they are never read on their own).
            self._add_params(printed_config.entries_of_run(run))
            return True
        if rules.is_result_name(name) and not printed_config.section_path(before, line):
            return False  # a result starts the results (RESULT_WORDS): held lines were config
        param = printed_config.section_path(before, line) + name
        if any(held == name for _, held, _ in self._pending):
            return False  # printed again: not a config dump (released with this line's point)
        self._pending.append((param, name, value))
        return True

    def _resolve_pending(self, found) -> list[Point]:
        """Training output (`found`: its pairs or points) follows the held lines: they were
        config, unless it prints one of their names again (then they were metrics)."""
        names = {item[0] for item in found}
        return self._release_pending(as_metrics=any(held in names for _, held, _ in self._pending))

    def _release_pending(self, as_metrics: bool) -> list[Point]:
        """The held ``key: value`` lines: as metric points, or recorded as params."""
        pending, self._pending = self._pending, []
        if not as_metrics:
            self._add_params([(param, value) for param, _, value in pending])
            return []
        pairs = self._metric_pairs([(name, value) for _, name, value in pending])
        return [(name, self._next_count(name), float(value)) for name, value in pairs]

    def _add_params(self, entries) -> None:
        for name, text in entries:
            name, text = str(name).strip(), str(text)
            if name and name not in self._param_names:
                self._param_names.add(name)
                self.params.append((name, text))

    def _table_points(self, steps) -> list[Point]:
        points: list[Point] = []
        for pairs, step in steps:
            kept = self._metric_pairs(pairs)
            points += self._at_step(kept, None if step is None else _finite(float(step)))
        return points

    # -- the lines around the current one ------------------------------------------------------

    def _before(self, count: int) -> list[str]:
        """Up to `count` lines printed before the current one, oldest first (earlier blocks'
        lines when the current block has too few)."""
        lines = self._context.before(self._index, count) if self._context else []
        if len(lines) < count:
            lines = self._tail.last(count - len(lines)) + lines
        return lines

    def _context_after(self, count: int) -> list[str]:
        return self._context.after(self._index, count) if self._context else []

    def _next_line(self) -> str | None:
        """The line after the current one when it has been printed already, else None."""
        following = self._context_after(1)
        return following[0] if following else None

    def _join_wrapped(self, line: str) -> str:
        """A line continuing one that a terminal-width wrap cut after ``name:`` (Rich on a
        pipe), read with that name: ``    0.020 val/loss: 0.2`` after ``... train_loss:``."""
        if line[:1].isspace() and _WRAPPED_VALUE.match(line) is not None:
            previous = self._before(1)
            dangling = _DANGLING_NAME.search(previous[-1]) if previous else None
            if dangling:
                line = f"{dangling.group(1)}: {line.lstrip()}"
        if line[-1:] in (":", " ") and _DANGLING_NAME.search(line):
            # The value went to the next line; read it here when that line is no candidate
            # of its own (``0.674 val/acc:``, all of it a continuation).
            following = self._next_line()
            if (following is not None and following[:1].isspace()
                    and _WRAPPED_VALUE.match(following) and not formats.may_hold_metrics(following)):
                line = f"{line.rstrip()} {following.strip()}"
        return line

    def frame_key(self, line: str) -> tuple:
        """What `line` reports, as (name, value) pairs, without steps and without changing the
        parser's state: two redraws of a progress bar with the same key report the same thing
        (see `LineSplitter`). Empty for a line without metrics."""
        if self._patterns:
            found = [_read_user_match(m, self._default_name)
                     for pattern in self._patterns for m in pattern.finditer(line)]
            pairs = [(name, value) for name, value, _ in filter(None, found)]
            if pairs or not self._builtin:
                return tuple(pairs)
        return formats.frame_key(line) if self._builtin else ()

    def _assign_steps(self, pairs: Sequence[tuple[str, str | float]],
                      fallback: float | None = None, step_pairs=None) -> list[Point]:
        """Turn (name, value) pairs into points: the line's strongest step key (among
        `step_pairs`, the pairs as printed, when names were qualified since), else `fallback`
        (a step prefix), else the carried header step, else per-name counters. A line with its
        own step key and no step prefix ends the reach of a carried header."""
        if not pairs:
            return []
        step = _find_step(step_pairs if step_pairs is not None else pairs)
        if step is None:
            step = fallback if fallback is not None else self._carried
        elif fallback is None:
            self._carried = None
        return self._at_step(pairs, step)

    def _at_step(self, pairs: Sequence[tuple[str, str | float]], step: float | None) -> list[Point]:
        if step is None:
            return [(name, self._next_count(name), float(value)) for name, value in pairs]
        return [(name, step, float(value)) for name, value in pairs]

    def _next_count(self, name: str) -> float:
        """The implicit step for the next point of `name` that came without a step."""
        count = self._counters.get(name, 0.0)
        self._counters[name] = count + 1.0
        return count

    # -- templates -----------------------------------------------------------------------------

    def _from_template(self, template: _Template, match: re.Match[str]) -> list[Point]:
        """The points of a line that matched `template`: what `_parse_general` would give."""
        self._promote(template)
        values = list(map(float, match.groups()))
        index = template.step_index
        if index is not None and math.isfinite(values[index]):
            self._carried = None
            return [(name, values[index], value) for name, value in zip(template.names, values)]
        # No step key, or one that is not finite: the carried step or the counters, as in general.
        return self._at_step(list(zip(template.names, values)), self._carried)

    def _promote(self, template: _Template) -> None:
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
        if template.step_index is not None:
            steps = values[template.step_index::width]
            if not all(map(math.isfinite, steps)):
                return False
            self._carried = None
        elif self._carried is not None:
            steps = array("d", [self._carried]) * count
        else:
            steps = None  # per-name counters, below (a template never repeats a name)
        times = array("d", [when]) * count
        for i, name in enumerate(template.names):
            series = _series(out, name)
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

    def _match_template(self, line: str) -> _Template | None:
        """The template that `line` matches, now first, its match kept on it."""
        for template in self._templates:
            match = template.regex.match(line)
            if match:
                self._promote(template)
                template.last_match = match
                return template
        return None

    def _learn(self, line: str, pairs: list[tuple[str, str]]) -> None:
        """Remember `line`'s template; give up learning when templates keep going unused."""
        template = _make_template(line, pairs)
        if template is None:
            return
        self._templates.insert(0, template)
        if len(self._templates) > _TEMPLATE_SLOTS:
            dropped = self._templates.pop()
            if dropped.hits == 0:
                self._useless += 1
                if self._useless >= _USELESS_LIMIT:
                    self._learning = False

    # -- user patterns -------------------------------------------------------------------------

    def _parse_user_patterns(self, line: str) -> list[Point]:
        """Points from every match of every user pattern; a match's own step group wins."""
        found = []
        for pattern in self._patterns:
            for match in pattern.finditer(line):
                item = _read_user_match(match, self._default_name)
                if item is not None:
                    found.append(item)
        line_step = _find_step([(name, value) for name, value, _ in found])
        if line_step is None:
            line_step = self._carried
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


def _make_template(line: str, pairs: list[tuple[str, str]]) -> _Template | None:
    """The template of a line whose pairs `formats.find_pairs` found, or None when the line is
    of a kind a template cannot stand for.

    Values become `(NUMBER)` groups; the text between them is kept literally except that digit
    runs match any digits (so `[3/10] step: 30 loss: 0.5` serves every batch). Every rule that
    decides the line's pairs looks at the text around values (never at a value's own text,
    except a number spelt with letters, which a digit wildcard cannot match), so a line
    matching the template gets the same pairs from `find_pairs`. Lines whose pairs `formats.PAIR`
    alone does not explain (a name of several words, a dropped look-alike) get no template.
    """
    matches = list(formats.PAIR.finditer(line))
    if not matches or [(m.group(1), m.group(2)) for m in matches] != pairs:
        return None
    if len({name for name, _ in pairs}) != len(pairs):
        return None  # a name printed twice in a line takes two counter steps: the general path
    parts, names, pos = [], [], 0
    for match in matches:
        start, end = match.span(2)
        parts.append(_DIGITS.sub(r"\\d+", re.escape(line[pos:start])))
        parts.append(_TEMPLATE_NUMBER)
        names.append(match.group(1))
        pos = end
    parts.append(_DIGITS.sub(r"\\d+", re.escape(line[pos:])))
    ranks = [(_STEP_RANK.get(name, len(_STEP_KEYS)), i) for i, name in enumerate(names)]
    best_rank, best_index = min(ranks)
    step_index = best_index if best_rank < len(_STEP_KEYS) else None
    try:
        regex = re.compile("".join(parts) + r"\Z")
    except re.error:
        return None
    return _Template(regex, tuple(names), step_index)


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


def _label(lead: str) -> str:
    """A line's leading label: the text before its first pair, past a log prefix."""
    return lead[_LABEL_PREFIX.match(lead).end():]


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _find_step(pairs: Sequence[tuple[str, str | float]]) -> float | None:
    """The value of the strongest step key among `pairs`, or None (none, or not finite)."""
    if pairs and _STEP_RANK.get(pairs[0][0]) == 0:
        text = pairs[0][1]  # the usual "step: N ..." line: nothing can outrank it, skip the scan
    else:
        text = _strongest_step_text(pairs)
        if text is None:
            return None
    return _finite(float(text))


def _strongest_step_text(pairs: Sequence[tuple[str, str | float]]) -> str | float | None:
    """The value of the first step key of the lowest rank among `pairs`, or None."""
    best_rank, best_value = len(_STEP_KEYS), None
    for name, value in pairs:
        rank = _STEP_RANK.get(name)
        if rank is not None and rank < best_rank:
            best_rank, best_value = rank, value
    return best_value


# -- user patterns -------------------------------------------------------------------------------


def _compile_user_pattern(pattern: re.Pattern[str] | str, name: str | None) -> re.Pattern[str]:
    """`pattern` compiled and checked for the groups `parse` needs."""
    try:
        compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    except (re.error, OverflowError, RecursionError) as exc:
        raise UsageError(
            f"metric pattern '{pattern}' is not a valid regular expression: {exc}",
            hint="Patterns use Python's `re` syntax.",
        ) from None
    groups = compiled.groupindex.keys()
    if "value" not in groups:
        raise UsageError(
            f"metric pattern '{compiled.pattern}' lacks the named group value",
            hint=r"Name the groups, e.g. '(?P<name>\w+) is (?P<value>[-+.\deE]+)'.",
        )
    if "name" not in groups and not (name and name.strip()):
        raise UsageError(
            f"metric pattern '{compiled.pattern}' lacks the named group name",
            hint="Add a (?P<name>...) group, or give the metric's name with --metric-name.",
        )
    return compiled


def _read_user_match(match: re.Match[str], default_name: str | None
                     ) -> tuple[str, float, float | None] | None:
    """(name, value, step or None) from a user pattern's match, or None if unreadable."""
    groups = match.groupdict()
    name = (groups.get("name") if "name" in groups else default_name) or ""
    name = name.strip()
    value = _to_float(groups.get("value"))
    if not name or value is None:
        return None
    step_text = groups.get("step")
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
