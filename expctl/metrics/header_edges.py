"""Where the names of a header over a table of things stand over its rows' values.

INTERVAL_HEADER: a last name in brackets naming an interval (``[95% Conf. int.]``) stands over
the interval's two bounds. RIGHT_EDGE_NAMES: R sets a matrix's names one space apart, each
ending where its column's values end (``T.comb  asympt. P-value`` over ``0.61  0.0072``): the
header is cut at those right edges. `entities.EntityReader` asks these when its header's names,
parted at their gaps, do not match the row's cells.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .r_terms import is_p_value_name

_WORD_SPAN = LazyPattern(r"\S+")  # a header's words, a row's cells
# a test's p-value column, or an interval's level before its name (right_aligned's headers too)
TEST_NAME = LazyPattern(r"(?:P|Pr|Prob)\(?[<>]=?(?:\|[^\W\d]\w{0,3}\||[^\W\d]\w{0,4})\)?\Z"  # Pr(>|t|), Pr(>F)
                        r"|(?:P|Pr|Prob)\(\|[^\W\d]\w{0,3}\|[<>]=?\)\Z"  # robumeta's "P(|t|>)"
                        r"|\d+(?:\.\d+)?% [^\W\d][\w.]*(?: [^\W\d][\w.]*){0,2}\Z")


def right_edges(line: str, start: int) -> list[int]:
    """Where each cell of `line` from `start` on ends."""
    return [m.end() for m in _WORD_SPAN.finditer(line, start)]


def cut_at_edges(header: str, ends: list[int]) -> list[str] | None:
    """RIGHT_EDGE_NAMES (rules): `header` cut after each of a row's values' right edges `ends`,
    each name one or more words, the last ending at its edge (``asympt. P-value`` whole); None
    when an edge is no word's end or a word is left over."""
    return edge_names(header, [("", end) for end in ends], whole_p=False)


def edge_names(header: str, values: list[tuple[str, int]], start: int = -1,
               reach: int = -1, whole_p: bool = True) -> list[str] | None:
    """The names of `header` over `values` (each a cell and its right edge), told by right
    edges: the header's words up to a value's end form its name, the last of them ending there
    (``Std. Error``, ``1st Qu.``); None when a value's end is no word's, a word is left over
    (unless the row's line, blanks included, `reach`es past it: BLANK_TAIL, its last cells
    printed blank), or the header starts at or left of `start` (a row label's end). `whole_p`:
    a p-value's name after other words is the whole name (WHOLE_P_NAME)."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD_SPAN.finditer(header)]
    if not words or words[0][1] <= start:
        return None
    names, at = [], 0
    for _, end in values:
        taken = []
        while at < len(words) and words[at][2] <= end:
            taken.append(words[at][0])
            at += 1
        if not taken or words[at - 1][2] != end:
            return None
        if whole_p and len(taken) > 1 and is_p_value_name(taken[-1]):
            taken = taken[-1:]  # WHOLE_P_NAME (rules): the words before it name blank cells
        names.append(" ".join(taken))
    return names if at == len(words) or words[-1][2] <= reach else None


def bounds_header(cells: list[str], width: int, header: str, row: str) -> list[str]:
    """INTERVAL_HEADER (rules): a last header cell in brackets naming an interval
    (``[95% Conf. int.]``) over the row's last two cells (its text overlaps both) stands over
    the interval's two bounds: its name twice, when the header then has the row's width (or
    one more, the label's name)."""
    name = cells[-1][1:-1].strip()
    if len(cells) + 1 not in (width, width + 1) or TEST_NAME.match(name) is None:
        return cells
    start, stop = header.rindex("["), header.rindex("]") + 1
    last = list(_WORD_SPAN.finditer(row))[-2:]
    if len(last) < 2 or not all(cell.start() < stop and start < cell.end() for cell in last):
        return cells
    return [*cells[:-1], name, name]
