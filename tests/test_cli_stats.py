"""ttest, groups, importance and count through the real CLI.

Two kinds of store: one filled by real `expctl run -- python examples/train.py ...` runs (built
once per module: three learning rates, three seeds), checked against scipy on the values the
store holds; and small stores filled through the store API with exact values, times and
statuses, checked output for output.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest
from typer.testing import CliRunner

from expctl.capture.params import make_param
from expctl.cli.app import app
from expctl.records import NewRun, Series
from expctl.store import open_store

from .conftest import expctl_argv, run_expctl

scipy_stats = pytest.importorskip("scipy.stats")

TRAIN = Path(__file__).resolve().parent.parent / "examples" / "train.py"
T0 = 1_700_000_000.0  # 2023-11-14T22:13:20Z, a Tuesday
DAY = 86400.0
LRS = ("0.001", "0.01", "0.1")
SEEDS = ("1", "2", "3")


def cli(*args: str):
    return CliRunner().invoke(app, list(args))


def ok(*args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def as_json(*args: str):
    return json.loads(ok(*args, "--format", "json"))


# -- a store of real runs ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> str:
    """Nine real runs of examples/train.py: lr 0.001, 0.01, 0.1 x seed 1, 2, 3 (ids 1..9)."""
    home = tmp_path_factory.mktemp("trained")
    db = str(home / "store.db")
    env = {**os.environ, "EXPCTL_DB": db, "HOME": str(home), "NO_COLOR": "1"}
    for lr in LRS:
        for seed in SEEDS:
            done = subprocess.run(
                expctl_argv("run", "-q", "--", sys.executable, str(TRAIN), "--lr", lr, "--seed", seed,
                            "--epochs", "2", "--sleep", "0"),
                capture_output=True, env=env, cwd=home, timeout=60)
            assert done.returncode == 0, done.stderr
    return db


def recorded_values(db: str, metric: str = "val_acc") -> dict[float, list[float]]:
    """The last value of `metric` per run, grouped by lr, read back through `expctl list`."""
    runs = json.loads(ok("list", "--all", "--format", "json", "--db", db))
    by_lr: dict[float, list[float]] = {}
    for run in sorted(runs, key=lambda r: r["id"]):
        by_lr.setdefault(run["params"]["lr"], []).append(run["metrics"][metric]["last"])
    return by_lr


def test_ttest_by_param_on_real_runs_matches_scipy_with_holm(trained):
    doc = as_json("ttest", "val_acc", "--by", "params.lr", "--db", trained)
    values = recorded_values(trained)
    assert doc["format_version"] == 1 and doc["p_adjustment"] == "holm" and doc["test"] == "welch"
    assert [g["label"] for g in doc["groups"]] == ["lr=0.001", "lr=0.01", "lr=0.1"]
    assert [g["runs"] for g in doc["groups"]] == [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    raw = []
    for comparison in doc["comparisons"]:
        a = values[float(comparison["a"].split("=")[1])]
        b = values[float(comparison["b"].split("=")[1])]
        ref = scipy_stats.ttest_ind(b, a, equal_var=False)
        interval = ref.confidence_interval(0.95)
        assert comparison["t"] == pytest.approx(ref.statistic, rel=1e-9)
        assert comparison["df"] == pytest.approx(ref.df, rel=1e-9)
        assert comparison["p"] == pytest.approx(ref.pvalue, rel=1e-9)
        assert comparison["ci_low"] == pytest.approx(interval.low, rel=1e-9)
        assert comparison["ci_high"] == pytest.approx(interval.high, rel=1e-9)
        raw.append(ref.pvalue)
    # Holm by hand: sorted p times 3, 2, 1, kept monotone.
    order = sorted(range(3), key=raw.__getitem__)
    expected, running = [0.0] * 3, 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (3 - rank) * raw[i]))
        expected[i] = running
    assert [c["p_adjusted"] for c in doc["comparisons"]] == pytest.approx(expected, rel=1e-9)
    assert all(c["significant"] for c in doc["comparisons"])


def test_ttest_table_on_real_runs_says_which_is_higher(trained):
    out = ok("ttest", "val_acc", "--by", "lr", "--db", trained)
    assert out.startswith("val_acc (last value per run), by lr\ngroup ")
    assert "Welch's t-test of B against A, two-sided; p adjusted by Holm's method over 3 pairs" in out
    verdicts = out.rstrip("\n").split("\n")[-3:]
    pattern = (r"lr=(0\.01|0\.1) is (higher|lower) than lr=(0\.001|0\.01) by [0-9.]+ "
               r"\(95% CI [0-9.]+ to [0-9.]+\), p = [0-9.e-]+ \(Holm\)")
    assert all(re.fullmatch(pattern, line) for line in verdicts), verdicts
    assert verdicts[0].startswith("lr=0.01 is higher than lr=0.001 by ")


def test_ttest_a_b_by_reference_and_by_condition_agree(trained):
    by_ref = as_json("ttest", "val_acc", "--a", "1..3", "--b", "4,5,6", "--db", trained)
    by_where = as_json("ttest", "val_acc", "--a", "params.lr = 0.001", "--b", "params.lr = 0.01",
                       "--db", trained)
    by_param = as_json("ttest", "val_acc", "--by", "lr", "--where", "params.lr < 0.05", "--db", trained)
    first = by_param["comparisons"][0]
    for doc in (by_ref, by_where):
        assert doc["p_adjustment"] is None
        assert [g["runs"] for g in doc["groups"]] == [[1, 2, 3], [4, 5, 6]]
        assert doc["comparisons"][0]["t"] == first["t"] and doc["comparisons"][0]["p"] == first["p"]
    assert by_where["selections"] == {"A": "params.lr = 0.001", "B": "params.lr = 0.01"}


def test_ttest_student_and_one_sided_alternatives_match_scipy(trained):
    values = recorded_values(trained)
    a, b = values[0.01], values[0.1]
    for alternative in ("less", "greater", "two-sided"):
        doc = as_json("ttest", "val_acc", "--a", "4..6", "--b", "7..9", "--equal-var",
                      "--alternative", alternative, "--confidence", "0.9", "--db", trained)
        ref = scipy_stats.ttest_ind(b, a, equal_var=True, alternative=alternative)
        comparison = doc["comparisons"][0]
        assert doc["test"] == "student" and comparison["df"] == 4
        assert comparison["p"] == pytest.approx(ref.pvalue, rel=1e-9)
        low, high = ref.confidence_interval(0.9)
        assert (comparison["ci_low"] is None) == (alternative == "less")  # -inf is null in JSON
        assert (comparison["ci_high"] is None) == (alternative == "greater")
        if alternative == "two-sided":
            assert (comparison["ci_low"], comparison["ci_high"]) == pytest.approx((low, high), rel=1e-9)
        if alternative == "less":  # B (lr 0.1) is lower: significant, the bound open upwards
            assert re.fullmatch(r"B is lower than A by [0-9.]+ \(90% CI [0-9.]+ to inf\), p = .*",
                                comparison["verdict"])
        if alternative == "greater":
            assert comparison["verdict"].startswith("~ B vs A: no significant difference")


def test_ttest_mann_whitney_on_real_runs(trained):
    values = recorded_values(trained)
    doc = as_json("ttest", "val_acc", "--by", "lr", "--test", "mannwhitney", "--db", trained)
    for comparison in doc["comparisons"]:
        a = values[float(comparison["a"].split("=")[1])]
        b = values[float(comparison["b"].split("=")[1])]
        ref = scipy_stats.mannwhitneyu(b, a)
        assert comparison["u"] == ref.statistic and comparison["method"] == "exact"
        assert comparison["p"] == pytest.approx(ref.pvalue, rel=1e-12)
    # Three runs a side: the smallest two-sided exact p is 0.1, and Holm makes it larger still.
    assert not any(c["significant"] for c in doc["comparisons"])
    out = ok("ttest", "val_acc", "--by", "lr", "--test", "mannwhitney", "--db", trained)
    assert "~ lr=0.01 vs lr=0.001: no significant difference at alpha 0.05 (median " in out


def test_seed_groups_on_real_runs(trained):
    doc = as_json("groups", "val_acc", "--db", trained)
    values = recorded_values(trained)
    assert doc["seed_params"] == ["seed"] and doc["varying_params"] == ["lr"]
    assert [g["params"]["lr"] for g in doc["groups"]] == [0.01, 0.1, 0.001]  # best first
    for group in doc["groups"]:
        sample = values[group["params"]["lr"]]
        assert group["n"] == 3 and sorted(s[0] for s in group["seeds"]) == [1, 2, 3]
        assert group["mean"] == pytest.approx(sum(sample) / 3, rel=1e-12)
        interval = scipy_stats.t.interval(0.95, 2, loc=group["mean"],
                                          scale=scipy_stats.sem(sample))
        assert (group["ci_low"], group["ci_high"]) == pytest.approx(interval, rel=1e-9)
    losses = as_json("groups", "val_loss", "--db", trained)
    assert losses["lower_is_better"] is True
    means = [g["mean"] for g in losses["groups"]]
    assert means == sorted(means)


def test_importance_on_real_runs(trained):
    doc = as_json("importance", "val_acc", "--db", trained)
    values = recorded_values(trained)
    rows = {row["param"]: row for row in doc["params"]}
    assert [row["param"] for row in doc["params"]][-2:] == ["epochs", "sleep"]
    assert rows["epochs"]["type"] == "constant" and rows["epochs"]["note"] == "always 2"
    lrs = [lr for lr in sorted(values) for _ in values[lr]]
    accs = [v for lr in sorted(values) for v in values[lr]]
    ref = scipy_stats.pearsonr(lrs, accs)
    assert rows["lr"]["pearson"]["r"] == pytest.approx(ref.statistic, rel=1e-9)
    assert rows["lr"]["pearson"]["p"] == pytest.approx(ref.pvalue, rel=1e-9)
    rho = scipy_stats.spearmanr(lrs, accs)
    assert rows["lr"]["spearman"]["r"] == pytest.approx(rho.statistic, rel=1e-9)
    groups = [values[lr] for lr in sorted(values)]
    assert rows["lr"]["anova_p"] == pytest.approx(scipy_stats.f_oneway(*groups).pvalue, rel=1e-9)
    # lr is best in the middle of its range: weak r, but its levels explain almost everything.
    assert rows["lr"]["eta_squared"] > 0.95 and rows["lr"]["note"].startswith("not linear")


def test_agg_mean_reads_the_whole_series(trained):
    doc = as_json("groups", "val_acc", "--agg", "mean", "--db", trained)
    series = json.loads(ok("metrics", "1", "val_acc", "--format", "json", "--db", trained))["val_acc"]
    first = next(g for g in doc["groups"] if 1 in g["runs"])
    assert doc["agg"] == "mean" and len(series) == 2
    assert first["min"] <= sum(p["value"] for p in series) / 2 <= first["max"]


# -- stores with exact values ------------------------------------------------------------------

def add_run(store, params: dict, metrics: dict, started: float, status: str = "finished") -> int:
    run_id = store.create_run(NewRun(
        uuid=os.urandom(16).hex(), name=None, experiment="default", command=["python", "train.py"],
        cwd="/proj", started_at=started, host="elsewhere", user="ada", tags=[],
        params={name: make_param(name, text) for name, text in params.items()},
    ))
    for metric, points in metrics.items():
        steps = array("d", range(len(points)))
        store.append(run_id, {metric: Series(steps, array("d", [started + i for i in range(len(points))]),
                                             array("d", points))})
    if status != "running":
        store.finish_run(run_id, status, 0 if status == "finished" else 1, None, started + 30, {})
    return run_id


ARCHS = {"cnn": [0.90, 0.92, 0.91, 0.93], "mlp": [0.85, 0.86, 0.84, 0.88],
         "resnet": [0.95, 0.94, 0.96, 0.955]}


@pytest.fixture
def archs(db_path):
    store = open_store(str(db_path))
    k = 0
    for arch, accs in ARCHS.items():
        for seed, acc in enumerate(accs):
            add_run(store, {"arch": arch, "seed": str(seed), "lr": "0.01"},
                    {"acc": [acc / 2, acc], "loss": [1.0, 1 - acc]}, T0 + 60 * k)
            k += 1
    store.close()
    return db_path


def test_ttest_table_exact(archs):
    assert ok("ttest", "acc", "--by", "params.arch") == """\
