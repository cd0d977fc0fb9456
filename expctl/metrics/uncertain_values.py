"""UNCERTAIN_VALUE (rules): a value printed with its uncertainty after the words naming it.

A report gives an estimate with its error, ``±`` or ``+/-`` between them, after the words
that name it and no colon or ``=``::

    == 1 doctors: mean wait 56.6807 ± 2.7035 min over 4 replications   <- mean wait = 56.6807
    analytic log Z = -8.9872, estimated -9.3067 +/- 0.2631             <- estimated = -9.3067

One number alone after words is prose (``trained 3 models``), but a number with its error is a
measurement: the words before it, after a colon or a comma (four at most), name it. A plain
print's pairs with their spreads (``ppl 12.5 +/- 0.4 bleu 27.25 +- 0.3``) are PLAIN_SPREAD's: a
line with a spread that no such words name is left to it. The error is no metric of its own; what follows it (a unit, ``over 4 replications``)
says how it was measured.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import NUMBER
from .worded_asides import worded_aside

_WORD = r"[^\W\d][\w.'-]*"
_UNCERTAIN = LazyPattern(
    rf"(?<=[:,] )((?:{_WORD} ){{0,3}}{_WORD}) ({NUMBER}) ?(?:±|\+/-) ?"
    rf"{NUMBER}%?(?=[ \t,;)]|\Z)")


def uncertain_pairs(line: str, pairs: list[tuple[str, str]],
                    spans: list[int]) -> tuple[list[tuple[str, str]], list[int]] | None:
    """UNCERTAIN_VALUE: `pairs` (found at `spans`) with each value printed with its error
    after the words naming it added in place, or None when the line holds none."""
    matches = list(_UNCERTAIN.finditer(line))
    if not matches or len(matches) < line.count("±") + line.count("+/-"):
        return None  # a spread no words after a colon or comma name: a plain print's (PLAIN_SPREAD)
    found = [(match.start(1), (match.group(1), match.group(2)))
             for match in matches if match.start(1) not in spans]
    merged = sorted([*zip(spans, pairs), *found])
    return [pair for _, pair in merged], [at for at, _ in merged]


def labelled_pairs(line: str, pairs: list[tuple[str, str]],
                   spans: list[int]) -> tuple[list[tuple[str, str]], list[int]] | None:
    """The pairs of `line` as WORDED_ASIDE or UNCERTAIN_VALUE read it, or None for neither."""
    if ")" in line and (aside := worded_aside(line, pairs, spans)) is not None:
        return aside
    return uncertain_pairs(line, pairs, spans) if "±" in line or "/-" in line else None
