"""Params in a PostgreSQL store: several sources per name, the strongest wins (models.param_wins)
and the others are kept as overridden, as in SQLiteStore. A mixin of PostgresStore, which
provides `_x`, `_transaction` and `db`.

A param's value is kept twice: `value` as text (the str, or the number written out) and `num`
(the number for int, float and bool; NULL otherwise, and for NaN): see pg_schema.py."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..models import Param, ParamOrigin, param_wins
from .rows import null_nan, type_name


def param_columns(p: Param) -> tuple:
    """(type, value, num) of a param, as the params table keeps them."""
    kind, value = type_name(p.value), p.value
    if kind == "str":
        return kind, value, None
    if kind == "bool":
        return kind, str(int(value)), float(value)
    try:
        num = null_nan(float(value))
    except OverflowError:  # an int too large for a double compares as text only
        num = None
    return kind, repr(value), num


def param_value(kind: str, value: str | None, num: float | None):
    """A param's Python value from its `value` (text) and `num` columns."""
    if kind == "str":
        return value
    if kind == "bool":
        return bool(num)
    assert value is not None, "every kind but str keeps its text in `value`"
    if kind == "int":
        return int(value)
    return float(value)


def stored_param(doc: dict) -> Param:
    """A Param from an export document's row (`value` as SQLite stored it: bools as 0/1)."""
    value = bool(doc["value"]) if doc["type"] == "bool" else doc["value"]
    if doc["type"] == "float" and value is None:
        value = float("nan")
    return Param(doc["name"], value, doc["text"], doc["source"])


class PostgresParams:
    # What PostgresStore, which mixes this class in, provides (declared for the type checker).
    _x: Callable[..., Any]
    _transaction: Callable[[], Any]

    def add_params(self, run_id: int, params: Iterable[Param],
                   origins: Iterable[ParamOrigin] = ()) -> None:
        """See SQLiteStore.add_params."""
        with self._transaction():
            self._merge_params(run_id, params)
            self._write_origins(run_id, origins)

    def _write_origins(self, run_id: int, origins: Iterable[ParamOrigin]) -> None:
        for o in origins:
            self._x("INSERT INTO param_origins VALUES (?,?,?,?,?) ON CONFLICT (run_id, source, origin)"
                    " DO UPDATE SET count = excluded.count, problem = excluded.problem",
                    (run_id, o.source, o.origin, o.count, o.problem))

    def _merge_params(self, run_id: int, params: Iterable[Param]) -> None:
        current = dict(self._x("SELECT name, source FROM params WHERE run_id = ?", (run_id,)).fetchall())
        for p in params:
            old = current.get(p.name)
            columns = param_columns(p)
            if old is not None and not param_wins(p.source, old):
                self._put_overridden(run_id, p.name, p.source, (*columns, p.text))
                continue
            if old is not None and old != p.source:  # the old winner becomes overridden
                row = self._x("SELECT type, value, num, text FROM params WHERE run_id = ? AND name = ?",
                              (run_id, p.name)).fetchone()
                self._put_overridden(run_id, p.name, old, tuple(row))
            self._x("DELETE FROM overridden_params WHERE run_id = ? AND name = ? AND source = ?",
                    (run_id, p.name, p.source))
            self._x("INSERT INTO params VALUES (?,?,?,?,?,?,?) ON CONFLICT (run_id, name) DO UPDATE"
                    " SET type = excluded.type, value = excluded.value, num = excluded.num,"
                    " text = excluded.text, source = excluded.source",
                    (run_id, p.name, *columns, p.text, p.source))
            current[p.name] = p.source

    def _put_overridden(self, run_id: int, name: str, source: str, row: tuple) -> None:
        self._x("INSERT INTO overridden_params VALUES (?,?,?,?,?,?,?) ON CONFLICT (run_id, name, source)"
                " DO UPDATE SET type = excluded.type, value = excluded.value, num = excluded.num,"
                " text = excluded.text", (run_id, name, source, *row))

    def replace_params(self, run_id: int, source: str, params: Iterable[Param]) -> None:
        """See SQLiteStore.replace_params."""
        with self._transaction():
            names = [r[0] for r in self._x("SELECT name FROM params WHERE run_id = ? AND source = ?",
                                           (run_id, source))]
            for table in ("overridden_params", "params", "param_origins"):
                self._x(f"DELETE FROM {table} WHERE run_id = ? AND source = ?", (run_id, source))
            fallback = [Param(name, param_value(kind, value, num), text, src) for name, kind, value, num,
                        text, src in self._x("SELECT name, type, value, num, text, source FROM"
                                             " overridden_params WHERE run_id = ? AND name = ANY(?)",
                                             (run_id, names)).fetchall()]
            self._x("DELETE FROM overridden_params WHERE run_id = ? AND name = ANY(?)",
                    (run_id, [p.name for p in fallback]))
            self._merge_params(run_id, fallback + list(params))

    def overridden_params(self, run_id: int) -> list[Param]:
        return [Param(name, param_value(kind, value, num), text, source)
                for name, source, kind, value, num, text in self._x(
                    "SELECT name, source, type, value, num, text FROM overridden_params"
                    " WHERE run_id = ? ORDER BY name, source", (run_id,))]

    def param_origins(self, run_id: int) -> list[ParamOrigin]:
        return [ParamOrigin(*row) for row in self._x(
            "SELECT source, origin, count, problem FROM param_origins WHERE run_id = ?"
            " ORDER BY source, origin", (run_id,))]
