"""Reading the columns an analysis needs, not whole runs: ttest, groups, importance, check and
`compare --group-by-seed` ask for one metric's summary and the params of many runs. A mixin of
SQLiteStore."""

from __future__ import annotations


class SQLiteColumns:
    pass
