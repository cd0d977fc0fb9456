"""KEY_COLUMN (rules): a table's first column of whole numbers that names its rows, not steps.

A summary prints the things it found as a table keyed by their number: a credible set, a
cluster, a variable's index, each row one thing and each other column something of it::

     cs cs_log10bf cs_avg_r2 variable          <- the columns are the key's own (``cs_...``)
      1  70.741349         1        3          <- 1/cs_log10bf, 1/cs_avg_r2
      2  19.588233         1       17

     cluster   size  withinss                  <- the key is a thing's noun
           3     41     12.52                  <- 3/withinss

The header says so, not the numbers (a table of steps counts 1, 2, 3 just as well): the first
column's name is no step, time, count or setting, and either a later column's name opens with it
and a separator (``cs`` over ``cs_log10bf``, ``node`` over ``node.degree``: the key's
attributes) or it is the noun of a thing (`_THING_NOUNS`). The rows are then things, as ID_ROWS
reads a column headed ``ID``: each cell is ``<key>/<column>``, and a whole number in another
column is a count or a reference to another table's row (``variable`` above), no value, unless
its column is one of the key's attributes (``cs_avg_r2`` = 1 is the set's average r²).
"""

from __future__ import annotations

from . import rules

# the noun of a thing a summary numbers: never a step or a time
_THING_NOUNS = frozenset("variable variables feature features cluster clusters component components "
                         "node nodes gene genes item items subject subjects".split())
_SEPARATORS = "_."


def key_attributes(names: list[str]) -> set[int] | None:
    """KEY_COLUMN: the columns of a table headed `names` that are its first column's attributes
    (opening with its name and a separator), when the first column keys the rows; else None."""
    if len(names) < 3:
        return None
    key = names[0].strip()
    lowered = key.lower()
    if not key or not key[0].isalpha() or " " in key or rules.step_column_rank(key) is not None or (
            rules.is_time_column(key) or rules.is_setup_name(key) or rules.is_result_name(key)):
        return None
    owned = {at for at, name in enumerate(names[1:], 1)
             if len(name) > len(key) + 1 and name[len(key)] in _SEPARATORS and name[:len(key)].lower() == lowered}
    return owned if owned or lowered in _THING_NOUNS else None
