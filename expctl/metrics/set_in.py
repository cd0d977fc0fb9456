"""The heading a run of set-in lines stands under.

Reports set lines in under a heading line that names them (``Benchmark: sort``, ``Peak
memory usage:``, ``timing: fit``). The readers of such blocks each know their own headings;
finding the heading line itself, the nearest line above that is not set in with no blank line
between, is the same for all of them, and lives here.
"""

from __future__ import annotations

import re

from ..lazyre import LazyPattern


def heading_above(lines: list[str], heading: LazyPattern) -> re.Match[str] | None:
    """The match of `heading` on the line a run of set-in lines (`lines`, oldest first, up to
    the line before the current one) stands under, or None (a blank line comes first, or that
    line is no such heading)."""
    for text in reversed(lines):
        if not text.strip():
            return None
        if text[:1] not in " \t":
            return heading.match(text)
    return None
