"""A run's metric chunk rows as an export reads them (`ChunkedMetrics`), apart from rows.py:
its `Mapping` base imports `collections`, which `expctl run` (that loads rows.py) does without."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .rows import PackedSeries


class ChunkedMetrics(Mapping):
    """A run's metric series as Store.export_runs reads them from SQLite with `packed`: the
    chunk rows as the store holds them, (run id, name, steps, times, vals) by name then seq,
    so that an export writes each column's base64 straight from them (the compiled
    transfer._metrics_json: no chunk joined, no object per series). As a mapping it is name ->
    PackedSeries, as the other engine gives it, each row checked as reads check them: a damaged
    row raises StoreError naming the run (`path`: the store's, for that message)."""

    __slots__ = ("rows", "path", "_series")

    def __init__(self, rows: list[tuple], path: str):
        self.rows = rows
        self.path = path
        self._series: dict[str, PackedSeries] | None = None

    def series(self) -> dict[str, PackedSeries]:
        """Name -> PackedSeries, the chunks of each series joined (worked out once)."""
        if self._series is None:
            from . import checks

            chunks: dict[str, tuple[list, list, list]] = {}
            for run_id, name, steps, times, vals in self.rows:
                # checks.chunk's test inline first: a call per row cost more than the rest
                if not (type(steps) is bytes and type(times) is bytes and type(vals) is bytes
                        and not len(steps) & 7 and len(steps) == len(times) == len(vals)):
                    with checks.checked(self.path, run_id):
                        checks.chunk(name, steps, times, vals)
                columns = chunks.setdefault(name, ([], [], []))
                for column, blob in zip(columns, (steps, times, vals)):
                    column.append(blob)
            self._series = {name: PackedSeries(sum(map(len, steps)) >> 3, *map(b"".join, (steps, times, vals)))
                            for name, (steps, times, vals) in chunks.items()}
        return self._series

    def __getitem__(self, name: str) -> PackedSeries:
        return self.series()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.series())

    def __len__(self) -> int:
        return len(self.series())

    def __bool__(self) -> bool:
        return bool(self.rows)

    def __repr__(self) -> str:
        return f"ChunkedMetrics({self.series()!r})"
