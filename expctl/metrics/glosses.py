"""GLOSSED_NAME and STATISTIC_ARGS (rules): a statistic's symbol, printed with words or
arguments that say what it is, named by the symbol alone.

A statistics package names a result by its symbol, then glosses it in parentheses before the
colon, or gives the test's degrees of freedom as the symbol's arguments::

    tau^2 (estimated amount of total heterogeneity): 0.3132 (SE = 0.1664)   -> tau^2, SE
    I^2 (total heterogeneity / total variability):   92.22%                -> I^2
    Q(df = 12) = 152.2330, p-val < .0001                                   -> Q
    F(2, 27) = 3.41, p = 0.049                                             -> F, p

The gloss is prose (three words or more, one of three letters or more, none a phase's:
``loss (val set): 0.5`` keeps its qualifier), the arguments one or two
numbers, maybe named (``df = 12``): neither is part of the name, which is one token opening
the line. The line is read as if they were not printed (`unglossed`), so each format reads
the pairs as usual. A parenthesised aside after a value (``(SE = 0.1664)``) is not touched.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .phases import phase_of

# a symbol opening the line, a space, a gloss of prose in parentheses, the colon and a value
_GLOSSED = LazyPattern(r"([ \t]*[^\W\d][\w^.]{0,15}) \((?=[^()]*[^\W\d]{3})[^()]{3,120}\):"
                       r"(?=[ \t]+[-+.\d])")
_WORD = LazyPattern(r"[^\W\d]+")
# a symbol opening the line with a test's degrees of freedom as its arguments, then " = "
_ARGUED = LazyPattern(r"([ \t]*[^\W\d][\w^]{0,7})\((?:[^\W\d][\w.]{0,7} ?= ?)?\d+(?:\.\d+)?"
                      r"(?:, ?\d+(?:\.\d+)?)?\)(?= = [-+.\d])")


def _is_prose(gloss: str) -> bool:
    """Three words or more, none a phase's (``on the validation set`` says which split)."""
    words = _WORD.findall(gloss)
    return len(words) >= 3 and not any(phase_of(word) for word in words)


def unglossed(line: str) -> str:
    """`line` without the gloss or the arguments of the statistic it opens with, else as is."""
    if line[:1] == "(" or "(" not in line[:24]:
        return line
    match = _GLOSSED.match(line)
    if match is not None and not _is_prose(line[match.end(1) + 2:match.end() - 2]):
        match = None  # "loss (val set): 0.5": a qualifier, part of the name
    match = match or _ARGUED.match(line)
    if match is None:
        return line
    return match.group(1) + (":" if line[match.end() - 1] == ":" else "") + line[match.end():]


# SPELLED_SYMBOL: a symbol in capitals opening a row, its spelling-out glued on in parentheses
# ("ACC(Accuracy)", "MCC(Matthews correlation coefficient)"), a column gap after it.
_SPELLED = LazyPattern(r"([A-Z][A-Z0-9]{1,7})\(([^\W\d][^()]{2,118})\)(?=  |\t)")


def _spells(symbol: str, gloss: str) -> bool:
    """True when the letters of `symbol` stand in `gloss` in order (``AUC`` in ``Area under
    the ROC curve``, ``ACC`` in ``Accuracy``): the gloss spells the symbol out."""
    letters = iter(gloss.lower())
    return all(char in letters for char in symbol.lower() if char.isalpha())


def unspelled_label(line: str) -> str:
    """SPELLED_SYMBOL (rules): `line` with the spelling-out of the symbol that labels it
    blanked (each character a space, so its columns stay where they are), else as is."""
    if line[:1] < "A" or line[:1] > "Z" or "(" not in line[:9]:
        return line
    match = _SPELLED.match(line)
    if match is None or not (_spells(match.group(1), match.group(2))
                             or _is_prose(match.group(2))):  # or it is prose: a gloss
        return line
    return match.group(1) + " " * (match.end() - match.end(1)) + line[match.end():]
