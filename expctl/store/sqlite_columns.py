"""Reading the columns an analysis needs, not whole runs: ttest, groups, importance, check and
`compare --group-by-seed` ask for one metric's summary, the status and (some) the params of
many runs. At 100,000 runs, loading them whole (`get_runs`) built over a million objects and
took seconds; these reads fetch a few columns in a few statements. A mixin of SQLiteStore.

Values are checked as `get_runs` checks them (expctl.store.checks), but in the database: a
condition finds the rows the Python checks would refuse, and only those go through them, so a
damaged value is still one error naming its run.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterator, Sequence
from itertools import compress, repeat
from operator import itemgetter, mul

from ..models import MetricSummary, Param, paused_gc
from ..records import unpack
from . import checks
from .rows import (SQL_PARAM_RETYPE, SQL_PARAM_VALUE, AnalysedRun, columns_of, levels_of, nan_null,
                   summary_field, typed)
from .sqlite_conn import SQLiteBase

_IDS = "(SELECT value FROM json_each(?))"  # every id in one parameter, however many
_VALID_SUMMARY = checks.sql_valid_summary("s.")
# A param whose value is not stored in its type's own storage class (bools; floats kept as an
# integer, NULL or text), or may be damaged: those rows go through the Python checks and
# `typed`; every other value is already what `typed` would give. (Names are checked as read;
# text and source, which param_columns does not read, are not.)
# (One CASE on the type, each branch the test of its own storage class: the cheapest form of
# this scan of every param, about a seventh less than comparing typeof with a CASE.)
_ODD_PARAM = (
    "CASE type WHEN 'float' THEN typeof(value) != 'real' OR value > 1.7976931348623157e308"
    " OR value < -1.7976931348623157e308 WHEN 'int' THEN typeof(value) != 'integer'"
    f" WHEN 'str' THEN typeof(value) != 'text' OR length(value) > {checks.fmt.MAX_COMMAND}"
    " ELSE 1 END")
# What checks.summary asks of the one summary column summary_column reads (a number or NULL;
# a count, a non-negative integer): a row that fails goes through the Python checks.
_VALID_COUNT = "typeof(s.count) = 'integer' AND s.count >= 0"
_FEW_RUNS = 2000  # up to this many runs, params are found by run id; past it, by name


class SQLiteColumns(SQLiteBase):
    def analysis_runs(self, run_ids: Sequence[int], metric: str,
                      params: bool = True) -> list[AnalysedRun]:
        """See Store.analysis_runs."""
        if not run_ids:
            return []
        with paused_gc():
            return self._analysis_runs(run_ids, metric, params)

    def _analysis_runs(self, run_ids: Sequence[int], metric: str, params: bool) -> list[AnalysedRun]:
        ids = json.dumps(list(run_ids))
        runs = {}
        shared: dict = {}
        once, new = shared.setdefault, tuple.__new__  # a record without its __new__ in Python
        first, last_id = min(run_ids), max(run_ids)
        args: list[object] = [metric, ids]
        where = f"r.id IN {_IDS}"
        if last_id - first + 1 == len(run_ids) == len(set(run_ids)):  # a range (12..20): as one
            where, args = "r.id BETWEEN ? AND ?", [metric, first, last_id]
        for run_id, status, name, last, lo, hi, count, last_step, valid in self.db.execute(
                "SELECT r.id, r.status, s.name, s.last, s.min, s.max, s.count, s.last_step,"
                f" typeof(r.status) = 'text' AND (s.name IS NULL OR ({_VALID_SUMMARY}))"
                " FROM runs r LEFT JOIN metric_summaries s ON s.run_id = r.id AND s.name = ?"
                f" WHERE {where}", args):
            if not valid:
                self._refuse_run_row(run_id, metric)
            status, name = once(status, status), once(name, name)  # one string, not one a run
            summary = {} if name is None else {name: new(MetricSummary, (
                name, nan_null(last), nan_null(lo), nan_null(hi), count, last_step))}
            runs[run_id] = new(AnalysedRun, (run_id, status, {}, summary))
        if params:
            self._attach_params(runs, ids)
        return [runs[run_id] for run_id in run_ids if run_id in runs]

    def summary_column(self, run_ids: Sequence[int], metric: str, field: str) -> list[tuple]:
        """See Store.summary_column: one statement, rows as the database gives them (the run ids
        walked in their order, each run found by its key), nothing built per run in Python.
        The status and the column read are checked in the database (the rest of the summary,
        not read, is not)."""
        column = summary_field(field)
        if not run_ids:
            return []
        if len(run_ids) > self._few_runs and column != "count":
            return list(zip(*self._summary_columns_by_index(run_ids, metric, column)))
        valid = _VALID_COUNT if column == "count" else f"typeof(s.{column}) BETWEEN 'integer' AND 'real'"
        rows = self.db.execute(
            f"SELECT r.id, r.status, s.name IS NOT NULL, s.{column},"
            f" typeof(r.status) = 'text' AND (s.name IS NULL OR {valid})"
            " FROM json_each(?) j CROSS JOIN runs r ON r.id = j.value"
            " LEFT JOIN metric_summaries s ON s.run_id = r.id AND s.name = ? ORDER BY j.key",
            (json.dumps(list(run_ids)), metric)).fetchall()
        if not all(map(itemgetter(4), rows)):
            for row in rows:
                if not row[4]:
                    self._refuse_run_row(row[0], metric)
        return list(map(itemgetter(0, 1, 2, 3), rows))

    def summary_columns(self, run_ids: Sequence[int], metric: str,
                        field: str) -> tuple[list[int], list[str], list[bool], list]:
        """See Store.summary_columns."""
        if len(run_ids) > self._few_runs and summary_field(field) != "count":
            return self._summary_columns_by_index(run_ids, metric, summary_field(field))
        return columns_of(self.summary_column(run_ids, metric, field))

    def _summary_columns_by_index(self, run_ids: Sequence[int], metric: str,
                                  column: str) -> tuple[list[int], list[str], list[bool], list]:
        """summary_columns for many runs, from two covering indexes walked once, not a join
        that seeks every run in two tables: the runs' ids per status (runs_status, a few rows)
        and the metric's `column` per run (metric_summaries_name*); put in the order of
        `run_ids` at C speed. Damaged statuses or values are found as the join finds them."""
        status_of: dict[int, str] = {}
        for status, text, ids in self.db.execute(
                "SELECT status, typeof(status) = 'text', group_concat(id) FROM runs GROUP BY status"):
            found = json.loads(f"[{ids}]")
            if not text:
                for run_id in set(found).intersection(run_ids):
                    self._refuse_run_row(run_id, metric)
            status_of.update(dict.fromkeys(found, status))
        value_of = dict(self.db.execute(
            f"SELECT run_id, {column} FROM metric_summaries WHERE name = ?", (metric,)))
        for (run_id,) in self.db.execute(
                f"SELECT run_id FROM metric_summaries WHERE name = ? AND typeof({column})"
                " NOT BETWEEN 'integer' AND 'real'", (metric,)):
            if run_id in status_of and run_id in set(run_ids):
                self._refuse_run_row(run_id, metric)
        ids = run_ids if status_of.keys() >= set(run_ids) else \
            list(compress(run_ids, map(status_of.__contains__, run_ids)))
        values = list(map(value_of.get, ids))
        if set(map(type, values)) == {float}:
            # Made in the index's order (by value), the floats lie about memory at random for
            # every pass the analyses make over them in the runs' order; copies made here, in
            # that order, lie in it (x * 1.0 is x, -0.0 included): the passes run ~20% faster.
            values = list(map(mul, values, repeat(1.0)))
        ids = list(ids)
        return ids, list(map(status_of.__getitem__, ids)), list(map(value_of.__contains__, ids)), values

    def _attach_params(self, runs: dict[int, AnalysedRun], ids: str) -> None:
        """The params of `runs` (ids: their JSON list), typed by the database where it can
        (rows.SQL_PARAM_VALUE) and by `typed` where it cannot: a param costs a tuple.
        Equal names, texts and sources are kept once (a grid repeats a few values over many runs)."""
        new, params_of = tuple.__new__, {run_id: run.params for run_id, run in runs.items()}
        shared: dict[str, str] = {}
        once = shared.setdefault
        for run_id, name, kind, value, text, source, valid, retype in self.db.execute(
                f"SELECT run_id, name, type, {SQL_PARAM_VALUE}, text, source,"
                f" {checks.SQL_VALID_PARAM}, {SQL_PARAM_RETYPE} FROM params"
                f" WHERE run_id IN {_IDS}", (ids,)):
            if not valid:
                self._refuse_param(run_id, name)
            if retype:
                value = typed(kind, value)
            name = once(name, name)
            params_of[run_id][name] = new(Param, (name, value, once(text, text), once(source, source)))

    def param_columns(self, run_ids: Sequence[int]) -> dict[str, dict[int, object]]:
        """See Store.param_columns."""
        if not run_ids:
            return {}
        with paused_gc():
            return self._param_columns(run_ids)

    def _param_columns(self, run_ids: Sequence[int]) -> dict[str, dict[int, object]]:
        """A few statements, whatever the number of runs: for many runs, one per name over the
        covering index params(name, value), kept to `run_ids` here (cheaper than a join)."""
        ids = json.dumps(list(run_ids))
        few = len(run_ids) <= self._few_runs
        only = f" AND run_id IN {_IDS}" if few else ""
        args = (ids,) if few else ()
        columns: dict[str, dict[int, object]] = {}
        for name in self._param_names(only, args):
            if type(name) is not str:
                self._refuse_param(self._scalar("SELECT run_id FROM params WHERE name = ?", (name,)), name)
            columns[name] = dict(self.db.execute(
                f"SELECT run_id, value FROM params WHERE name = ?{only}", (name, *args))) if few \
                else self._column_by_value(name)
        for run_id, name, kind, value, text, source in self.db.execute(
                f"SELECT run_id, name, type, value, text, source FROM params WHERE ({_ODD_PARAM}){only}",
                args):
            with checks.checked(self.path, run_id):
                checks.param(kind, value, text, source, name)
            columns[name][run_id] = typed(kind, value)
        if not few:
            chosen = set(run_ids)
            columns = {name: column if column.keys() <= chosen else
                       {i: v for i, v in column.items() if i in chosen}
                       for name, column in columns.items()}
        return {name: column for name, column in columns.items() if column}

    def param_levels(self, run_ids: Sequence[int],
                     names: Sequence[str] | None = None) -> dict[str, list[tuple[object, list[int]]]]:
        """See Store.param_levels: for many runs, the database groups each param's runs by
        value (the index on (name, value) walked once, a value's runs as one text), so no
        value is read or kept per run; `rows.levels_of` of param_columns otherwise."""
        if len(run_ids) <= self._few_runs:
            found = levels_of(self.param_columns(run_ids))
            return found if names is None else {name: found[name] for name in names if name in found}
        with paused_gc():
            return self._param_levels(run_ids, names)

    def _param_levels(self, run_ids: Sequence[int],
                      names: Sequence[str] | None) -> dict[str, list[tuple[object, list[int]]]]:
        odd: dict[str, dict[int, object]] = {}
        for run_id, name, kind, value, text, source in self.db.execute(
                f"SELECT run_id, name, type, value, text, source FROM params WHERE {_ODD_PARAM}"):
            with checks.checked(self.path, run_id):
                checks.param(kind, value, text, source, name)
            odd.setdefault(name, {})[run_id] = typed(kind, value)
        chosen = set(run_ids)
        every = len(chosen) == self._scalar("SELECT count(*) FROM runs")  # no level to filter
        found = {}
        for name in self._param_names("", ()):
            if type(name) is not str:
                self._refuse_param(self._scalar("SELECT run_id FROM params WHERE name = ?", (name,)), name)
            if names is not None and name not in names:
                continue
            if name in odd:  # a value stored otherwise than its type's class: run by run
                column = self._column_by_value(name)
                column.update(odd[name])
                levels = levels_of({name: {i: v for i, v in column.items() if i in chosen}}).get(name, [])
            else:
                levels = self._levels_by_value(name, None if every else chosen)
            if levels:
                found[name] = levels
        return found

    def _levels_by_value(self, name: str, chosen: set[int] | None) -> list[tuple[object, list[int]]]:
        """The runs of `chosen` (None: every run) with the param `name`, grouped by value as
        _column_by_value reads them (a value that may stand for another storage class's, run by
        run, sorted out by type and repr), each level's ids ascending."""
        levels: dict[tuple, tuple[object, list[int]]] = {}
        for value, ids in self.db.execute(
                "SELECT value, group_concat(run_id) FROM params WHERE name = ? GROUP BY value", (name,)):
            if self._value_by_run(name, value, ids):
                for run_id, own in self.db.execute(
                        "SELECT run_id, value FROM params WHERE name = ? AND value = ?", (name, value)):
                    if chosen is None or run_id in chosen:
                        levels.setdefault((type(own), repr(own)), (own, []))[1].append(run_id)
                continue
            found = json.loads(f"[{ids}]")
            kept = found if chosen is None else list(compress(found, map(chosen.__contains__, found)))
            if kept:
                levels[(type(value), repr(value))] = (value, sorted(kept))
        return list(levels.values())

    _few_runs = _FEW_RUNS

    def _column_by_value(self, name: str) -> dict[int, object]:
        """{run id: value} of the param `name` of every run, read a value at a time: the index
        on (name, value) walked once, each value with the ids of its runs as one text (a grid
        of settings is a few rows, not a row per run). A value that may stand for runs of
        another storage class (SQL finds 1 equal to 1.0, and 0.0 to -0.0) is read run by run."""
        keys: list[int] = []
        values: list[object] = []
        for value, ids in self.db.execute(
                "SELECT value, group_concat(run_id) FROM params WHERE name = ? GROUP BY value", (name,)):
            if self._value_by_run(name, value, ids):
                for run_id, own in self.db.execute(
                        "SELECT run_id, value FROM params WHERE name = ? AND value = ?", (name, value)):
                    keys.append(run_id)
                    values.append(own)
            else:
                found = json.loads(f"[{ids}]")
                keys += found
                values += repeat(value, len(found))
        return dict(zip(keys, values))

    def _value_by_run(self, name: str, value: object, ids: object) -> bool:
        """Whether the runs `ids` group_concat gave for one value of `name` must be read one by
        one: a float zero (0.0 and -0.0 are one value to SQL), a whole number beside an equal
        number of the other storage class (an integer 0 beside a real 0.0 or -0.0 included),
        or ids that are not plain integers (a damaged key)."""
        if type(ids) is not str or not ids.replace(",", "").isdigit():
            return True
        if type(value) is int or (type(value) is float and value.is_integer()):
            other = "real" if type(value) is int else "integer"
            return (type(value) is float and not value) or self._scalar(
                "SELECT 1 FROM params WHERE name = ? AND value = ? AND typeof(value) = ? LIMIT 1",
                (name, value, other)) is not None
        return False

    def _param_names(self, only: str, args: tuple) -> list[str]:
        """The distinct param names, by seeks in the index on (name, value): a handful of
        names over 100,000 runs costs a handful of steps, not a scan."""
        if only:
            return [row[0] for row in self.db.execute(
                f"SELECT DISTINCT name FROM params WHERE 1{only}", args)]
        names, name = [], self._scalar("SELECT min(name) FROM params")
        while name is not None:
            names.append(name)
            name = self._scalar("SELECT min(name) FROM params WHERE name > ?", (name,))
        return names

    def _refuse_run_row(self, run_id: int, metric: str) -> None:
        """Raise the read checks' error for a run whose status or summary of `metric` the
        database found damaged (or return, when the Python checks pass it after all)."""
        status = self._scalar("SELECT status FROM runs WHERE id = ?", (run_id,))
        row = self.db.execute("SELECT name, last, min, max, count, last_step FROM metric_summaries"
                              " WHERE run_id = ? AND name = ?", (run_id, metric)).fetchone()
        with checks.checked(self.path, run_id):
            checks.fmt._text("status", status, checks.ANY)
            if row is not None:
                checks.summary(*row)

    def _refuse_param(self, run_id: int, name: str) -> None:
        """As _refuse_run_row, for a param."""
        row = self.db.execute("SELECT type, value, text, source, name FROM params"
                              " WHERE run_id = ? AND name = ?", (run_id, name)).fetchone()
        with checks.checked(self.path, run_id):
            checks.param(*row)

    def metric_names(self, run_ids: Sequence[int]) -> list[str]:
        """See Store.metric_names."""
        return [row[0] for row in self.db.execute(
            f"SELECT DISTINCT name FROM metric_summaries WHERE run_id IN {_IDS} ORDER BY name",
            (json.dumps(list(run_ids)),))]

    def iter_metric_values(self, run_ids: Sequence[int], name: str) -> Iterator[tuple[int, array]]:
        """See Store.iter_metric_values."""
        run_id, values = None, array("d")
        for chunk_run, vals in self.db.execute(
                f"SELECT run_id, vals FROM metric_chunks WHERE name = ? AND run_id IN {_IDS}"
                " ORDER BY run_id, seq", (name, json.dumps(list(run_ids)))):
            if chunk_run != run_id:
                if run_id is not None:
                    yield run_id, values
                run_id, values = chunk_run, array("d")
            with checks.checked(self.path, chunk_run):
                checks.values_blob(name, vals)
            values.extend(unpack(vals))
        if run_id is not None:
            yield run_id, values
