"""SYMBOL_LABEL (rules): a label cell of symbols only names no row.

A table names a row by its label (TIBBLE_KEY: the label column that tells the rows apart, or a
lone row's first label). A label of symbols only, no letter and no digit (``>=``, ``<``, ``+``,
``*``), is the value of a setting printed beside the results (cutpointr's ``direction``: the
cut point's side, a test's alternative ``<>``), not the name of a thing: a lone row whose first
label is one is unnamed, and a label column of symbols only keys no rows.
"""

from __future__ import annotations


def is_symbol(cell: str) -> bool:
    """SYMBOL_LABEL: True for a cell that holds text of symbols only (``>=``, ``<``)."""
    text = cell.strip()
    return bool(text) and not any(char.isalnum() for char in text)