acc (last value per run), by params.arch
group          n    mean       std    95% CI of mean    median  runs
-----------  ---  ------  --------  ----------------  --------  -------------
arch=cnn       4   0.915   0.01291  0.8945 to 0.9355     0.915  1, 2, 3, 4
arch=mlp       4  0.8575   0.01708  0.8303 to 0.8847     0.855  5, 6, 7, 8
arch=resnet    4  0.9512  0.008539  0.9377 to 0.9648    0.9525  9, 10, 11, 12

Welch's t-test of B against A, two-sided; p adjusted by Holm's method over 3 pairs
A         B               B − A                95% CI       t    df        p    p (Holm)    Hedges' g  sig
--------  -----------  --------  --------------------  ------  ----  -------  ----------  -----------  -----
arch=cnn  arch=mlp      -0.0575  -0.08417 to -0.03083  -5.372   5.6   0.0021      0.0043       -3.299  *
arch=cnn  arch=resnet  +0.03625    0.01659 to 0.05591   4.684   5.2   0.0049      0.0049        2.877  *
arch=mlp  arch=resnet  +0.09375     0.06819 to 0.1193    9.82   4.4  0.00037      0.0011        6.031  *

arch=mlp is lower than arch=cnn by 0.0575 (95% CI 0.03083 to 0.08417), p = 0.0043 (Holm)
arch=resnet is higher than arch=cnn by 0.03625 (95% CI 0.01659 to 0.05591), p = 0.0049 (Holm)
arch=resnet is higher than arch=mlp by 0.09375 (95% CI 0.06819 to 0.1193), p = 0.0011 (Holm)
"""


def test_ttest_not_significant_is_marked_with_a_tilde(archs):
    out = ok("ttest", "acc", "--a", "1,2", "--b", "3,4", "--alpha", "0.01")
    assert out.splitlines()[-1] == (
        "~ B vs A: no significant difference at alpha 0.01 "
        "(B − A = +0.01, 95% CI -0.05085 to 0.07085, p = 0.55)")
    assert out.splitlines()[0] == "acc (last value per run); A: 1,2; B: 3,4"


def test_ttest_csv_and_markdown(archs):
    rows = list(csv.reader(io.StringIO(ok("ttest", "acc", "--by", "arch", "-f", "csv"))))
    assert rows[0][:4] == ["a", "b", "n_a", "n_b"] and rows[0][-2:] == ["significant", "error"]
    assert [row[:2] for row in rows[1:]] == [["arch=cnn", "arch=mlp"], ["arch=cnn", "arch=resnet"],
                                             ["arch=mlp", "arch=resnet"]]
    assert float(rows[1][rows[0].index("diff")]) == pytest.approx(-0.0575, rel=1e-12)
    markdown = ok("ttest", "acc", "--by", "arch", "-f", "markdown")
    assert markdown.startswith("**acc (last value per run), by arch**\n\n| group ")
    assert "\n- arch=mlp is lower than arch=cnn by 0.0575" in markdown


def test_a_group_of_one_is_reported_and_the_other_pairs_still_tested(db_path):
    store = open_store(str(db_path))
    for k, (arch, acc) in enumerate([("a", 0.5), ("a", 0.52), ("a", 0.51), ("b", 0.7), ("b", 0.72),
                                     ("c", 0.9)]):
        add_run(store, {"arch": arch}, {"acc": [acc]}, T0 + k)
    store.close()
    out = ok("ttest", "acc", "--by", "arch")
    assert "! arch=c vs arch=a: not tested: arch=c has 1 usable run (a test needs 2 or more)" in out
    assert re.search(r"^arch=b is higher than arch=a by 0\.2 .*, p = 0\.0068 \(Holm\)$", out, re.M)
    assert "; p adjusted by Holm's method over 1 pair\n" in out
    doc = as_json("ttest", "acc", "--by", "arch")
    assert doc["comparisons"][1]["error"] and doc["comparisons"][1]["p_adjusted"] is None
    assert doc["groups"][2]["n"] == 1 and doc["groups"][2]["std"] is None  # NaN is null in JSON


def test_nan_values_are_left_out_and_counted(db_path):
    store = open_store(str(db_path))
    for k, acc in enumerate([0.5, 0.52, math.nan, 0.51]):
        add_run(store, {"arch": "a"}, {"acc": [0.1, acc]}, T0 + k)
    for k, acc in enumerate([0.7, 0.72, 0.71]):
        add_run(store, {"arch": "b"}, {"acc": [acc]}, T0 + 10 + k)
    add_run(store, {"arch": "b"}, {"loss": [1.0]}, T0 + 20)
    store.close()
    result = cli("ttest", "acc", "--by", "arch")
    assert result.exit_code == 0
    assert re.search(r"^arch=a +3 \(\+1 nan\) ", result.stdout, re.M)
    assert result.stderr == "note: 1 run left out (no metric acc): 8\n"
    doc = as_json("ttest", "acc", "--by", "arch")
    assert doc["groups"][0]["n"] == 3 and doc["groups"][0]["dropped"] == 1
    assert doc["runs_without_metric"] == [8]
    importance = as_json("importance", "acc")
    assert importance["runs"] == 6 and importance["runs_with_nan_metric"] == 1


def test_seed_groups_exact_and_seed_param_override(db_path):
    store = open_store(str(db_path))
    k = 0
    for lr, accs in (("0.1", [0.6, 0.62]), ("0.01", [0.8, 0.84, 0.82]), ("0.001", [0.7])):
        for seed, acc in enumerate(accs):
            add_run(store, {"lr": lr, "trainer.seed": str(seed), "batch": "64"}, {"acc": [acc]}, T0 + k)
            k += 1
    store.close()
    assert ok("groups", "acc") == """\
