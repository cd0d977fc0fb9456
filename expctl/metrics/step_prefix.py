"""A step prefix: the step word and number opening a line, as `expctl.metrics.prefixes` reads
it and the formats and the parser use it; a heading naming the step its lines are at
(STEP_HEADING)."""

from __future__ import annotations

from ..lazyre import LazyPattern


class StepPrefix:
    """A step word and number opening a line: `word` as printed, `value` its text, `total`
    True for a progress count (``Epoch 3/10``), `comma` True when a comma follows the number
    (``Iteration 3, loss = 0.41``), `header` True when nothing but decoration or a sentence
    without a number follows (``Epoch 3 started.``): the line heads what follows."""

    __slots__ = ("word", "value", "total", "comma", "header", "colon", "phase", "end", "field", "inner")

    def __init__(self, word: str, value: str, total: bool, comma: bool, header: bool,
                 colon: bool = False, phase: str | None = None):
        self.word, self.value, self.total = word, value, total
        self.comma, self.header, self.colon = comma, header, colon
        self.phase = phase  # a word in parentheses after the step word: "Epoch(val)"
        self.end = 0  # where the prefix ends in the line
        self.field = False  # stated by a field counting the steps, not opening the line (FIELD_COUNT)
        self.inner: tuple[str, str] | None = None  # a finer counter after it, no total (OUTER_PREFIX)


# STEP_HEADING: words, "at" or "after", a step word and its number closing a heading's colon
# ("Best model at step 3000:", "Results after epoch 5:"): the lines under it are at that step.
_AT_STEP_HEADING = LazyPattern(r"[ \t]*[^\W\d][\w '-]{0,60}?[ \t](?ai:at|after)[ \t]+"
                               r"((?ai:epoch|step|iteration|iter|round|generation|episode))"
                               r"[ \t]+(\d{1,12})[ \t]*:\s*\Z")


def at_step_heading(line: str) -> StepPrefix | None:
    """STEP_HEADING (rules): the step a heading ending ``at step 3000:`` names, or None."""
    match = _AT_STEP_HEADING.match(line)
    if match is None:
        return None
    prefix = StepPrefix(match.group(1), match.group(2), False, False, True, True)
    prefix.end = match.end()
    return prefix
