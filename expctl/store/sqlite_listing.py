"""What `list -f json|csv` reads from SQLite (Store.iter_listing): runs a batch at a time, their
params as values and their metric summaries as rows, with no object per param or summary.

Every row is checked as checks.py says, by a condition in the database; the Python checks run
only when a row fails it (to raise its error, naming the run). Rows come in their primary key's
order (run, then name), so each run's names are sorted without a sort, and `groupby` splits them
by run at C speed. A mixin of SQLiteReads, which provides `_run_rows`."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from itertools import groupby
from operator import itemgetter

from ..models import Run
from . import checks
from .rows import NOTES_PREVIEW, NOTES_SQL, SQL_PARAM_RETYPE, SQL_PARAM_VALUE, RunListing, sql_param_plain
from .rows import typed as _typed
from .sqlite_conn import SQLiteBase

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


_PARAM_PLAIN = sql_param_plain(checks.SQL_VALID_PARAM)
_run_id, _name_value, _plain = itemgetter(0), itemgetter(1, 2), itemgetter(3)


def _batch_ids(chunk: list[int]) -> tuple[str, tuple]:
    """The condition on a run id (and its arguments) that selects the ids of `chunk`: a range
    when they are every id from the lowest to the highest (a listing of all runs, newest
    first, is mostly that), read as a range of the primary key; else the ids as a JSON array,
    one parameter whatever their count."""
    low, high = min(chunk), max(chunk)
    if high - low + 1 == len(chunk) == len(set(chunk)):
        return "BETWEEN ? AND ?", (low, high)
    return "IN (SELECT value FROM json_each(?))", (json.dumps(chunk),)


# The listing's statements for a compiled reader (listing_sql): each table's rows in run id
# order, a check flag last; {ids} is _batch_ids' condition on the run id.
_LISTING_SQL = (
    "SELECT r.id, r.uuid, r.name, e.name, r.command, r.cwd, r.status, r.exit_code, r.signal,"
    f" r.started_at, r.ended_at, r.host, r.user, {NOTES_SQL}, r.resources,"
    f" {checks.SQL_VALID_RUN} AND length({NOTES_SQL}) <= {NOTES_PREVIEW}"
    " FROM runs r LEFT JOIN experiments e ON e.id = r.experiment_id WHERE r.id {ids} ORDER BY r.id",
    "SELECT run_id, tag, 1 FROM run_tags WHERE run_id {ids} ORDER BY run_id, tag",
    f"SELECT run_id, name, {SQL_PARAM_VALUE}, {_PARAM_PLAIN} FROM params"
    " WHERE run_id {ids} ORDER BY run_id, name",
    "SELECT run_id, name, last, min, max, count, last_step, {valid} FROM metric_summaries"
    " WHERE run_id {ids} ORDER BY run_id, name",
)

# `list -f csv`'s statements (listing_csv_sql): the JSON listing's runs, tags and summaries,
# checked as get_runs checks them (the runs' flag without the notes' cut, which csv does not
# show); params with their type (a bool stored as 0 or 1 is written as csv writes it, other
# retyped values are not taken); git's commit and dirty flag as git_summaries reads them.
_PARAM_CSV = (f"CASE WHEN {checks.SQL_VALID_PARAM} THEN NOT (type = 'float' AND typeof(value)"
              " IN ('null', 'text')) ELSE 0 END")
_LISTING_CSV_SQL = (
    _LISTING_SQL[0].replace(f" AND length({NOTES_SQL}) <= {NOTES_PREVIEW}", ""),
    _LISTING_SQL[1],
    f"SELECT run_id, name, type, {SQL_PARAM_VALUE}, text, source, {_PARAM_CSV} FROM params"
    " WHERE run_id {ids} ORDER BY run_id, name",
    _LISTING_SQL[3],
    "SELECT run_id, commit_sha, dirty, typeof(commit_sha) IN ('text', 'null')"
    " AND typeof(dirty) IN ('integer', 'null') FROM run_git WHERE run_id {ids} ORDER BY run_id",
)

# listing_spread_sql's: params with a flag that says only that the value is of its type's
# storage class (the key listing_csv_spread makes of it is then its type and repr's), the
# summaries' names, the runs' ids. The rows' other checks are the listing_csv pass's to make,
# which reads the same rows next (and the Python path's, which raises the store's error).
_LISTING_SPREAD_SQL = (
    f"SELECT run_id, name, type, {SQL_PARAM_VALUE}, CASE type WHEN 'float' THEN typeof(value)"
    " IN ('real', 'integer') WHEN 'int' THEN typeof(value) = 'integer' WHEN 'str' THEN"
    " typeof(value) = 'text' WHEN 'bool' THEN typeof(value) = 'integer' AND value IN (0, 1)"
    " ELSE 0 END FROM params WHERE run_id {ids}",
    "SELECT run_id, name, 1 FROM metric_summaries WHERE run_id {ids}",
    "SELECT id, 1 FROM runs WHERE id {ids}",
)


class SQLiteListing(SQLiteBase):
    _run_rows: Any  # SQLiteReads._run_rows (the class that mixes this one in)

    def iter_listing(self, run_ids: Sequence[int], batch: int = 1000) -> Iterator[RunListing]:
        """See Store.iter_listing: `batch` runs read at a time (five queries a batch)."""
        for start in range(0, len(run_ids), batch):
            chunk = list(run_ids[start:start + batch])
            ids = _batch_ids(chunk)
            found = self._run_rows(f"WHERE r.id {ids[0]}", ids[1])
            if not found:
                continue
            self._listed_tags(found, ids)
            runs = [found[run_id] for run_id in chunk if run_id in found]
            yield RunListing(runs, self._listed_params(ids), self._listed_summaries(ids))

    def listing_sql(self, chunk: Sequence[int]) -> tuple[tuple[str, ...], tuple]:
        """The statements that read a batch's listing for a compiled reader of the store's file
        (render.listing: runs, tags, params, metric summaries), and their arguments (each
        statement takes them all). Each table's rows come in run id order, with a flag last
        that is true when the row is one the listing takes as it is: it passes the store's
        check, a param's value needs no retyping, a run's notes need no cutting (NOTES_PREVIEW).
        Where a flag is false, iter_listing reads the batch (and raises the store's error)."""
        condition, args = _batch_ids(list(chunk))
        valid = checks.sql_valid_summary()
        return tuple(sql.replace("{ids}", condition).replace("{valid}", valid) for sql in _LISTING_SQL), args

    def listing_csv_sql(self, chunk: Sequence[int]) -> tuple[tuple[str, ...], tuple]:
        """As listing_sql, the statements `list -f csv` reads a batch with (runs, tags, params,
        metric summaries, git), for the compiled listing_csv (render.listing_csv)."""
        condition, args = _batch_ids(list(chunk))
        valid = checks.sql_valid_summary()
        return tuple(sql.replace("{ids}", condition).replace("{valid}", valid)
                     for sql in _LISTING_CSV_SQL), args

    def listing_spread_sql(self, chunk: Sequence[int]) -> tuple[tuple[str, ...], tuple]:
        """The statements the compiled listing_csv_spread reads a batch's columns with (see
        _LISTING_SPREAD_SQL), and their arguments."""
        condition, args = _batch_ids(list(chunk))
        return tuple(sql.replace("{ids}", condition) for sql in _LISTING_SPREAD_SQL), args

    def _listed_tags(self, runs: dict[int, Run], ids: tuple[str, tuple]) -> None:
        for run_id, tag in self.db.execute(
                f"SELECT run_id, tag FROM run_tags WHERE run_id {ids[0]} ORDER BY run_id, tag", ids[1]):
            if not isinstance(tag, str):
                with checks.checked(self.path, run_id):
                    checks.tag(tag)
            runs[run_id].tags.append(tag)

    def _listed_params(self, ids: tuple[str, tuple]) -> dict[int, dict[str, Any]]:
        """Run id -> {name: value}. When every row is plain (sql_param_plain), the values as
        they come; else row by row, checked and typed as SQLiteReads._attach_details does."""
        rows = self.db.execute(
            f"SELECT run_id, name, {SQL_PARAM_VALUE}, {_PARAM_PLAIN} FROM params"
            f" WHERE run_id {ids[0]} ORDER BY run_id, name", ids[1]).fetchall()
        if all(map(_plain, rows)):
            return {run_id: dict(map(_name_value, group)) for run_id, group in groupby(rows, _run_id)}
        params: dict[int, dict[str, Any]] = {}
        for run_id, valid, name, kind, value, text, source, retype in self.db.execute(
                f"SELECT run_id, {checks.SQL_VALID_PARAM}, name, type, {SQL_PARAM_VALUE}, text,"
                f" source, {SQL_PARAM_RETYPE} FROM params WHERE run_id {ids[0]} ORDER BY run_id, name",
                ids[1]):
            if not valid:
                with checks.checked(self.path, run_id):
                    checks.param(kind, value, text, source, name)
            params.setdefault(run_id, {})[name] = _typed(kind, value) if retype else value
        return params

    def _listed_summaries(self, ids: tuple[str, tuple]) -> list[tuple]:
        """The summary rows (see rows.RunListing); one aggregate says whether every row passes
        the check, else the rows that fail it are checked in Python."""
        valid = checks.sql_valid_summary()
        if not self._scalar(f"SELECT min({valid}) FROM metric_summaries WHERE run_id {ids[0]}", ids[1]):
            for run_id, name, last, lo, hi, count, last_step in self.db.execute(
                    "SELECT run_id, name, last, min, max, count, last_step FROM metric_summaries"
                    f" WHERE run_id {ids[0]} AND NOT ({valid})", ids[1]):
                with checks.checked(self.path, run_id):
                    checks.summary(name, last, lo, hi, count, last_step)
        return self.db.execute(
            "SELECT run_id, name, last, min, max, count, last_step FROM metric_summaries"
            f" WHERE run_id {ids[0]} ORDER BY run_id, name", ids[1]).fetchall()
