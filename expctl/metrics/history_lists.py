"""HISTORY_LISTS: a dict whose values are lists of numbers under result names, one number an
epoch or a fold (`expctl.metrics.rules`).

Keras's ``print(history.history)``, a script's own history dict, scikit-learn's
``cross_validate`` result::

    {'loss': [0.6931, 0.5123, 0.4011], 'val_loss': [0.7012, 0.6011, 0.5512]}
    {'fit_time': array([0.135, 0.721]), 'test_accuracy': array([0.594, 0.337])}

Each list is a series: its n-th number is the key's point at step n (0-based, the list's own
numbering: Keras's first epoch, the first fold). So is a dict keyed by the numbers 0, 1, 2 ...
in order (pandas's ``to_dict()``, ``to_json()``: ``{"loss": {"0": 0.5, "1": 0.4}}``), at those
steps, never ``loss/0``. Only a key that names a result
(RESULT_WORDS: ``loss``, ``accuracy``, ``test_f1_macro``) and no time (``fit_time``) gives a
series, and only a list of two numbers or more, nothing else in it: a config's lists
(``'betas': [0.9, 0.999]``, ``'hidden_sizes': [64, 64]``) name no result. Nested dicts name their
keys as `objects.flatten` does (``val/loss``). A NumPy array's repr in a printed dict
(``array([0.1, 0.2])``) is read as the list it prints (`objects`).
"""

from __future__ import annotations

from . import vocabulary

Steps = list[tuple[list[tuple[str, float]], str]]
_MAX_DEPTH = 4


def listed_series(obj: dict) -> Steps:
    """The steps of the result lists in `obj`: ``([(name, value)], step)`` per number, step by
    step (each step holding every list's number at that position); [] when there is none."""
    found: list[tuple[str, list[float], int]] = []  # (name, values, the first one's step)
    _collect(obj, "", found, 0)
    steps: dict[int, list[tuple[str, float]]] = {}
    for name, values, first in found:
        for i, value in enumerate(values):
            steps.setdefault(first + i, []).append((name, value))
    return [(pairs, str(step)) for step, pairs in sorted(steps.items())]


def numbered_values(value) -> tuple[list[float], int] | None:
    """The values of a dict keyed by the numbers 0, 1, 2 ... (or 1, 2 ...) in order, as pandas's
    ``to_dict()`` and ``to_json()`` key a column by its index, all numbers, and the first key;
    else None."""
    if not isinstance(value, dict) or len(value) < 2:
        return None
    keys = [int(key) if isinstance(key, str) and key.isdigit() else key for key in value]
    first = keys[0]
    if first not in (0, 1) or keys != list(range(first, first + len(keys))) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in value.values()):
        return None
    return [float(v) for v in value.values()], first


def _collect(obj: dict, prefix: str, found: list, depth: int) -> None:
    for key, value in obj.items():
        if not isinstance(key, str) or not key.strip():
            continue
        name = prefix + key.strip()
        if (indexed := numbered_values(value)) is not None and vocabulary.is_result_name(key) and (
                not vocabulary.is_time_column(key)):
            found.append((name, *indexed))  # pandas's to_dict(): {'loss': {0: 0.5, 1: 0.4}}
        elif isinstance(value, dict) and depth < _MAX_DEPTH:
            _collect(value, f"{name}/", found, depth + 1)
        elif _is_series(key, value):
            found.append((name, [float(v) for v in value], 0))


def _is_series(key: str, value) -> bool:
    """A list that is a series: two numbers or more under a result's name and no time's, or a
    computed list (COMPUTED_LIST), one number too, under any name but a time's."""
    if not isinstance(value, (list, tuple)) or vocabulary.is_time_column(key):
        return False
    if is_computed_list(value):
        return True
    return len(value) >= 2 and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value) and (
        vocabulary.is_result_name(key))


_COMPUTED_DIGITS = 12  # COMPUTED_LIST: significant digits no person types for a setting


def is_computed_list(value) -> bool:
    """COMPUTED_LIST (rules): a list of numbers each printed to 12 significant digits or more
    (``[0.02673327847605607, 0.0800997253358720]``, a float's full repr): values a program
    computed, whatever their key; a setting's list is typed (``[0.9, 0.999]``, ``[64, 64]``)."""
    return isinstance(value, (list, tuple)) and bool(value) and all(
        isinstance(v, float) and _digits(v) >= _COMPUTED_DIGITS for v in value)


def _digits(number: float) -> int:
    """The significant digits of `number`'s shortest repr (``0.0267332784`` has 9)."""
    mantissa = repr(abs(number)).split("e")[0].replace(".", "")
    return len(mantissa.lstrip("0"))
