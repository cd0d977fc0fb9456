"""Two-column summary blocks and labelled statistics (SUMMARY_PAIRS, STAT_LINE in `rules`).

A regression library heads its results with a block of ``label:  value`` pairs set in two
columns, a label's colon sometimes left out::

    Dep. Variable:            y   R-squared:                 0.5238
    Estimator:              OLS   R-squared (Between):       0.6005
    Time:              04:39:01   Log-likelihood            -710.33
                                  P-value                    0.0000

A line cut at its column gaps into label, value, label, value (or one pair, set in under the
second column) is such a block's line when a label of it ends in a colon, or when the line
above is one; each number is a metric under its label, a count or a time none; a value of
words (``OLS``, a date) gives nothing. A benchmark prints one statistic of a labelled case a
line::

    parse_small: Mean +- std dev: 583 us +- 946 us

a label, the statistic's description ending in a colon, a value and its spread after ``+-``
or ``±``: the value is a metric named by the label (the spread is dropped, as ``± x`` is).
The statistic may stand in parentheses after the label instead, with the same measurement's
other fields in brackets after the spread::

    Time (mean ± σ):     25.1 ms ±  32.2 ms    [User: 5.8 ms, System: 0.2 ms]

(``Time``, ``User`` and ``System``, as hyperfine prints a benchmark).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .aligned_series import read_aligned_series, read_series_footer
from .amount_sums import read_amount_sum
from .headed_prose import read_headed_prose
from .intervals import read_interval
from .label_last import read_label_last, read_spread_row
from .rates import read_ratio
from .right_set_labels import read_right_set
from .titled_pairs import read_titled_pair
from .trace_ends import read_trace_end
from ..lazyre import LazyPattern

Steps = list[tuple[list[tuple[str, str]], None | str]]
# STAT_LINE's step: none, and its names are kept whatever they say (a benchmark's ``Time``
# is what it measured, no bookkeeping of the run).
MEASURED = "measured"

_GAP = LazyPattern(r"\s{2,}")
_NUMBER = LazyPattern(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\Z")
_LABEL = LazyPattern(r"[^\W\d][\w.'/-]*(?: [^\W\d(][\w.'/)-]*){0,3}(?: \([^()]{1,24}\))?:?\Z")
_STAT = LazyPattern(
    r"\s*([^\W\d][\w.\[\]-]*): [^\W\d][^:]{0,40}(?:\+-|±)[^:]{0,40}: "
    r"([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)(?: [^\W\d]{1,3})? (?:\+-|±) "
    r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?(?: [^\W\d]{1,3})?\s*\Z")

# STAT_LINE, the statistic in parentheses after the label (hyperfine's ``Time (mean ± σ):
# 25.1 ms ± 32.2 ms``), then optional fields of the same measurement in brackets
# (``[User: 5.8 ms, System: 0.2 ms]``).
_STAT_ASIDE = LazyPattern(
    r"\s*([^\W\d][\w.-]*) \([^()]{0,40}(?:\+-|±)[^()]{0,40}\):\s+"
    r"([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)(?: [^\W\d]{1,3})?\s*(?:\+-|±)\s*"
    r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?(?: [^\W\d]{1,3})?(?:\s+\[([^\[\]]{1,120})\])?\s*\Z")
_FIELD = LazyPattern(r"\s*([^\W\d][\w.-]*): ([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)"
                     r"(?: [^\W\d]{1,3})?\s*\Z")


def _stat_pairs(line: str) -> list[tuple[str, str]] | None:
    """STAT_LINE's pairs of `line`: the labelled value (its spread dropped), and the fields
    in brackets after it, each ``name: value unit``; None when `line` is no such line."""
    stat = _STAT.match(line)
    if stat is not None:
        return [(stat.group(1), stat.group(2))]
    stat = _STAT_ASIDE.match(line)
    if stat is None:
        return None
    fields = [_FIELD.match(field) for field in (stat.group(3) or "").split(",") if field.strip()]
    return [(stat.group(1), stat.group(2))] + [
        (field.group(1), field.group(2)) for field in fields if field is not None]


def read_summary(line: str, before: Callable[[int], Sequence[str]],
                 after: Callable[[], str | None] = lambda: None,
                 ahead: Callable[[int], Sequence[str]] = lambda count: []) -> Steps | None:
    """The step `line` gives as a line of a two-column summary block or a labelled
    statistic, or an optimiser's trace's end (TRACE_ENDS, `trace_ends`), or None."""
    if "dtype: " in line and (series := read_series_footer(line, before)) is not None:
        return series  # SERIES_FOOTER: pandas's "Name: test, dtype: float64" under a Series
    if ":" not in line and "." in line and (rows := read_label_last(line, before) or read_spread_row(line)) is not None:
        return rows  # LABEL_LAST: "  0.983  0.034  0.935  class_0" under "TP Rate  FP Rate  ...  Class"; SPREAD_LABEL_ROWS
    if ":" not in line and line[:1] == " " and (titled := read_titled_pair(line, before)) is not None:
        return [([titled[:2]], MEASURED if titled[2] else None)]  # SET_IN_PAIRS: "  MAE   0.322"
    if line[:2] == "  " and ":" not in line and (right := read_right_set(line, before)):
        return [(right, None)]  # RIGHT_SET_LABELS: "   pressure   1.0132e+05 Pa"
    if ":" not in line and not line[:1].isspace():
        if (titled := read_titled_pair(line, before)) is not None:
            label, value, share = titled  # TITLED_PAIRS: "Kappa statistic   0.9058" under "=== ... ==="
            return [([(label, value)], MEASURED if share else None)]
        ends = read_trace_end(line, before, after) if line[:1].isalpha() else None
        return read_aligned_series(line, before, after, ahead) if ends is None else [([ends], MEASURED)]  # ALIGNED_SERIES
    if line[:1].isalpha() and (prose := read_headed_prose(line, before)) is not None:
        return [([prose], None)]  # HEADED_PROSE: "Value of density at mode: 0.39" under "... estimate:"
    if "(" in line and (summed := read_amount_sum(line)) is not None:
        return [(summed, MEASURED)]  # AMOUNT_SUM: a benchmark's times are its results
    if (bounds := read_interval(line, before) or read_ratio(line)) is not None:
        return [(bounds, None)]  # INTERVAL_VALUES: "95% CI: 0.63-0.83"; RATIO_LINE
    stat = _stat_pairs(line) if "+-" in line or "±" in line else None
    if stat is not None:
        return [(stat, MEASURED)]
    pairs = _block_pairs(line) or _aligned_pair(line, before, after)
    if pairs is None:
        return None
    if not any(label.endswith(":") for label, _ in pairs):
        above = before(1)
        if not above or not line[:1].isspace() or not _colon_pairs(above[-1]):
            return None
    kept = [(label.rstrip(":").rstrip(), value) for label, value in pairs if _NUMBER.match(value)]
    kept = [(name, value) for name, value in kept if not (
        rules.is_setup_name(name) or rules.is_time_column(name) or rules.is_counted(name, value))]
    return [(kept, None)] if kept else None


def _block_pairs(line: str) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a summary block's line, or None for no such line."""
    cells = _GAP.split(line.strip())
    if len(cells) not in (2, 4) or not all(_LABEL.match(label) for label in cells[::2]):
        return None
    if any(label.endswith(":") and label[:-1].rstrip().count(" ") > 3 for label in cells[::2]):
        return None
    return list(zip(cells[::2], cells[1::2]))


