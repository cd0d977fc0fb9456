"""OF_VALUE (rules): a result spoken in a sentence as ``<name> of <value>`` (``Episode 3 ended in
29 steps with a total reward of 30.0``, ``finished with a loss of 0.53 and an accuracy of 91%``).

The name is the words right before ``of`` back to the first word that joins a sentence
(PROSE_WORDS: ``with a``), at most four, and must say it is a result (RESULT_WORDS: reward,
loss, accuracy, score ...; no setting: ``a learning rate of 0.01`` names none). The value closes
the sentence or a clause of it: the line's end, a stop or comma, or ``and``/``at``/``after``
...; a number before a noun counts things (``accuracy of 10 classes``, ``3 of 10``), no value.
Read only where no other format found a pair on the line.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import NUMBER, PROSE_WORDS
from .vocabulary import is_result_name

_OF_VALUE = LazyPattern(
    rf"(?<![\w.-])((?:[^\W\d_][\w-]*[ \t]+){{0,4}}?[^\W\d_][\w-]*)[ \t]+of[ \t]+({NUMBER})%?"
    r"(?=[ \t]*(?:[.,;!)](?:\s|\Z)|\Z)|[ \t]+(?:and|at|after|in|on|with|over)\b)")


def of_values(line: str, start: int = 0) -> tuple[list[tuple[str, str]], list[int]]:
    """The (name, number text) pairs OF_VALUE reads in `line[start:]`, and where each name
    starts."""
    pairs: list[tuple[str, str]] = []
    spans: list[int] = []
    for found in _OF_VALUE.finditer(line, start):
        words = found.group(1).split()
        kept = len(words)
        while kept and words[kept - 1].lower() not in PROSE_WORDS:
            kept -= 1
        name = " ".join(words[kept:])
        if name and is_result_name(name):
            pairs.append((name, found.group(2)))
            spans.append(found.end(1) - len(name))
    return pairs, spans
