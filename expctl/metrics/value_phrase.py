"""VALUE_PHRASE (rules): ``<verb> <name> with value <number>``, a sentence that gives one value;
UPDATED_VALUE (rules): ``<name> is updated <old> -> <new>``, one that gives the new value.

A program may announce each value it records as a sentence (Nevergrad's ``Updating fitness
with value 0.6299``): the words before ``with value`` name the quantity, the verb opening the
line (a word ending in ``-ing`` or ``-ed``) says what was done with it and is no part of the
name. The whole line must be the sentence, the value its last token, a measurement (with a
decimal point: ``Connected with value 3`` is a count or a code). A verb that sets or
makes something (``Setting lr with value 0.1``, ``Initializing ...``, ``Using ...``) gives a
setting, not a result: no pair; so do a name that counts or sizes (NOT_METRIC_WORDS), words
of prose, and a name closed by a verb (``Job finished with value 0.0``: a sentence's subject).

A program may also say how a value it keeps changed (PFRL's ``The best score is updated 9.67
-> 10.0``, ``best loss improved from 0.52 to 0.48``): the value after the arrow (or ``to``) is
the name's new point, the old one was its point before. The sentence closes the line, or a
clause after a comma or a full stop does (Keras's ``val_loss improved from inf to 0.12, saving
model to m.h5``); a log record's prefix may open it. The two values may stand in brackets
with an arrow (an early-stopping helper's ``Validation loss decreased (0.23 --> 0.16).  Saving
model ...``). A result's name (RESULT_WORDS) may also have ``decreased``, ``increased``,
``dropped`` or ``reduced``; any other name that did is as often a setting the program adjusts.

WINNER_LINE (rules): a comparison ends by naming its winner, ``Best model by mean RMSE: SVD
(0.8044)``, ``Most influential input (ST): x1 (0.5004)``: a superlative opens the key, a label
(a word or two, no number) follows, and the winner's value alone in brackets closes the line.
The value is the key's; the label is what won, no value. A whole number there is a count or an
id (``Best trial: 2 (arm 2_0)``), a name beside the value another quantity (``Best model: svc
(accuracy 0.98)``): none.

LOCATED_VALUE (rules): an optimiser reports the optimum it found and where, ``best cost 0.00132
at x=1.0224, y=1.0423``, ``Sphere: minimum 1.2e-4 at 0.0073, 0.0081``: the value, printed
after its name without a colon, is the name's (a label and a colon may open the line); the
point after ``at`` (named coordinates, or two or more numbers) is the argument, no value. (With
a colon, ``optimal cost: 3.19 at x1 = -0.78``, the line is pairs and read as such.) The name is a result's or opens with an extremum word
(``best``, ``min``, ``optimal``); the value has a decimal point or an exponent.
"""

from __future__ import annotations

from . import rules
from .grammar import NAME, NUMBER, PROSE_WORDS, WORD
from ..lazyre import LazyPattern

_PHRASE = LazyPattern(rf"\s*(?:([^\W\d]+(?:ing|ed)) )?([^\W\d][\w-]*(?: [^\W\d][\w-]*){{0,2}}?) "
                      rf"with (?:a )?value(?: of)?:? ({NUMBER})\.?\s*\Z")
_SETTING_VERBS = frozenset("set setting initializing initialising initialized initialised using "
                           "creating created loading loaded".split())


def value_phrase(line: str) -> list[tuple[str, str]]:
    """The one pair of a VALUE_PHRASE line, or []."""
    if " with " not in line:
        return []
    match = _PHRASE.match(line)
    if match is None:
        return []
    verb, name, value = (match.group(1) or "").lower(), match.group(2), match.group(3)
    last = name.rsplit(" ", 1)[-1].lower()
    if len(last) > 5 and last.endswith(("ed", "ing")):
        return []  # "Job finished with value 0.0": the name's own verb, a sentence's subject
    if not ("." in value or value[-1:].isalpha()) or verb in _SETTING_VERBS or PROSE_WORDS.intersection(name.lower().split()) or (
            rules.is_setup_name(name)):
        return []
    return [(name, value)]


