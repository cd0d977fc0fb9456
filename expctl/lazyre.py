"""Regular expressions compiled on first use.

Compiling a pattern costs 30-150 µs; the metric formats need a few dozen and the secret rules
a few dozen more, several milliseconds on `expctl run`'s start, which every wrapped command
pays. A `LazyPattern` stands in for a compiled pattern; the first time one of its methods is
looked up it compiles, and from then on its methods are plain attributes, as fast to call as
the compiled pattern's own. `pattern` is there without compiling. A command that prints
nothing (and whose environment holds no secret) compiles none of them.

`re` itself is imported at the first compile: with its own imports (`enum`, `functools` ...) it
costs about 7 M instructions (2 ms), and `expctl run -- CMD` needs no regular expression for most
commands. The flags are `re`'s own numbers, for patterns declared without importing it.
"""

from __future__ import annotations

IGNORECASE = 2  # re.IGNORECASE (a test checks they are re's)
DOTALL = 16  # re.DOTALL


class LazyPattern:
    """`re.compile(pattern, flags)`, done when first used."""

    def __init__(self, pattern: str | bytes, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):
        # Only called for attributes not found normally: the first use, before compiling. It
        # copies the compiled pattern's attributes (its methods, `groupindex` ...) onto this
        # object and makes it a `CompiledPattern`, whose class has no `__getattr__`.
        import re

        compiled = re.compile(self.pattern, self._flags)
        for attribute in dir(compiled):
            if not attribute.startswith("_"):
                setattr(self, attribute, getattr(compiled, attribute))
        self.__class__ = CompiledPattern  # type: ignore[assignment]
        return getattr(compiled, name) if name.startswith("_") else getattr(self, name)


class CompiledPattern:
    """A `LazyPattern` once compiled: the compiled pattern's methods and attributes are its own.

    Its class defines no `__getattr__`: on a class that defines one, Python looks every
    attribute up through a slower hook (the hook is called only on a miss, but installing it
    costs each lookup the type's generic path), which the parser paid on each `PATTERN.match`,
    about a tenth of a microsecond, several times a table row."""

    def __copy__(self) -> CompiledPattern:
        return self  # a pattern never changes (re.Pattern copies itself so too)

    def __deepcopy__(self, memo) -> CompiledPattern:
        return self
