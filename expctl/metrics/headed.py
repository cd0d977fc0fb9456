"""HEADED_BLOCK: ``name  number`` lines under a heading, each a step of its own.

W&B's ``wandb:      acc 0.91`` under ``wandb: Run summary:``; rows under a header of two names
whose first says what the rows are (Lightning's ``Test metric   DataLoader 0``, drawn between
rules without Rich); indented rows under words alone (``Final results``). What the heading says
(`rules.heading_kind`) makes the rows results, qualified by its phase, or settings.
"""

from __future__ import annotations

from . import rules
from ..lazyre import LazyPattern

_HEADED_LOOK_BACK = 64  # lines of a headed block looked back at for its heading
# "wandb:      acc 0.91": an optional log prefix word, a name, spaces, a number, nothing else.
# A list's bullet may open it, a qualifier close its name ("- F-score (micro) 0.88").
_HEADED_ROW = LazyPattern(r"((?:[\w.-]+:)?)\s*(?:[-*•] )?([^\W\d][\w./@-]*(?:\([\w,.+-]{1,24}\))?"
                          r"(?: [^\W\d][\w./@-]*)?"
                          r"(?: \([^\W\d][\w -]{0,20}\))?)\s+"
                          r"([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*\Z")
# "Run summary:", a block's heading; an aside may close it ("summary (Hartree):", its unit).
HEADING = LazyPattern(r"\s*((?:\d+-)?[^\W\d][\w ./-]{0,40}?)(?: \([^()]{1,16}\))?:\s*\Z")  # "5-day ...:"
# GUTTER_SECTION (rules): "<Initial Parameters>", a section's title in angle brackets over its
# lines, each opening with a "| " gutter (tomotopy's summary()).
ANGLED_HEADING = LazyPattern(r"\s*<([^\W\d][\w ./-]{0,40}?)>\s*\Z")
# TEXT_ROW: an indented row of the block whose value is a word ("  Status    Optimal").
_TEXT_ROW = LazyPattern(r"\s+[^\W\d][\w.-]*(?: [^\W\d][\w.-]*)?(?: {2,}|\t)[^\W\d][\w.-]*\s*\Z")
# RESULT_RUN: "Accuracy 0.47", a name and a number alone on a line, in a run of such lines.
_LONE_PAIR = LazyPattern(r"([^\W\d][\w@/-]*) +([-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*\Z")
# BETWEEN_PAIRS: a flush-left "words: number" line, the shape of a summary's other lines.
_KEYED_PAIR = LazyPattern(r"[^\W\d][\w .()-]{0,40}:[ \t]+[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?[ \t]*\Z")
# A header of two columns whose first name is words of prose ("Goodness of fit    Value").
_WORDED_HEADER = LazyPattern(r"\s*([^\W\d][\w -]*?[^\W\d])(?: {2,}|\t)\s*[^\W\d][\w.-]*\s*\Z")
_BARE_HEADING = LazyPattern(r"([^\W\d][\w.-]*(?: [^\W\d][\w.-]*){0,3})\s*\Z")  # "Final results"


def read_headed(line: str, before, is_rule, two_names, after=None
                ) -> tuple[str, tuple[str, str]] | None:
    """("metrics", (name, value)) for a row of a block whose heading names results, ("config",
    (name, value)) for one under settings, None otherwise. `before(k)` gives the k lines above,
    `is_rule(line)` tells a rule drawn under a header, `two_names(line)` a header's two names,
    `after()` the next line when it is known (None when it is not)."""
    if (run := _result_run(line, before, after)) is not None:
        return "metrics", run
    row = _HEADED_ROW.match(line)
    if row is None:
        return None
    prefix = row.group(1)
    for above in reversed(before(_HEADED_LOOK_BACK)):
        if not above.startswith(prefix):
            return None
        other = _HEADED_ROW.match(above)
        if other is not None and other.group(1) == prefix:
            continue  # a line of the same block
        if not above.strip() or is_rule(above):
            continue  # a rule under a header ("────"), as Lightning draws without Rich
        if not prefix and _TEXT_ROW.match(above):
            continue  # TEXT_ROW: a row of the block whose value is a word ("Status  Optimal")
        heading = _heading_of(above[len(prefix):], line[len(prefix):][:1].isspace(), two_names)
        kind = rules.heading_kind(heading)
        if kind == "config":
            return "config", (row.group(2), row.group(3))
        if kind == "metrics":
            return "metrics", (rules.under_heading(heading, row.group(2)), row.group(3))
        return None
    return None


def _heading_of(line: str, indented: bool, two_names) -> str:
    """What a line above a headed block calls it: the text of a heading ``Run summary:``, or
    the first name of a header of two names (``Test metric   DataLoader 0``), or over indented
    rows a line of words alone (``Final results``); else ""."""
    heading = HEADING.match(line) or (_BARE_HEADING.match(line) if indented else None)
    if heading is not None:
        return heading.group(1)
    names = two_names(line)
    worded = None if names else _WORDED_HEADER.match(line)  # "Goodness of fit    Value"
    return names[0] if names else worded.group(1) if worded else ""


def _result_run(line: str, before, after) -> tuple[str, str] | None:
    """RESULT_RUN (rules): the pair of a flush-left line of a name and a decimal number only
    (``Accuracy 0.47``), when the line above or the next one is such a line of the same name:
    a series printed one value a line (TensorFlow.js's batch callback). A name that does not
    say it is a result needs its value to differ from that line's (a series changes; a setting
    printed twice does not) and no setup word. Alone, ``loss 0.5`` says too little."""
    lone = _LONE_PAIR.match(line)
    if lone is None:
        return None
    name = lone.group(1)
    above = before(1)
    following = after() if after is not None else None
    if above and following and _KEYED_PAIR.match(above[-1]) and _KEYED_PAIR.match(following) and (
            not rules.is_setup_name(name)):
        return name, lone.group(2)  # BETWEEN_PAIRS: "penalty 3.358" between "...: 13.59" lines
    result = rules.is_result_name(name)
    if not result and rules.is_setup_name(name):
        return None
    for neighbour in ([above[-1]] if above else []) + ([following] if following else []):
        other = _LONE_PAIR.match(neighbour)
        if other is not None and other.group(1) == name and (result or other.group(2) != lone.group(2)):
            return name, lone.group(2)  # any name, when its value changes from line to line
    return None


# UNDERLINED_HEADING (rules): a heading of words set over a rule of "=" or "-" as long as it
# ("Summary" over "=======", a report's title as Markdown's setext headings print it).
_UNDERLINE = LazyPattern(r"\s*(?:=+|-+)\s*\Z")


def heading_line(above: list[str]) -> str:
    """UNDERLINED_HEADING: the heading line of a block whose lines above are `above` (the last
    one the nearest): that line, or the words over it closed by a colon when it is a rule of
    ``=`` or ``-`` as long as they are (``Summary`` over ``=======`` reads as ``Summary:``)."""
    last = above[-1]
    if len(above) < 2 or last[:1] not in "=-" or not _UNDERLINE.match(last):
        return last
    words = above[-2].strip()
    if len(words) != len(last.strip()) or not _BARE_HEADING.match(words):
        return last
    return words + ":"
