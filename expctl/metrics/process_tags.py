"""PROCESS_TAG (rules): a line opened by a process id framed by marks is read past the tag.

Valgrind's tools (memcheck, cachegrind, callgrind) open every line they write with the id of
the process they watch, framed by a run of one mark: ``==12939== `` for the report,
``--12939-- `` for the tool's own messages, ``**12939** `` for its errors::

    ==12939== I1  miss rate:      0.05%
    ==12939== D   refs:        220,739  (120,093 rd   + 100,646 wr)

The tag says which process the line is about, nothing the line measures: the line is read as
if it opened after it. The report pads its labels so that their last words align in a column
(``I1  miss rate``, ``D   refs``): the words up to the colon are one name, one space apart.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

TAG_OPENS = frozenset(("==", "--", "**"))  # what a tagged line starts with (a cheap test)
_TAG = LazyPattern(r"(==|--|\*\*)\d{1,10}\1(?: |\Z)")
# A label's first word, padded, then its other words up to the colon: "I1  miss rate:".
_PADDED = LazyPattern(r"([^\W\d][\w.-]{0,15}) {2,}(?=[^\W\d][\w.-]{0,15}(?: [^\W\d][\w.-]{0,15}){0,3}:)")


def untagged(line: str) -> str:
    """`line` past its process tag, its label's padding closed up; `line` when it has no tag."""
    tag = _TAG.match(line)
    if tag is None:
        return line
    rest = line[tag.end():]
    padded = _PADDED.match(rest)
    return rest if padded is None else f"{padded.group(1)} {rest[padded.end():]}"
