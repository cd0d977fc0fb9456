"""WORDED_ASIDE (rules): a label of words with an aside of words in parentheses, one value.

A report names a result by a few words and says, in parentheses inside the name, which variant
of the quantity it is; the aside may close the label or stand between its words::

    mean temperature (second half): 426.1 K        <- "mean temperature (second half)"
    Score (logrank) test = 30.5  on 3 df,   p=1e-06  <- "Score (logrank) test", then p

The aside is words only (no digit, no ``=``: settings are PAREN_QUALIFIED's, a unit or a
symbol of one or two letters is UNIT_IN_NAME's or GLOSSED_NAME's), and its first word has
three letters at least; a qualifier in parentheses is part of the name (as GLOSSED_NAME keeps
``loss (val set)``). The label opens the line and the value follows its colon or `` = ``:
after a colon only a unit word may follow the value; after `` = `` the pairs read after the
value stay as read.

QUOTED_CAPTION: R prints a log-likelihood as its class's label in quotes, the value and the
degrees of freedom as a setting in parentheses (``'log Lik.' -584.1257 (df=7)``): the value is
the label's, named as printed, quotes and all; the aside says how it was computed.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import NUMBER, WORD

_ASIDE = r"\((?=[^\W\d]{3})[^\W\d]+(?: [^\W\d]+){0,2}\)"
_LABEL = rf"[ \t]*((?:{WORD} ){{1,5}}{_ASIDE}(?: {WORD}){{0,3}})"
# the label, its colon, the value, at most a unit word, the line's end
_COLON = LazyPattern(rf"{_LABEL}:[ \t]+({NUMBER})(?:[ \t]+[^\W\d][^\s\d]{{0,11}})?[ \t]*\Z")
# QUOTED_CAPTION (rules): a label in quotes, its value, an aside of settings ("(df=7)"), nothing else
_QUOTED = LazyPattern(rf"""((['"])[^\W\d][^'"=]{{0,39}}\2) ({NUMBER}) \([^\W\d]\w*=[^()]*\)\s*\Z""")
# the label, " = ", the value and what follows it
_EQUALS = LazyPattern(rf"{_LABEL}[ \t]+=[ \t]+({NUMBER})(?=[ \t,;]|\Z)")


def worded_aside(line: str, pairs: list[tuple[str, str]],
                 spans: list[int]) -> tuple[list[tuple[str, str]], list[int]] | None:
    """WORDED_ASIDE: the pairs of `line` (`pairs` found at `spans`) with the first one named by
    the label that opens the line with its aside, or None when the line opens otherwise."""
    if line[:1] in "'\"" and (quoted := _QUOTED.match(line)) is not None:
        return [(quoted.group(1), quoted.group(3))], [0]  # QUOTED_CAPTION: "'log Lik.' -584.1 (df=7)"
    colon = _COLON.match(line)
    if colon is not None:
        return [(colon.group(1), colon.group(2))], [colon.start(1)]
    equals = _EQUALS.match(line)
    if equals is None:
        return None
    end = equals.end()
    kept = [(pair, at) for pair, at in zip(pairs, spans) if at >= end]
    return ([(equals.group(1), equals.group(2)), *(pair for pair, _ in kept)],
            [equals.start(1), *(at for _, at in kept)])
