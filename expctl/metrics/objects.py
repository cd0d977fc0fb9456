"""JSON objects and printed Python dicts: ``{"loss": 0.5}``, ``{'loss': '0.6955', 'epoch': 1}``.

A line that, stripped, starts with ``{`` and ends with ``}`` is read with `json.loads`, or, when
it is no JSON, as a Python dict with `ast.literal_eval` (never evaluated). Numbers become
points named by their keys joined with ``/``; see `expctl.metrics` for the whole contract. A
record that names its one value (``{"name": "BLEU", "score": 15.1}``) gives it that name
(NAMED_RECORD).
"""

from __future__ import annotations

import json
import math

from ..capture.secret_rules import is_secret_name

from .grammar import NUMBER
from .history_lists import numbered_values
from ..lazyre import LazyPattern

_PERCENT_OR_NUMBER = LazyPattern(f"({NUMBER})%?\\Z")
_NUMPY_SCALAR = LazyPattern(r"\b(?:np|numpy)\.(?:float|int|uint)\d*\(([^()]{0,40})\)")
_ARRAY = LazyPattern(r"\barray\((\[[^()\[\]]*\])(?:,\s*dtype=\w+)?\)")  # NumPy's repr of a 1-d array
# TENSOR_RECORD (rules): a scalar tensor's repr as a dict's value, its keyword arguments after the
# number ("tensor(0.7580, grad_fn=<NllLossBackward0>)", "tensor(0.91, device='cuda:0')").
_TENSOR_SCALAR = LazyPattern(rf"\btensor\(\s*({NUMBER})\s*(?:,\s*[^\W\d]\w*=[^(),]{{0,60}})*\)")
MAX_OBJECT_LINE = 64 * 1024
# PAIRS_DICT: a dict printed as its list of (key, value) pairs, "OrderedDict([('hit@10', 0.15)])".
_PAIRS_DICT = LazyPattern(r"\b(?:OrderedDict|dict)\(\[((?:\(\s*'[^']{1,60}'\s*,\s*"
                          rf"{NUMBER}\s*\)(?:,\s*)?)+)\]\)")
_KEY_VALUE_TUPLE = LazyPattern(rf"\(\s*('[^']{{1,60}}')\s*,\s*({NUMBER})\s*\)")
# OBJECT_REPR (rules): a record's repr inside a dict, "Score(precision=0.6, recall=0.5)" (a
# named tuple's, a dataclass's): a class name, then keyword fields whose values hold no call.
_OBJECT_REPR = LazyPattern(r"\b[A-Z]\w{0,40}\(((?:\s*[^\W\d]\w{0,40}=(?:\{[^(){}]*\}|[^(){}=,]+)"
                           r",?)+)\)")
_FIELD = LazyPattern(r"([^\W\d]\w{0,40})=(\{[^(){}]*\}|[^(){}=,]+)")
_REPR_DEPTH = 4
_REPR_START = LazyPattern(r"[A-Z]\w{0,40}\([^\W\d]\w{0,40}=")  # REPR_RECORD: "Result(epoch="
_REPR_OPEN = LazyPattern(r"\b[A-Z]\w{0,40}\((?=[^\W\d]\w{0,40}=)")  # "Metrics(loss="
_FIELD_NAME = LazyPattern(r"'([^'\\]{1,60})':")


def pairs_as_dict(line: str) -> str:
    """`line` with each dict printed as its list of pairs (``OrderedDict([('a', 0.5)])``, as
    RecBole logs results) written as the dict it is (``{'a': 0.5}``) (PAIRS_DICT)."""
    return _PAIRS_DICT.sub(
        lambda m: "{" + _KEY_VALUE_TUPLE.sub(r"\1: \2", m.group(1)) + "}", line)


def read_object(text: str) -> list[tuple[str, float]] | None:
    """(name, value) pairs of a stripped line that is a JSON object or a printed Python dict,
    or None when it is neither (the caller then reads it as key-value pairs).

    JSON yields its numbers; a Python dict (read with `ast.literal_eval`, never evaluated) also
    yields strings that are numbers, as Hugging Face's Trainer prints them
    (``{'loss': '0.6955'}``), and NumPy scalars (``np.float64(0.5)``)."""
    loaded = load_object(text)
    return None if loaded is None else flatten(*loaded)


def load_object(text: str) -> tuple[dict, bool] | None:
    """(the dict, True when its strings that hold a number are numbers: a Python dict) of a
    stripped line, or None; a JSON record of a training loop with its decimals as numbers
    (STRING_NUMBERS)."""
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        return _load_python_dict(text)
    if not isinstance(obj, dict):
        return None
    return (_with_decimals(obj), False) if _stepped(obj) else (obj, False)


# STRING_NUMBERS (rules): a JSON record holding a step key at a whole number ("epoch": 3) and
# decimals written as strings ("loss": "2.06"), as json.dumps of str(value) prints them: the
# strings are the loop's values; elsewhere a JSON string stays text (a version, an id).
_STEP_KEYS = frozenset(("epoch", "step", "iteration", "iter", "global_step", "episode"))


def _stepped(obj: dict) -> bool:
    return any(isinstance(obj.get(key), int) and not isinstance(obj.get(key), bool) for key in _STEP_KEYS) and any(
        _decimal(value) is not None for value in obj.values())


def _decimal(value: object) -> float | None:
    """A string holding a decimal number (``"2.06"``, ``"1e-3"``) as that number; else None."""
    if not isinstance(value, str) or len(value) > 40 or not any(mark in value for mark in ".eE"):
        return None
    return float(value) if _DECIMAL_TEXT.match(value.strip()) else None