_SPACED_VALUE = LazyPattern(r"(\S.*?:) (\S+)\s*\Z")


def _aligned_pair(line: str, before: Callable[[int], Sequence[str]],
                  after: Callable[[], str | None]) -> list[tuple[str, str]] | None:
    """ALIGNED_VALUE: the one pair of a ``label: value`` line whose value, one space after the
    colon, starts in the column of the value of the block's line above or below it (R pads the
    shorter labels of ``Total Sum of Squares:    2244400`` / ``Residual Sum of Squares:
    523480`` so): the longest label's line of a SUMMARY_PAIRS block, or None."""
    match = _SPACED_VALUE.match(line.rstrip())
    if match is None or "  " in line.strip() or not _LABEL.match(match.group(1)):
        return None
    above = before(1)
    for other in (above[-1] if above else None, after()):
        pairs = _block_pairs(other) if other is not None else None
        if other is not None and pairs is not None and len(pairs) == 1 and pairs[0][0].endswith(":") and (
                other.rstrip().rfind(pairs[0][1]) == match.start(2)):
            return [(match.group(1), match.group(2))]
    return None


def _colon_pairs(line: str) -> bool:
    """True when `line` is a summary block's line with a label ending in a colon."""
    pairs = _block_pairs(line)
    return pairs is not None and any(label.endswith(":") for label, _ in pairs)