_ARROW = "(?:->|-->|\u2192)"
_UPDATE = LazyPattern(rf"(?:^|(?<=[\s:]))(?:[Tt]he )?([^\W\d][\w-]*(?: [^\W\d][\w-]*){{0,2}}?) "
                      rf"(?:is |was |has been )?(updated|improved|decreased|increased|dropped|reduced) "
                      rf"(?:(?:from )?{NUMBER} (?:{_ARROW}|to) ({NUMBER})|\(\s*{NUMBER} ?{_ARROW} ?({NUMBER})\s*\))"
                      rf"(?:\.?\s*\Z|[.,;]\s+\S.*\Z)")
_ANY_NAME = frozenset(("updated", "improved"))  # the other verbs: a result's name only


def _of_noun(words: list[str]) -> list[str]:
    """OF_NAME (rules): the words of an UPDATED_VALUE name less an ``of`` between two words (``value
    of criterion``: a noun of a noun names one quantity), which is prose elsewhere."""
    return [word for at, word in enumerate(words) if word != "of" or at in (0, len(words) - 1)]


def updated_value(line: str) -> list[tuple[str, str]]:
    """UPDATED_VALUE: the new value of a line saying a named value changed, or []."""
    if "->" not in line and " to " not in line and "\u2192" not in line:
        return []
    match = _UPDATE.search(line)
    if match is None or PROSE_WORDS.intersection(_of_noun((name := match.group(1)).lower().split())) or (
            rules.is_setup_name(name)) or (match.group(2) not in _ANY_NAME and not rules.is_result_name(name)):
        return []
    return [(name, match.group(3) or match.group(4))]


_VALUE_AFTER = LazyPattern(rf"[ \t]*[:=][ \t]*({NUMBER})")


def restates(line: str, name: str, value: str, before: list[str]) -> bool:
    """RESTATED_UPDATE (rules): True when `line` is an UPDATED_VALUE sentence giving `name` the
    `value` that a line among `before` printed for it already (``validation perplexity: 9.2709``
    above ``validation perplexity reduced 10.1 -> 9.2709``; Keras's ``val_loss: 0.1235`` above
    its checkpoint's ``val_loss improved from inf to 0.12345``): the sentence tells of a point
    kept already, and gives none of its own."""
    if updated_value(line) != [(name, value)]:
        return False
    key = name.lower()
    for text in before:
        lowered = text.lower()
        at = lowered.find(key)
        while at >= 0:
            shown = _VALUE_AFTER.match(text, at + len(key))
            if shown is not None and _same_printed(shown.group(1), value):
                return True
            at = lowered.find(key, at + 1)
    return False


def _same_printed(one: str, other: str) -> bool:
    """The same number, printed to different decimals (``0.1235``, ``0.12345``)."""
    decimals = min(len(text.partition(".")[2]) if "e" not in text.lower() else 12 for text in (one, other))
    try:
        return abs(float(one) - float(other)) <= 0.5 * 10.0 ** -decimals + 1e-12
    except ValueError:
        return False


_SUPERLATIVES = ("best", "most", "least", "top", "worst", "highest", "lowest", "winner", "winning")
_WINNER = LazyPattern(rf"\s*([^\W\d_]+(?: [\w()-]+){{1,7}}): ([^\W\d][\w.-]*(?: [^\W\d][\w.-]*)?) "
                      rf"\(({NUMBER})(%?)\)\s*\Z")


def winner_line(line: str) -> list[tuple[str, str]]:
    """The one pair of a WINNER_LINE, or []."""
    if not line.rstrip().endswith(")") or not line.lstrip().lower().startswith(_SUPERLATIVES):
        return []
    match = _WINNER.match(line)
    if match is None:
        return winner_score(line)
    if match.group(1).split()[0].lower() not in _SUPERLATIVES or not (
            "." in match.group(3) or match.group(4)):
        return []
    name = match.group(1)
    return [] if rules.is_setup_name(name) else [(name, match.group(3))]


# WINNER_SCORE (rules): the winner's score named in its brackets ("best classifier: naive bayes
# (test accuracy 0.8467)"): the bracketed pair, under its own name.
_WINNER_SCORE = LazyPattern(rf"\s*[^\W\d_]+(?: [\w()-]+){{1,7}}: [^\W\d][\w.-]*(?: [^\W\d][\w.-]*)? "
                            rf"\(((?:[^\W\d][\w-]* ){{0,2}}[^\W\d][\w-]*)(?: |: | = |=)({NUMBER})%?\)\s*\Z")


