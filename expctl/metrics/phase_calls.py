"""PHASE_CALL (rules): a phase's figures printed as the keyword arguments of a call named by
the phase (``Epoch 3: train(loss=0.91, acc=61.2) val(loss=1.01, acc=59.3)``) are that phase's
pairs, as after a phase label (``train: loss=0.91, acc=61.2 | val: ...``, MID_PHASES).

Read as printed, the arguments of a call are quoted code (NUMBERS_IN_TEXT: ``Trainer(x=50)``),
so the first of each group was lost and the rest of both groups merged into one series. Only a
call named by a phase word alone is rewritten, and only when it holds ``=`` or ``:``.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .phases import PHASE_WORD

_CALL = LazyPattern(rf"(?<![\w.])({PHASE_WORD})\(([^()]*+)\)")  # one pass: no backtracking


def uncalled(line: str) -> str:
    """`line` with each call named by a phase word written as the phase's label and its
    arguments (PHASE_CALL), else as is."""
    if "(" not in line or "=" not in line and ":" not in line:
        return line
    return _CALL.sub(lambda found: f"{found.group(1)}: {found.group(2)} |" if (
        "=" in found.group(2) or ":" in found.group(2)) else found.group(), line)
