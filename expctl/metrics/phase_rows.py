"""PHASE_COLUMN: a table of numbers with one column of phase words, a long-format history.

A script that logs a record per epoch and split, then prints them as a frame (pandas, with or
without its index; ``to_string(index=False)``), prints one row per phase of each epoch::

       epoch  split      loss  accuracy
    0      1  train  0.636962  0.606636       <- train/loss, train/accuracy at step 1
    1      1    val  0.269787  0.729497       <- val/loss, val/accuracy at step 1

A row whose cells are numbers but for one phase word (``train``, ``valid``, ``test``...: the
words PHASES reads), under a header of names with a name over each cell (a pandas index first
may have none), is such a row: the phase column gives no value and qualifies each value's name
(``train/loss``), so two phases never share a series; the step is the step column's
(``epoch``), else the pandas index's, else the counters'. The header is looked for above the
row, past rows of its shape; it must name a result (RESULT_WORDS). Time and count columns give
nothing, as in any table. Each row is read as it comes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL
from .headers import is_name
from ..lazyre import LazyPattern

_REACH = 64  # rows looked back over for the header
# a phase word standing alone between spaces (or at an end): the cheap test first
_PHASE_TOKEN = LazyPattern(r"(?:^|\s)(?i:train|training|val|valid|validation|dev|test|testing|eval|evaluation)(?:\s|$)")

Steps = list[tuple[list[tuple[str, str]], str | None]]


def _phase_at(tokens: list[str]) -> int | None:
    """The index of the one phase word among `tokens`, all others numbers; else None."""
    at = None
    for i, token in enumerate(tokens):
        if NUMBER_CELL.match(token):
            continue
        if at is not None or rules.phase_of(token) is None or not token.isalpha():
            return None
        at = i
    return at


def read_phase_row(line: str, before: Callable[[int], Sequence[str]]) -> Steps | None:
    """PHASE_COLUMN: the step `line` gives as a row of a long-format history, else None."""
    if not _PHASE_TOKEN.search(line):
        return None
    tokens = line.split()
    at = _phase_at(tokens)
    if at is None or len(tokens) < 3:
        return None
    header = None
    for text in reversed(before(_REACH)):
        cells = text.split()
        if len(cells) == len(tokens) and _phase_at(cells) == at:
            continue  # a row of the table above
        header = cells
        break
    if header is None or len(header) not in (len(tokens), len(tokens) - 1):
        return None
    index = len(header) < len(tokens)  # pandas's index, a column without a name
    if index and not tokens[0].isdigit() or at == 0 and index:
        return None
    names = (["", *header] if index else header)
    if not all(is_name(name) for name in header) or not any(map(rules.is_result_name, header)):
        return None
    phase = rules.phase_of(tokens[at]) or ""  # never "": _phase_at found a phase word there
    step, rank, pairs = (tokens[0] if index else None), None, []
    for i, (name, token) in enumerate(zip(names, tokens)):
        if i == at or not name:
            continue
        found = rules.step_column_rank(name)
        if found is not None:
            if rank is None or found < rank:
                step, rank = token, found
            continue
        if not (rules.is_time_column(name) or rules.is_setup_name(name) or rules.is_counted(name, token)):
            pairs.append((rules.qualify(phase, name), NUMBER_CELL.match(token).group(1)))
    return [(pairs, step)] if pairs else []
