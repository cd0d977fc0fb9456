"""A step prefix: the step word and number opening a line, as `expctl.metrics.prefixes` reads
it and the formats and the parser use it."""

from __future__ import annotations


class StepPrefix:
    """A step word and number opening a line: `word` as printed, `value` its text, `total`
    True for a progress count (``Epoch 3/10``), `comma` True when a comma follows the number
    (``Iteration 3, loss = 0.41``), `header` True when nothing but decoration or a sentence
    without a number follows (``Epoch 3 started.``): the line heads what follows."""

    __slots__ = ("word", "value", "total", "comma", "header", "colon", "phase", "end", "field")

    def __init__(self, word: str, value: str, total: bool, comma: bool, header: bool,
                 colon: bool = False, phase: str | None = None):
        self.word, self.value, self.total = word, value, total
        self.comma, self.header, self.colon = comma, header, colon
        self.phase = phase  # a word in parentheses after the step word: "Epoch(val)"
        self.end = 0  # where the prefix ends in the line
        self.field = False  # stated by a field counting the steps, not opening the line (FIELD_COUNT)
