"""MEASURED_DICT (rules): a dict printed after a label naming a measure, keyed by what was measured.

``per-class accuracy: {'cat': 0.91, 'dog': 0.85}``, ``Training IoU -> {'03001627': 0.64, ...}``:
the keys name classes, shapes or ids, no measure; the label says what each number is. Each
value is named ``<measure>/<key>`` (``per-class accuracy/cat``, ``IoU/03001627``), and a phase
word opening the label qualifies it as on any line (``train/IoU/03001627``). The dict is read
whole, so keys the pairs readers would not take for names (digits: a class id) are kept.

A dict whose keys name results (``Test metrics: {'loss': 0.5, 'acc': 0.9}``) is read as ever, its
keys the names; so is one after a label naming no result (``metrics``, ``scores``, ``parameters``).
"""

from __future__ import annotations

from . import rules
from .objects import flatten, load_object
from ..lazyre import LazyPattern

# A label (a few words, no digit first), then ":", "->" or "=", and a dict closing the line.
_LABELLED_DICT = LazyPattern(r"(?<![\w-])([^\W\d][\w -]{0,60}?)[ \t]*(?::|->|=)[ \t]*(\{.*\})[ \t]*\Z")


def measured_dict(line: str) -> tuple[list[tuple[str, float]], list[int]] | None:
    """The pairs of a MEASURED_DICT line, each key under the label's measure, and where each
    key starts; None for any other line."""
    match = _LABELLED_DICT.search(line)
    if match is None:
        return None
    words = match.group(1).split()
    measure = " ".join(words[1:] if rules.phase_of(words[0]) else words)
    if not measure or not rules.is_result_name(measure) or rules.is_setup_name(measure):
        return None
    loaded = load_object(match.group(2))
    if loaded is None or not loaded[0] or any(
            not isinstance(key, str) or rules.is_result_name(key) for key in loaded[0]):
        return None
    pairs = flatten(*loaded)
    if not pairs:
        return None
    start = match.start(2)
    spans = [max(line.find(key.split("/")[0], start), start) for key, _ in pairs]
    return [(f"{measure}/{key}", value) for key, value in pairs], spans
