"""`expctl reparse` and the run options that choose how metrics are read."""

from __future__ import annotations

import json

import pytest

from expctl.cli.run_args import parse_run_args
from expctl.errors import UsageError
from expctl.records import LogChunk, NewRun, Series
from expctl.store import open_store

from .conftest import py, run_expctl

TRAIN = """
print("Epoch 1/2")
print("loss: 0.9 - acc: 0.5")
print("SCORE 61 pct")
print("Epoch 2/2")
print("loss: 0.7 - acc: 0.6")
print("SCORE 72 pct")
"""


def show(ref: str = "last") -> dict:
    proc = run_expctl("show", ref, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def counts(ref: str = "last") -> dict[str, int]:
    return {name: m["count"] for name, m in show(ref)["metrics"].items() if not name.startswith("sys/")}


def record(code: str = TRAIN, *options: str) -> None:
    proc = run_expctl("run", "-q", *options, "--", *py(code))
    assert proc.returncode == 0, proc.stderr


def test_dry_run_shows_what_would_be_found_and_changes_nothing():
    record()
    before = show()
    proc = run_expctl("reparse", "last", "--metric-pattern", r"SCORE (?P<value>\d+)",
                      "--metric-name", "score", "--dry-run")
    assert proc.returncode == 0, proc.stderr
    table = proc.stdout.decode().splitlines()
    assert table[0].split() == ["run", "metric", "points", "last", "step", "last", "value", "stored", "before"]
    assert [row.split() for row in table[2:]] == [
        ["1", "acc", "2", "2", "0.6", "2"], ["1", "loss", "2", "2", "0.7", "2"],
        ["1", "score", "2", "2", "72", "0"]]
    assert proc.stderr.decode() == ("run 1: would store 3 metrics, 6 points "
                                    "(before: 2 metrics, 4 points)\n")
    assert show()["metrics"] == before["metrics"]


def test_reparse_replaces_the_metrics_and_keeps_sys_ones():
    record()
    sys_before = {n: m for n, m in show()["metrics"].items() if n.startswith("sys/")}
    proc = run_expctl("reparse", "1", "--metric-pattern", r"SCORE (?P<value>\d+)",
                      "--metric-name", "score", "--no-default-patterns")
    assert proc.returncode == 0, proc.stderr
    assert counts() == {"score": 2}
    assert {n: m for n, m in show()["metrics"].items() if n.startswith("sys/")} == sys_before
    csv = run_expctl("metrics", "last", "score", "--format", "csv").stdout.decode().splitlines()
    # without the built-in formats no header is read either: the counter gives the steps
    assert [line.split(",")[:3] for line in csv[1:]] == [["score", "0", "61.0"], ["score", "1", "72.0"]]


def test_reparse_with_todays_defaults_restores_the_defaults():
    record(TRAIN, "--no-default-patterns")
    assert counts() == {}
    proc = run_expctl("reparse", "last")
    assert proc.returncode == 0, proc.stderr
    assert counts() == {"acc": 2, "loss": 2}


def test_side_channel_metrics_survive_a_reparse():
    record("import expctl\nexpctl.log(exact=0.125, step=7)\nprint('loss: 0.5')")
    assert run_expctl("reparse", "last", "--no-default-patterns").returncode == 0
    assert counts() == {"exact": 1}
    csv = run_expctl("metrics", "last", "exact", "--format", "csv").stdout.decode().splitlines()
    assert csv[1].split(",")[:3] == ["exact", "7", "0.125"]


def test_json_output_has_a_format_version():
    record()
    proc = run_expctl("reparse", "last", "--dry-run", "--format", "json")
    doc = json.loads(proc.stdout)
    assert doc["format_version"] == 1 and doc["dry_run"] is True
    [run] = doc["runs"]
    assert run["id"] == 1 and run["removed"] == []
    assert run["metrics"]["loss"] == {"points": 2, "last_step": 2.0, "last": 0.7, "stored_before": 2}


@pytest.mark.parametrize(("args", "message"), [
    (["--metric-pattern", "(?P<value"], "Error: metric pattern '(?P<value' is not a valid regular expression"),
    (["--metric-pattern", r"(?P<value>\d+)"], "Error: metric pattern '(?P<value>\\d+)' lacks the named group name"),
    (["--metric-pattern", r"(?P<name>\w+)"], "Error: metric pattern '(?P<name>\\w+)' lacks the named group value"),
])
def test_a_bad_pattern_changes_nothing(args, message):
    record()
    before = show()["metrics"]
    proc = run_expctl("reparse", "last", *args)
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith(message) and "Hint:" in proc.stderr.decode()
    assert show()["metrics"] == before


def test_unknown_run_is_an_error():
    record()
    proc = run_expctl("reparse", "99")
    assert proc.returncode != 0 and proc.stderr.decode().startswith("Error: no run matches '99'")


def test_lines_around_a_log_cap_gap_are_not_glued(db_path):
    store = open_store(str(db_path))
    run_id = store.create_run(NewRun(uuid="u" * 32, name=None, experiment="default", command=["x"],
                                     cwd="/", started_at=100.0, host="h", user="u", pid=1))
    # "loss: 0." ends one kept chunk; the cap dropped what followed; "5 acc: 0.5" starts the tail
    store.append(run_id, {}, [LogChunk("stdout", 0, b"loss: 1\nloss: 0."),
                              LogChunk("stdout", 1000, b"5 acc: 0.5\n")])
    store.finish_run(run_id, "finished", 0, None, 110.0, {})
    store.close()
    proc = run_expctl("reparse", str(run_id), "--format", "json", "--dry-run")
    doc = json.loads(proc.stdout)
    assert doc["runs"][0]["metrics"]["loss"]["points"] == 2  # "loss: 0." alone is loss 0.0
    assert doc["runs"][0]["metrics"]["loss"]["last"] == 0.0
    assert "5 acc" not in json.dumps(doc) and doc["runs"][0]["metrics"]["acc"]["points"] == 1


def test_replace_metrics_keeps_the_prefix_and_the_names_given(db_path):
    store = open_store(str(db_path))
    run_id = store.create_run(NewRun(uuid="v" * 32, name=None, experiment="default", command=["x"],
                                     cwd="/", started_at=100.0, host="h", user="u", pid=1))
    one = Series()
    one.append(0.0, 100.0, 1.0)
    store.append(run_id, {"sys/rss_mb": one, "kept": one, "old": one})
    new = Series()
    new.append(5.0, 101.0, 2.0)
    new.append(6.0, 102.0, 3.0)
    store.replace_metrics(run_id, {"loss": new, "kept": new, "sys/rss_mb": new}, keep=["kept"])
    assert {n: len(s) for n, s in store.read_metrics(run_id).items()} == {
        "kept": 1, "loss": 2, "sys/rss_mb": 1}
    summary = store.get_run(run_id).metrics["loss"]
    assert (summary.count, summary.last, summary.min, summary.max, summary.last_step) == (2, 3.0, 2.0, 3.0, 6.0)


# ---------------------------------------------------------------- the run options

# Both run parsers agree on the metric options: tests/test_startup.py compares every option.


def test_a_bad_pattern_stops_run_before_the_command_starts(tmp_path):
    marker = tmp_path / "ran"
    proc = run_expctl("run", "--metric-pattern", "(", "--", *py(f"open({str(marker)!r}, 'w')"))
    assert proc.returncode == 2 and not marker.exists()
    assert proc.stderr.decode().startswith("Error: metric pattern '(' is not a valid regular expression")
    assert run_expctl("list", "--format", "json").stdout.strip() in (b"[]", b"")
    with pytest.raises(UsageError):
        parse_run_args(["--metric-pattern", r"(?P<value>\d)", "--", "true"])


def test_run_reads_with_the_patterns_given():
    record(TRAIN, "--metric-pattern", r"SCORE (?P<value>\d+) (?P<name>pct)")
    assert counts() == {"acc": 2, "loss": 2, "pct": 2}


def test_reparse_uses_the_project_config_patterns_when_none_are_given(tmp_path):
    record(TRAIN, "--no-default-patterns")
    (tmp_path / ".expctl").mkdir(exist_ok=True)
    (tmp_path / ".expctl" / "config.toml").write_text(
        'metric_patterns = ["SCORE (?P<value>\\\\d+) (?P<name>pct)", "(unbalanced"]\n')
    proc = run_expctl("reparse", "last")
    assert proc.returncode == 0, proc.stderr
    assert "config.toml: metric pattern ignored: metric pattern '(unbalanced' is not a valid" in proc.stderr.decode()
    assert counts() == {"acc": 2, "loss": 2, "pct": 2}
