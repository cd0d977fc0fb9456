"""A barred table's unnamed index column before a column of names (INDEXED_NAMES in `rules`).

A fitter draws its parameters as a table whose first column numbers the rows and whose second,
headed ``Name`` (or ``Parameter``, a class, a category), names them::

    │   │ Name │   Value   │ Hesse Err │
    │ 0 │ a    │   3.00    │   0.04    │      a/Value, a/Hesse Err
    │ 1 │ b    │   2.465   │   0.033   │      b/Value, b/Hesse Err

The index (a whole number under an empty header cell) is the row's position, no value; the
name is the row's label, each cell ``<label>/<column>``, as ROW_LABELS names a row of classes.
A second column headed otherwise (``model``) is left to the other rules.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

# the label column's names: a name, a parameter, a class or a category per row
_LABEL_COLUMNS = frozenset("class classes category categories name names parameter parameters".split())
_WHOLE = LazyPattern(r"\d+\Z")
_LABEL = LazyPattern(r"[^\W\d][\w.:/\[\]-]*\Z")  # a parameter's name: "a", "n_sig", "x[0]"


def index_label(names: list[str], cells: list[str], kinds: list[str]):
    """INDEXED_NAMES: ``(label, kinds)`` for a row of an index and a name under an empty
    header cell and a label column's name (the two cells' kinds then "empty"); else None."""
    if len(cells) < 3 or len(names) != len(cells) or names[0].strip():
        return None
    label = cells[1].strip()
    if not (_WHOLE.match(cells[0].strip()) and _LABEL.match(label)
            and names[1].strip().lower() in _LABEL_COLUMNS):
        return None
    return label, ["empty", "empty", *kinds[2:]]
