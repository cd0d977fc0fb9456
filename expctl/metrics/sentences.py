"""SENTENCE_RESULT and MEASURE_HEAD (rules): a line that is one sentence naming a result, then
its one value, is one pair named by the whole sentence.

A program that reports one figure on a line of its own often names it in words, prose words
among them, where a key would have been one token::

    Accuracy of the network on the 10000 test images: 54 %     -> SENTENCE_RESULT
    Area under the curve: 0.7314                               -> MEASURE_HEAD
    REML criterion at convergence: 1743.6                      -> MEASURE_HEAD
    kNN accuracy on the embedding (5-fold): 0.9300             -> MEASURE_HEAD
    Fitness value of the best solution = 3.6087124347686768    -> MEASURE_HEAD

The sentence's words before its first prose word (of, the, on, per ...) are its head: what it
measures. SENTENCE_RESULT reads a sentence opened by a result word (``Accuracy``). MEASURE_HEAD
reads one whose head holds a result word anywhere (``Best accuracy``, ``held-out MSE``) or a word
for a measure (an area, a criterion, a fitness, an effective sample count, a named test's
statistic ``F-test``), when the value is a decimal: a whole number after such words is more
often a count (``Index of the best solution : 9``), and a head of counts, times or settings
(``Number of``, ``Time taken for``, ``Confusion Matrix ... @ threshold``) names none.

SPOKEN_NAME: after `` is `` a measure's name of fewer than four words, no prose, is read too (the
formats read such a name before ``:`` or ``=`` only). REFERENCE_ASIDE: an aside equating a number
with a state, ``(127.5 = random)``, may close the sentence and gives nothing.

SPACED_COLON reads a report's line whose label, flush left, is set off from its colon by a space
(``final sum of squares of residuals : 0.0964003``), padded to set the colons in a column, and
may carry an aside or the formula it stands for before the padding (``rms of residuals
(FIT_STDFIT) = sqrt(WSSR/ndf)    : 0.0510433``): its name is the words before the aside, prose
words and all, when the value is a decimal (a whole number is a count: ``degrees of freedom :
37``).
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from . import rules
from .grammar import NUMBER, PROSE_WORDS

# SENTENCE_RESULT (rules): a whole line, past a log prefix, of one sentence naming a result (a
# counted modifier may open it: COUNTED_MODIFIER), a colon, its value, a percent sign or an aside.
# MEASURE_HEAD (rules): the sentence may end in a short aside of its own ("(5-fold)") and give
# its value after " = " or " is " as well, a full stop closing it ("... SE of elpd_loo is 0.1.").
_SENTENCE = LazyPattern(
    rf"(\s*(?:\[[^\]]{{0,40}}\]\s*)?)((?:\d+-[^\W\d_]+ )?[^\W\d_][\w-]*,?(?: [\w@%.-]+,?){{2,11}}"
    rf"(?: \([\w.%-]{{1,20}}\))?)(:| =| is)\s+"
    rf"({NUMBER})(?:\.|\s?%?(?:\s+\((?![^()]*\d\.\d)[^()=:]{{1,40}}\)|\s+\({NUMBER}\))?"
    rf"|\s+\((?:{NUMBER} = ([^\W\d][\w -]{{0,30}})|([^\W\d][\w -]{{0,30}}) = {NUMBER})\)\.?)\s*\Z")  # REFERENCE_ASIDE


# FORMULA_NAME (rules): a whole line of one formula over quantities, a bracket in it, " = " and
# its value ("2*Var(Ln(like)) = 1.960720", "Best fit sample -log(Like) = 0.000332")
_CALL = LazyPattern(r"\w\(")
_FORMULA = LazyPattern(rf"\s*([^\s=:,;][^=:,;]{{0,60}}?\([^=:,;]*\)[^=:,;]*?)\s+=\s+({NUMBER})\s*\Z")


def _formula(line: str) -> tuple[str, str, int] | None:
    """FORMULA_NAME: (the formula, its value, where it starts) of a line that is one formula
    calling a function (``Ln(``), whose brackets pair up, each glued to what it follows and
    holding a letter, with no gap in it, and its value; else None."""
    found = _FORMULA.match(line)
    if found is None:
        return None
    depth, name = 0, found.group(1)
    if "  " in name or " (" in name or _CALL.search(name) is None:
        return None  # cells a gap parts; an aside ("Matrix (Act/Pred) for ..."): no function's call
    for char in name:
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return None
    if depth or not all(any(c.isalpha() for c in part.split(")")[0]) for part in name.split("(")[1:]):
        return None
    return name, found.group(2), found.start(1)


# LONG_RESULT_NAME (rules): the formats read a name of fewer words as a key (MAX_NAME_WORDS, 4);
# a longer one without prose ("Cross Validation Mean squared error = 0.55") is read here.
_KEY_WORDS = 4


def sentence_result(line: str) -> tuple[str, str, int] | None:
    """The (name, value, where the name starts) of a line that is one sentence naming a
    result and its value (SENTENCE_RESULT, MEASURE_HEAD), else None."""
    found = _SENTENCE.match(line)
    if found is None:
        return _formula(line) if "(" in line else None
    name, value = found.group(2), found.group(4)
    reference = found.group(5) or found.group(6)  # REFERENCE_ASIDE: "(127.5 = random)"
    if reference and (rules.is_result_name(reference) or rules.is_measure_name(reference.split())):
        return None  # "(sd = 0.4)": a finding of its own, no reference
    if "," in name and not rules.is_measure_name(name.split(",", 1)[0].split()):
        return None  # a comma closes a measure's head ("Polychoric Correlation, ML est."), no clause
    words = name.split()
    opened = found.group(3) == ":" and rules.is_result_name(words["-" in words[0]])
    if not (opened or ("." in value and _measure_head(words, found.group(3) == " is"))):
        return None
    return name, value, found.start(2)


def _measure_head(words: list[str], spoken: bool = False) -> bool:
    """MEASURE_HEAD: the words before the first prose word name a result or a measure, and
    no count, time or setting; `spoken`: the value follows `` is `` (SPOKEN_NAME)."""
    head = []
    for word in words:
        if word.lower() in PROSE_WORDS:
            break
        head.append(word)
    if head and head[-1].lower() == "value" and words[len(head):len(head) + 1] == ["of"]:
        head = _value_of(words[len(head) + 1:]) or head  # VALUE_OF: "Current value of objective function"
    elif head and words[len(head):len(head) + 1] in (["has"], ["have"]):
        head = _value_of(words[len(head) + 1:]) or head  # OWNED_MEASURE: "Allocation has RMSE"
    if not head or len(head) == len(words) < _KEY_WORDS and not spoken:
        return False  # no prose: a name of words, read as a pair by the formats (but after " is ": SPOKEN_NAME)
    label = " ".join(head)
    if rules.is_setup_name(label) or rules.is_time_column(label):
        return False
    return rules.is_result_name(label) or rules.is_measure_name(head)


def _value_of(words: list[str]) -> list[str]:
    """VALUE_OF (MEASURE_HEAD): the words after ``value of`` up to the next prose word, what the
    value is a reading of (``objective function``)."""
    found = []
    for word in words:
        if word.lower() in PROSE_WORDS:
            break
        found.append(word)
    return found


# SPACED_COLON (rules): a label flush left, its words one space apart, then an aside or a formula,
# padding, " : " and one decimal value.
_SPACED = LazyPattern(r"([^\W\d_][\w.'-]*(?: [^\W\d_(=][\w.'-]*){1,11})(?: *[(=][^:]*?| {2,})? :[ \t]+"
                      r"([-+]?(?:\d*\.\d+|\d+\.\d*)(?:[eE][-+]?\d+)?|[-+]?\d+[eE][-+]?\d+)[ \t]*\Z")


def spaced_colon(line: str) -> tuple[str, str, int] | None:
    """SPACED_COLON: the (name, value, 0) of such a line, else None."""
    found = _SPACED.match(line)
    if found is None or rules.is_setup_name(found.group(1)) or rules.is_time_column(found.group(1)):
        return None
    return found.group(1), found.group(2), 0
