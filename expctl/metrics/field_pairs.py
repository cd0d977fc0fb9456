"""FIELD_PAIRS (rules): a line that is wholly a run of ``name value`` fields, whatever joins
each name to its value and whatever parts the fields, is read field by field.

A training loop's own print mixes what the pair readers take one at a time: a name glued to
its value by a colon (``loss:0.42``), by ``=`` or by a space (``loss 0.42``), several words in a
name (``train loss:0.42``), fields parted by ``|``, ``,``, ``;``, `` - `` or spaces, and a step
field of another kind in front (``epoch=2; loss 0.42; acc 0.61``, ``Step: 2 | loss 0.42``). A
reader of one kind stops at the first field of another and leaves the rest. Here the text after
the line's step prefix (or the whole line) must be nothing but such fields: each a name opening
with a letter (up to four words), a joint (``:`` or ``=`` with spaces or none, or spaces), a
number (a ``%`` after it allowed), and between fields a separator. A line of prose fails at its
first word that is no field (``Processed 5 files in 3.2 s``: ``files in 3.2`` is a field, ``s``
is none), so the rule reads only lines that are lists of measurements; on a line with no step,
the measurements share one kind of joint, a mark or spaces (a step field may have its own:
``epoch=2; loss 0.42; acc 0.61``; after a step prefix they may mix: ``[train] Epoch 1/3;
loss:0.66; acc 66.67%``). Two fields at least, of
different names (``mean in group 1 mean in group 2`` is a header) with some mark among the
joints and separators (fields parted and joined by spaces alone are the plain reader's:
``graphviz  0.21``), or one after a step prefix (``[3/10] nll 0.42``; without one, ``Set train
for run 3`` and ``Learning rate set to 0.5`` are sentences). No name holds a word that joins a
sentence (PROSE_WORDS: ``For alpha = 0.05 and n = 5``), a dot (``gen.py:81``) or a secret's
name, and no whole number is glued to a colon (a source line, a port). It takes over only where
the other readers found no measurement past the line's step (they stopped at its first field of
another kind), or cut a phase word off a name: where they read some and left others, they left
them for a reason (``took 3.5``, ``skipped 3``, ``top 5 err``).
"""

from __future__ import annotations

from ..capture.secret_rules import is_secret_name
from ..lazyre import LazyPattern
from .grammar import PROSE_WORDS
from .phases import PHASE_WORD, phase_of
from .steps import STEP_RANK
from .vocabulary import is_result_name

_NAME = r"[^\W\d_][\w@/\-]*(?: [^\W\d_][\w@/\-]*){0,3}"  # no dot: "gen.py:81", "index.show: 1"
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
# a field: its name, the joint, its number (a percent sign or a unit glued to it: "1.60s")
_FIELD = LazyPattern(rf"({_NAME})([ \t]*(?:[:=]|=>)[ \t]*|[ \t]+)({_NUMBER})(?: ?%|([^\W\d_]{{1,3}}(?:/[^\W\d_]{{1,3}})?))?(?![\w.])")
# a time alone opening the fields ("- 0s - loss:0.45", Keras's epoch time): no measurement
_TIME_ALONE = LazyPattern(r"\d+(?:\.\d+)?(?:s|ms|us|min|h)(?![\w.])")
# counters in brackets opening the line ("[1,   20] loss:2.301", "[3/10]"): the line's step;
# PAREN_COUNTER (rules): a step word and its number in parentheses after the line's count
# ("10/80 (epoch 1) loss: 1.84, KL 0.04"): the count is the step, the tag no field
_COUNTERS = LazyPattern(r"[ \t]*\[[ \t]*\d+(?:[ \t]*[,/][ \t]*\d+)*[ \t]*\]"
                        r"|[ \t]*\([ \t]*(?ai:epoch|ep|step|iter|iteration|batch|episode)[ \t]*\d+(?:/\d+)?[ \t]*\)")

# a second counter among the fields, with its total ("epoch 0, step 0/8 loss => 2.85"): progress
_COUNT_FIELD = LazyPattern(r"(?ai:step|iter|iteration|batch|episode)[ \t]+\d+/\d+(?![\w.])")
# BRACKET_GROUPS (rules): fields grouped in square brackets ("[mae 15.65 mse 16.01], [val loss
# 256.31]"): a group's brackets part fields as a separator does
_SEPARATOR = LazyPattern(r"[ \t]*\][ \t]*(?:[|,;][ \t]*)?\[[ \t]*|[ \t]*(?:[|,;][ \t]*|--?[ \t]+)|[ \t]+")
_OPENING = LazyPattern(r"[ \t|,;:\-.]*\[?[ \t]*")  # what may stand between the step prefix and the fields
# STATUS_CLAUSE (rules): after a step prefix, a clause of words up to a comma, bar or semicolon
# ("finished", "done", "saving model", "finished after 20 timesteps") says what happened: passed over
_CLAUSE = LazyPattern(r"[^,|;:=\n]*+[,|;][ \t]*")  # one pass, no backtracking (a long line)
_LETTER = LazyPattern(r"[^\W\d_]")
# a phase's label and its colon before a field ("Epoch 3; train: loss 0.4; acc 0.6")
_LABEL = LazyPattern(PHASE_WORD + r":[ \t]+(?=[^\W\d_])")
_CLOSING = LazyPattern(r"[ \t|.,;]*\]?[ \t]*\Z")
_MARKS = LazyPattern(r"[:=|,;]|[ \t]-")  # a joint or separator other than spaces


