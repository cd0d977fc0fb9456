"""Which runs an analysis uses (expctl.analyse.selection): finished runs unless asked, by every command
that analyses (ttest, groups, importance, compare --group-by-seed, check --baseline), and never
silently. Real runs: a failed run is a command that printed its metric and exited 1."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from expctl.errors import UsageError
from expctl.analyse.selection import chosen_statuses, is_condition, keep_analysed, left_out_note, split_refs

from .conftest import copy_store, py, run_expctl

NOTE = "expctl: left out 1 run that is not finished (1 failed); --status any includes it\n"


def test_the_rule():
    assert chosen_statuses(None) == ("finished",)
    assert chosen_statuses([]) == ("finished",)
    assert chosen_statuses(["failed", "finished"]) == ("failed", "finished")
    assert chosen_statuses(["any"]) == ()
    assert chosen_statuses(None, default=("any",)) == ()
    with pytest.raises(UsageError, match="unknown status 'done'"):
        chosen_statuses(["done"])
    runs = [SimpleNamespace(status=s) for s in ("finished", "failed", "crashed", "failed")]
    kept, left_out = keep_analysed(runs, ("finished",))
    assert kept == runs[:1] and left_out == {"failed": 2, "crashed": 1}
    assert keep_analysed(runs, ()) == (runs, {})
    assert left_out_note(left_out, ("finished",)) == (
        "left out 3 runs that are not finished (1 crashed, 2 failed); --status any includes them")
    assert left_out_note({}, ("finished",)) is None


def test_references_or_a_condition_one_rule_for_ttest_and_check():
    for text in ("3,5,7", "12..20", "last~4..last", "main-1 main-2", "lenet-1"):
        assert not is_condition(text), text
    for text in ("params.lr = 0.1", "tags contains 'main'", "status is not null", "id>3",
                 "(params.seed < 3)", "name ~ 'x' or id in (1, 2)"):
        assert is_condition(text), text
    assert split_refs(" 3, 5  7,") == ["3", "5", "7"]


@pytest.fixture(scope="module")
def recorded(tmp_path_factory) -> Path:
    """1-2: finished, lr 0.1 (acc 0.9, seeds 1, 2); 3: failed, lr 0.1 (acc 0.1, seed 3);
    4-5: finished, lr 0.2 (acc 0.7, 0.72, seeds 1, 2); 6: finished, lr 0.1 (acc 0.85, seed 4)."""
    home = tmp_path_factory.mktemp("selection")
    env = {**os.environ, "EXPCTL_DB": str(home / "store.db"), "HOME": str(home)}
    for lr, seed, acc, code in (("0.1", "1", 0.9, 0), ("0.1", "2", 0.9, 0), ("0.1", "3", 0.1, 1),
                                ("0.2", "1", 0.7, 0), ("0.2", "2", 0.72, 0), ("0.1", "4", 0.85, 0)):
        child = py(f"print('acc: {acc}'); raise SystemExit({code})")
        done = run_expctl("run", "-q", "--", *child, "--lr", lr, "--seed", seed, env=env, cwd=home)
        assert done.returncode == code, done.stderr
    return home / "store.db"


@pytest.fixture
def runs(recorded, db_path):
    """A copy of the recorded store as this test's store."""
    copy_store(recorded, db_path)
    return db_path


def _json(*args: str):
    done = run_expctl(*args, "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout), done.stderr.decode()


@pytest.mark.parametrize("command, count", [
    (("groups", "acc", "--where", "id <= 5"), lambda doc: sorted(g["n"] for g in doc["groups"])),
    (("compare", "1..5", "--group-by-seed", "acc"), lambda doc: sorted(g["n"] for g in doc["groups"])),
    (("ttest", "acc", "--by", "params.lr", "--where", "id <= 5"),
     lambda doc: sorted(g["n"] for g in doc["groups"])),
    (("ttest", "acc", "--a", "1,2,3", "--b", "4,5"), lambda doc: sorted(g["n"] for g in doc["groups"])),
])
def test_analyses_use_finished_runs_and_say_what_they_left_out(runs, command, count):
    doc, err = _json(*command)
    assert count(doc) == [2, 2] and err == NOTE
    doc, err = _json(*command, "--status", "any")
    assert count(doc) == [2, 3] and err == ""


def test_importance_leaves_the_failed_run_out(runs):
    doc, err = _json("importance", "acc")
    assert doc["runs"] == 5 and err == NOTE
    assert _json("importance", "acc", "-s", "finished", "-s", "failed")[0]["runs"] == 6


def test_check_baseline_leaves_the_failed_run_out(runs):
    # Baseline 1..3: with the failed run its mean is 0.63 and run 6 (0.85) would pass; the
    # finished runs' mean is 0.9, and 0.85 is more than 1% short of it.
    args = ("check", "6", "--metric", "acc", "--baseline", "1..3", "--no-worse-than", "1%")
    done = run_expctl(*args)
    assert done.returncode == 1 and done.stdout.startswith(b"FAIL: ")
    assert done.stderr.decode() == NOTE
    assert run_expctl(*args, "--status", "any").returncode == 0
    where = run_expctl("check", "6", "--metric", "acc", "--baseline", "params.lr = 0.1",
                       "--no-worse-than", "1%")
    assert where.returncode == 1 and where.stderr.decode() == NOTE


def test_showing_runs_is_not_analysing_them(runs):
    """compare side by side, list and count show failed runs; --status on compare without
    --group-by-seed is refused rather than ignored."""
    side = json.loads(run_expctl("compare", "1..3", "--format", "json").stdout)
    assert [run["status"] for run in side["runs"]] == ["finished", "finished", "failed"]
    refused = run_expctl("compare", "1..3", "--status", "any")
    assert refused.returncode == 2 and refused.stderr.startswith(b"Error: --status chooses the runs")
    assert json.loads(run_expctl("count", "--format", "json").stdout)["total"] == 6


def test_the_reports_ttest_follows_the_rule_and_its_table_shows_every_run(runs):
    """`report --ttest` tests what `ttest` tests (finished runs, a note for the others); the
    page's table still shows every run chosen, the failed one included."""
    args = ("report", "1..5", "--format", "markdown", "--metric", "acc", "--ttest", "acc",
            "--by", "params.lr")
    done = run_expctl(*args)
    assert done.returncode == 0 and done.stderr.decode() == NOTE
    table, ttest = done.stdout.decode().split("## t-test")
    assert "| 3    |        | default      | failed   |" in table
    assert "| 1, 2   |" in ttest and "1, 2, 3" not in ttest
    every = run_expctl(*args, "--status", "any")
    assert every.returncode == 0 and every.stderr == b""
    assert "| 1, 2, 3 |" in every.stdout.decode().split("## t-test")[1]
    refused = run_expctl("report", "1..5", "--format", "markdown", "--status", "any")
    assert refused.returncode == 2 and refused.stderr.startswith(b"Error: --status chooses the runs of --ttest")
