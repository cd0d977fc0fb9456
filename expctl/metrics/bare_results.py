"""BARE_RESULT: a result's name and a bare number, with no ``:`` or ``=`` between them, among
other text.

``Game 3 Score 1 Record: 1``, ``Episode 2 finished after 13 timesteps with reward 12``: a loop
that counts games or episodes prints its result as prose does, the name then the number. A line
made only of such pairs is a plain print (`expctl.metrics.plain`); this reads the one such pair
that stands right before a line's first ``name: value`` pair, or, on a line that opens with a
step prefix, closes it, after prose of whole counts only (``after 13 timesteps``). The name is
one or two words closing on a result's word (RESULT_WORDS: ``Score``, ``reward``, ``Mean
Rewards``), no prose word among them (``with reward``: ``reward``); the number is a whole one or
a decimal, nothing after it but spaces (or the separator before the next pair).
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import NUMBER, PROSE_WORDS
from .vocabulary import is_result_name

# a name of one or two words, then spaces and a number that closes the text
_DECIMAL = LazyPattern(r"\d\.\d")
_TAIL = LazyPattern(rf"(?:\A|(?<=[ \t]))((?:[^\W\d_][\w-]*[ \t])?[^\W\d_][\w-]*)[ \t]+({NUMBER})[ \t,;|]*\Z")


def bare_result(line: str, start: int, end: int) -> tuple[str, str, int] | None:
    """The (name, number text, where the name starts) of a BARE_RESULT closing ``line[start:end]``,
    or None."""
    found = _TAIL.search(line, start, end)
    if found is None:
        return None
    name, at = found.group(1), found.start(1)
    first, _, rest = name.partition(" ")
    if rest and first.lower() in PROSE_WORDS:
        name, at = rest.lstrip(), found.start(1) + len(first) + 1
    if not is_result_name(name.split()[-1]) or any(word.lower() in PROSE_WORDS for word in name.split()):
        return None
    if line[max(start, at - 3):at] == "of ":
        return None  # "the number of errors 4": a count of things, said in prose
    if _DECIMAL.search(line, start, at):
        return None  # another measured value before it: a plain print's, not prose's whole counts
    return name, found.group(2), at


def result_before(line: str, start: int, pairs: list, spans: list[int]) -> tuple[str, str, int] | None:
    """BARE_RESULT right before the line's first pair (`pairs` at `spans`), past `start` (the
    end of its step prefix), or None (a line of no pairs: `bare_result` on its end, in
    `expctl.metrics.formats`)."""
    if not pairs or len(spans) != len(pairs):
        return None
    return bare_result(line, start, spans[0])
