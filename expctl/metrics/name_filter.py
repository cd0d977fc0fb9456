"""The user's controls over which names are metrics: ``ignore_metrics`` / ``metrics`` globs;
and the names the run's printed configuration sets to a choice (CHOICE_NAME, `choose`): the
globs hold for the whole output, a choice for what is printed after it (the parser drops those
points as it reads them; a point stored before the choice was printed stays, however the
output was cut into reads)."""

from __future__ import annotations

import fnmatch


class NameFilter:
    """`ignore` and `allow` globs (fnmatch, case-sensitive): a name is kept when it matches no
    `ignore` glob and, if there are `allow` globs, at least one of them. Decisions are cached."""

    def __init__(self, ignore=(), allow=()):
        self.ignore = tuple(ignore)
        self.allow = tuple(allow)
        self._cache: dict[str, bool] = {}
        self.choices: set[str] = set()  # CHOICE_NAME: names no point is read under from now on

    def __bool__(self) -> bool:
        return bool(self.ignore or self.allow)

    def choose(self, name: str) -> None:
        """CHOICE_NAME (rules): the printed configuration set `name` to a word (``bound=multi``);
        a number printed under that name later is the code of the choice, not a measurement."""
        self.choices.add(name)

    def keeps(self, name: str) -> bool:
        kept = self._cache.get(name)
        if kept is None:
            kept = not any(fnmatch.fnmatchcase(name, g) for g in self.ignore) and (
                not self.allow or any(fnmatch.fnmatchcase(name, g) for g in self.allow))
            self._cache[name] = kept
        return kept
