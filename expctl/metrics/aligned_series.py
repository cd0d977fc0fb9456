"""ALIGNED_SERIES: a run of ``label   value`` lines whose values stand in one column.

A pandas Series printed whole, a report's overall statistics, a listing of a fit's results:
each line a label flush left, a gap of two spaces or more, and one value, the values of the
lines aligned on one edge (pandas sets them right-aligned, pycm left-aligned)::

    Equity Final [$]                  56263.51934      <- Equity Final [$] = 56263.51934
    Return (Ann.) [%]                    22.47754
    Sharpe Ratio                          0.60074
    Max. Drawdown Duration      830 days 00:00:00      <- a value of words: nothing
    dtype: object

The label is the value's name, whole as printed (brackets and all); a value that is no
number (a date, a duration, a word) holds its line's place in the run and gives nothing; an
interval ``(0.717,0.833)`` gives both its bounds under the label. Three such lines in a row
make the run (two are a pair of anything); the run's first two lines are read with its third,
which is the first a reader can tell. A label of a count, size or setting gives nothing
(NOT_METRIC_WORDS, as the parser drops it).

SERIES_FOOTER (rules): pandas closes a Series it prints with a footer, ``dtype: float64``, after
``Name: test, `` or ``Length: 12, `` when the Series has a name or was cut. The footer gives
nothing itself (``Name: 19`` is the label of the row a Series was taken from, no metric), and it
tells that the lines above it are a Series even when there are fewer than three (``df.mean()``
of a two-column frame): a run of one or two such lines over a footer of a float dtype is read as a
run of three would be. A footer of another dtype (``int64``: ``value_counts()``, ``isna().sum()``;
``object``) counts or lists things and adds nothing. A Series' ``describe()`` over a footer
naming a result (``Name: accuracy``) gives ``mean/accuracy``, ``std/accuracy``, ``min/...``,
``max/...`` (STATISTIC_ROWS), as a frame's ``describe()`` does. A frame's column printed alone
(``print(history["val_loss"])``: an index and a value a line, maybe cut by ``...``, over
``Name: val_loss, dtype: float64``) gives the named series at the index's steps (SERIES_COLUMN).

SERIES_NAME (rules): a Series named for a phase (``Name: test``, ``Name: val_scores``) qualifies
its labels (``test/accuracy``), so that the scores of two splits printed as two Series stay two
series; its footer is looked for among the lines printed after the run that are known already
(the same read of the output, as a Series is printed in one write).

SERIES_OF_THINGS (rules): a run whose labels are each one identifier, none naming a result
(``pip list``'s packages, a data set's features and their correlations, a circuit's nodes),
lists things and an attribute of each (a version, a statistic of the data): no series of
results. Words (``Sharpe Ratio``), a bracketed unit or a result's name (``accuracy``) among
the labels seen so far (the run above, the line, the next one) make it one; so does a fit's
numbered component or axis (``PC1``, ``Dim.2``, ``LD1``: NUMBERED_COMPONENT), which names a
part of the fit (its share of the variance, its eigenvalue), not a thing of the data.
NAMESPACED_LABELS: labels all opened by one word and ``_`` (``HRV_MeanNN``, ``HRV_SDNN``) are
a library's family of measures, named in its namespace: quantities too. MISSING_THIRD: a ``NaN``
as a run's third line holds its place, so the two lines above it are read with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import rules
from ..lazyre import LazyPattern

_RUN = 3  # lines of one alignment that make a run
_LOOK_BACK = 48  # lines looked back at for the run's start
_COLUMN_REACH = 64  # SERIES_COLUMN: pandas prints 60 rows of a Series at most, or 10 and a cut
# a label flush left (no gap of two spaces inside it, a letter in it), a gap, a value
_LINE = LazyPattern(r"(\S(?:\S| (?! ))*)( {2,})(\S.*?)\s*\Z")
_IDENTIFIER = LazyPattern(r"[\w./#@-]+\Z")  # one token: a package, a feature, a node
_LETTER = re.compile(r"[^\W\d_]")
# NUMBERED_COMPONENT: a fit's numbered component or axis (PC1, Dim.2, Axis 3, LD1, Factor1)
_COMPONENT = LazyPattern(r"(?:PCo?|NMDS|MDS|RDA|CCA|LD|Dim|Comp(?:onent)?|Axis|Factor)[ ._]?\d{1,3}\Z")
_MISSING = frozenset(("NaN", "nan", "<NA>"))  # MISSING_THIRD: pandas's missing value
# NAMESPACED_LABELS (rules): a word and "_" opening every label, a family of named measures
_NAMESPACE = LazyPattern(r"[^\W\d_][^\W_]*_(?=[^\W_])")
_NUMBER = LazyPattern(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\Z")
_INTERVAL = LazyPattern(r"[(\[]\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*,\s*"
                        r"([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*[)\]]\Z")

Steps = list[tuple[list[tuple[str, str]], str | None]]
# PERCENT_SERIES: a rule of dashes parted by gaps ("-----------  ------"), a table's, over a run
_RULE = LazyPattern(r"\s*-{3,}(?: {1,}-{3,})*\s*\Z")
# SERIES_FOOTER: "dtype: float64", "Name: acc, dtype: float64", "Length: 12, dtype: float32"
FOOTER = LazyPattern(r"(?:Freq: \w+, )?(?:Name: ([^,]{1,60}), )?(?:Length: \d+, )?dtype: (\w+)\s*\Z")
_FLOAT_DTYPE = LazyPattern(r"[Ff]loat\d*\Z")


def _edges(line: str) -> tuple[str, str, int, int] | None:
    """(label, value, the value's start column, its end column) of a series line, else None."""
    match = _LINE.match(line)
    if match is None or not _LETTER.search(match.group(1)) or match.group(1).endswith(":"):
        return None
    return match.group(1), match.group(3), match.start(3), match.end(3)


def _edges_at(line: str, column: int) -> tuple[str, str, int, int] | None:
    """PADDED_TO_VALUES (rules): the edges of a line whose label, the run's longest, is padded to the
    values' column `column` by one space only (Miller's ``--oxtab``: ``throughput_stddev
    520.0``), its value one number; None for any other line."""
    if column < 2 or line[column - 1:column] != " " or line[column - 2:column - 1] in ("", " "):
        return None
    label, value = line[:column - 1], line[column:].rstrip()
    if not value or " " in value or "  " in label or not _NUMBER.match(value):
        return None
    edges = _edges(label + "  " + value)
    return None if edges is None else (edges[0], edges[1], column, column + len(value))


def _values(label: str, value: str, percent: bool = False) -> list[tuple[str, str]]:
    """The pairs one series line gives: its number, an interval's bounds, else none; `percent`:
    a number and ``%`` gives the number (PERCENT_SERIES)."""
    if _NUMBER.match(value):
        return [(label, value)]
    if percent and value[-1:] == "%" and _NUMBER.match(value[:-1]):
        return [(label, value[:-1])]  # PERCENT_SERIES: "Max Drawdown   -11.86%", the number
    interval = _INTERVAL.match(value)
    return [(label, interval.group(1)), (label, interval.group(2))] if interval else []


def _names_quantities(run: list[tuple[str, str, int, int]]) -> bool:
    """True when a label of `run` names a quantity: words (``Sharpe Ratio``, ``Return [%]``),
    a result's name (``accuracy``) or a fit's numbered component (``PC1``: NUMBERED_COMPONENT);
    labels that are all one identifier each name things."""
    return any(not _IDENTIFIER.match(label) or rules.is_result_name(label) or _COMPONENT.match(label)
               for label, *_ in run) or _namespaced([label for label, *_ in run], [value for _, value, *_ in run])


def _namespaced(labels: list[str], values: list[str]) -> bool:
    """NAMESPACED_LABELS: three labels or more, each one namespace's (``HRV_MeanNN``,
    ``HRV_SDNN``: one word and ``_`` open them all), the rest of each a distinct name with a
    letter (not ``x_1``, ``x_2``: an index), the numbers among `values` printed with one count of
    decimals (pandas's common precision; a listing's versions vary: ``2.5``, ``0.16``)."""
    prefix = _NAMESPACE.match(labels[0]) if len(labels) >= _RUN else None
    decimals = {len(value.rsplit(".", 1)[1]) if "." in value else 0 for value in values if _NUMBER.match(value)}
    if prefix is None or len(decimals) != 1:
        return False
    rests = [label[prefix.end():] for label in labels if label.startswith(prefix.group())]
    return len(rests) == len(labels) == len(set(rests)) and all(_LETTER.search(rest) for rest in rests)


def read_series_footer(line: str, before: Callable[[int], Sequence[str]]) -> Steps | None:
    """SERIES_FOOTER: the steps pandas's footer `line` finishes (a run of one or two series lines
    right above it, of a float dtype), [] for any other footer; None when `line` is none."""
    footer = FOOTER.match(line)
    if footer is None:
        return None
    if (name := footer.group(1)) and (described := _described(name, before)) is not None:
        return described
    if name and (column := _column(name, footer.group(2), before)) is not None:
        return column
    run: list[tuple[str, str, int, int]] = []
    for text in reversed(before(_RUN)):
        edges = _edges(text)
        if edges is None or (run and edges[3] != run[0][3]):
            break
        run.append(edges)
    if not run or len(run) >= _RUN or not _FLOAT_DTYPE.match(footer.group(2)):
        return []  # a run of three or more is ALIGNED_SERIES's, read as it came
    if not _names_quantities(run):
        return []
    phase = series_phase(footer.group(1)) if footer.group(1) else None  # SERIES_NAME
    return [([pair], None) for label, value, _, _ in reversed(run)
            for pair in _values(rules.qualify(phase, label) if phase else label, value)]


# STATISTIC_ROWS: the rows of Series.describe(), its count and quantiles giving nothing
_DESCRIBE_ROW = LazyPattern(r"(count|mean|std|min|max|\d{1,2}(?:\.\d+)?%) +(\S+)\s*\Z")


_INDEXED_VALUE = LazyPattern(r"(\d+) +([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|NaN)\s*\Z")
_CUT = LazyPattern(r"\s+\.\.\.\s*\Z")  # pandas's cut of a long Series: "        ...   "


def _column(name: str, dtype: str, before: Callable[[int], Sequence[str]]) -> Steps | None:
    """SERIES_COLUMN: a frame's column printed alone (``print(history["val_loss"])``), its index
    then its value a line, over the footer naming it: each value is `name`'s point at its index's
    step, when `name` names a result and the values are floats ([] when not); None when the
    lines above are no such column."""
    rows: list[re.Match[str]] = []
    for text in reversed(before(_COLUMN_REACH)):
        row = _INDEXED_VALUE.match(text)
        if row is None and not (rows and _CUT.match(text)):
            break
        if row is not None:
            rows.append(row)
    if not rows:
        return None
    if not _FLOAT_DTYPE.match(dtype) or not rules.is_result_name(name) or rules.is_setup_name(name):
        return []
    return [([(name.strip(), row.group(2))], row.group(1)) for row in reversed(rows)
            if row.group(2) != "NaN"]


def _described(name: str, before: Callable[[int], Sequence[str]]) -> Steps | None:
    """STATISTIC_ROWS: a Series' ``describe()`` right above the footer naming the Series
    `name`: ``mean/<name>``, ``std/<name>``, ``min/<name>``, ``max/<name>`` when `name`
    names a result ([] when it names none: a feature of the data); None for no such rows."""
    rows = []
    for text in reversed(before(12)):
        row = _DESCRIBE_ROW.match(text)
        if row is None:
            break
        rows.append(row)
    labels = {row.group(1) for row in rows}
    if not {"count", "mean", "max"} <= labels:
        return None
    if not rules.is_result_name(name):
        return []
    return [([(f"{row.group(1)}/{name.strip()}", row.group(2))], None) for row in reversed(rows)
            if row.group(1) in ("mean", "std", "min", "max") and _NUMBER.match(row.group(2))]


def read_aligned_series(line: str, before: Callable[[int], Sequence[str]],
                        after: Callable[[], str | None] = lambda: None,
                        ahead: Callable[[int], Sequence[str]] = lambda count: []) -> Steps | None:
    """The steps `line` finishes as a line of an aligned series (its own pairs, with the run's
    first two lines' when it is the run's third), else None. `after()` is the next line when
    it is known, `ahead(n)` the next n lines known (SERIES_NAME)."""
    own = _edges(line)
    if own is None and (above := before(1)) and (prior := _edges(above[-1])) is not None:
        own = _edges_at(line, prior[2])  # PADDED_TO_VALUES: the run's longest label
    if own is None:
        return None
    valued = bool(_values(own[0], own[1], True))  # MISSING_THIRD (rules): a NaN, the run's third,
    if not valued and own[1] not in _MISSING:  # holds its place and reads the two lines above
        return None
    runs: tuple[list, list] = ([], [])  # the run above by the values' start, by their end
    for seen, text in enumerate(reversed(before(_LOOK_BACK))):
        edges = _edges(text) or _edges_at(text, own[2])  # PADDED_TO_VALUES
        open_runs = [run for run, side in zip(runs, (2, 3))
                     if len(run) == seen and edges is not None and edges[side] == own[side]]
        if not open_runs:
            break
        for run in open_runs:
            run.append(edges)
    best = max(runs, key=len)
    if len(best) + 1 < _RUN or not valued and len(best) + 1 > _RUN:  # MISSING_THIRD
        return None
    percent = own[1][-1:] == "%" or any(value[-1:] == "%" for _, value, _, _ in best)
    if percent and _RULE.match((before(len(best) + 1) or [""])[0]):
        if not _values(own[0], own[1]):
            return None  # PERCENT_SERIES: a ruled table's rows, read as its rows
        percent = False
    following = after()
    below = _edges(following) if following is not None else None
    side = 2 if best[0][2] == own[2] else 3
    if not _names_quantities([*best, own, *([below] if below and below[side] == own[side] else [])]):
        return None
    held = len(best) + 1 > _RUN and not _names_quantities([*best, own])  # HELD_RUN (rules): none read yet
    lines = [own] if len(best) + 1 > _RUN and not held else [*reversed(best), own]
    phase = _named_phase(own, side, ahead(_LOOK_BACK))
    steps: Steps = []
    for label, value, _, _ in lines:
        pairs = _values(rules.qualify(phase, label) if phase else label, value, percent)
        if pairs:
            steps += [([pair], None) for pair in pairs]
    return steps


_PHASE_SUFFIXES = frozenset(("", "scores", "metrics", "results", "set", "split"))


def series_phase(name: str) -> str | None:
    """SERIES_NAME: the phase a Series' name says (``test``, ``val_scores``), else None."""
    words = name.strip().lower().replace("-", "_").split("_")
    phase = rules.phase_of(words[0]) if words[0].isalpha() else None
    return phase if phase and "_".join(words[1:]) in _PHASE_SUFFIXES else None


def _named_phase(own: tuple[str, str, int, int], side: int, lines: Sequence[str]) -> str | None:
    """SERIES_NAME: the phase the footer closing the run of `own` names, when the footer is
    among `lines` (the lines after it, known so far) past lines of the run."""
    for text in lines:
        footer = FOOTER.match(text) if "dtype: " in text else None
        if footer is not None:
            return series_phase(footer.group(1)) if footer.group(1) else None
        edges = _edges(text)
        if edges is None or edges[side] != own[side]:
            return None
    return None
