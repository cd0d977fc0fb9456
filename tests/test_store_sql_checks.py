"""The SQL conditions of expctl.store.checks accept exactly the rows its Python checks accept:
reads validate in the database and run the Python check only where the condition fails, so a
condition that accepted more would let a damaged value through, and one that accepted less
would turn a valid row into an error. Every combination of value types is tried."""

from __future__ import annotations

import itertools
import sqlite3

from expctl.store import checks
from expctl.transfer.check import Invalid

VALUES = [None, 0, 1, 2, -1, 2**62, 0.0, 1.0, 1.5, -2.5, float("inf"), float("-inf"), 1e308,
          "", "x", "nan", "inf", "-inf", "1", b"", b"\x00", "y" * 100]
KINDS = ["int", "float", "bool", "str", "text", "", None, b"int", 1]
TEXTS = ["a", None, b"a", 1, 1.5]


def _python_accepts(check, *args) -> bool:
    try:
        check(*args)
    except Invalid:
        return False
    return True


def test_param_condition_matches_the_python_check():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE params (name, type, value, text, source)")
    rows = [(name, kind, value, "t", "argv") for name, kind, value in
            itertools.product(TEXTS, KINDS, VALUES)]
    rows += [("n", "float", 1.0, text, source) for text, source in itertools.product(TEXTS, TEXTS)]
    db.executemany("INSERT INTO params VALUES (?, ?, ?, ?, ?)", rows)
    seen = set()
    for name, kind, value, text, source, valid in db.execute(
            f"SELECT name, type, value, text, source, {checks.SQL_VALID_PARAM} FROM params"):
        expected = _python_accepts(checks.param, kind, value, text, source, name)
        assert bool(valid) == expected, (name, kind, value, text, source, valid)
        seen.add(expected)
    assert seen == {True, False}


def test_summary_condition_matches_the_python_check():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE metric_summaries (name, last, min, max, count, last_step)")
    numbers = [None, 1, 1.5, float("inf"), "x", "1", b"\x00"]
    counts = [0, 5, -1, None, 1.0, "3", b"3"]
    rows = [("m", last, 0.5, 2.0, count, step) for last, count, step in
            itertools.product(numbers, counts, numbers)]
    rows += [(name, 1.0, lo, hi, 1, 1.0) for name, lo, hi in itertools.product(TEXTS, numbers, numbers)]
    db.executemany("INSERT INTO metric_summaries VALUES (?, ?, ?, ?, ?, ?)", rows)
    seen = set()
    for table in ("", "s."):
        for *row, valid in db.execute(
                f"SELECT name, last, min, max, count, last_step, {checks.sql_valid_summary(table)}"
                " FROM metric_summaries s"):
            expected = _python_accepts(checks.summary, *row)
            assert bool(valid) == expected, (row, valid)
            seen.add(expected)
    assert seen == {True, False}