_DECIMAL_TEXT = LazyPattern(r"[-+]?(?:\d+\.\d*|\.\d+|\d+(?:\.\d*)?[eE][-+]?\d+)\Z")


def _with_decimals(obj: dict) -> dict:
    return {key: number if (number := _decimal(value)) is not None else value for key, value in obj.items()}


def _load_python_dict(text: str) -> tuple[dict, bool] | None:
    if ("'" not in text and "np." not in text) or len(text) > MAX_OBJECT_LINE:
        return None
    import ast
    import warnings

    if "np." in text or "numpy." in text:
        text = _NUMPY_SCALAR.sub(r"\1", text)
    if "array(" in text:
        text = _ARRAY.sub(r"\1", text)  # HISTORY_LISTS: "array([0.59, 0.34])" is its list
    if "tensor(" in text:
        text = _TENSOR_SCALAR.sub(_scalar_literal, text)  # TENSOR_RECORD (rules)
    if "=" in text:
        text = _fields_as_dicts(text)
    try:
        with warnings.catch_warnings():  # "invalid decimal literal" and the like: not a dict
            warnings.simplefilter("ignore")
            obj = ast.literal_eval(text)
    except Exception:  # SyntaxError, ValueError, MemoryError, RecursionError: not a dict
        return None
    return (obj, True) if isinstance(obj, dict) else None


def load_repr(text: str) -> dict | None:
    """REPR_RECORD: the dict of a stripped line that is one record's repr holding records
    (``Result(epoch=3, train=Metrics(loss=0.31, acc=0.9), val=Metrics(...))``), fields as keys,
    when a field names a result (RESULT_WORDS); None for any other line (a flat repr is read as
    pairs, a repr of settings as printed configuration)."""
    from .vocabulary import is_result_name

    if not _REPR_START.match(text) or len(text) > MAX_OBJECT_LINE or len(_REPR_OPEN.findall(text)) < 2:
        return None  # no record's repr inside (a dict field: HF's TrainOutput): the pairs readers
    rewritten = _fields_as_dicts(text)
    if not (rewritten[:1] == "{" and rewritten[-1:] == "}" and rewritten.count("{") > 1):
        return None  # no record inside: the pairs readers read it
    loaded = _load_python_dict(rewritten)
    if loaded is None or not any(map(is_result_name, _FIELD_NAME.findall(rewritten))):
        return None
    return loaded[0]


def _scalar_literal(match) -> str:
    """A scalar tensor's number as a literal `ast.literal_eval` reads: nan and the infinities
    quoted (a dict's strings that hold a number are read as numbers)."""
    number = match.group(1)
    return number if number[-1:].isdigit() or number[-1:] == "." else f"'{number}'"


def _fields_as_dicts(text: str) -> str:
    """OBJECT_REPR: each record's repr in `text` written as the dict of its fields
    (``Score(precision=0.6)`` is ``{'precision': 0.6}``), innermost first, a few levels deep:
    its fields are named values, as a nested dict's keys are (``rouge1/low/precision``)."""
    for _ in range(_REPR_DEPTH):
        rewritten = _OBJECT_REPR.sub(
            lambda m: "{" + _FIELD.sub(r"'\1': \2", m.group(1)) + "}", text)
        if rewritten == text:
            break
        text = rewritten
    return text


def flatten(obj: dict, strings: bool) -> list[tuple[str, float]]:
    """Every number in `obj`, named by its keys joined with "/", in document order.

    Iterative, with a stack of dict iterators, so deep nesting cannot exhaust Python's stack.
    """
    pairs: list[tuple[str, float]] = []
    named = _record_name(obj)
    stack = [("", iter(obj.items()))]
    while stack:
        prefix, items = stack[-1]
        for key, value in items:
            if not isinstance(key, str) or not key.strip():
                continue
            key = key.strip()
            if isinstance(value, dict):
                if numbered_values(value) is not None:
                    continue  # HISTORY_LISTS: {"loss": {"0": 0.5, "1": 0.4}} is a series, no loss/0
                stack.append((f"{prefix}{key}/", iter(value.items())))
                break
            number = _object_number(value, strings)
            if number is not None and not is_secret_name(key):  # `{"token": 998877}`: no metric
                pairs.append((named if named and not prefix and key in _VALUE_KEYS else prefix + key,
                              number))
        else:
            stack.pop()
    return pairs


# NAMED_RECORD (rules): a record naming its one value: {"name": "BLEU", "score": 15.1, ...}.
_NAME_KEYS = ("name", "metric")
_VALUE_KEYS = frozenset(("score", "value"))


def _record_name(obj: dict) -> str | None:
    """NAMED_RECORD: the text a record names its value with (``{"name": "BLEU", "score":
    15.1}`` is BLEU's 15.1, as a table's Metric and Value columns say), when it holds one
    text name and one value key; else None."""
    name = next((obj[key] for key in _NAME_KEYS if isinstance(obj.get(key), str)), None)
    if not name or len(name) > 64 or sum(key in _VALUE_KEYS for key in obj) != 1:
        return None
    return name.strip() or None


def _object_number(value: object, strings: bool) -> float | None:
    """`value` as a float if it is a number (booleans are not), or with `strings` a string
    holding only a number; else None."""
    if isinstance(value, str):
        match = _PERCENT_OR_NUMBER.match(value.strip()) if strings and len(value) < 64 else None
        return float(match.group(1)) if match else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        return float(value)
    except OverflowError:  # an integer beyond float range; float("1e999") would be inf too
        return math.inf if value > 0 else -math.inf
