"""`list -f csv` with its default columns (render.listing_csv): the columns found from the
store's param_levels and metric_names are the ones ParamSpread finds over every run loaded
whole, on both engines; the rows the compiled listing_csv (expctl/transfer/_listing_csv.c)
writes from an SQLite file are the bytes of the Python path (render.runs.list_rows through
csv.writer) on random stores with odd values (text csv quotes, unicode, NaN and infinities,
bools, runs without metrics, params, git or an end, times today, this year and before); a
batch it does not take raises, so the Python path writes it or says what is damaged; and the
command writes what the earlier implementation wrote, byte for byte."""

from __future__ import annotations

import random
import sqlite3
import time

import pytest

from expctl.analyse.compare import ParamSpread
from expctl.models import GitInfo, Param
from expctl.render.listing_csv import csv_text, listing_csv_columns, python_rows, spread_columns
from expctl.render.runs import list_rows, shown_metrics
from expctl.store import open_store
from expctl.transfer.listing_lines import csv_batch_writer, csv_spread

from . import test_listing_lines as listing
from . import test_param_levels as levels
from .conftest import run_expctl

CSV_TEXT = ["a", "b,c", 'q"uote', "new\nline", "\u00e9t\u00e9", "\U0001f600", " ", "", "\x00", "tab\t"]


def _csv_text(rng: random.Random) -> str:
    return "".join(rng.choice(CSV_TEXT) for _ in range(rng.randint(0, 3)))


def _fill(store, rng: random.Random, runs: int) -> list[int]:
    """listing's random runs, with names and params of text csv quotes, bools, git records
    (clean, dirty, without a commit, a commit of unicode) and times from today back to years
    before."""
    ids = listing._fill(store, rng, runs)
    now = time.time()
    for run_id in ids:
        extra = {f"c{_csv_text(rng)}": Param("x", rng.choice([True, False, _csv_text(rng), 3, 0.25]), "x")
                 for _ in range(rng.randint(0, 2))}
        store.add_params(run_id, [p._replace(name=name) for name, p in extra.items()])
        if rng.random() < 0.7:
            commit = rng.choice([None, "", "0123456789abcdef" * 2, "\u00e9" * 9 + "abc", "short"])
            store.record_git(run_id, GitInfo(commit, "main", rng.random() < 0.5))
    store.close()
    with sqlite3.connect(store.path) as conn:  # start times the listing writes each way
        for run_id in ids:
            started = rng.choice([now - rng.random() * 60, now - 86400 * rng.uniform(1, 40),
                                  now - 86400 * rng.uniform(400, 4000), listing.T0])
            length = rng.choice([0.04, 9.94, 9.96, 10.5, 11.5, 59.5, 60.0, 3599.5, 86399.5, 90061.0, 1e7])
            conn.execute("UPDATE runs SET started_at = ?, ended_at = CASE WHEN ended_at IS NULL"
                         " THEN NULL ELSE ? END WHERE id = ?", (started, started + length, run_id))
            conn.execute("UPDATE runs SET name = ? WHERE id = ? AND name IS NOT NULL", (_csv_text(rng), run_id))
    conn.close()
    return ids


def _compiled(store, ids: list[int]) -> bytes:
    params, metrics = listing_csv_columns(store, ids)
    write = csv_batch_writer(store, params, metrics)
    assert write is not None
    return write(ids)


def _reference(store, ids: list[int]) -> str:
    """What `list -f csv` wrote before: ParamSpread and the metrics over every run loaded whole,
    then list_rows of the runs through csv.writer."""
    spread, names = ParamSpread(), set()
    for run in store.iter_runs(ids, 500):
        spread.add(run)
        names.update(run.metrics)
    columns = (spread.differing(), shown_metrics(names))
    runs = store.get_runs(ids)
    table = list_rows(runs, store.git_summaries([run.id for run in runs]), columns=columns)
    return csv_text([table.headers] + table.rows)


@pytest.mark.parametrize("seed", range(6))
def test_each_batch_is_the_python_paths_bytes(db_path, seed):
    rng = random.Random(seed)
    store = open_store(str(db_path))
    ids = _fill(store, rng, 40)
    store = open_store(str(db_path))
    orders = [ids[::-1], ids, rng.sample(ids, 25), [ids[3], 10_000, ids[0]], ids[5:9], [10_001]]
    for order in orders:  # newest first (a range), oldest first, any order, missing ids
        params, metrics = listing_csv_columns(store, order)
        assert _compiled(store, order).decode() == python_rows(store, order, params, metrics)
        found = csv_spread(store, order, batch=7)  # the compiled pass for the columns
        assert found is not None and spread_columns(*found) == (params, metrics)


