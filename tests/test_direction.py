"""Which way is better for a metric (expctl.analyse.direction): the one rule, and the commands that use it."""

from __future__ import annotations

import pytest

from expctl.analyse.direction import conflicts, flag_lists, guess_direction, metric_direction
from expctl.errors import UsageError

from .conftest import py, run_expctl


@pytest.mark.parametrize("name, direction", [
    ("loss", "min"), ("val_loss", "min"), ("train/loss", "min"), ("valloss", "min"),
    ("error_rate", "min"), ("top1_err", "min"), ("mse", "min"), ("val-MAE", "min"),
    ("rmse", "min"), ("perplexity", "min"), ("epoch_time", "min"), ("latency_ms", "min"),
    ("acc", "max"), ("val_acc", "max"), ("f1", "max"), ("auc", "max"), ("precision", "max"),
    ("recall", "max"), ("score", "max"), ("mAP", "max"), ("bleu", "max"), ("r2", "max"),
    ("success_rate", "max"), ("epoch", None), ("global_step", None), ("lr", None),
    ("learning_rate", None), ("train/iter", None),
])
def test_direction_is_guessed_from_the_name(name, direction):
    assert guess_direction(name) == direction
    assert metric_direction(name) == direction


def test_options_beat_the_configuration_which_beats_the_name():
    settings = {"maximize": ("loss",), "minimize": ("acc", "epoch")}
    assert metric_direction("loss", settings=settings) == "max"
    assert metric_direction("acc", settings=settings) == "min"
    assert metric_direction("epoch", settings=settings) == "min"
    assert metric_direction("loss", minimize=["loss"], settings=settings) == "min"
    assert metric_direction("acc", maximize=["acc"], settings=settings) == "max"
    assert metric_direction("epoch", maximize=["epoch"]) == "max"


def test_a_metric_in_both_lists_of_the_configuration_falls_back_to_its_name():
    settings = {"maximize": ("loss", "acc"), "minimize": ("loss",)}
    assert metric_direction("loss", settings=settings) == "min"  # the name's guess
    assert conflicts(settings) == ["loss"]


def test_a_metric_in_both_options_is_a_usage_error():
    with pytest.raises(UsageError, match="both name 'acc'"):
        metric_direction("acc", maximize=["acc"], minimize=["acc"])


def test_a_commands_own_flag_becomes_name_lists():
    assert flag_lists("acc", None) == ([], [])
    assert flag_lists("acc", True) == ([], ["acc"])
    assert flag_lists("acc", False) == (["acc"], [])


def test_every_command_follows_the_configuration(tmp_path):
    """compare (best value), groups and compare --group-by-seed (order), check (which way is worse)
    all read `minimize = ["score"]` through the one rule, and an option overrides it."""
    (tmp_path / "pyproject.toml").write_text('[tool.expctl]\nminimize = ["score"]\n')
    for lr, score in (("0.1", 0.2), ("0.2", 0.7), ("0.1", 0.22), ("0.2", 0.72)):
        seed = "1" if score < 0.5 or score == 0.7 else "2"
        assert run_expctl("run", "-q", "--", *py(f"print('score: {score}')"), "--lr", lr,
                          "--seed", seed).returncode == 0
    table = run_expctl("compare", "1", "2").stdout.decode()
    assert "0.2*" in table and "0.7*" not in table
    assert "0.7*" in run_expctl("compare", "1", "2", "--maximize", "score").stdout.decode()
    for command in (("groups", "score"), ("compare", "1..4", "--group-by-seed", "score")):
        out = run_expctl(*command).stdout.decode()
        assert "lowest mean first" in out, out
    out = run_expctl("groups", "score", "--maximize").stdout.decode()
    assert "highest mean first" in out
    worse = run_expctl("check", "2", "--metric", "score", "--baseline", "1")
    assert worse.returncode == 1 and b"(lower is better)" in worse.stdout
    better = run_expctl("check", "2", "--metric", "score", "--baseline", "1", "--maximize")
    assert better.returncode == 0


def test_list_and_report_follow_the_configuration(tmp_path):
    """`list` (the best value drawn on a terminal) and `report` (the comparison's best) read the
    configuration through the same rule; a metric in both of its lists falls back to its name
    there too, rather than being taken for contradicting options."""
    from .test_colour import _green, _on_terminal

    (tmp_path / "pyproject.toml").write_text(
        '[tool.expctl]\nminimize = ["score", "loss"]\nmaximize = ["loss"]\n')
    for score, loss in ((0.2, 0.9), (0.7, 0.3)):
        assert run_expctl("run", "-q", "--", *py(f"print('score: {score} loss: {loss}')")).returncode == 0
    out = _on_terminal("list")
    assert _green(b"0.2", out) and not _green(b"0.7", out)
    assert _green(b"0.3", out) and not _green(b"0.9", out)  # loss: by its name
    report = run_expctl("report", "1", "2", "--format", "markdown", "--metric", "score")
    assert report.returncode == 0, report.stderr
    text = report.stdout.decode()
    assert "0.2*" in text and "0.7*" not in text, text
    assert "0.3*" in text and "0.9*" not in text, text
