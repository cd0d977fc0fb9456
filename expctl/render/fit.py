"""Which columns of a table fit a terminal, chosen so that no cell is ever split over lines.

Rich folds a cell that does not fit into a narrow column (`0.97` above `9`), which makes a
table of numbers unreadable. Here the table is cut to the terminal instead: columns are taken in
the caller's order of importance while they fit whole; a text column (a run name) may be cut
short with an ellipsis down to `MIN_TEXT` characters, a number never. What does not fit is
returned so the command can say what was left out and how to see it.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len as display_width  # wide characters take two cells

GAP = 2  # Rich's padding between columns (box=None, pad_edge=False)
MIN_TEXT = 8  # a text column is never cut shorter than this
ELLIPSIS = "…"


class Fit:
    """`keep`: column indexes to show, in table order; `dropped`: the others, in order of
    importance; `widths`: index -> width for text columns cut short."""

    def __init__(self, keep: list[int], dropped: list[int], widths: dict[int, int]):
        self.keep, self.dropped, self.widths = keep, dropped, widths


def natural_widths(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[int]:
    return [max([display_width(h)] + [display_width(str(row[i])) for row in rows])
            for i, h in enumerate(headers)]


def fit_columns(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int,
                order: Sequence[int], text: Sequence[bool]) -> Fit:
    """Choose the columns to show in `width` characters. `order`: every column index, most
    important first; the columns kept are the longest prefix of `order` that fits (the first
    is always kept), so a less important column never takes the place of a more important one.
    `text[i]`: column i may be cut short."""
    natural = natural_widths(headers, rows)
    least = [min(natural[i], max(MIN_TEXT, display_width(headers[i]))) if text[i] else natural[i]
             for i in range(len(headers))]
    chosen: list[int] = []
    used = -GAP
    dropped: list[int] = []
    for i in order:
        if not dropped and (not chosen or used + GAP + least[i] <= width):
            chosen.append(i)
            used += GAP + least[i]
        else:
            dropped.append(i)
    return Fit(sorted(chosen), dropped, _text_widths(chosen, natural, least, width - used))


def _text_widths(chosen: list[int], natural: list[int], least: list[int], spare: int) -> dict[int, int]:
    """Give the room left to the text columns that were counted short, first come first served."""
    widths = {}
    for i in chosen:
        if least[i] < natural[i]:
            grant = min(natural[i], least[i] + max(spare, 0))
            spare -= grant - least[i]
            widths[i] = grant
    return widths


def cut(text: str, width: int) -> str:
    """`text` in at most `width` characters, an ellipsis marking a cut."""
    if display_width(text) <= width:
        return text
    from rich.cells import set_cell_size

    return set_cell_size(text, max(width - 1, 0)).rstrip() + ELLIPSIS


def apply_fit(fit: Fit, headers: Sequence[str], rows: Sequence[Sequence[str]],
              right: Sequence[bool]) -> tuple[list[str], list[list[str]], list[bool]]:
    """The table with only the kept columns, text cut to the widths chosen."""
    def cell(i: int, value) -> str:
        value = str(value)
        return cut(value, fit.widths[i]) if i in fit.widths else value

    return ([cut(headers[i], fit.widths[i]) if i in fit.widths else headers[i] for i in fit.keep],
            [[cell(i, row[i]) for i in fit.keep] for row in rows],
            [right[i] for i in fit.keep])
