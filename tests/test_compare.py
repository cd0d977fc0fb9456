"""`expctl compare`: which value is best, what is shown, and every output format, exactly."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
from array import array

import pytest
from typer.testing import CliRunner

from expctl.cli.app import app
from expctl.analyse.compare import best_indexes, build_comparison, differing_params
from expctl.models import GitInfo, Param
from expctl.records import NewRun, Series
from expctl.store import open_store

from .conftest import expctl_argv

T0 = 1_700_000_000.0


def cli(*args: str):
    return CliRunner().invoke(app, list(args))


def ok(*args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def add(store, name, params, metrics, git, status, duration):
    k = len(store.find_run_ids())
    run_id = store.create_run(NewRun(
        uuid=f"{k:032x}", name=name, experiment="cifar", command=["python", "train.py"],
        cwd="/proj", started_at=T0 + 60 * k, host="elsewhere", user="ada",
        params={n: Param(n, v, str(v)) for n, v in params.items()}))
    for metric, values in metrics.items():
        store.append(run_id, {metric: Series(array("d", range(1, len(values) + 1)),
                                             array("d", [T0] * len(values)), array("d", values))})
    if git:
        store.record_git(run_id, git)
    store.finish_run(run_id, status, 0 if status == "finished" else 1, None, T0 + 60 * k + duration,
                     {})
    return run_id


@pytest.fixture
def store(db_path):
    opened = open_store(str(db_path))
    add(opened, "base", {"lr": 0.1, "epochs": 10, "opt": "sgd"},
        {"acc": [0.5, 0.7, 0.9], "loss": [1.0, 0.5, 0.25], "epoch": [1, 2, 3], "sys/rss_mb": [10]},
        GitInfo("a" * 40, "main", False, None, "/proj"), "finished", 75)
    add(opened, "wide", {"lr": 0.01, "epochs": 10, "opt": "adam"},
        {"acc": [0.6, 0.95], "loss": [0.9, 0.3], "epoch": [1, 2]},
        GitInfo("b" * 40, "main", True, None, "/proj"), "failed", 3.5)
    add(opened, None, {"lr": 0.1, "epochs": 10, "opt": "sgd"},
        {"acc": [0.8], "loss": [0.4]}, None, "finished", 10)
    yield opened
    opened.close()


# --- which value is best ----------------------------------------------------------------------


@pytest.mark.parametrize("values, direction, best", [
    ([0.9, 0.95, 0.8], "max", [1]),
    ([0.9, 0.95, 0.8], "min", [2]),
    ([0.9, None, 0.9, 0.5], "max", [0, 2]),  # ties are all best
    ([0.9, 0.9], "max", []),  # nothing to choose between
    ([0.9, None], "max", []),
    ([float("nan"), 0.3, float("inf"), 0.5], "min", [1]),  # only finite values compete
    ([0.9, 0.95], None, []),
])
def test_best_indexes(values, direction, best):
    assert best_indexes(values, direction) == best


def test_only_params_that_differ_unless_all(store):
    runs = store.get_runs([1, 2, 3])
    assert differing_params(runs) == ["lr", "opt"]
    data = build_comparison(runs, {}, {}, all_params=True)
    assert [row["name"] for row in data["params"]] == ["epochs", "lr", "opt"]
    assert build_comparison(runs[:1], {}, {})["params"][0]["values"] == [10]


# --- the formats ------------------------------------------------------------------------------


def test_plain_table_one_column_per_run_best_marked_with_a_star(store):
    assert ok("compare", "1", "2", "3") == (
        "run            1          2          3\n"
        "-------------  ---------  ---------  --------\n"
        "name           base       wide\n"
        "status         finished   failed     finished\n"
        "duration       1m15s      3.5s       10s\n"
        "git            aaaaaaaa   bbbbbbbb*\n"
        "params.lr      0.1        0.01       0.1\n"
        "params.opt     sgd        adam       sgd\n"
        "metrics.acc    0.9 ▁▄█    0.95* ▁█   0.8 ▅\n"
        "metrics.epoch  3 ▁▅█      2 ▁█\n"
        "metrics.loss   0.25* █▃▁  0.3 █▁     0.4 ▅\n"
    )


def test_rows_transposes_and_agg_adds_min_and_max(store):
    lines = ok("compare", "1..3", "--rows", "--agg", "last,max", "--all").splitlines()
    assert [line.split() for line in lines[:1] + lines[2:]] == [
        ["run", "name", "status", "duration", "git", "params.epochs", "params.lr", "params.opt",
         "metrics.acc", "metrics.acc.max", "metrics.epoch", "metrics.epoch.max", "metrics.loss",
         "metrics.loss.max"],
        ["1", "base", "finished", "1m15s", "aaaaaaaa", "10", "0.1", "sgd", "0.9", "▁▄█", "0.9",
         "3", "▁▅█", "3", "0.25*", "█▃▁", "1"],
        ["2", "wide", "failed", "3.5s", "bbbbbbbb*", "10", "0.01", "adam", "0.95*", "▁█", "0.95*",
         "2", "▁█", "2", "0.3", "█▁", "0.9"],
        ["3", "finished", "10s", "10", "0.1", "sgd", "0.8", "▅", "0.8", "0.4", "▅", "0.4*"],
    ]


def test_markdown_pastes_into_a_pull_request_with_the_best_in_bold(store):
    assert ok("compare", "2", "1", "--format", "markdown", "--minimize", "acc") == (
        "| run           | 2         | 1            |\n"
        "|---------------|-----------|--------------|\n"
        "| name          | wide      | base         |\n"
        "| status        | failed    | finished     |\n"
        "| duration      | 3.5s      | 1m15s        |\n"
        "| git           | bbbbbbbb* | aaaaaaaa     |\n"
        "| params.lr     | 0.01      | 0.1          |\n"
        "| params.opt    | adam      | sgd          |\n"
        "| metrics.acc   | 0.95 ▁█   | **0.9** ▁▄█  |\n"
        "| metrics.epoch | 2 ▁█      | 3 ▁▅█        |\n"
        "| metrics.loss  | 0.3 █▁    | **0.25** █▃▁ |\n"
    )


def test_csv_has_exact_values_and_no_decoration(store):
    rows = list(csv.reader(io.StringIO(ok("compare", "1", "2", "--format", "csv", "--sys"))))
    assert rows == [
        ["run", "1", "2"],
        ["name", "base", "wide"],
        ["status", "finished", "failed"],
        ["duration", "75.0", "3.5"],
        ["git", "a" * 40, "b" * 40],
        ["params.lr", "0.1", "0.01"],
        ["params.opt", "sgd", "adam"],
        ["metrics.acc", "0.9", "0.95"],
        ["metrics.epoch", "3.0", "2.0"],
        ["metrics.loss", "0.25", "0.3"],
        ["metrics.sys/rss_mb", "10.0", ""],
    ]


def test_json_contract(store):
    doc = json.loads(ok("compare", "--where", "status = 'finished'", "--format", "json",
                        "--agg", "last,min,count"))
    assert doc == {
        "format_version": 1,
        "runs": [
            {"id": 3, "name": None, "experiment": "cifar", "status": "finished",
             "duration_s": 10.0, "git": {"commit": None, "dirty": False}},
            {"id": 1, "name": "base", "experiment": "cifar", "status": "finished",
             "duration_s": 75.0, "git": {"commit": "a" * 40, "dirty": False}},
        ],
        "params": {},
        "metrics": {
            "acc": {"direction": "max", "last": [0.8, 0.9], "min": [0.8, 0.5], "count": [1, 3],
                    "best": {"last": [1], "min": [3]}},
            "epoch": {"direction": None, "last": [None, 3.0], "min": [None, 1.0],
                      "count": [None, 3], "best": {"last": [], "min": []}},
            "loss": {"direction": "min", "last": [0.4, 0.25], "min": [0.4, 0.25],
                     "count": [1, 3], "best": {"last": [1], "min": [1]}},
        },
    }


def test_where_sort_and_limit_choose_the_columns(store):
    doc = json.loads(ok("compare", "--where", "metrics.acc > 0", "--sort", "metrics.acc:desc",
                        "--limit", "2", "-f", "json"))
    assert [run["id"] for run in doc["runs"]] == [2, 1]


def test_best_values_are_bold_green_on_a_terminal(store, db_path):
    env = dict(os.environ, COLUMNS="120")
    env.pop("NO_COLOR", None)
    controller, terminal = pty.openpty()
    try:
        proc = subprocess.run(expctl_argv("compare", "1", "2", "--db", str(db_path)),
                              stdout=terminal, stderr=subprocess.PIPE, env=env, timeout=60)
        os.close(terminal)
        terminal = None
        output = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: the terminal's other side is closed and drained
                break
            if not chunk:
                break
            output += chunk
    finally:
        if terminal is not None:
            os.close(terminal)
        os.close(controller)
    assert proc.returncode == 0, proc.stderr
    text = output.decode()
    assert "\x1b[1;32m0.95\x1b[0m" in text  # acc: run 2
    assert "\x1b[1;32m0.25\x1b[0m" in text  # loss: run 1
    assert "*" not in text.replace("bbbbbbbb*", "")


@pytest.mark.parametrize("args, code, stderr", [
    ([], 2, "Error: name the runs to compare, or select them with --where\n"),
    (["1", "--agg", "last,median"], 2, "Error: unknown --agg 'median'\n"),
    (["--where", "id > 10"], 1, "Error: no runs match\n"),
    (["--where", "id >"], 2, "Error: bad --where at column 5: expected a value after '>'\n"),
    (["1", "--limit", "0"], 2, "Error: --limit must be at least 1\n"),
    (["1", "--format", "yaml"], 2, "Error: unknown format 'yaml'\n"),
])
def test_usage_errors(store, args, code, stderr):
    result = cli("compare", *args)
    assert result.exit_code == code
    assert result.stdout == ""
    assert result.stderr.startswith(stderr)
