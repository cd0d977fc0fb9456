"""INDEXED_LABEL (rules): ``[N] label : value`` lines, a numbered list of labelled values.

A tool that compares several models prints one line per model, numbered in brackets, the model's
description padded to one column, a spaced colon and the value (BayesFactor's Bayes factors,
each with its error)::

    [1] supp                    : 1.198757     ±0.01%
    [3] supp + dose             : 2.809549e+14 ±1.12%      <- "supp + dose" = 2.809549e+14
    [4] supp + dose + supp:dose : 7.70166e+14  ±1.64%

The label is the whole text between the bracketed index and the spaced colon, whatever it holds
(a formula's ``+`` and ``:``, ``Alt., r=0.707``): it names the value, as SPACED_COLON's words
do. The index numbers the list, no step; a spread after the value (``±1.12%``) is dropped, as a
plain print's is (PLAIN_SPREAD).
"""

from __future__ import annotations

from .grammar import NUMBER
from ..lazyre import LazyPattern

_LINE = LazyPattern(r"[ \t]*\[\d{1,6}\][ \t]+(\S(?:.*?\S)?)[ \t]+:[ \t]+(" + NUMBER + r")"
                    r"(?:[ \t]+(?:±|\+/?-)[ \t]*" + NUMBER + r"%?)?[ \t]*\Z")


def indexed_label(line: str) -> tuple[str, str] | None:
    """The (label, value) of such a line, else None."""
    found = _LINE.match(line)
    if found is None or not any(ch.isalpha() for ch in found.group(1)):
        return None
    return " ".join(found.group(1).split()), found.group(2)
