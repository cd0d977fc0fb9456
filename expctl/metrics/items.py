"""ITEM_LIST: a list of ``(name, value)`` tuples, as ``list(d.items())`` prints a dict.

A program that logs a dict's items (``statistics:[('average_q', 0.19), ('loss', nan)]``, an
agent's ``get_statistics()``) prints the same record a dict would, spelt as a list: each tuple a
quoted name and its value. It is read as that record: each name with its number, NumPy scalars
(``np.float32(0.19)``) and ``nan``/``inf`` as their numbers. The label before the list says
which record it is, not what its values are, so it is no part of a name. The whole list must be
such tuples: a list of anything else (a list of lists, of numbers, a tuple of three) is no
record, and gives nothing here. Nor is a list a sentence introduces (``most similar to w0:
[('w169', 0.97), ...]``): its names are the things a query found, ranked, not quantities.
Nor is a list of three or more whole numbers that never rise (``Most common words: [('w29',
605), ('w30', 520), ...]``, a ``Counter``'s ``most_common()``): things ranked by their counts
(RANKED_COUNTS).
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import NUMBER, PROSE_WORDS

_SCALAR = r"(?:(?:np|numpy)\.(?:float|int|uint)\d*\(\s*" + NUMBER + r"\s*\)|" + NUMBER + ")"
_ITEM = r"\(\s*'([^'\\]{1,64})'\s*,\s*(" + _SCALAR + r")\s*\)"
_ITEM_LIST = LazyPattern(r"\[\s*+(?:" + _ITEM + r"\s*+,\s*+)*+" + _ITEM + r"\s*+\]\s*\Z")
_ONE_ITEM = LazyPattern(_ITEM)
_NUMBER_IN = LazyPattern(NUMBER + r"(?=\s*\)?\Z)")
MAX_ITEMS_LINE = 16 * 1024


def read_items(line: str) -> list[tuple[str, str]] | None:
    """The (name, number text) pairs of the list of tuples closing `line` (ITEM_LIST), or None
    when `line` ends in no such list."""
    opening = line.find("[(")
    if opening < 0 or len(line) > MAX_ITEMS_LINE or _ITEM_LIST.match(line, opening) is None:
        return None
    if PROSE_WORDS.intersection(line[:opening].lower().split()):
        return None  # "most similar to w0: [('w169', 0.97), ...]": an answer's things, ranked
    pairs = []
    for match in _ONE_ITEM.finditer(line, opening):
        value = match.group(2)
        number = _NUMBER_IN.search(value)
        if number is not None:
            pairs.append((match.group(1).strip(), number.group()))
    if len(pairs) >= 3 and all(value.isdigit() for _, value in pairs) and all(
            int(a) >= int(b) for (_, a), (_, b) in zip(pairs, pairs[1:])):
        return None  # RANKED_COUNTS: things ranked by their counts, no record
    return pairs or None
