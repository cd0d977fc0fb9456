"""JSON and dict records in output: the parser's side of a record's points.

A record (`formats.read_line` reads a ``{...}`` line, a spread object joined into one line,
a repr of nested calls) says its step itself (`steps.find_step`) or has none: it never takes
a carried one, and a record with its own step ends a carried header's reach. Printed before
any training output, a record that reads as settings is config (CONFIG_RECORD, FLAG_RECORD);
a record that repeats the one just printed gives nothing (ECHOED_RECORD). `RecordMixin` holds
the parser's side; `MetricParser` keeps the state it uses (`_started`, `_carried`).
"""

from __future__ import annotations

from collections.abc import Callable

from expctl.metrics import formats, rules
from expctl.metrics.steps import line_step

Point = tuple[str, float, float]  # (name, step, value)


class RecordMixin:
    """Records for `MetricParser` (see the module docstring)."""

    # What it uses of `MetricParser` (declared for the type checker; defined there).
    _started: bool
    _carried: float | None
    _before: Callable[[int], list[str]]
    _add_params: Callable[..., None]
    _produced: Callable[..., list[Point]]
    _at_step: Callable[..., list[Point]]
    _nests: dict
    _metric_pairs: Callable[..., list]
    _table_points: Callable[..., list[Point]]

    def _record_points(self, reading, spread: bool = False) -> list[Point]:
        """A JSON or dict record's points: it says its step itself, or has none. A `spread`
        one (printed over lines) or a dict holding a flag that reads as settings, before
        training output, is config (CONFIG_RECORD, FLAG_RECORD)."""
        if reading.settings is not None and not self._started or rules.echoed_record(reading.pairs, self._before(1)):
            self._add_params(reading.settings or [])  # CONFIG_RECORD, FLAG_RECORD; ECHOED_RECORD
            return []
        step, pairs = line_step(self._nests, reading.pairs, reading.pairs)  # NESTED_COUNTER too
        if step is not None:
            self._carried = None
        return self._produced(self._at_step(self._metric_pairs(pairs), step) + self._table_points(reading.lists))  # HISTORY_LISTS

    def _read_record_line(self, text: str) -> list[Point] | None:
        """The points of a spread object joined into one line, or None when it is no record."""
        reading = formats.read_line(text, spread=True)
        if reading.config is not None:
            self._add_params(reading.config)
            return []
        return self._record_points(reading, spread=True) if reading.record else None
