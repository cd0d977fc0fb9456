"""Which of a line's pairs are metrics, and the names they are kept under.

A reader gives a line's pairs as printed; counts, settings and a display's speed are dropped
(NOT_METRIC_WORDS, DISPLAY_SPEED), and the rest are named under the phase the line gives them
(PHASES: a leading label, a step prefix's phase, a phase word in the step key, the marks
between the pairs, the line's first name) or the thing a run of labelled lines measures
(HEADED_LABELS). `MetricParser` asks this of every line of pairs.
"""

from __future__ import annotations

from . import rules
from .value_phrase import restates
from .steps import STEP_RANK, is_step_pair

_RESTATED_REACH = 6  # lines above an UPDATED_VALUE sentence that may have printed its value


def metric_pairs(pairs, reading, runs, before, next_line) -> list:
    """The metric pairs of `pairs` (NOT_METRIC_WORDS, DISPLAY_SPEED dropped), named under
    PHASES; `reading` is the line's (`formats.Reading`, or None for pairs of no line),
    `runs` the parser's `rules.LabelRuns`, `before(k)`/`next_line()` the lines around it."""
    if reading is not None and len(pairs) == 1 and ("->" in reading.line or " to " in reading.line) and (
            restates(reading.line, pairs[0][0], pairs[0][1], before(_RESTATED_REACH))):
        return []  # RESTATED_UPDATE: "val_loss improved from inf to 0.12345" after "val_loss: 0.1235"
    pairs = [(rules.split_phase(name), value) for name, value in pairs]  # RESULT_ON_SPLIT: "Accuracy on test set"
    names, line = [name for name, _ in pairs], reading.line if reading is not None else None
    kept = [(name, value) for name, value in pairs if not rules.is_counted(name, value) and (
        not rules.is_setup_name(name) or rules.is_measured_bound(name, names) or rules.is_breakdown_part(name, line))
        and not rules.is_display_speed(name, line)]
    if reading is not None and reading.spans and kept:
        if (marks := rules.phase_marks(reading.line)) and len(reading.spans) == len(pairs):
            return rules.phased(kept, pairs, reading.spans, marks)  # MID_PHASES
        label = rules.leading_label(reading.line[:reading.spans[0]])
        phase = rules.line_phase(label, pairs[0] in kept, reading.prefix, reading.line) or (
            rules.phase_step_key(pairs[0][0]))  # PHASE_STEP: "Train Epoch: 3 loss: 0.4"
        if phase is not None:  # the step key gives the step; it is no result of the phase
            return [(rules.qualify(phase, name), value) for name, value in kept if not is_step_pair(name, value)]
        if thing := runs.label(reading.line, reading.spans[0], before, next_line):
            return [(f"{thing}/{name}", value) for name, value in kept]  # HEADED_LABELS
        return rules.name_phase(kept, STEP_RANK, reading.line, pairs, reading.spans)  # NAME_PHASE: "Validation Loss: 2.19 Acc: 37.3"
    if reading is not None and kept and (reading.prefix is not None and reading.prefix.phase and (
            phase := rules.phase_of(reading.prefix.phase)) or (phase := rules.phase_step_key(pairs[0][0]))):
        return [(rules.qualify(phase, name), value) for name, value in kept if not is_step_pair(name, value)]  # PHASE_STEP: a plain print's phase
    if reading is not None and len(kept) > 1:  # NAME_PHASE of a plain print: "Train loss 0.67 accuracy 0.56"
        return rules.name_phase(kept, STEP_RANK, reading.line, pairs, reading.spans or ())
    return kept
