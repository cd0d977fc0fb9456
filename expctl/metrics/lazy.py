"""Regular expressions compiled on first use.

The metric formats need a few dozen patterns, and compiling them costs about 10 ms: too much on
`expctl run`'s start, which every wrapped command pays. A `LazyPattern` stands in for a
compiled pattern; the first time one of its methods is looked up it compiles, and from then on
its methods are plain attributes, as fast to call as the compiled pattern's own. A command that
prints nothing compiles nothing.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing (~3 ms) stays off the run path: annotations only
if TYPE_CHECKING:
    from typing import Any

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "split")


class LazyPattern:
    """`re.compile(pattern, flags)`, done when first used."""

    def __init__(self, pattern: str | bytes, flags: int = 0):
        self._source: tuple[Any, int] = (pattern, flags)

    def __getattr__(self, name: str):
        # Only called for attributes not found normally: the first use of each, before compiling.
        compiled = re.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.pattern = compiled.pattern
        return getattr(compiled, name)
