"""BAR_LABEL (rules): after a drawn bar and its count, the bar's label ``name number``.

click's progress bar shows its state after the bar and its count (``Epoch 1/4  [####----]  1/8
batch loss 0.3746``): the label and its number are one pair; the bar and the counts are
progress, no pair. `formats` asks `bar_label` for a line it found no pair in, past its step.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import NUMBER, PROSE_WORDS

_BAR_LABEL = LazyPattern(rf"\s*\[[#=>█▉▊▋▌▍▎▏ .-]*\]\s+\d+/\d+\s+([^\W\d][\w]*(?: [^\W\d]\w*)"
                         rf"{{0,2}})\s+({NUMBER})\s*\Z")


def bar_label(line: str, lead: int, label_end: list[int]) -> list[tuple[str, str]]:
    """The ``name number`` a progress bar shows after its bar and count, read from `line[lead:]`
    (`label_end` set to where it starts), or []."""
    match = _BAR_LABEL.match(line, lead)
    if match is None or PROSE_WORDS.intersection(match.group(1).lower().split()):
        return []
    label_end[:] = [match.start(1)]
    return [(match.group(1), match.group(2))]
