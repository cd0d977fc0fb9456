"""POSITION_LABELS (rules): a pandas header whose first columns are labelled by their
positions, ``0  1  2 ...``, before columns with names.

A frame built from an array has its columns labelled 0, 1, 2 ...; a program that adds named
columns beside them (a sampler's ``energy``, a model's ``score``) prints a header of whole
numbers counted from 0, then words::

       0  1  2  3  energy  num_occ
    0 +1 -1 -1 +1  -18.3        1     <- energy -18.3

The numbers, counted in order from 0 with no gap, are labels of positions (the array's
variables), not values; the header is a header, and the columns they label are the array's
data, no value (a pandas index's blank name may stand before them). At least two positions and at least one name
after them: ``0  1`` alone is a row of numbers, and a name before the numbers is CLASS_NUMBERS'.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def position_labels(cells: Sequence[str], is_name: Callable[[str], bool]) -> bool:
    """True when `cells` (a header's names) are 0, 1, 2 ... in order, then names only."""
    count = 0
    while count < len(cells) and cells[count] == str(count):
        count += 1
    return 2 <= count < len(cells) and all(map(is_name, cells[count:]))


def position_columns(names: Sequence[str]) -> list[bool]:
    """Which of a header's `names` are position labels (POSITION_LABELS), a blank lead aside."""
    lead = 1 if names[:1] == [""] else 0
    count = 0
    while lead + count < len(names) and names[lead + count] == str(count):
        count += 1
    found = count >= 2 and lead + count < len(names)
    return [found and lead <= at < lead + count for at in range(len(names))]