acc (last value per run), mean ± std over seeds (seed params: trainer.seed); highest mean first
   lr    n      mean ± std            95% CI  seeds    runs
-----  ---  --------------  ----------------  -------  -------
 0.01    3     0.82 ± 0.02  0.7703 to 0.8697  0 1 2    3, 4, 5
0.001    1             0.7                    0        6
  0.1    2  0.61 ± 0.01414  0.4829 to 0.7371  0 1      1, 2
"""
    # Declared otherwise, the seed is just another param: every run is its own group.
    doc = as_json("groups", "acc", "--seed-param", "batch")
    assert doc["seed_params"] == ["batch"] and len(doc["groups"]) == 6
    assert doc["varying_params"] == ["lr", "trainer.seed"]
    ascending = as_json("groups", "acc", "--minimize")
    assert [g["params"]["lr"] for g in ascending["groups"]] == [0.1, 0.001, 0.01]


def test_every_format_of_groups_and_importance(archs):
    for command in ("groups", "importance"):
        assert as_json(command, "acc")["format_version"] == 1
        markdown = ok(command, "acc", "-f", "markdown")
        assert markdown.startswith("**acc (last value per run)") and "\n|" in markdown
    rows = list(csv.reader(io.StringIO(ok("groups", "acc", "-f", "csv"))))
    assert rows[0] == ["arch", "n", "dropped", "mean", "std", "ci_low", "ci_high", "seeds", "runs"]
    assert rows[1][0] == "resnet" and float(rows[1][3]) == pytest.approx(0.95125, rel=1e-12)
    assert rows[1][-2:] == ["0 1 2 3", "9 10 11 12"]
    rows = list(csv.reader(io.StringIO(ok("importance", "acc", "-f", "csv"))))
    assert rows[0][:5] == ["param", "type", "n", "levels", "pearson_r"]


def test_seed_group_table_is_usable_from_other_commands(archs, capsys):
    from expctl.cli.stats import seed_group_table

    store = open_store(str(archs))
    report = seed_group_table(store, store.get_runs([1, 2, 5, 6]), "loss", fmt="json")
    doc = json.loads(capsys.readouterr().out)
    assert report.lower_is_better and [g.params["arch"] for g in report.groups] == ["cnn", "mlp"]
    assert [g["runs"] for g in doc["groups"]] == [[1, 2], [5, 6]]


def test_importance_categorical_and_constant_params(archs):
    doc = as_json("importance", "acc")
    rows = {row["param"]: row for row in doc["params"]}
    assert rows["arch"]["type"] == "categorical" and rows["arch"]["levels"] == 3
    ref = scipy_stats.f_oneway(*ARCHS.values())
    assert rows["arch"]["anova_p"] == pytest.approx(ref.pvalue, rel=1e-9)
    accs = [v for values in ARCHS.values() for v in values]
    grand = sum(accs) / len(accs)
    between = sum(4 * (sum(v) / 4 - grand) ** 2 for v in ARCHS.values())
    assert rows["arch"]["eta_squared"] == pytest.approx(between / sum((v - grand) ** 2 for v in accs))
    assert rows["lr"] == {"param": "lr", "type": "constant", "n": 12, "levels": 1, "pearson": None,
                          "spearman": None, "eta_squared": None, "anova_p": None,
                          "note": "always 0.01"}
    assert [row["param"] for row in doc["params"]] == ["arch", "seed", "lr"]
    table = ok("importance", "acc")
    arch_line = next(line for line in table.splitlines() if line.startswith("arch "))
    assert "categorical" in arch_line and "█" in arch_line


def test_statistics_use_finished_runs_unless_told(db_path):
    store = open_store(str(db_path))
    for k, (status, acc) in enumerate([("finished", 0.5), ("finished", 0.6), ("failed", 0.1),
                                       ("finished", 0.7)]):
        add_run(store, {"lr": str(k)}, {"acc": [acc]}, T0 + k, status=status)
    store.close()
    assert as_json("importance", "acc")["runs"] == 3
    assert as_json("importance", "acc", "--status", "any")["runs"] == 4
    assert as_json("importance", "acc", "-s", "failed", "-s", "finished")["runs"] == 4
    # Runs named by reference follow the same rule, and what is left out is said on stderr.
    left_out = cli("ttest", "acc", "--a", "1,3", "--b", "2,4")
    assert left_out.exit_code == 1
    assert left_out.stderr.startswith("expctl: left out 1 run that is not finished (1 failed); "
                                      "--status any includes it\n")
    assert as_json("ttest", "acc", "--a", "1,3", "--b", "2,4", "--status", "any")["groups"][0]["n"] == 2


# -- count -------------------------------------------------------------------------------------

@pytest.fixture
def dated(db_path):
    """Runs on 2023-11-14 (3, from 22:13), 11-16 (1), 11-21 (1), 11-22 (1) and 12-01 (1), UTC."""
    store = open_store(str(db_path))
    for offset in (0, 0.01, 0.02, 2, 7, 7.1, 17):
        add_run(store, {}, {"acc": [0.5]}, T0 + offset * DAY)
    store.close()
    return db_path


def utc(*args: str):
    return run_expctl(*args, env={**os.environ, "TZ": "UTC"})


def test_count_by_day_with_sparkline(dated):
    proc = utc("count", "--since", "2023-11-14", "--until", "2023-11-17")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == """\
