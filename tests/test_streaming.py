"""Output that streams (`list -f json`, `metrics -f json|csv`): the same content as the whole
document built in memory, through the real CLI on a real store."""

from __future__ import annotations

import csv
import io
import json
import sys
from array import array
from pathlib import Path

import pytest

from .conftest import run_expctl
from expctl.render.output import emit_json_array, emit_json_groups
from expctl.render.runs import run_summary_json
from expctl.render.series import series_json, series_rows
from expctl.store import Series, open_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from make_store import build_store  # noqa: E402  (the benchmarks' store generator)


def _json_text(document) -> object:
    """What json makes of `document` written whole (NaN as null, times as text)."""
    return json.loads(json.dumps(document, ensure_ascii=False, default=str))


def test_list_json_streams_every_run_with_the_same_content(db_path):
    build_store(str(db_path), 610)  # more than one batch of runs (500) and of lines (256)
    result = run_expctl("list", "--all", "-f", "json")
    assert result.returncode == 0, result.stderr
    store = open_store(str(db_path))
    ids = store.find_run_ids(None, None, None)
    assert json.loads(result.stdout) == _json_text([run_summary_json(r) for r in store.get_runs(ids)])
    assert len(ids) == 610


def test_list_json_of_no_runs_is_an_empty_array(db_path):
    result = run_expctl("list", "-f", "json")
    assert (result.returncode, result.stdout) == (0, b"[]\n")


def _store_with_series(db_path) -> dict[str, Series]:
    store = open_store(str(db_path))
    from expctl.store import NewRun

    run_id = store.create_run(NewRun(uuid="a" * 32, name="r", experiment="e", command=["x"],
                                     cwd="/", started_at=1.7e9, host="h", user="u"))
    metrics = {
        "loss": Series(array("d", range(150)), array("d", (1.7e9 + i for i in range(150))),
                       array("d", (1 / (i + 1) for i in range(150)))),
        "acc": Series(array("d", [0, 1.5, float("nan")]), array("d", [1.7e9] * 3),
                      array("d", [0.5, float("nan"), float("inf")])),
        "ünï": Series(array("d", [3]), array("d", [1.7e9]), array("d", [-0.0])),
    }
    store.append(run_id, metrics)
    store.append(run_id, {"loss": Series(array("d", [150]), array("d", [1.8e9]), array("d", [7.0]))})
    return store.read_metrics(run_id)


@pytest.mark.parametrize("names", [[], ["loss"], ["ünï", "acc"]])
def test_metrics_json_and_csv_stream_the_same_points(db_path, names):
    stored = _store_with_series(db_path)
    chosen = {n: s for n, s in stored.items() if not names or n in names}
    result = run_expctl("metrics", "r", *names, "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == _json_text(series_json(chosen))
    result = run_expctl("metrics", "r", *names, "-f", "csv")
    headers, rows = series_rows(chosen, exact=True)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([headers, *rows])
    assert result.stdout.decode() == buf.getvalue()


def _captured(write, *args) -> str:
    buf, saved = io.StringIO(), sys.stdout
    sys.stdout = buf
    try:
        write(*args)
    finally:
        sys.stdout = saved
    return buf.getvalue()


@pytest.mark.parametrize("n", [0, 1, 255, 256, 257, 1000])
def test_json_array_is_valid_at_every_batch_edge(n):
    items = [{"i": i, "s": "é\n\"", "f": [1.5, None]} for i in range(n)]
    assert json.loads(_captured(emit_json_array, iter(items))) == items


def test_json_groups_join_consecutive_pieces_of_a_key():
    groups = [("a", [1, 2]), ("a", []), ("a", [3]), ("b", []), ("c", [{"x": None}])]
    assert json.loads(_captured(emit_json_groups, iter(groups))) == {"a": [1, 2, 3], "b": [], "c": [{"x": None}]}
    assert json.loads(_captured(emit_json_groups, iter([]))) == {}


def _csv_text(headers, rows) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([headers, *rows])
    return buf.getvalue()


@pytest.mark.parametrize("columns", [[], ["-c", "id,name,params.lr,metrics.acc,metrics.loss.min"]])
def test_list_csv_streams_the_same_table(db_path, columns):
    from expctl.query.where import parse_columns
    from expctl.render.columns import column_rows
    from expctl.render.runs import list_rows

    build_store(str(db_path), 610)
    store = open_store(str(db_path))
    store.db.execute("DELETE FROM params WHERE run_id = 7 AND name = 'seed'")  # absent in one run
    result = run_expctl("list", "--all", "-f", "csv", *columns)
    assert result.returncode == 0, result.stderr
    runs = store.get_runs(store.find_run_ids(None, None, None))
    if columns:
        headers, rows, _ = column_rows(runs, parse_columns(columns[1]), {})
    else:
        table = list_rows(runs, store.git_summaries([r.id for r in runs]))
        headers, rows = table.headers, table.rows
    assert result.stdout.decode() == _csv_text(headers, rows)


def test_param_spread_finds_what_differs_as_the_whole_set_does():
    import random

    from expctl.analyse.compare import ParamSpread
    from expctl.models import Param

    class R:
        def __init__(self, params):
            self.params = params

    rng = random.Random(3)
    for _ in range(300):
        runs = [R({n: Param(n, rng.choice([1, 1.0, True, "1", 2]), "", "argv")
                   for n in "abcd" if rng.random() < 0.8}) for _ in range(rng.randrange(0, 6))]
        names = sorted({n for r in runs for n in r.params})
        reference = names if len(runs) < 2 else [n for n in names if len(
            {None if n not in r.params else repr(r.params[n].value) for r in runs}) > 1]
        spread = ParamSpread()
        for run in runs:
            spread.add(run)
        assert spread.differing() == reference
