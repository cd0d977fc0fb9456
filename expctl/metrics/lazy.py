"""Regular expressions compiled on first use.

The metric formats need a few dozen patterns, and compiling them costs about 10 ms: too much on
`expctl run`'s start, which every wrapped command pays. A `LazyPattern` stands in for a
compiled pattern; the first time one of its methods is looked up it compiles, and from then on
its methods are plain attributes, as fast to call as the compiled pattern's own. A command that
prints nothing compiles nothing.
"""

from __future__ import annotations

import re

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "split")


class LazyPattern:
    """`re.compile(pattern, flags)`, done when first used."""

    def __init__(self, pattern: str | bytes, flags: int = 0):
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        # Only called for attributes not found normally: the first use of each, before compiling.
        pattern, flags = self._source
        compiled = (re.compile(pattern, flags) if isinstance(pattern, str)
                    else re.compile(pattern, flags))
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.pattern = compiled.pattern
        return getattr(compiled, name)