day               runs
--------------  ------  --------------------
2023-11-14 Tue       3  ████████████████████
2023-11-15 Wed       0
2023-11-16 Thu       1  ██████▋
2023-11-17 Fri       0

█ ▃   4 runs in 4 days from 2023-11-14 Tue
"""


def test_count_by_week_and_month_json_and_csv(dated):
    weeks = json.loads(utc("count", "--by", "week", "--until", "2023-12-03", "-f", "json").stdout)
    assert weeks["format_version"] == 1 and weeks["total"] == 7
    assert [(w["start"], w["runs"]) for w in weeks["intervals"]] == [
        ("2023-11-13T00:00:00.000Z", 4), ("2023-11-20T00:00:00.000Z", 2),
        ("2023-11-27T00:00:00.000Z", 1)]
    months = utc("count", "--by", "month", "--until", "2023-12-31", "-f", "csv").stdout.decode()
    assert months == "month,runs\n2023-11,6\n2023-12,1\n"
    since = json.loads(utc("count", "--since", "2023-11-21T00:00", "--until", "2023-11-22", "-f",
                           "json").stdout)
    assert since["total"] == 2 and [b["runs"] for b in since["intervals"]] == [1, 1]


def test_count_on_an_empty_store_and_bad_times():
    proc = utc("count", "--since", "2d", "-f", "json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["total"] == 0
    bad = run_expctl("count", "--since", "last tuesday")
    assert bad.returncode == 2
    assert bad.stderr.decode() == ("Error: --since 'last tuesday' is not a date or time\n"
                                   "Hint: write 2026-11-28, 2026-11-28T14:00, today, yesterday, or 12h / 7d / 2w ago\n")


# -- errors through the console script ---------------------------------------------------------

@pytest.mark.parametrize("args, code, message", [
    (["ttest", "acc"], 2, "Error: say which runs to compare: --a and --b, or --by\n"),
    (["ttest", "acc", "--by", "arch", "--test", "anova"], 2, "Error: unknown --test 'anova'\n"),
    (["ttest", "acc", "--by", "arch", "--confidence", "95"], 2,
     "Error: confidence level 95.0 is not between 0 and 1\n"),
    (["ttest", "acc", "--by", "arch", "--where", "params.lr >"], 2,
     "Error: bad --where at column 12: expected a value after '>'\n"),
    (["ttest", "nope", "--by", "arch"], 1,
     "Error: none of the 12 selected runs has a metric 'nope'\nHint: their metrics: acc, loss\n"),
    (["ttest", "acc", "--by", "params.color"], 1,
     "Error: none of the 12 selected runs with acc has a param 'color'\n"),
    (["ttest", "acc", "--a", "1", "--b", "2"], 1, "Error: no pair of groups can be tested: "),
    (["ttest", "acc", "--a", "1..5", "--b", "5..8"], 2, "Error: run 5 in both --a and --b\n"),
    (["ttest", "acc", "--a", "params.arch = 'vit'", "--b", "1..4"], 2,
     "Error: --a \"params.arch = 'vit'\" selects no runs\n"),
    (["groups", "acc", "--agg", "median"], 2, "Error: unknown --agg 'median'\n"),
    (["importance", "acc", "-e", "elsewhere"], 1, "Error: no runs match the selection\n"),
])
def test_errors_are_one_line_with_a_hint(archs, args, code, message):
    proc = run_expctl(*args)
    assert proc.returncode == code
    assert proc.stderr.decode().startswith(message) and b"Hint: " in proc.stderr
    assert b"Traceback" not in proc.stderr and proc.stdout == b""


def test_compare_folds_seed_groups_like_groups(tmp_path):
    from .conftest import py, run_expctl as run_cli

    for lr in ("0.01", "0.1"):
        for seed in ("1", "2"):
            assert run_cli("run", "-q", "--", *py(f"print('val_acc: {float(lr) * 10 + int(seed) / 100}')"),
                           "--lr", lr, "--seed", seed).returncode == 0
    folded = run_cli("compare", "--where", "status = 'finished'", "--group-by-seed", "val_acc",
                     "--format", "json")
    groups = run_cli("groups", "val_acc", "--format", "json")
    assert folded.returncode == 0, folded.stderr
    assert json.loads(folded.stdout) == json.loads(groups.stdout)
