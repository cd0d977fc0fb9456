"""The user's controls over which names are metrics: ``ignore_metrics`` / ``metrics`` globs;
and the names the run's printed configuration sets to a choice (CHOICE_NAME, `choose`)."""

from __future__ import annotations

import fnmatch


class NameFilter:
    """`ignore` and `allow` globs (fnmatch, case-sensitive): a name is kept when it matches no
    `ignore` glob and, if there are `allow` globs, at least one of them. Decisions are cached."""

    def __init__(self, ignore=(), allow=()):
        self.ignore = tuple(ignore)
        self.allow = tuple(allow)
        self._cache: dict[str, bool] = {}
        self._choices: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self.ignore or self.allow or self._choices)

    def choose(self, name: str) -> None:
        """CHOICE_NAME (rules): the printed configuration set `name` to a word (``bound=multi``);
        a number printed under that name is the code of the choice, not a measurement."""
        self._choices.add(name)
        self._cache.pop(name, None)

    def keeps(self, name: str) -> bool:
        kept = self._cache.get(name)
        if kept is None:
            kept = name not in self._choices and not any(fnmatch.fnmatchcase(name, g) for g in self.ignore) and (
                not self.allow or any(fnmatch.fnmatchcase(name, g) for g in self.allow))
            self._cache[name] = kept
        return kept
