"""TITLED_VECTOR (rules): the title over R's named vector, when it says what the values are
and over which things.

R prints a named vector as a line of names over a line of values; a print method often sets a
title over it: ``Prior probabilities of groups:`` over ``setosa versicolor virginica``, psych's
``MSA for each item =`` over ``rater1 rater2 ...``. Such a title names the quantity and says the
names are the things it was taken of (``of``, ``for each``, ``per``, ``by``): the names alone
(``setosa``, ``LD1``) say which thing, not what was measured, so each value is
``<title>/<name>``. A title without such words (``Coefficients:``, ``sample estimates:``,
``Residuals:``) leaves the names as they are: there they name the quantities themselves
(``(Intercept)``, ``mean of x``, ``Median``). A title of two words opened by a participle of a
transform (``Exponentiated coefficients:``, ``Standardized loadings:``; not ``Estimated``,
``Fitted``) says the values are the quantity transformed, no longer it: ``<title>/<name>``
too (TRANSFORMED_TITLE). A title naming the errors of estimates (``Standard Errors``, ``Std.
Errors:``, ``s.e.``), with a colon or none (evd's ``fgev`` prints it bare), says the values are
the errors of the named quantities, not them: ``<title>/<name>`` (ERROR_TITLE). So does a
title naming their standard deviations (``Standard Deviations:``, ``Std. Dev.``): fExtremes
prints its estimates' errors so (DEVIATION_TITLE).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORDS = 6  # a title of more words is a sentence
_TITLE = re.compile(r"([^\W\d_][\w.'-]*(?: [\w.'-]+)*?) ?[:=] ?\Z")
# BARE_VECTOR_TITLE (rules): the same title with no colon ("Initial values of the coefficients")
_BARE_TITLE = re.compile(r"([^\W\d_][\w.'-]*(?: [\w.'()-]+)+?) ?\Z")
_OVER = re.compile(r"\b(?:of|for each|per|by)\b")
# TRANSFORMED_TITLE (rules): a past participle before the quantity ("Exponentiated", "Standardized")
_TRANSFORMED = re.compile(r"[A-Z]?[a-z]{3,}(?:ated|ized|ised|formed|scaled|ted)\Z")
# of those, the ones that say how the values were made, not what was done to them after
_MADE = frozenset("estimated fitted predicted expected computed selected calculated".split())
# ERROR_TITLE (rules): a title naming the errors of estimates, flush left, a colon or none
# DEVIATION_TITLE (rules): or their standard deviations ("Standard Deviations:", "Std. Dev.")
_ERRORS = re.compile(r"((?i:standard|std\.?) (?i:errors?|deviations?|devs?\.?)|[Ss]\.[Ee]\.|SEs?)"
                     r"[ \t]*:?[ \t]*\Z")


def vector_title(line: str) -> str | None:
    """The title `line` sets over a named vector's names (flush left, closed by ``:`` or ``=``,
    or bare when it relates the quantity to the things: BARE_VECTOR_TITLE; no number, naming
    what the values are of), else None."""
    if (errors := _ERRORS.match(line)) is not None:
        return errors.group(1)  # ERROR_TITLE: "Standard Errors", the values are no estimates
    title = _TITLE.match(line) or _BARE_TITLE.match(line)  # BARE_VECTOR_TITLE: no colon, "of" between
    if title is None or any(ch.isdigit() for ch in line):
        return None
    words, bare = title.group(1).split(), title.re is _BARE_TITLE  # bare: only "of", "per" ... tell
    if not bare and len(words) == 2 and _TRANSFORMED.match(words[0]) and words[0].lower() not in _MADE:
        return title.group(1)  # TRANSFORMED_TITLE: "Exponentiated coefficients", no coefficients
    if len(words) > _WORDS or _OVER.search(" ".join(words[1:-1])) is None:
        return None  # the quantity first, the things last, the word relating them between
    return title.group(1)


# A vector's names that are a factor's levels, whole numbers, as R pads them: "      0       1 "
LEVELS = re.compile(r"(?: +\d{1,4})+ \Z")
_NUMBERS = re.compile(r"[ \t]*[-+]?(?:\d|\.\d)[-+.\deE \t]*\Z")  # a line of numbers only


def titled(line: str, before, steps, ahead=None):
    """`steps` read from `line` with each name set under the vector's title (TITLED_VECTOR), when
    `line` is a line of numbers only right under a line of names right under such a title, or
    under a title of its own whose names another titled vector beside it shares (SIBLING_TITLES;
    `ahead(count)`, the lines after `line`)."""
    if not steps or steps[0][1] is not None or _NUMBERS.match(line) is None:
        return steps  # the usual case: no vector's values (a row of a table of steps)
    above = before(2)
    if len(above) != 2 or not above[1].strip() or any(step is not None for _, step in steps) or (
            _NUMBERS.match(above[1]) is not None and LEVELS.match(above[1]) is None):
        return steps  # a row of a table of steps, or numbers over numbers: no vector's
    title = vector_title(above[0])
    if title is None and (ahead is None or (title := _sibling_title(above, before, ahead)) is None):
        return steps
    if ahead is not None and above[0].rstrip()[-1:] not in ":=" and (
            (following := ahead(1)) and _NUMBERS.match(following[0]) is not None):
        return steps  # BARE_VECTOR_TITLE: rows of a table under a sentence, no vector's one line
    lead = f"{title}/"  # a name its reader set under the title already (HEADED_LONE_ROW) keeps it once
    return [([(name if name.startswith(lead) else lead + name, value) for name, value in pairs], step)
            for pairs, step in steps]


# SIBLING_TITLES (rules): a title of words alone, flush left, closed by a colon
_PLAIN_TITLE = re.compile(r"([^\W\d_][\w.'-]*(?: (?:[^\W\d][\w.'-]*|\([\w.%]+\))){0,5}) ?:\Z")
_SIBLING_REACH = 3  # lines between two titled vectors (a blank line or two) and more


def _sibling_title(above: Sequence[str], before, ahead) -> str | None:
    """SIBLING_TITLES (rules): the title over a named vector (`above`: the title and the names)
    when the vector right before or right after it, under a title of its own, shares a name with
    it: the names are the things measured, each title the quantity (ade4's ``Eigenvalues:`` and
    ``Projected inertia (%):`` over ``Ax1 Ax2 Ax3``), else None. A sibling whose title is one
    of TITLED_VECTOR's (``Standard Deviations:``, the errors of the estimates over it) says the
    names are the quantities estimated: they stay as they are."""
    title = _PLAIN_TITLE.match(above[0].rstrip())
    if title is None or above[0][:1] == " ":
        return None
    names = set(above[1].split())
    earlier = before(2 + 3 + _SIBLING_REACH)[:-2]
    later = ahead(3 + _SIBLING_REACH)
    if _has_sibling(list(earlier), names, after=False) or _has_sibling(list(later), names, after=True):
        return title.group(1)
    return None


def _has_sibling(lines: list[str], names: set[str], after: bool) -> bool:
    """True when `lines` (those `after` the vector being read, else those before it) hold a
    titled vector (a title, names, a line of numbers) one of whose names is in `names`, parted
    from the vector being read by blank lines only."""
    for at in range(len(lines) - 2):
        title, header, values = lines[at:at + 3]
        if _PLAIN_TITLE.match(title.rstrip()) is not None and vector_title(title) is None and _NUMBERS.match(values) is not None and (
                _NUMBERS.match(header) is None and names & set(header.split())):
            between = lines[:at] if after else lines[at + 3:]
            if all(not text.strip() for text in between):
                return True
    return False

