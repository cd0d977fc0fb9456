"""GLUED_RUN: ``key:value`` fields printed with no space after the colon, several on a line.

Some programs print their fields as ``name:value`` tokens, the colon glued to what follows
(``step:23 episode:0 R:23.0``, a solver's ``best:72  next:[45,71]``, a decision-forest
trainer's ``train-loss:1.22 valid-loss:1.26``). One such token alone is ambiguous: a port
(``host:8080``), a time (``12:30``), a source location (``train.py:48``) are spelt the same,
and grammar's TIMES_AND_DATES keeps a colon glued to digits out of a pair. A *run* of them is
not: two glued tokens side by side (only whitespace or a comma between them), each opening a
field, are the line's fields. Their numeric ones are then read as the glued ``key=value``
pairs they stand for; a token whose value is no number (a path, a list) stays what it is, so
it never becomes a metric. Words before a glued name (``KNN ROC:0.98, precision @ rank
n:0.9``) make fields of several words: no run of tokens; such a line is GLUED_FIELDS' (below). A
line quoting a name (``1: "age" NUMERICAL mean:49.5 min:18``) describes the thing it names, a
column of the input data: no run.

The rewrite keeps the line's length (``:`` becomes ``=``), so every position a reader takes
from the line stays true. A whole line of a name of words glued to one decimal (``New
effect:0.123``) is one pair (GLUED_PAIR, `glued_pair`).
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import NUMBER, PROSE_WORDS, STEP_COUNT_WORDS, VERSION
from .vocabulary import is_result_name

# Two glued tokens side by side, each opening a field: a name (a letter first; "-" inside, as
# "valid-loss"), a colon, and something other than a space or another colon right after it;
# only whitespace, a comma or a bar between them ("batch_idx:0,loss:2.30", "D_c:3.45 | G:1.07").
# GLUED_ASIDE: the run may go on in a bracketed aside closing the line ("rmse:0.81 [index:0
# total:0.00s]"); its fields are read as the others are, its timings then dropped (TIME_COLUMNS).
_TOKEN = r"[^\W\d][\w-]{0,63}:[^\s:]"
_RUN = LazyPattern(rf"(?:^|(?<=[\s,])){_TOKEN}\S*+[\s,]+\[?{_TOKEN}")
# Parted by a comma alone or a bar, the run needs a decimal in a token ("host:8080,port:22" is
# an address).
_TIGHT_RUN = LazyPattern(rf"(?:^|(?<=[\s,|])){_TOKEN}[^\s,|]*+(?:,|[ \t]*\|[ \t]*)\[?{_TOKEN}")
_GLUED_DECIMAL = LazyPattern(r"[^\W\d][\w-]*:[-+]?\d*\.\d")
# A glued token holding a number, closed by whitespace, a comma, a semicolon or the line's end,
# or by a full stop closing a sentence before the next one, as a pair's value may be
# ("loss_all:3.8. Training progress: ...").
_GLUED_NUMBER = LazyPattern(rf"(?:^|(?<=[\s,\[]))([^\W\d][\w-]{{0,63}}):"
                            rf"(?={NUMBER}(?:(?:s|ms|us|min|h)?[\s,;\]]|\.[ \t]+[A-Z]|\Z))")


# A record of fields is a line of a terminal's width or a few; a longer one is left as printed,
# so that a megabyte of "x:1 " costs no more than it did (the pairs' reading is not linear in
# their count).
MAX_RUN_LINE = 4096


# LABELLED_GLUED (rules): a label closed by ": ", then one glued token holding a decimal and
# nothing else ("Final OOB metrics: rmse:0.719881"): the label says a field follows.
_LABELLED_TOKEN = LazyPattern(r"[^\W\d][^:]{0,60}:[ \t]+[^\W\d][\w-]{0,63}(:)[-+]?\d*\.\d+"
                              r"(?:[eE][-+]?\d+)?\s*\Z")


# BARE_FIELD (rules): in a line of "name: value" pairs, a field that lost its colon ("err/s
# 0.00") between one pair's value and the next pair's name: a name, one space, a number.
_BARE_FIELD = LazyPattern(rf"(?<=\d )([^\W\d][\w/.%-]{{0,31}}) (?={NUMBER} +[^\W\d][\w/.%-]{{0,31}}: +[-+.\d])")
_SPACED_PAIR = LazyPattern(rf"[^\W\d][\w/.%-]*: +{NUMBER}(?:\s|\Z)")
# ... or closing the line after one pair's value, the name a field's ("dLossReal: 0.76 dLossFake
# 0.76", "loss: 0.52 acc 0.81"): glued words of a variable, or a result's name.
_CLOSED_PAIR = LazyPattern(rf"[^\W\d][\w/.%-]*: +{NUMBER} ")  # the pair the field closes the line after
_LAST_BARE_FIELD = LazyPattern(rf"(?<=\d )([^\W\d][\w/.%-]{{0,31}}) {NUMBER}[ \t]*\Z")
_VARIABLE = LazyPattern(r"[^\W\d_]+(?:_[^\W_]+)+\Z|[a-z]+[A-Z][\w]*\Z")


def _is_field_name(name: str) -> bool:
    """BARE_FIELD: whether a word closing a line before its number names a field."""
    return name.lower() not in PROSE_WORDS and (_VARIABLE.match(name) is not None or is_result_name(name))


def unglue(line: str) -> str:
    """GLUED_RUN and LABELLED_GLUED (`unglued`), then BARE_FIELD: a field between two
    ``name: value`` pairs spelt ``name value`` is given its ``=`` (the line's length kept)."""
    line = unglued(line)
    if ": " in line and (last := _LAST_BARE_FIELD.search(line)) is not None and _is_field_name(last.group(1)) and (
            _CLOSED_PAIR.fullmatch(line, line.rfind(" ", 0, line.rfind(": ", 0, last.start())) + 1, last.start())):
        line = f"{line[:last.start()]}{last.group(1)}={line[last.end(1) + 1:]}"  # BARE_FIELD closing the line
    if line.count(": ") < 2 or _BARE_FIELD.search(line) is None or len(line) > MAX_RUN_LINE:
        return line
    if len(_SPACED_PAIR.findall(line)) < 2:
        return line  # pairs of another spelling: no field of theirs lost its colon
    return _BARE_FIELD.sub(_given_colon, line)


_RANKS = frozenset(("top", "best", "worst", "bottom", "first", "last"))  # RANKED_COUNT's "top 5 err"


def _given_colon(field) -> str:
    """BARE_FIELD: the field's name with its ``=``; a prose or rank word left as printed."""
    name = field.group(1)
    return field.group(0) if name.lower() in PROSE_WORDS or name.lower() in _RANKS else name + "="


# GLUED_STEP (rules): a step word glued by its colon to a whole number, standing apart
# ("iteration:0 cost: [2.17]", "step:40 | loss: 0.3"): a step key, as "iteration: 0" is; no port
# or clock is named so.
_GLUED_STEP = LazyPattern(rf"(?:^|(?<=[\s,\[|]))((?ai:{'|'.join(STEP_COUNT_WORDS)}|batch)):"
                          r"(?=\d+(?:/\d+)?(?:[\s,;\]|]|\Z))")


def unglued(line: str) -> str:
    """`line` with the colon of each numeric token of a run of glued ``key:value`` tokens
    (GLUED_RUN), of the one token after a label (LABELLED_GLUED), or of a step key
    (GLUED_STEP) made an ``=``; `line` itself when it holds none."""
    if len(line) > MAX_RUN_LINE or '"' in line or "'" in line or not _has_glued_name(line):
        return line  # a quoted name: the fields describe the thing it names (a data column)
    if "|" in line and (piped := piped_fields(line)) is not line:
        return piped
    if _RUN.search(line) is None and (_TIGHT_RUN.search(line) is None or _GLUED_DECIMAL.search(line) is None):
        token = _LABELLED_TOKEN.match(line)
        if token is None:
            return _GLUED_STEP.sub(r"\1=", line)
        return f"{line[:token.start(1)]}={line[token.end(1):]}"
    return _GLUED_NUMBER.sub(r"\1=", line)


def _has_glued_name(line: str) -> bool:
    """A cheap first look (a table row's ``00:01`` time passes it by): some colon has a
    name's end before it (a letter, ``_``, ``-``, or a digit after a letter: ``top5:``) and
    neither a space nor a colon after it."""
    at = line.find(":")
    while at > 0:
        end = line[at - 2:at] if at > 1 else " " + line[:at]
        if (end[1].isalpha() or end[1] in "_-" or (end[1].isdigit() and end[0].isalpha())) and (
                line[at + 1:at + 2] not in ("", ":") and not line[at + 1].isspace()):
            return True
        at = line.find(":", at + 1)
    return False


# GLUED_FIELDS (rules): a field's name of words, ``@`` between two of them ("precision @ rank
# n": a measure at a cutoff), a colon glued to a decimal number, nothing else in the field.
_FIELD = LazyPattern(r"([^\W\d][\w-]*(?:(?: @)? [^\W\d][\w-]*){0,4}):"
                     r"([-+]?\d*\.\d+(?:[eE][-+]?\d+)?)\Z")
_MAX_FIELDS = 8


def glued_fields(line: str, label_end: list[int]) -> list[tuple[str, str]]:
    """GLUED_FIELDS: the pairs of a whole line of two or more fields parted by ``, ``, each
    a name of words glued by a colon to a decimal number (pyod's ``KNN ROC:0.9891, precision
    @ rank n:0.875``), or []. Every field must be such a pair: one that is not (``took:3s``,
    ``at host:8080``, a sentence) and the line is left as printed. `label_end` is set to where
    the fields start (no label: a heading above may name their phase, PHASE_HEADING)."""
    fields = line.strip().split(", ") if ", " in line else ()
    if not 2 <= len(fields) <= _MAX_FIELDS:
        return []
    pairs = []
    for field in fields:
        match = _FIELD.match(field)
        if match is None or VERSION.search(name := match.group(1)) or PROSE_WORDS.intersection(
                name.lower().split()):
            return []
        pairs.append((name, match.group(2)))
    label_end[:] = [len(line) - len(line.lstrip())]
    return pairs


# GLUED_PAIR (rules): a whole line of a name of words, a colon glued to a decimal number.
_GLUED_PAIR = LazyPattern(r"\s*([^\W\d][\w-]*(?: [^\W\d][\w-]*){1,3}):"
                          r"([-+]?\d*\.\d+(?:[eE][-+]?\d+)?)\s*\Z")


def glued_pair(line: str) -> list[tuple[str, str]]:
    """GLUED_PAIR: the one pair of a line ``New effect:0.123`` (a name of two to four words, a
    colon glued to a decimal number, nothing after it), or []: a time (``12:30``) has no name,
    a version no single point; one word glued (``loss:0.5``, ``host:0.5``) stays a look-alike."""
    match = _GLUED_PAIR.match(line) if ":" in line else None
    if match is None or VERSION.search(match.group(1)) or PROSE_WORDS.intersection(
            match.group(1).lower().split()):
        return []
    return [(match.group(1), match.group(2))]


# PIPED_FIELDS (rules): a line of two or more ``name:value`` fields parted by ``|``, each a name
# of words glued by a colon to a number, one a decimal ("T|loss:1.59|best val:0.86|cur val:0.86"),
# a tag of one word first at most, a tqdm bar after at most: the fields are the line's pairs.
_PIPED_FIELD = LazyPattern(r"\s*([^\W\d][\w-]*(?: [^\W\d][\w-]*){0,3}):([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*")
_PIPED_TAG = LazyPattern(r"\s*[^\W\d]\w{0,11}\s*")
_BAR_AFTER = LazyPattern(r"[:|]?\s+\d{1,3}%\|")  # a bar closing the line, its description closed by ":" or " |"


def piped_fields(line: str) -> str:
    """PIPED_FIELDS: `line` with the colon of each of its ``|``-parted glued fields made an
    ``=`` (the line's length kept), or `line` itself when it is no such line."""
    bar = _BAR_AFTER.search(line)
    fields = (line[:bar.start()] if bar is not None else line).split("|")
    start = 0
    if fields and _PIPED_TAG.fullmatch(fields[0]):
        start, fields = len(fields[0]) + 1, fields[1:]
    if not 2 <= len(fields) <= _MAX_FIELDS:
        return line
    colons = []
    for field in fields:
        match = _PIPED_FIELD.fullmatch(field)
        if match is None or VERSION.search(name := match.group(1)) or PROSE_WORDS.intersection(name.lower().split()):
            return line
        colons.append(start + match.end(1))
        start += len(field) + 1
    if not any("." in _PIPED_FIELD.fullmatch(field).group(2) for field in fields):
        return line  # whole numbers alone: ports, counts ("host:8080|port:22")
    chars = list(line)
    for at in colons:
        chars[at] = "="
    return "".join(chars)
