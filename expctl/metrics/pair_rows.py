"""Entity tables of pairs of things, and the header pandas prints over them (ALL_PAIRS,
EDGE_HEADER in `rules`).

A comparison of every two things of a set prints one row per pair, the pair in two text columns
(cleanlab's class overlap; a post-hoc test's ``group1  group2``)::

      Class Name A Class Name B  Class Index A  Num Overlapping Examples  Joint Probability
    0          dog          owl              1                        24           0.040000
    1          cat          fox              0                        23           0.038333

Each thing meets several others, so the first label repeats, as a data set's records do; but
when the rows hold every unordered pair of the things once, the table is the set's pairs:
each row is ``<first>/<second>``, its numbers ``<first>/<second>/<column>`` (ALL_PAIRS).
pandas sets each name right over its column, one space from the name before when the column
is no wider than its name: the rows' right edges part such a header (EDGE_HEADER).
"""

from __future__ import annotations

from collections.abc import Callable

from ..lazyre import LazyPattern

_WORD = LazyPattern(r"[^\W\d][\w-]*\Z")
_SIDE = LazyPattern(r" [A-Z]\Z")  # "Class Name A": the pair's first side, no article


def all_pairs(held: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """ALL_PAIRS (rules): `held` rows named ``<label>/<word>`` when each opens with a label and a
    word of another thing and the rows are every unordered pair of three things or more, once
    each; else nothing (records of a data set)."""
    pairs = set()
    for label, values in held:
        if not values or not _WORD.match(values[0]) or values[0] == label:
            return []
        pairs.add(frozenset((label, values[0])))
    things = {thing for pair in pairs for thing in pair}
    if len(things) < 3 or len(pairs) != len(held) or len(held) != len(things) * (len(things) - 1) // 2:
        return []
    return [(f"{label}/{values[0]}", ["", *values[1:]]) for label, values in held]


def edge_names(header: str, ends: list[int], is_name: Callable[[str], bool]) -> list[str] | None:
    """EDGE_HEADER (rules): `header` cut at a row's cells' right edges `ends` (the label's first),
    each piece a name (`is_name`, a capital letter closing it aside: ``Class Name A``, a pair's
    side) closing at its edge; None when a piece is none, ends short of its edge, or the header
    runs past the last."""
    if len(header.rstrip()) != ends[-1]:
        return None
    names, start = [], 0
    for end in ends:
        piece = header[start:end]
        if not piece.strip() or piece[-1:] == " " or not is_name(_SIDE.sub("", piece.strip())):
            return None
        names.append(piece.strip())
        start = end
    return names
