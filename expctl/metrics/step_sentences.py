"""STEP_SENTENCE and LISTED_LINE (rules): a progress line printed as a sentence, or printed
as a Python list holding that one line.

An optimiser may report each iteration in words, the step first and the value last::

    At iteration 3 the best fitness is 22.95         -> best fitness at step 3
    After epoch 12, the validation loss was 0.3817   -> validation loss at step 12
    In generation 7 best cost = 1.5e-3               -> best cost at step 7

The opening preposition (at, after, in, on) and a step word with its whole number set the step,
or ``after`` and the count of steps done (COUNTED_STEPS: ``After 501 training step(s),``);
the words between the step and `` is `` (``was``, ``=``, ``:``), an article aside, name the
value, which closes the line. A name of prose (``the`` past the article, ``of``), or of more
than four words, is a sentence about something else: no pair. The line is written as
``<step word> <n>: <name> = <value>`` and read as any stepped line is.

STEP_WITH: a step reported done, then what it ended with, and maybe more clauses of the run::

    Finished iteration #4 with objective value 0.2286. Current best value is 0.2286
    Epoch 3 completed with val loss of 0.52; best val loss was 0.49

A verb of ending (finished, completed, done, ended) before or after ``<step word> [#]<n>``, then
``with <name> [of|=|:] <value>``, are written as ``<step word> <n>: <name> = <value>``; each
clause after it (parted by ``.``, ``,`` or ``;``) that is ``<name> is|was <value>`` is written
``<name> = <value>``. A name of prose (``the``, ``of`` inside it) or of more than four words
keeps the line as it was.

ORDINAL_STEP: the step may open the line as an ordinal instead, its suffix glued or after a
dash, the step word after it, ``with`` (or ``has``, a comma, a colon) before the name::

    0-th iteration with the best fitness = 15.39     -> best fitness at step 0
    3rd epoch: the validation loss was 0.41          -> validation loss at step 3

NAMED_STEP: the name may come first, the step it was measured at after it, the value last::

    loss in step 1000 is 0.8965                      -> loss at step 1000
    Validation accuracy at step 100 is 0.81          -> Validation accuracy at step 100

LISTED_LINE: a program that prints a list holding one string prints the line inside brackets
and quotes, ``['At iteration 3 the best fitness is 22.95']``: the line inside is the line, when
the list holds one quoted string only (no ``', '`` between two strings) and it ends in a digit.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import NUMBER, PROSE_WORDS

_WORDS = r"(?P<word>(?i:iteration|iter|epoch|generation|gen|step|round|cycle|episode|trial|evaluation|sweep))"
_STEP_SENTENCE = LazyPattern(
    rf"(?i:at|after|in|on|during)[ \t]+{_WORDS}[ \t]+(?P<step>\d+)[ \t]*[,:]?[ \t]+"
    r"(?:(?i:the)[ \t]+)?(?P<name>[^\W\d_][\w\-.]*(?:[ \t]+[^\W\d_][\w\-.]*){0,3}?)"
    rf"(?:[ \t]+(?:is|was|=)|[ \t]*:)[ \t]+(?P<value>{NUMBER})[ \t]*\.?\Z")
# COUNTED_STEPS: "After 501 training step(s), validation accuracy = 0.98": the steps done, counted
# (a word may qualify the step word, "(s)" or "s" may close it), are the step.
_COUNTED_STEPS = LazyPattern(
    rf"(?i:after)[ \t]+(?P<step>\d+)[ \t]+(?:[^\W\d_]+[ \t]+)?{_WORDS}(?:\(s\)|s)?[ \t]*[,:]?[ \t]+"
    r"(?:(?i:the)[ \t]+)?(?P<name>[^\W\d_][\w\-.]*(?:[ \t]+[^\W\d_][\w\-.]*){0,3}?)"
    rf"(?:[ \t]+(?:is|was|=)|[ \t]*:)[ \t]+(?P<value>{NUMBER})[ \t]*\.?\Z")
_ORDINAL_STEP = LazyPattern(
    rf"(?P<step>\d{{1,9}})-?(?i:th|st|nd|rd)[ \t]+{_WORDS}(?:[ \t]*[,:]|[ \t]+(?i:with|has))?[ \t]+"
    r"(?:(?i:the)[ \t]+)?(?P<name>[^\W\d_][\w\-.]*(?:[ \t]+[^\W\d_][\w\-.]*){0,3}?)"
    rf"(?:[ \t]+(?:is|was|=)|[ \t]*:)[ \t]+(?P<value>{NUMBER})[ \t]*\.?\Z")
# NAMED_STEP: the name first, then the step it was measured at, then the value closing the line
# ("loss in step 1000 is 0.8965", "Validation accuracy at step 100 is 0.81", "Loss at epoch 3 = 0.25")
_NAMED_STEP = LazyPattern(
    r"(?P<name>[^\W\d_][\w\-.]*(?:[ \t]+[^\W\d_][\w\-.]*){0,3}?)[ \t]+(?i:at|after|in|on|for)[ \t]+"
    rf"{_WORDS}[ \t]+(?P<step>\d+)[ \t]*(?:[ \t](?:is|was|=)[ \t]+|[:=][ \t]*)(?P<value>{NUMBER})[ \t]*\.?\Z")
_NAMED_STEP_WORDS = (" at ", " after ", " in ", " on ", " for ")
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
        match = _STEP_SENTENCE.match(core) or (_COUNTED_STEPS.match(core) if core[:1] in "Aa" else None)
    else:
        match = None
    if match is None and any(word in core for word in _NAMED_STEP_WORDS):
        match = _NAMED_STEP.match(core)  # NAMED_STEP: "loss in step 1000 is 0.8965"
    if match is None:
        return line
    name = match.group("name")
    if any(word.lower() in PROSE_WORDS for word in name.split()):
        return line  # a sentence about something else: "at step 3 the number of trees is 5"
    return f"{match.group('word').lower()} {match.group('step')}: {name} = {match.group('value')}"


_NAME = r"[^\W\d_][\w\-.]*(?:[ \t]+[^\W\d_][\w\-.]*){0,3}?"
_ENDED = r"(?i:finished|completed|done|ended)"
_STEP_WITH = LazyPattern(
    rf"(?:{_ENDED}[ \t]+)?{_WORDS}[ \t]+#?(?P<step>\d+)(?:[ \t]+{_ENDED})?[ \t]+(?i:with)[ \t]+"
    rf"(?P<name>{_NAME})(?:[ \t]+(?i:of)|[ \t]*[=:])?[ \t]+(?P<value>{NUMBER})"
    r"(?P<rest>[.,;](?:[ \t]+.*)?)?\s*\Z")
_PARTS = LazyPattern(r"[.,;](?:[ \t]+|\Z)")  # STEP_WITH: where one clause ends
_CLAUSE = LazyPattern(rf"[ \t]*(?P<name>{_NAME})[ \t]+(?i:is|was)[ \t]+(?P<value>{NUMBER})\.?\s*\Z")


def step_with(line: str) -> str:
    """`line` written as ``<step word> <n>: <name> = <value>`` (its clauses after that as
    ``<name> = <value>``) when it is a STEP_WITH line, else `line` as it was."""
    match = _STEP_WITH.search(line)
    if match is None or _prose(match.group("name")) or (
            match.start() and line[match.start() - 1] not in " \t]"):
        return line
    head = f"{match.group('word').lower()} {match.group('step')}: {match.group('name')} = {match.group('value')}"
    clauses = []
    for clause in _PARTS.split((match.group("rest") or "").rstrip()):
        said = _CLAUSE.match(clause)
        clauses.append(clause.strip() if said is None or _prose(said.group("name")) else
                       f"{said.group('name')} = {said.group('value')}")
    return line[:match.start()] + ", ".join([head, *filter(None, clauses)])


def _prose(name: str) -> bool:
    """A name holding a word of prose: the clause is a sentence about something else."""
    return any(word.lower() in PROSE_WORDS for word in name.split())
