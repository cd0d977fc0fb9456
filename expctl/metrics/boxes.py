"""BOXED_PAIRS (`expctl.metrics.rules`): ``name   value`` rows inside a box drawn without
inner bars.

A box of a title row, a rule, then one ``name  value`` per row, is a record, as Stable-
Baselines3's ``| key | value |`` block is (Ray Tune prints each trial result so, Rich's
``Panel`` and ``Table.grid`` draw the same)::

    ╭────────────────────────────────────╮
    │ Trial run_00002 result             │
    ├────────────────────────────────────┤
    │ checkpoint_dir_name                │
    │ time_this_iter_s           0.01102 │
    │ training_iteration               3 │
    │ train_loss                  0.5537 │
    ╰────────────────────────────────────╯

The rows are read as a vertical block's (one step, from its step-like row; times dropped).
The title, a row under the top border parted by a rule or words drawn in the top border
(``╭─ Test results ─╮``), says what the box holds: one naming settings (``... config``,
``Configuration for ...``, ``Hyperparameters``) makes its rows params, as a heading of
settings does (HEADED_BLOCK); one naming a phase puts the names under it (PHASE_HEADING); a
box without a title holds no record.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazyre import LazyPattern

SIDES = "│┃║|"
_TOPS = "╭┌┏╔+"
_DRAWN = "─━═-"
_CORNERS = "╮┐┓╗+"
_GAP = LazyPattern(r"\s{2,}")
_RULE = LazyPattern(r"\s*[\u251c-\u2523\u255e-\u2560+][\u2500-\u254f\-=]+[\u2524-\u252b\u2561-\u2563+]\s*\Z")
BOX_LOOK_BACK = 64  # rows a box's title is looked for above


def boxed_cells(line: str) -> list[str] | None:
    """The ``[name]`` or ``[name, value]`` of a row inside a box (a side bar at each end and
    none inside), or None for any other line."""
    text = line.strip()
    if len(text) < 3 or text[0] not in SIDES or text[-1] != text[0]:
        return None
    inner = text[1:-1]
    if re.search("[" + re.escape(SIDES) + "]", inner):
        return None
    cells = _GAP.split(inner.strip())
    return cells if 1 <= len(cells) <= 2 and cells[0] else None


def box_title(lines: Sequence[str]) -> str | None:
    """The title of the box whose rows `lines` (oldest first) end in: the row right under the
    box's top border, when a rule parts it from the rows, or the words drawn in the top border
    (Rich's ``Panel(title=...)``: ``╭─ Test results ─╮``); None when there is none."""
    lines = lines[-BOX_LOOK_BACK:]
    for at in range(len(lines) - 1, -1, -1):
        if at and _RULE.match(lines[at]):
            cells = boxed_cells(lines[at - 1])
            top = lines[at - 2].strip()[:1] if at >= 2 else ""
            return " ".join(cells) if cells is not None and top in _TOPS else None
        top = lines[at].strip()
        if top[:1] in _TOPS and top[1:2] in _DRAWN:
            title = top.strip(_TOPS + _DRAWN + _CORNERS + " ")
            return title if any(map(str.isalpha, title)) else None
        if boxed_cells(lines[at]) is None:
            return None  # the box began above with no title, or this is no box
    return None
