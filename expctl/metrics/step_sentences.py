"""STEP_SENTENCE and LISTED_LINE (rules): a progress line printed as a sentence, or printed
as a Python list holding that one line.

An optimiser may report each iteration in words, the step first and the value last::

    At iteration 3 the best fitness is 22.95         -> best fitness at step 3
    After epoch 12, the validation loss was 0.3817   -> validation loss at step 12
    In generation 7 best cost = 1.5e-3               -> best cost at step 7

The opening preposition (at, after, in, on) and a step word with its whole number set the step;
the words between the step and `` is `` (``was``, ``=``, ``:``), an article aside, name the
value, which closes the line. A name of prose (``the`` past the article, ``of``), or of more
than four words, is a sentence about something else: no pair. The line is written as
``<step word> <n>: <name> = <value>`` and read as any stepped line is.

ORDINAL_STEP: the step may open the line as an ordinal instead, its suffix glued or after a
dash, the step word after it, ``with`` (or ``has``, a comma, a colon) before the name::

    0-th iteration with the best fitness = 15.39     -> best fitness at step 0
    3rd epoch: the validation loss was 0.41          -> validation loss at step 3

LISTED_LINE: a program that prints a list holding one string prints the line inside brackets
and quotes, ``['At iteration 3 the best fitness is 22.95']``: the line inside is the line, when
the list holds one quoted string only (no ``', '`` between two strings) and it ends in a digit.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import NUMBER, PROSE_WORDS

_STEP_SENTENCE = LazyPattern(
    r"(?i:at|after|in|on|during)[ \t]+(?P<word>(?i:iteration|iter|epoch|generation|gen|step|round"
    r"|cycle|episode|trial|evaluation|sweep))[ \t]+(?P<step>\d+)[ \t]*[,:]?[ \t]+"
    r"(?:(?i:the)[ \t]+)?(?P<name>[^\W\d_][\w\-.]*(?:[ \t]+[^\W\d_][\w\-.]*){0,3}?)"
    rf"(?:[ \t]+(?:is|was|=)|[ \t]*:)[ \t]+(?P<value>{NUMBER})[ \t]*\.?\Z")
_ORDINAL_STEP = LazyPattern(
    r"(?P<step>\d{1,9})-?(?i:th|st|nd|rd)[ \t]+(?P<word>(?i:iteration|iter|epoch|generation|gen|step"
    r"|round|cycle|episode|trial|evaluation|sweep))(?:[ \t]*[,:]|[ \t]+(?i:with|has))?[ \t]+"
    r"(?:(?i:the)[ \t]+)?(?P<name>[^\W\d_][\w\-.]*(?:[ \t]+[^\W\d_][\w\-.]*){0,3}?)"
    rf"(?:[ \t]+(?:is|was|=)|[ \t]*:)[ \t]+(?P<value>{NUMBER})[ \t]*\.?\Z")
_LISTED = LazyPattern(r"\[(?P<quote>['\"])(?P<line>[^'\"]*\d)(?P=quote)\]\Z")


def step_sentence(line: str) -> str:
    """`line` (or the line it lists: LISTED_LINE) written as ``<step word> <n>: <name> =
    <value>`` when it is a STEP_SENTENCE, else `line` (or the line it lists)."""
    core = line.strip()
    if core[:1] == "[" and core[-1:] == "]" and (listed := _LISTED.match(core)) is not None:
        line = core = listed.group("line").strip()
    if core[:1].isdigit():  # ORDINAL_STEP: "0-th iteration with the best fitness = 15.39"
        match = _ORDINAL_STEP.match(core)
    elif core[:1] in "AaIiOoDd":
        match = _STEP_SENTENCE.match(core)
    else:
        return line
    if match is None:
        return line
    name = match.group("name")
    if any(word.lower() in PROSE_WORDS for word in name.split()):
        return line  # a sentence about something else: "at step 3 the number of trees is 5"
    return f"{match.group('word').lower()} {match.group('step')}: {name} = {match.group('value')}"
