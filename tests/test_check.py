"""`expctl check`: exit 0 pass, 1 fail with a one-line reason, 2 usage error."""

from __future__ import annotations

import os

import pytest

from .conftest import copy_store, py, run_expctl


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """1-3: tagged main, acc 0.91, 0.92, 0.93; 4: named pr, acc 0.90; loss 0.3 in each."""
    home = tmp_path_factory.mktemp("check")
    env = {**os.environ, "EXPCTL_DB": str(home / "store.db"), "HOME": str(home)}
    for value in ("0.91", "0.92", "0.93"):
        code = py(f"print('acc: {value} loss: 0.3')")
        assert run_expctl("run", "-q", "-t", "main", "--", *code, env=env, cwd=home).returncode == 0
    code = py("print('acc: 0.90 loss: 0.3')")
    assert run_expctl("run", "-q", "-n", "pr", "--", *code, env=env, cwd=home).returncode == 0
    return home / "store.db"


@pytest.fixture
def runs(recorded, db_path):
    """A copy of the recorded store as this test's store."""
    copy_store(recorded, db_path)


def _check(*args):
    out = run_expctl("check", *args)
    return out.returncode, out.stdout.decode(), out.stderr.decode()


def test_bounds(runs):
    assert _check("pr", "--metric", "acc", "--min", "0.9") == (0, "pass: acc = 0.9 is within bounds\n", "")
    assert _check("pr", "--metric", "acc", "--min", "0.95") == (
        1, "FAIL: acc = 0.9 is below the minimum 0.95\n", "")
    assert _check("pr", "-m", "loss", "--max", "0.2")[:2] == (1, "FAIL: loss = 0.3 is above the maximum 0.2\n")


def test_baseline_relative_and_absolute(runs):
    where = "tags contains 'main'"
    assert _check("pr", "--metric", "acc", "--baseline", where, "--no-worse-than", "0.5%") == (
        1, "FAIL: acc = 0.9 vs baseline 0.92 over 3 runs (higher is better): worse by 0.02 "
           "(2.17%), allowed 0.5%\n", "")
    assert _check("pr", "--metric", "acc", "--baseline", where, "--no-worse-than", "3%")[0] == 0
    assert _check("pr", "--metric", "acc", "--baseline", "1 2 3", "--no-worse-than", "0.03")[0] == 0
    assert _check("pr", "--metric", "acc", "--baseline", "1..3", "--no-worse-than", "0.01")[0] == 1
    # lower is better for loss: an equal loss passes even with no tolerance
    assert _check("pr", "--metric", "loss", "--baseline", where)[0] == 0
    # --minimize turns the direction around: a lower acc is then better
    assert _check("pr", "--metric", "acc", "--baseline", where, "--minimize")[0] == 0


def test_significant_uses_the_t_test(runs):
    code, out, _ = _check("pr", "--metric", "acc", "--baseline", "tags contains 'main'", "--significant")
    # one run against three: t = -0.02 / (0.01 * sqrt(1 + 1/3)) = -1.732, df 2, one-sided p 0.113
    assert (code, out) == (0, "pass: acc = 0.9 vs baseline 0.92 over 3 runs (higher is better): "
                              "within the baseline (not significant, p = 0.113)\n")
    code, out, _ = _check("pr", "--metric", "acc", "--baseline", "tags contains 'main'", "--significant",
                          "--alpha", "0.2")
    assert code == 1 and out.endswith("no loss allowed, p = 0.113 < 0.2\n")
    code, _, err = _check("pr", "--metric", "acc", "--baseline", "1", "--significant")
    assert code == 1 and err.startswith("Error: --significant needs at least 2 baseline runs")


def test_missing_metric_fails(runs):
    assert _check("pr", "--metric", "f1", "--min", "0.5") == (1, "FAIL: run 4 has no metric 'f1'\n", "")


@pytest.mark.parametrize("args, message", [
    (("pr", "--metric", "acc"), "Error: nothing to check"),
    (("pr", "--metric", "acc", "--no-worse-than", "1%"), "Error: --no-worse-than and --significant compare"),
    (("pr", "--metric", "acc", "--baseline", "1", "--no-worse-than", "lots"), "Error: --no-worse-than takes"),
    (("99", "--metric", "acc", "--min", "1"), "Error: no run matches '99'"),
    (("pr", "--metric", "acc", "--baseline", "nosuch"), "Error: --baseline: no run matches 'nosuch'"),
    (("pr", "--metric", "acc", "--baseline", "status = 'crashed'"), "Error: no baseline run with a metric 'acc'"),
    (("pr", "--metric", "acc", "--min", "1", "--agg", "median"), "Error: unknown --agg 'median'"),
])
def test_usage_errors_exit_2(runs, args, message):
    code, out, err = _check(*args)
    assert code == 2, err
    assert out == "" and err.startswith(message) and "Traceback" not in err
