"""`list -f json` written from the store's listing batches (Store.iter_listing,
render.listing): the same text, byte for byte, as each run's `run_summary_json` through the
item encoder, on both engines, for the values that leave the fast paths (NaN and infinite
numbers, unknown summaries, names json escapes, params of every type, tags, notes, a run
still running); and a damaged row is one clear error, as when runs are loaded whole."""

from __future__ import annotations

import sqlite3
from array import array

import pytest

from .conftest import run_expctl
from expctl.models import Param
from expctl.records import NewRun, Series
from expctl.render.listing import listing_json_lines
from expctl.render.output import item_encoder
from expctl.render.runs import run_summary_json
from expctl.store import open_store

T0 = 1_700_000_000.25
NAN, INF = float("nan"), float("inf")


def _series(values) -> Series:
    n = len(values)
    return Series(array("d", range(n)), array("d", [T0] * n), array("d", values))


def _fill(store) -> list[int]:
    """Runs that between them take every path of the listing; ids newest first."""
    metric_sets = [
        {"acc": [0.1, 0.5, 0.25], "loss": [3.0, 1.0 / 3]},             # plain numbers
        {"acc": [0.5, NAN], "b\u00e4d \"name\"\n": [1.0]},               # NaN; a name json escapes
        {"big": [INF, 1e308], "neg": [-INF], "zero": [-0.0]},           # infinities, -0.0
        {},                                                             # no metrics at all
        {"\u00fcn\u00ef": [2.0, 7.0], "acc": [1e-300, 12345678.9]},
    ]
    params = [
        {"lr": Param("lr", 0.1, "0.1", "argv"), "n": Param("n", 3, "3", "cli"),
         "ok": Param("ok", True, "true", "cli"), "s": Param("s", "\u00e9t\u00e9 \"q\"", "x", "cli")},
        {"nan": Param("nan", NAN, "nan", "cli"), "big": Param("big", -2**62, str(-2**62), "cli"),
         "whole": Param("whole", 2.0, "2.0", "cli"), "no": Param("no", False, "false", "cli")},
        {},
    ]
    ids = []
    for n in range(7):
        run_id = store.create_run(NewRun(
            uuid=f"{n:032x}", name=None if n % 2 else f"run \u2764 {n}", experiment=f"e{n % 2}",
            command=["python", "t\u00e4st.py", f"--n={n}"], cwd="/w", started_at=T0 + n * 1.0007,
            host="h", user="u", tags=["b", "a"][: n % 3], notes="n\u00f6te" * (n * 700),
            params=params[n % len(params)]))
        metrics = metric_sets[n % len(metric_sets)]
        if metrics:
            store.append(run_id, {name: _series(values) for name, values in metrics.items()})
        if n != 3:  # run 4 is still running: no end, no resources
            store.finish_run(run_id, "finished" if n % 2 else "failed", n, None, T0 + n * 2.5,
                             {"max_rss_mb": 512.5, "cpu_s": n * 0.1})
        ids.append(run_id)
    return ids[::-1]


def _expected(store, ids) -> list[str]:
    encode = item_encoder()
    return [encode(run_summary_json(run)) for run in store.get_runs(ids)]


@pytest.mark.parametrize("batch", [1, 2, 3, 1000])
def test_listing_lines_are_the_text_of_each_runs_summary(engine_url, batch):
    store = open_store(engine_url)
    ids = _fill(store)
    lines = list(listing_json_lines(store.iter_listing(ids, batch)))
    assert lines == _expected(store, ids)
    picked = [ids[5], 999, ids[0], ids[3]]  # the order asked, an id with no run left out
    assert list(listing_json_lines(store.iter_listing(picked, batch))) == _expected(store, picked)
    assert list(store.iter_listing([], batch)) == []
    store.delete_runs([ids[2]])  # a whole range of ids asked, one of them no longer a run
    assert list(listing_json_lines(store.iter_listing(ids, batch))) == _expected(store, ids)


def test_list_json_is_byte_for_byte_the_document_of_every_run(engine_url, monkeypatch):
    monkeypatch.setenv("EXPCTL_DB", engine_url)
    store = open_store(engine_url)
    ids = _fill(store)
    result = run_expctl("list", "--all", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == "[\n  " + ",\n  ".join(_expected(store, ids)) + "\n]\n"


@pytest.mark.parametrize(("statement", "problem"), [
    ("UPDATE metric_summaries SET last = 'x' WHERE name = 'loss'", "metric 'loss' last: expected a number"),
    ("UPDATE metric_summaries SET count = -1 WHERE name = 'acc'", "metric 'acc' count"),
    ("UPDATE params SET value = 'x' WHERE name = 'n'", "param 'n'"),
    ("UPDATE params SET source = x'00' WHERE name = 'lr'", "param 'lr' source"),
])
def test_a_damaged_row_is_one_clear_error_naming_the_run(db_path, statement, problem):
    store = open_store(str(db_path))
    _fill(store)
    store.close()
    with sqlite3.connect(db_path) as conn:  # written by some other program
        conn.execute(statement)
    conn.close()
    result = run_expctl("list", "--all", "-f", "json")
    error = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in error
    assert f"is damaged: {problem}" in error.splitlines()[0]


COMMANDS = ['["python", "t.py"]', '[]', ' ["a"] ', '["a"] x', '["a", 1]', '{"a": 1}', 'no', None,
            b'["a"]', '["\\u00e9", "\\n"]']
RESOURCES = [None, '{"cpu_s": 1.5, "max_rss_mb": null}', '{}', '{"cpu_s": "x"}', '[1]',
             '{"incomplete": true}', 'no', '{"gpu": {"a": 1}}', ' {} ']


def _outcome(check, *args):
    try:
        return check(*args)
    except Exception as exc:  # the error itself is what is compared
        return type(exc), str(exc)


@pytest.mark.parametrize("valid", [0, 1])
def test_a_batch_of_run_rows_is_what_each_row_gives_alone(valid):
    """rows.runs_from_rows, which checks a whole batch at C speed, gives the Runs (or the
    error) that run_from_row gives row by row, whatever the JSON columns hold."""
    from expctl.store.rows import run_from_row, runs_from_rows

    base = (1, "u" * 32, None, "e", None, "/w", "finished", 0, None, T0, T0 + 1, "h", "u", 7, "n", None)
    for command in COMMANDS:
        for resources in RESOURCES:
            rows = [base[:4] + (command,) + base[5:15] + (resources, valid)]
            rows.append((2,) + rows[0][1:4] + ('["ok"]',) + rows[0][5:15] + ('{"cpu_s": 2.0}', 1))
            expected = _outcome(lambda batch: [run_from_row("s.db", r[:16], r[16]) for r in batch], rows)
            assert _outcome(runs_from_rows, "s.db", rows) == expected, (command, resources)
