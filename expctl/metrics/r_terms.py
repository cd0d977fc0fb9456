"""R's column and row names that hold spaces: a p-value column's name, whole, and model terms
whose call R prints with spaced arguments (WHOLE_P_NAME, SPACED_TERM_NAMES in `rules`).

WHOLE_P_NAME: a test's table prints an empty cell where a statistic does not apply (R's ``NA``
printed blank); the names over such cells stand one space left of the p-value's, which is one
word, so they are no part of its name::

               stat     df    ddf p.value
    LRT      3.0867 1.0000        0.07893      <- LRT/p.value, no "ddf p.value"
    PBtest   3.0867               0.07960

SPACED_TERM_NAMES:
R deparses a term's call with a comma and a space between its arguments, so a coefficient
table's row name may hold spaces and numbers (dynlm's lags, a polynomial's or a spline's
basis)::

                  Estimate Std. Error t value Pr(>|t|)
    L(y, 1)        0.79394    0.05654  14.042  < 2e-16 ***
    poly(x, 2)1    0.41237    0.08994   4.585 1.15e-05 ***

The name runs from a function's name to the parenthesis closing its call (and what R glued
after it: the basis' index); the numbers in it are the call's arguments, no values, and it
is no interval (``(-Inf, 0.5]`` opens with no function's name).
"""

from __future__ import annotations

import re

# a function's name, its call (calls nested one level in it; single spaces, "df = 3") and a
# glued tail: two spaces would part columns
# a p-value column's name: "p.value", "p-value", "pval", "Pr(>F)", "Pr(>|t|)"
_P_VALUE = re.compile(r"(?:[Pp][._-]?val(?:ue)?|Pr?\([<>|][^()]*\))\Z")
_SPACED_TERM = re.compile(r"[^\W\d][\w.]*\((?:[^()\s]|\([^()]*\)|(?<=\S) (?=\S))*\)[\w.]*")


def is_spaced_term(label: str) -> bool:
    """True when `label` is one spaced term (``L(x, 0:1)1``, ``poly(x, 2)1``)."""
    return ", " in label and "  " not in label and _SPACED_TERM.fullmatch(label) is not None


def is_p_value_name(word: str) -> bool:
    """True when `word` names a test's p-value column (``p.value``, ``Pr(>|z|)``)."""
    return _P_VALUE.match(word) is not None