@pytest.mark.parametrize("seed", [31, 32])
def test_the_columns_are_those_paramspread_finds(engine_url, seed):
    """Odd param values (1, 1.0 and True; 0.0 and -0.0; NaN; text), params some runs lack, a
    constant one, for all runs, some, two, one and none, both ways SQLite reads levels; and
    the compiled pass over an SQLite file, where it takes the rows (the NaNs it leaves to the
    Python way deleted first, the second time)."""
    rng = random.Random(seed)
    store = levels._store_of(engine_url, rng, 90)
    ids = list(range(1, 91))
    sqlite = not engine_url.startswith("postgresql")
    for without_nan in (False, True):
        if without_nan and sqlite:
            store.db.execute("DELETE FROM params WHERE type = 'float' AND value IS NULL OR value IN ('nan', 'inf', '-inf')")
        for chosen in (ids, rng.sample(ids, 30), ids[:2], ids[4:5], []):
            expected = _paramspread_columns(store, chosen)
            assert listing_csv_columns(store, chosen) == expected
            store._few_runs = 0  # as for 100,000 runs: params a value at a time
            assert listing_csv_columns(store, chosen) == expected
            del store._few_runs
            found = csv_spread(store, chosen, batch=7)
            assert found is not None or not (without_nan and sqlite)
            if found is not None:
                assert spread_columns(*found) == expected
    store.close()


def _paramspread_columns(store, ids: list[int]) -> tuple[list[str], list[str]]:
    spread, names = ParamSpread(), set()
    for run in store.iter_runs(ids, 50):
        spread.add(run)
        names.update(run.metrics)
    return spread.differing(), shown_metrics(names)


@pytest.mark.parametrize(("statement", "why"), [
    ("UPDATE params SET type = 'float', value = NULL WHERE name = 'zz'", "a NaN param, kept as NULL"),
    ("UPDATE runs SET name = 'car' || char(13) || 'riage'", "a carriage return, which csv may or may not quote"),
    ("UPDATE metric_summaries SET last = 'x'", "a damaged summary"),
    ("UPDATE runs SET command = '[\"a\", 1]'", "a command that is not words"),
    ("UPDATE runs SET resources = '{\"incomplete\": true}'", "a run marked incomplete"),
    ("UPDATE runs SET uuid = x'00' WHERE id = 2", "a damaged run row"),
    ("UPDATE runs SET host = CAST(x'ff' AS TEXT)", "text that is not UTF-8, not shown"),
    ("UPDATE run_tags SET tag = x'00' WHERE tag = 't'", "a tag that is not text"),
    ("UPDATE run_git SET commit_sha = x'00'", "a commit that is not text"),
    ("UPDATE run_git SET dirty = 0.5", "a dirty flag that is not 0 or 1"),
])
def test_a_batch_it_does_not_take_raises(db_path, statement, why):
    store = open_store(str(db_path))
    ids = listing._fill(store, random.Random(3), 10)
    for run_id in ids:
        store.record_git(run_id, GitInfo("abc", None, False))
    store.close()
    listing.damage(db_path, ids[0], statement)
    store = open_store(str(db_path))
    with pytest.raises(ValueError):
        _compiled(store, ids)


def test_list_csv_is_what_the_earlier_implementation_wrote(db_path):
    """The command, through the compiled path where it can and the Python path for a batch it
    cannot (a NaN param in the second of three batches of 1,000), writes what ParamSpread and
    list_rows wrote, in the listing's order (newest first: random start times)."""
    store = open_store(str(db_path))
    listing._fill(store, random.Random(11), 2100)
    store.close()
    listed = run_expctl("list", "--all", "-f", "ids")
    order = [int(line) for line in listed.stdout.split()]
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT OR REPLACE INTO params VALUES (?, 'lr', 'float', NULL, 'nan', 'cli')", (order[1500],))
    conn.close()
    store = open_store(str(db_path))
    assert _compiled(store, order[:1000]) and _compiled(store, order[2000:])  # the compiled path's
    with pytest.raises(ValueError):
        _compiled(store, order[1000:2000])
    result = run_expctl("list", "--all", "-f", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == _reference(store, order)
    empty = run_expctl("list", "--all", "-f", "csv", "--where", "id < 0")
    assert empty.stdout.decode() == "id,name,experiment,status,started,duration,git\n"
