"""LEAD_LABEL_RUN: lines that each open with a thing's name, then report the same keys.

A program comparing several things (a fit's candidate distributions, a complexity class's
fitted curve, a model per line) prints one line per thing: the thing's name first, closed by a
colon (``Linear: time = ... (res: 5.7E-08)``) or in brackets padded to a column (``[norm    ]
[RSS: 0.029] [loc=3.06 scale=2.04]``), then the same keys on every line. The name says which
thing the keys measure: two things' ``res`` must never share a series, and a line's position
in the list is no step. So a pair is named ``<thing>/<key>`` when the line right above or right
after opens the same way under another name and reports the same keys (the one line's keys
among the other's: a value a line prints in another form is not read there).

Only the name is compared, not the log prefix before it: tokens of a timestamp (a digit first)
may differ from line to line, a logger's name and a level tag are the same on both lines. A
name that is a phase (PHASES), a step word or a log level labels no thing; nor does a progress
bar's description (``Warmup: 100%|...``, a stage of one run) or a line with a step (``[Tune-y]
4: acc=0.94``, ordered by it).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazyre import LazyPattern
from . import phases
from .steps import STEP_RANK

_TOKEN = LazyPattern(r"\s*(\[[^\]]{0,60}\]|\S+)")
_NAME = LazyPattern(r"\[\s*([^\W\d][\w.@+-]{0,31}?)\s*\]\Z|([^\W\d][\w.@+-]{0,31}):\Z")
_LEVELS = frozenset("info debug warn warning error notice trace critical fatal".split())
_MAX_TOKENS = 8  # a log prefix and a name: the name is among a line's first tokens


def _tokens(line: str, stop: int) -> list[tuple[str, int]]:
    """The whitespace-parted tokens of `line` (a bracketed group is one) ending by `stop`,
    with their ends; at most `_MAX_TOKENS`. A plain print's label ends before its colon
    (``DYNA: allocated 0.82``): a colon right at `stop` belongs to the lead (LEAD_LABEL_RUN)."""
    stop += line[stop:stop + 1] == ":"
    found: list[tuple[str, int]] = []
    at = 0
    while len(found) < _MAX_TOKENS:
        match = _TOKEN.match(line, at)
        if match is None or match.end() > stop:
            break
        found.append((match.group(1), match.end()))
        at = match.end()
    return found


def _name(token: str) -> str | None:
    """The thing's name a token spells (``[norm   ]``, ``Linear:``), or None."""
    match = _NAME.match(token)
    if match is None:
        return None
    name = match.group(1) or match.group(2)
    if name.lower() in _LEVELS or name in STEP_RANK or phases.phase_of(name) is not None:
        return None
    return name


thing_name = _name  # SIBLING_LABELS names its lines' things alike


# PADDED_LEAD (rules): a name of up to four words, set in, padded to a column of colons
_PADDED = LazyPattern(r"\s+([^\W\d][\w.@+-]*(?: [^\W\d][\w.@+-]*){0,3}) *:\s+\Z")


def _padded(line: str, first: int) -> str | None:
    """PADDED_LEAD: the name of words `line` opens with, set in and padded to a colon right
    before its first pair at `first` (``  single instance: ``), or None."""
    match = _PADDED.match(line[:first]) if line[:1] == " " else None
    if match is None:
        return None
    name = match.group(1)
    return None if name.lower() in _LEVELS or name in STEP_RANK or phases.phase_of(name) else name


def _differing(own: list[tuple[str, int]], other: list[tuple[str, int]]) -> tuple[str, str] | None:
    """The first tokens at which two lines' leads differ, a timestamp's tokens passed over;
    None when a word of prose comes before them (``Annealer on sphere:``): only a log prefix
    (bracketed tags, a timestamp, a level) may stand before a thing's name."""
    for (mine, _), (theirs, _) in zip(own, other):
        if mine == theirs or mine.lstrip("[")[:1].isdigit() and theirs.lstrip("[")[:1].isdigit():
            if not (mine[:1] == "[" or mine[:1].isdigit() or mine.lower().strip(":") in _LEVELS):
                return None
            continue
        return mine, theirs
    return None


def _keys_shared(own: Sequence[str], other: Sequence[str]) -> bool:
    mine, theirs = set(own), set(other)
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


# LEAD_LABEL_AGAIN (rules): a name found by LEAD_LABEL_RUN is kept with its place among the
# line's lead tokens and its keys, so a later line of that thing (a run of its lines, no other
# thing next to it) is named at once; at most _KEPT of them.
_KEPT = 256


def lead_label(line: str, first: int, before, after,
               kept: set[tuple[int, str, tuple[str, ...]]] | None = None) -> str | None:
    """LEAD_LABEL_RUN: the thing's name `line` opens with (its first pair at `first`), when
    the line right above or right after (`before(1)`, `after()`) opens with another thing's
    name in the same place and reports the same keys, or (LEAD_LABEL_AGAIN) when `kept` holds
    that name in that place with these keys; else None. A name found is added to `kept`."""
    own = _tokens(line, first)
    padded = _padded(line, first)
    if not own or not padded and not any(_name(token) for token, _ in own):
        return None  # most lines: the first pair opens the line, or no name leads it
    from .formats import read_line as read  # the formats read lines through the rules: no cycle at import
    reading = read(line)
    names = [name for name, _ in reading.pairs]
    if "%|" in line or reading.prefix is not None:
        return None  # a progress bar's stage, a step's line: ordered, no things compared
    if kept:
        keys = tuple(names)
        for at, (token, _) in enumerate(own):
            if (at, token, keys) in kept:
                return _name(token)
    for other_line in (*before(1), after()):
        if not other_line:
            continue
        other = read(other_line)
        if not other.spans or other.prefix is not None or not _keys_shared(
                names, [name for name, _ in other.pairs]):
            continue
        if padded and (theirs := _padded(other_line, other.spans[0])) and theirs != padded:
            return padded  # PADDED_LEAD: "  bootstrapped   : logZ = ..." by "  single instance: ..."
        pair = _differing(own, _tokens(other_line, other.spans[0]))
        if pair is None:
            continue
        mine, theirs = _name(pair[0]), _name(pair[1])
        if mine is not None and theirs is not None:
            if kept is not None and len(kept) < _KEPT:
                kept.add((next(at for at, (token, _) in enumerate(own) if token == pair[0]),
                          pair[0], tuple(names)))
            return mine
    return None