def winner_score(line: str) -> list[tuple[str, str]]:
    """WINNER_SCORE: the named score in the brackets closing a winner's line, or []: only a
    result's name (``test accuracy``, ``val_loss``) and a decimal (a whole number is a count)."""
    match = _WINNER_SCORE.match(line)
    if match is None or not any(mark in match.group(2) for mark in ".eE"):
        return []
    name = match.group(1)
    if PROSE_WORDS.intersection(name.lower().split()) or not rules.is_result_name(name) or (
            rules.is_setup_name(name)):
        return []
    return [(name, match.group(2))]


_EXTREMA = frozenset("best min minimum max maximum optimum optimal lowest highest final global".split())
_COORDINATES = (rf"[^\W\d]\w*\s*=\s*{NUMBER}(?:,\s*[^\W\d]\w*\s*=\s*{NUMBER})*"
                rf"|[\[(]?\s*{NUMBER}(?:(?:,\s*|\s+){NUMBER})+\s*[\])]?")
_LOCATED = LazyPattern(rf"\s*(?:[^\W\d][\w.-]*: )?((?:{WORD} ){{0,2}}{NAME}) ({NUMBER}) at "
                       rf"(?:{_COORDINATES})\.?\s*\Z")


def located_value(line: str, starts: list[int] | None = None) -> list[tuple[str, str]]:
    """The one pair of a LOCATED_VALUE line, or []; where its name starts is appended to
    `starts`: the label before it stays in sight, so a run of things' lines names each
    (LEAD_LABEL_RUN)."""
    match = _LOCATED.match(line)
    if match is None or not any(mark in match.group(2) for mark in ".eE"):
        return []
    words = match.group(1).lower().split()
    if PROSE_WORDS.intersection(words) or not (
            words[0] in _EXTREMA or rules.is_result_name(match.group(1))):
        return []
    if starts is not None:
        starts.append(match.start(1))
    return [(match.group(1), match.group(2))]


def located_pair(line: str) -> tuple[list[tuple[str, str]], list[int]]:
    """`located_value`'s pair and where its name starts, or ([], [])."""
    starts: list[int] = []
    return located_value(line, starts), starts


# STATED_VALUE (rules): after a step prefix, ``<name> is <number>``, then at most an aside in
# brackets: "Iteration 50: error is 49.925411 (50 iterations in 0.01 seconds)".
_STATED = LazyPattern(rf"[\s,:-]*([^\W\d][\w-]*(?: [^\W\d][\w-]*){{0,2}}) is ({NUMBER})"
                      r"(?: \([^()]{0,80}\))?\.?\s*\Z")


def stated_value(rest: str) -> list[tuple[str, str]]:
    """STATED_VALUE: the one pair of the rest of a stepped line that states a value as a
    sentence (``error is 49.92``), or []. The value has a decimal point or an exponent (a
    whole number there is more often a count), the name no prose word (``the loss is``)."""
    match = _STATED.match(rest) if " is " in rest else None
    if match is None or not any(mark in match.group(2) for mark in ".eE"):
        return []
    if PROSE_WORDS.intersection(match.group(1).lower().split()):
        return []
    return [(match.group(1), match.group(2))]


# STATED_LABEL (rules): "Value of test-statistic is: 0.7806", a clause closed by "is" or "are"
# and a colon, then one or more decimals: each value is the clause's (a vector printed in a row).
_STATED_LABEL = LazyPattern(rf"\s*([^\W\d][\w-]*(?: [^\W\d][\w-]*){{1,6}} (?:is|are)):[ ]+"
                            rf"((?:{NUMBER})(?:[ ]+(?:{NUMBER}))*)[ ]*\Z")


def stated_label(line: str, label_end: list[int]) -> list[tuple[str, str]]:
    """STATED_LABEL: the pairs of a line that states its values after a clause closed by a
    copula and a colon, all of them decimals (a whole number is a count there); else []."""
    match = _STATED_LABEL.match(line) if "s:" in line else None
    if match is None:
        return []
    values = match.group(2).split()
    if not all(any(mark in value for mark in ".eE") for value in values):
        return []
    label_end[:] = [match.start(1)]
    return [(match.group(1), value) for value in values]
