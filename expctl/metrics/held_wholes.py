"""HELD_WHOLES (rules): the whole numbers of a column not yet known to count, held until it is.

WHOLE_COLUMN leaves out a table's column whose cells have all been whole numbers so far: a
solver's line search steps, an evaluation count. But a measure printed in the shortest form
(``%g``) is whole at first too: an acceptance rate of ``0`` until the first move is accepted
(``0.0199`` later), a temperature set to ``2`` at step 0 (``1.0410062`` after). Which of the two
a column is, only a later row says.

So a table reader holds the values such a column gives, each with its row's step, instead of
dropping them. The first cell of the column that shows a decimal point decides it measured: its
held values come out then, before that row's own, each at the step of the row it was printed in,
in printed order. A column still whole when the table ends counts: what it held is dropped, as
WHOLE_COLUMN always dropped it. Holding keeps state only, never waits for lines not yet read:
the points are the same however the output is cut into reads.

Memory stays bounded: a table holds at most `HOLD_ROWS` rows; a column whole that long counts
(the held values are dropped and the table holds no more). A cell in exponent form alone
(``1e+04``, how ``%g`` prints a large count) or a word-like number (``nan``, ``inf``) ends
WHOLE_COLUMN for its column as before, but decides nothing: what the column held is dropped.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

HOLD_ROWS = 32  # rows of held values a table keeps at most
_DECIMAL = LazyPattern(r"[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?\Z")  # a point: a measure's form

Entry = tuple[int, str, str]  # (column, name, value)
HeldRow = tuple[object, tuple[Entry, ...]]  # (the row's step, its held values)


def decides(cell: str) -> bool:
    """Whether `cell`, the first cell of a held column that is no whole number, shows the
    column measured: a number printed with a decimal point."""
    return _DECIMAL.match(cell.strip()) is not None


def hold(held: list[HeldRow] | None, step, entries: list[Entry]) -> list[HeldRow] | None:
    """`held` with a row's `entries` (at `step`) added; None when the table holds no more
    (HOLD_ROWS reached: its whole columns count)."""
    if held is None or not entries:
        return held
    if len(held) >= HOLD_ROWS:
        return None
    held.append((step, tuple(entries)))
    return held


def release(held: list[HeldRow] | None, decided: set[int], wholes: set[int]) -> list:
    """The held values of the `decided` columns as steps, ``[(pairs, step)]`` in printed
    order, taken out of `held`; values of columns no longer whole but not decided (an
    exponent, a ``nan`` ended them) are dropped, those of columns still whole stay held."""
    if not held:
        return []
    out, kept = [], []
    for step, entries in held:
        pairs = [(name, value) for at, name, value in entries if at in decided]
        rest = tuple(entry for entry in entries if entry[0] in wholes)
        if pairs:
            out.append((pairs, step))
        if rest:
            kept.append((step, rest))
    held[:] = kept
    return out
