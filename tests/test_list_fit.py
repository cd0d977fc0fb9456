"""`expctl list` on a terminal: columns that fit whole, never a number split over lines, and a
note on stderr saying what was left out and how to see it (issue 12.21). Real runs, the real
CLI on a real pseudo-terminal, COLUMNS set, and the output parsed."""

from __future__ import annotations

import csv
import io
import os
import re
import select
import subprocess

import pytest

from .conftest import copy_store, expctl_argv, py, run_expctl

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
METRICS = ("train_loss", "val_loss", "train_accuracy", "val_accuracy", "precision_macro",
           "recall_macro", "f1_macro", "learning_rate", "epoch", "grad_norm", "throughput",
           "bleu_score", "top5_accuracy", "calibration_error")


def on_terminal(*args: str, columns: int) -> tuple[str, str]:
    """Run the CLI with stdout on a pty (stderr on a pipe); return both, ANSI codes removed."""
    master, slave = os.openpty()
    env = {**os.environ, "COLUMNS": str(columns)}
    proc = subprocess.Popen(expctl_argv(*args), stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    out = bytearray()
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        assert ready, "no output within 30 s"
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the pty
            break
        if not chunk:
            break
        out.extend(chunk)
    os.close(master)
    err = proc.stderr.read().decode()
    assert proc.wait(30) == 0, err
    return ANSI.sub("", out.decode().replace("\r\n", "\n")), err


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """Four runs: lr, batch size and arch differ; fourteen metrics each; one run named."""
    home = tmp_path_factory.mktemp("listfit")
    env = {**os.environ, "EXPCTL_DB": str(home / "store.db"), "HOME": str(home)}
    for k, (lr, batch, arch) in enumerate((("0.001", "32", "resnet50"), ("0.01", "64", "vit_base"),
                                           ("0.1", "128", "resnet50"), ("0.0003", "256", "convnext"))):
        lines = "; ".join(f"print('{m}: {0.123456789 * (i + 1) + k / 7:.9f}')" for i, m in enumerate(METRICS))
        name = ["-n", "a-rather-long-run-name-for-a-narrow-terminal"] if k == 2 else []
        done = run_expctl("run", "-q", *name, "--", *py(lines), "--lr", lr, "--batch-size", batch,
                          "--arch", arch, env=env, cwd=home)
        assert done.returncode == 0, done.stderr
    return home / "store.db"


@pytest.fixture
def store(recorded, db_path):
    copy_store(recorded, db_path)


def every_value(db_path) -> dict[str, dict[str, str]]:
    """Run id -> column -> cell, from `list -f csv` (every column, nothing fitted)."""
    rows = list(csv.DictReader(io.StringIO(run_expctl("list", "-f", "csv").stdout.decode())))
    return {row["id"]: row for row in rows}


@pytest.mark.parametrize("columns", [80, 120, 200])
def test_no_cell_is_ever_split_and_what_is_left_out_is_said(store, db_path, columns):
    out, err = on_terminal("list", columns=columns)
    lines = out.rstrip("\n").split("\n")
    assert len(lines) == 5, out  # a header and one line per run: nothing wrapped
    assert all(len(line) <= columns for line in lines), out
    headers = lines[0].split()
    assert headers[0] == "id" and "status" in headers
    truth = every_value(db_path)
    for line in lines[1:]:
        cells = dict(zip(headers, _cells(line, lines[0])))
        row = truth[cells["id"]]
        for header, cell in cells.items():
            if header in METRICS:  # numbers are whole: the same text as in the CSV
                assert cell == row[header] and float(cell) > 0, (header, line)
    left = 7 + 3 + len(METRICS) - len(headers)  # run facts, differing params, metrics
    assert left > 0 and len([h for h in headers if h in METRICS]) >= 2
    assert re.fullmatch(rf"expctl: {left} columns left out to fit {columns} characters: [^;]+; choose "
                        r"columns with --columns id,\S+, or see every column with -f csv\n", err), err
    assert {"lr", "batch_size", "arch"} <= set(headers), "differing params come before metrics"


def _cells(line: str, header: str) -> list[str]:
    """Cells of a row, cut where the header's columns start (text cells may hold spaces)."""
    starts = [m.start() for m in re.finditer(r"\S+", header)]
    bounds = starts[1:] + [None]
    return [line[a:b].strip() for a, b in zip(starts, bounds)]


def test_at_80_columns_goal_metrics_come_before_counters_and_named_ones_first(store):
    out, _ = on_terminal("list", columns=80)
    headers = out.split("\n")[0].split()
    assert not {"epoch", "learning_rate"} & set(headers), headers
    out, err = on_terminal("list", "--sort", "metrics.bleu_score:desc", columns=80)
    assert "bleu_score" in out.split("\n")[0].split()
    assert "metrics.bleu_score" not in err


def test_a_long_name_is_cut_short_with_an_ellipsis(store):
    out, _ = on_terminal("list", columns=80)
    assert "a-rather-long-run-name-for-a-narrow-terminal" not in out and "…" in out


def test_chosen_columns_keep_the_users_order_and_pipes_get_everything(store):
    wanted = ",".join(["id"] + [f"metrics.{m}" for m in METRICS])
    out, err = on_terminal("list", "--columns", wanted, columns=80)
    headers = out.split("\n")[0].split()
    assert headers == ["id"] + [f"metrics.{m}" for m in METRICS][:len(headers) - 1]
    assert f"left out to fit 80 characters: metrics.{METRICS[len(headers) - 1]}" in err
    piped = run_expctl("list", env={**os.environ, "COLUMNS": "80"})
    assert piped.stderr == b"" and all(m.encode() in piped.stdout for m in METRICS)


def test_fit_keeps_a_prefix_of_the_order_and_at_least_one_column():
    from expctl.render.fit import apply_fit, fit_columns

    headers, rows = ["id", "name", "acc", "f1"], [["1", "a-long-name-here", "0.9123", "0.8"]]
    fit = fit_columns(headers, rows, 20, [0, 2, 1, 3], [False, True, False, False])
    assert fit.keep == [0, 1, 2] and fit.dropped == [3] and fit.widths == {1: 8}
    assert apply_fit(fit, headers, rows, [True, False, True, True])[1] == [["1", "a-long-…", "0.9123"]]
    tiny = fit_columns(headers, rows, 1, [2, 0, 1, 3], [False] * 4)
    assert tiny.keep == [2] and tiny.dropped == [0, 1, 3]
