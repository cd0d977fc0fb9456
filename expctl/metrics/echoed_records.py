"""A dict printed again on its own after a line that held it inside (ECHOED_RECORD in `rules`).

An optimiser prints its candidate inside a larger repr, then the candidate's parameters alone::

    Current pessimistic best is: MultiValue<mean: 0.31, ... :((), {'lr': 1.2877, 'decay': 0.64})>
    {'lr': 1.2877, 'decay': 0.64}                  <- the same dict: the parameters, again

A record line (a dict or JSON object) whose every key and value the line right above spells, as
``'key': value`` inside a text that is no record itself (it does not open with ``{``), repeats
that line's payload: what the line above said of it (a parameter of a repr, an argument) it
says again, and no metric is read. A record right after another record is its own line (two
equal records are two points, as any repeated line is).
"""

from __future__ import annotations

from collections.abc import Sequence


def echoed_record(pairs: Sequence[tuple[str, object]], above: Sequence[str]) -> bool:
    """ECHOED_RECORD: True when every pair of a record is spelt inside the line above it,
    which is no record (`above`: the lines before, the last one used)."""
    if not pairs or not above or "/" in "".join(name for name, _ in pairs):
        return False  # no pair, no line above, or a nested object (flattened names)
    line = above[-1]
    if "{" not in line or line.lstrip()[:1] in "{[":
        return False
    return all(f"'{name}': {value!r}" in line or f'"{name}": {value!r}' in line
               for name, value in pairs)
