"""Project settings: [tool.expctl] in pyproject.toml or .expctl/config.toml, nearest wins."""

from __future__ import annotations

import json

from expctl.config import find_config, load_config

from .conftest import py, run_expctl


def test_nearest_file_wins_and_defaults_fill_in(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.expctl]\nexperiment = "outer"\nmaximize = "score"\n')
    inner = tmp_path / "sub" / "deeper"
    inner.mkdir(parents=True)
    (tmp_path / "sub" / ".expctl").mkdir()
    (tmp_path / "sub" / ".expctl" / "config.toml").write_text('experiment = "inner"\n')
    config = load_config(str(inner))
    assert config.path == str(tmp_path / "sub" / ".expctl" / "config.toml")
    assert config.values["experiment"] == "inner" and config.values["maximize"] == ()
    assert config.sources["experiment"] == config.path and config.sources["maximize"] == "default"
    assert load_config(str(tmp_path)).values["maximize"] == ("score",)


def test_pyproject_without_the_table_does_not_count(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(str(tmp_path)) is None


def test_unknown_keys_and_wrong_types_are_warnings(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.expctl]\nexperimnt = "x"\nignore_params = 3\n')
    config = load_config(str(tmp_path))
    path = str(tmp_path / "pyproject.toml")
    assert config.warnings[0].startswith(f"{path}: unknown key 'experimnt' in [tool.expctl]")
    assert config.warnings[1] == f"{path}: 'ignore_params' must be a list of strings; ignored"


def test_run_applies_the_config_and_options_win(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.expctl]\nexperiment = "proj"\nignore_params = ["workers"]\n'
        'metric_patterns = [\'score=(?P<value>[0-9.]+)\']\nsecret_names = ["pin"]\nbogus = 1\n')
    out = run_expctl("run", "-q", "--", *py("print('score=0.75')"), "--workers", "4", "--lr", "0.1",
                     "--pin", "1234")
    assert out.returncode == 0
    assert f"expctl: warning: {tmp_path / 'pyproject.toml'}: unknown key 'bogus'".encode() in out.stderr
    shown = json.loads(run_expctl("show", "last", "-f", "json").stdout)
    assert shown["experiment"] == "proj"
    assert sorted(shown["params"]) == ["lr", "pin"] and shown["params"]["pin"] != 1234
    assert "1234" not in " ".join(shown["command"])
    assert shown["metrics"]["score"]["last"] == 0.75
    assert run_expctl("run", "-q", "-e", "mine", "--", "true").returncode == 0
    assert json.loads(run_expctl("show", "last", "-f", "json").stdout)["experiment"] == "mine"


def test_config_command_shows_settings_and_sources(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.expctl]\nexperiment = "proj"\nminimize = ["cost"]\n')
    out = run_expctl("config")
    assert out.returncode == 0
    lines = out.stdout.decode().splitlines()
    assert lines[0] == f"config file: {tmp_path / 'pyproject.toml'}"
    assert any(line.split()[:2] == ["experiment", "proj"] for line in lines)
    assert any(line.split()[:2] == ["minimize", "cost"] for line in lines)
    assert any(line.split()[:2] == ["seed_params", "(default)"] for line in lines)


def test_check_reads_goal_directions(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.expctl]\nminimize = ["score"]\n')
    for value in ("0.5", "0.4"):
        assert run_expctl("run", "-q", "--", *py(f"print('score: {value}')")).returncode == 0
    out = run_expctl("check", "2", "--metric", "score", "--baseline", "1")
    assert out.returncode == 0 and b"(lower is better)" in out.stdout


def test_goal_directions_and_seed_names_from_the_config_reach_compare_and_groups(tmp_path):
    from .conftest import py, run_expctl as cli

    (tmp_path / "pyproject.toml").write_text(
        '[tool.expctl]\nminimize = ["score"]\nseed_params = ["trial"]\n')
    for trial in ("1", "2"):
        for lr, score in (("0.1", 0.2), ("0.2", 0.7)):
            value = score + int(trial) / 100
            assert cli("run", "-q", "--", *py(f"print('score: {value}')"), "--lr", lr,
                       "--trial", trial, cwd=tmp_path).returncode == 0
    table = cli("compare", "1..4", cwd=tmp_path).stdout.decode()
    assert "0.21*" in table and "0.71*" not in table
    groups = cli("groups", "score", cwd=tmp_path).stdout.decode()
    assert "seed params: trial" in groups and "lowest mean first" in groups


def test_config_shows_only_working_patterns_and_warns_for_the_others(tmp_path):
    """What `expctl config` shows as in effect is what a run uses: a metric pattern that does
    not compile, or has no name group (the config has no --metric-name), and a secret pattern
    that does not compile, are warnings and are not shown; so is a metric under both goals."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.expctl]\nmetric_patterns = ["(?P<name>acc)=(?P<value>\\\\S+)", "(unbalanced", '
        '"score=(?P<value>\\\\S+)"]\nsecret_patterns = ["tok_[a-z]+", "[z-a]"]\n'
        'maximize = ["acc", "loss"]\nminimize = ["loss"]\n')
    out = run_expctl("config", cwd=tmp_path)
    assert out.returncode == 0
    err = out.stderr.decode()
    assert "metric pattern ignored: metric pattern '(unbalanced' is not a valid regular expression" in err
    assert "metric pattern ignored: metric pattern 'score=(?P<value>\\S+)' lacks the named group name" in err
    assert "secret pattern ignored: '[z-a]' is not a valid regular expression" in err
    assert "'loss' is under both maximize and minimize" in err
    lines = {line.split()[0]: line for line in out.stdout.decode().splitlines()}
    assert "(unbalanced" not in lines["metric_patterns"] and "score=" not in lines["metric_patterns"]
    assert "(?P<name>acc)" in lines["metric_patterns"] and "[z-a]" not in lines["secret_patterns"]
    # and a run uses the working pattern, warning once for each broken one
    run = run_expctl("run", "-q", "--no-default-patterns", "--", *py("print('acc=0.5 score=3')"), cwd=tmp_path)
    assert run.returncode == 0 and run.stderr.decode().count("metric pattern ignored") == 2
    shown = run_expctl("show", "last", "-f", "csv", cwd=tmp_path).stdout.decode()
    assert "metrics.acc,0.5" in shown and "metrics.score" not in shown


def test_ignore_params_drops_parsed_params_but_never_an_explicit_param(tmp_path):
    """`ignore_params` is for noise parsed from argv (--workers); a --param the user gave on
    purpose is recorded even when its name is ignored, and overrides the parsed value."""
    (tmp_path / "pyproject.toml").write_text('[tool.expctl]\nignore_params = ["workers", "seed"]\n')
    out = run_expctl("run", "-q", "-p", "seed=7", "--", *py("print('ok')"), "--workers", "4",
                     "--seed", "3", "--lr", "0.1")
    assert out.returncode == 0, out.stderr
    shown = json.loads(run_expctl("show", "last", "-f", "json").stdout)
    assert shown["params"] == {"lr": 0.1, "seed": 7}
    sources = dict(param_sources(run_expctl("show", "last", "-f", "markdown").stdout.decode()))
    assert sources["seed"] == "explicit" and sources["lr"] == "argv"


def param_sources(markdown: str):
    """(param, source) from the params table of `show -f markdown`."""
    table = markdown.split("**params**", 1)[1].split("\n\n", 2)[1]
    for line in table.splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        yield cells[0], cells[3]
