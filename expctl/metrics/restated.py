"""A program's variable named first, then words that restate it (RESTATED_IDENTIFIER in `rules`).

A tracker names the quantity by its variable and then says which reading of it this is::

    Key metric: val_mean_dice best value: 0.3487 at epoch: 1     <- val_mean_dice
    train_loss current value: 0.41                               <- train_loss

The words after the identifier (a name holding ``_``) are only ``best``, ``value``,
``current``, ``new``, ``latest``, ``last``: they qualify the reading, as ``Best`` does before
``val_acc`` (IDENTIFIER_NAME), and the variable names the value. A statistic after it
(``val_loss mean``, ``val_loss std``) names another figure and stays in the name.
"""

from __future__ import annotations

_RESTATING = frozenset(("best", "value", "current", "new", "latest", "last"))


def restated_identifier(words: list[str], name: str) -> str | None:
    """The identifier `words[0]` when every word after it, and `name`, restates it; else None."""
    if not words or "_" not in words[0] or not words[0][:1].isalpha():
        return None
    rest = [w.lower() for w in words[1:]] + [name.lower()]
    return words[0] if all(w in _RESTATING for w in rest) else None
