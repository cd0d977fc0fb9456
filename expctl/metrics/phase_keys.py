"""PHASE_KEYS (rules): a measure's label, then one value per phase, each pair named by its phase alone;
PHASE_INDEX (rules): a line opened by a phase word over a whole number, the line's step.

``Accuracy: train=0.91, test=0.85``, ``Loss - train: 0.31 val: 0.42``: the label says what is
measured, each pair's name which split it was measured on. Each value is ``<phase>/<label>``
(``train/Accuracy``, ``test/Accuracy``), never a series named ``train`` that holds whatever the
line measured (an accuracy here, a loss on the next line). A label naming a time (``Elapsed
time: train=0.0057, test=0.0059``) makes each a time, no metric, as any time is.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .phases import leading_label, phase_of, phase_word
from .step_prefix import StepPrefix

# The label: a few words (no digit first), then what parts it from its pairs.
_MEASURE = LazyPattern(r"([^\W\d][\w ()%@.-]{0,40}?)[ \t]*(?:[:=|-][ \t]*)?\Z")


def phase_keyed(pairs: list, line: str, first: int) -> list | None:
    """`pairs` named ``<phase>/<measure>`` when each pair's name is a phase word alone and the
    line's leading label (what stands before `first`, where its first pair starts) names a
    measure; else None. Read with the line, before anything judges the pairs (printed config)."""
    phases = []
    for name, _ in pairs:  # the first name that is no phase word ends the look (most lines: the first)
        if (phase := phase_word(name)) is None:
            return None
        phases.append(phase)
    if not phases or len(set(phases)) < len(phases):
        return None
    label = leading_label(line[:first]) or line[:first]
    match = _MEASURE.match(label.strip(" \t:|=-"))
    if match is None or phase_of(measure := match.group(1).strip()) is not None or any(
            word.isdecimal() for word in measure.split()):  # "Epoch 3": a step, no measure
        return None
    return [(f"{phase}/{measure}", value) for phase, (_, value) in zip(phases, pairs)]


def phase_index(pairs: list, spans: list[int]):
    """PHASE_INDEX: (a step prefix, the rest of `pairs` and `spans`) when the first of `pairs`,
    starting the line, is a phase word alone over a whole number and more pairs follow
    (``validation: 0 | loss: 11.48``, ``Train: 3, loss: 0.5``): the number counts the phase's
    passes, the line's step, and the phase names the rest; not when another pair is named by a
    phase alone (``Train: 12  Val: 6``, each split's size); else None."""
    name, value = pairs[0]
    if len(pairs) < 2 or len(spans) != len(pairs) or not (isinstance(value, str) and value.isdigit()) or (
            phase_word(name) is None or " " in name) or any(phase_word(other) for other, _ in pairs[1:]):
        return None  # "Train: 12  Val: 6": each phase's size
    prefix = StepPrefix(name, value, False, False, False, True, phase=name)
    prefix.end = spans[1]
    return prefix, pairs[1:], spans[1:]
