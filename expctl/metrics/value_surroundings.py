"""What stands right around a pair's value, and makes its number no metric (LOOK_ALIKES in
`grammar`: QUANTITY, ARROWS, RATIOS, ROW_OF_NUMBERS, PROGRESS_COUNTS).

`formats.find_pairs` finds a pair by its name, separator and number; `stands_alone` looks at
the text just after the number (a unit, a word leading nowhere, another bare number, a ratio,
an arrow, a progress count) and just before the name (an arrow) and refuses the pair when
that text says the number is something else. The patterns here are spelt with the pieces of
`grammar` and read by `stands_alone` only. Called once a pair: no work for a line without one.
"""

from __future__ import annotations

import re

from ..lazyre import LazyPattern
from .expressions import in_expression
from .grammar import GLUED_QUALIFIER, NAME, NUMBER, P_VALUE_NAME, UNIT_ASIDE, WORD
from .units import statistic_time_after, unit_after

# ARROWS: "pavg=0.53 -> initscore=0.14"; a long arrow before a number is a change too
# ("loss: 0.5 ==> 0.3"), but after a value and before a name it parts two statements
# ("Log likelihood: -423 ==> AIC = 849.9", STATEMENT_ARROW); opening a line it is a bullet
ARROW_AFTER = LazyPattern(r"\s*(?:[-=]>|[-=]{2,}>\s*[-+]?\.?\d)")
ARROW_BEFORE = LazyPattern(r"[-=]>\s*['\"]?\Z")
STATEMENT_ARROW = LazyPattern(rf"(?<![\w.]){NUMBER}%?\s+[-=]{{2,}}>\s*\Z")
PROGRESS_COUNT_AFTER = LazyPattern(r"\s*\(\d+/\d+\)")  # "100% (10/10)" (git, apt, docker)
# QUANTITY: after a value, whitespace and then a word must lead to the next pair.
NEXT_IS_PAIR = LazyPattern(rf"\s+(?:{WORD}\s+){{0,3}}['\"]?(?:{P_VALUE_NAME}|{NAME}){GLUED_QUALIFIER}?{UNIT_ASIDE}?[.-]*['\"]?\s*[:=]")
# AFTER_COUNT (rules): a count of the work a value took closing a field ("f = 4.27 after 820
# evaluations"), of what it spans ("12545.7 km through 30 cities") or of what it was measured
# on ("Accuracy: 91.0% on 100 instances", "mean: 3.2 for 5 runs", "f1: 0.8 with 4 folds") is
# said of the value, no prose: the word after it leads nowhere and is no word.
# DEGREES_OF_FREEDOM (rules): a test statistic's degrees of freedom after it ("= 33.27 on 7 df",
# "2.593 on 29 degrees of freedom", "69.21 on 2 and 29 DF") say what it was measured on, no prose.
NEXT_IS_WORD = LazyPattern(r"\s+(?!(?:after|in|within|through|over|across|on|for|with)[ \t]+\d{1,9}[ \t]+[^\W\d]\w{0,20}s"
                           r"[ \t]*(?:[,;|]|\Z)|on[ \t]+\d{1,9}(?:[ \t]+and[ \t]+\d{1,9})?[ \t]+"
                           r"(?:df|DF|Df|degrees[ \t]+of[ \t]+freedom)[ \t]*(?:[,;|]|\Z))[^\W\d]")
RATIO_AFTER = LazyPattern(rf"\s*:\s*{NUMBER}(?:\s|\Z)")  # RATIOS: "= 3.7 : 1.0"
# ROW_OF_NUMBERS: a label before a run of bare numbers ("Mem:  8000000  4000000 ..."; R's time "1983(1)").
NEXT_IS_NUMBER = LazyPattern(rf"[ \t]+{NUMBER}(?:\(\d{{1,3}}\))?%?(?:[ \t]|\Z)")
# ASYMMETRIC_SPREAD: "m = -0.917 -0.085 +0.086", a value and its distances to two quantiles.
ASYMMETRIC_SPREAD = LazyPattern(r"[ \t]+-\d[\d.]*(?:[eE][-+]?\d+)? \+\d[\d.]*(?:[eE][-+]?\d+)?(?=\s|\Z)")


# RESTATED_NAME (rules): the word after a value restates the pair's name as its unit ("Test MAE
# Score: 0.0000026662 MAE", "RMSE: 0.31 RMSE"), closing the line or a field: no prose.
_LAST_WORD = LazyPattern(r"[ \t]+([^\W\d]\w*)[ \t]*(?:[,;|]|\Z)")


def _restates(line: str, end: int, name_end: int) -> bool:
    """RESTATED_NAME: the one word after the value at `line[end]` is one of the name's words,
    the run of words (letters, ``_``) that ends at `name_end`, four at most."""
    word = _LAST_WORD.match(line, end)
    if word is None:
        return False
    named = []
    for token in reversed(line[:name_end].split()[-4:]):
        if not token.replace("_", "").isalpha():
            break
        named.append(token.lower())
    return word.group(1).lower() in named


def stands_alone(line: str, match: re.Match[str]) -> bool:
    """False when what surrounds the pair makes its number no metric: a unit or a sentence
    after it, another bare number after it (a labelled row of numbers), an arrow on either side
    (`pavg=0.53 -> initscore=0.14` is a conversion), or a percentage with its count after it
    (`100% (10/10)`)."""
    end = match.end()
    end = unit_after(line, end) or statistic_time_after(  # STATISTIC_TIME: "Median: 320.75 us"
        match.group(1), line, end) or end  # UNIT_VALUE: "energy = 0.07 eV" stands, as "0.07" would
    if NEXT_IS_WORD.match(line, end) and not NEXT_IS_PAIR.match(line, end) and not _restates(
            line, end, match.end(1)):
        return False
    end = spread.end() if (spread := ASYMMETRIC_SPREAD.match(line, end)) else end
    if NEXT_IS_NUMBER.match(line, end):
        return False  # "Mem:  8000000  4000000": a labelled row of numbers (ROW_OF_NUMBERS)
    if ARROW_AFTER.match(line, end) or RATIO_AFTER.match(line, end) or in_expression(line, end):
        return False  # a conversion "-> 0.14", a ratio "3.7 : 1.0" (RATIOS), EXPRESSION_VALUE
    if line[end - 1:end] == "%" and PROGRESS_COUNT_AFTER.match(line, end):
        return False  # "Receiving objects: 100% (10/10)": how far a task has come
    return not ARROW_BEFORE.search(line, 0, match.start(1)) or bool(
        STATEMENT_ARROW.search(line, 0, match.start(1)))  # STATEMENT_ARROW (rules): "-423 ==> AIC = 849.9"


# SECOND_VALUE (rules): a second decimal of the same precision (two places or more) after "/" or "|", nothing after it
# but a field's end: the pair's value again, measured twice (the DCGAN tutorial's D(G(z)), before
# and after the discriminator's update)
_SECOND = LazyPattern(r"[ \t]*[/|][ \t]*(-?\d+\.(\d\d+))(?=[ \t]*(?:[]|,;\t)]|\Z))")


def second_value(line: str, match: re.Match[str]) -> str | None:
    """SECOND_VALUE: the second value after the pair `match`, or None."""
    if "/" not in line[match.end():match.end() + 4] and "|" not in line[match.end():match.end() + 4]:
        return None
    second = _SECOND.match(line, match.end())
    first = match.group(2)
    if second is None or "." not in first or len(first) - first.index(".") - 1 != len(second.group(2)):
        return None
    return second.group(1)