def field_pairs(line: str, start: int, found: int, stepped: bool = False
                ) -> tuple[list[tuple[str, str]], list[int]] | None:
    """The (name, number text) fields of `line[start:]` and where each name starts, when that
    text is nothing but fields, two or more of different names with some mark among their
    joints and separators (spaces alone are the plain reader's), or one after a step prefix
    (`stepped`), and more than the `found` pairs; None otherwise."""
    if (counters := _COUNTERS.match(line, start)) is not None:
        start, stepped = counters.end(), True
    at = _OPENING.match(line, start).end()
    pairs: list[tuple[str, str]] = []
    spans: list[int] = []
    joints: set[bool] = set()  # how the measurements (not the step) join names to numbers
    skipped = False  # a clause of words passed over (STATUS_CLAUSE)
    clause_at, clause_pairs = at, 0  # where the current clause starts, and the pairs before it
    while True:
        if (label := _LABEL.match(line, at)) is not None:
            at = label.end()  # "Training: nll 0.63": the line's phase is read from it (MID_PHASES)
        if not pairs and (alone := _TIME_ALONE.match(line, at)) is not None and (
                separator := _SEPARATOR.match(line, alone.end())) is not None:
            at = separator.end()  # "- 0s - loss:0.45": the epoch's time, no field to keep
        if stepped and (count := _COUNT_FIELD.match(line, at)) is not None and (
                separator := _SEPARATOR.match(line, count.end())) is not None:
            at = separator.end()  # COUNT_FIELD (rules): the progress inside the step, no measurement
        field = _FIELD.match(line, at)
        if field is None:
            if stepped and (clause_end := _status_clause(line, clause_at)) is not None:
                at, skipped = clause_end, True  # STATUS_CLAUSE: "Episode 3 finished, total reward 61.2"
                del pairs[clause_pairs:], spans[clause_pairs:]  # the clause's own fields too
                clause_at, clause_pairs = at, len(pairs)
                continue
            return None
        name, joint, number, unit = field.groups()
        if name.lower() not in STEP_RANK:
            joints.add(bool(joint.strip()))  # a mark (":" or "=") or spaces alone
        if joint == ":" and number.isdigit() or PROSE_WORDS.intersection(name.lower().split()) or (
                is_secret_name(name)):
            return None  # a source line or port ("train.py:81", "host:8080"); a sentence; a secret
        if unit is None:  # a time, a rate or a size ("time 1.60s", "12.5it/s", "mem 3.2GB") is no metric
            pairs.append((name, number))
            spans.append(field.start(1))
        last = field.end()
        if _CLOSING.match(line, field.end()) is not None:
            break
        separator = _SEPARATOR.match(line, field.end())
        if separator is None:
            return None
        at = separator.end()
        if separator.group().strip(" \t") in (",", "|", ";"):
            clause_at, clause_pairs = at, len(pairs)
    if len(joints) > 1 and not stepped:
        return None  # "total: 2 groups 0.61", "lr=0.1, took 3.5": without a step, one kind of joint
    if len(pairs) <= found or len({name for name, _ in pairs}) < len(pairs) or all(
            name.lower() in STEP_RANK for name, _ in pairs):
        return None  # one name twice: a header; counters alone ("epoch 3 batch 4"): no measurement
    if skipped and not any(is_result_name(name) for name, _ in pairs):
        return None  # STATUS_CLAUSE: the clauses passed over leave only results to read
    marked = _MARKS.search(line, start, last) is not None
    if len(pairs) == 1:
        return (pairs, spans) if stepped else None
    return (pairs, spans) if marked else None


def _status_clause(line: str, at: int) -> int | None:
    """STATUS_CLAUSE: where a clause of words from `line[at]` to a comma, bar or semicolon, and
    the space after it, ends; None when no such clause (no separator, or no letter) is there."""
    clause = _CLAUSE.match(line, at)
    return clause.end() if clause is not None and _LETTER.search(line, at, clause.end()) else None


def covers(fields: list, pairs: list) -> bool:
    """The fields hold every pair of `pairs` (the line's step aside), and more: the other
    readers stopped at a field of another kind."""
    pairs = [pair for pair in pairs if pair[0].lower() not in STEP_RANK or pair in fields]
    return len(fields) > len(pairs) and all(pair in fields for pair in pairs)


def named_whole(fields: list, pairs: list) -> bool:
    """The same values as `pairs`, where a pair's name is its field's without the phase word
    before it (``Epoch 2 Train Loss: 0.42``: ``Loss`` was cut from ``Train Loss``; ``FINAL
    val_acc`` keeps its cut), or with a phase label glued to it (``Training: nll 0.6`` read as
    ``Training nll``: the fields read the label as the line's phase, MID_PHASES)."""
    return fields != pairs and len(fields) == len(pairs) and all(
        value == mine and (name == whole or _phase_more(whole, name) or _phase_more(name, whole))
        for (whole, mine), (name, value) in zip(fields, pairs))


def _phase_more(longer: str, name: str) -> bool:
    """`longer` is `name` after one phase word (``Train Loss``, ``Training nll``)."""
    return longer.endswith(" " + name) and longer[:-len(name)].count(" ") == 1 and (
        phase_of(longer[:-len(name)]) is not None)
