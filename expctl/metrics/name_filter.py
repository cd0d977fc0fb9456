"""The user's controls over which names are metrics: ``ignore_metrics`` / ``metrics`` globs."""

from __future__ import annotations

import fnmatch


class NameFilter:
    """`ignore` and `allow` globs (fnmatch, case-sensitive): a name is kept when it matches no
    `ignore` glob and, if there are `allow` globs, at least one of them. Decisions are cached."""

    def __init__(self, ignore=(), allow=()):
        self.ignore = tuple(ignore)
        self.allow = tuple(allow)
        self._cache: dict[str, bool] = {}

    def __bool__(self) -> bool:
        return bool(self.ignore or self.allow)

    def keeps(self, name: str) -> bool:
        kept = self._cache.get(name)
        if kept is None:
            kept = not any(fnmatch.fnmatchcase(name, g) for g in self.ignore) and (
                not self.allow or any(fnmatch.fnmatchcase(name, g) for g in self.allow))
            self._cache[name] = kept
        return kept
