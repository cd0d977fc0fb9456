"""`show` as a person, a PR comment and a script read it (issues 12.23, 12.24): every format its
--help lists, a patch hint that is a working command, the CI job, whole env-var names; and
`info` and `diff` formats consistent with their help."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest

from .conftest import py, run_expctl

GITHUB = {"GITHUB_ACTIONS": "true", "GITHUB_SERVER_URL": "https://github.com",
          "GITHUB_REPOSITORY": "acme/vision", "GITHUB_RUN_ID": "4242", "GITHUB_JOB": "train"}


def text(*args: str, **kwargs) -> str:
    done = run_expctl(*args, **kwargs)
    assert done.returncode == 0, done.stderr
    return done.stdout.decode()


@pytest.fixture
def one_run(isolated):
    many = {f"ZZ_CAPTURED_VARIABLE_{i:02d}": "x" for i in range(30)}
    env = {**os.environ, **GITHUB, **many}
    child = py("print('loss: 0.25'); print('acc: 0.8125')")
    done = run_expctl("run", "-q", "--capture-env", "ZZ_CAPTURED_", "--", *child, "--lr", "0.001",
                      "--arch", "a|b", env=env)
    assert done.returncode == 0, done.stderr
    return isolated


def test_show_formats_listed_in_help_all_work(one_run):
    assert "table, json, csv or markdown" in " ".join(text("show", "--help").split())
    rows = list(csv.reader(io.StringIO(text("show", "1", "-f", "csv"))))
    fields = dict(rows[1:])
    assert rows[0] == ["field", "value"]
    assert fields["params.lr"] == "0.001" and fields["params.arch"] == "a|b"
    assert fields["metrics.acc"] == "0.8125" and fields["metrics.loss.count"] == "1"
    assert fields["ci.provider"] == "github" and fields["status"] == "finished"
    assert fields["ci.job_url"] == "https://github.com/acme/vision/actions/runs/4242"
    markdown = text("show", "1", "-f", "markdown")
    assert markdown.startswith("### run 1\n\n| field ")
    assert re.search(r"^\| arch +\| a\\\|b +\| str ", markdown, re.M), markdown  # pipe escaped
    assert re.search(r"^\| acc +\| +0\.8125 \|", markdown, re.M)
    assert "**ci**" in markdown and "https://github.com/acme/vision/actions/runs/4242" in markdown


def test_show_text_has_the_ci_job_and_whole_env_var_names(one_run):
    shown = text("show", "1")
    assert re.search(r"^ci\n  job +github train \(run 4242\)\n  job url +https://github.com/acme/"
                     r"vision/actions/runs/4242\n", shown, re.M), shown
    line = next(x for x in shown.splitlines() if x.strip().startswith("env vars"))
    listed, _, more = line.split(None, 2)[2].partition(" and ")
    recorded = json.loads(text("show", "1", "-f", "json"))["env"]["env_vars"]
    names = listed.split(", ")
    assert all(name in recorded for name in names), line  # no name cut mid-word
    assert more == f"{len(recorded) - len(names)} more"


def test_info_formats_listed_in_help_all_work(isolated):
    assert "table, json, csv or markdown" in " ".join(text("info", "--help").split())
    fields = dict(list(csv.reader(io.StringIO(text("info", "-f", "csv"))))[1:])
    assert fields["runs"] == "0" and fields["exists"] in ("true", "false")
    assert re.search(r"^\| runs +\| 0 +\|$", text("info", "-f", "markdown"), re.M)


def git(cwd, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True).stdout.decode()


def test_the_patch_hint_is_a_command_that_works(isolated):
    repo = isolated / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "train.py").write_text("lr = 0.1\n")
    git(repo, "add", "train.py")
    git(repo, "commit", "-q", "-m", "first")
    (repo / "train.py").write_text("lr = 0.05  # tuned\nprint('done')\n")
    assert run_expctl("run", "-q", "--", *py("print('ok')"), cwd=repo).returncode == 0
    shown = text("show", "last")
    hint = re.search(r"^  patch +\d+ lines  \(apply it: (.+)\)$", shown, re.M).group(1)
    git(isolated, "clone", "-q", str(repo), "clone")
    path = f"{os.path.dirname(sys.executable)}{os.pathsep}{os.environ['PATH']}"  # where expctl is
    done = subprocess.run(hint, shell=True, cwd=isolated / "clone", capture_output=True,
                          env={**os.environ, "PATH": path})
    assert done.returncode == 0, done.stderr
    assert (isolated / "clone" / "train.py").read_bytes() == (repo / "train.py").read_bytes()
    clean = run_expctl("run", "-q", "--", *py("print('ok')"), cwd=isolated)
    assert clean.returncode == 0
    none = run_expctl("show", "last", "--patch")
    assert none.returncode == 2 and none.stderr.startswith(b"Error: run 2 recorded no uncommitted changes")


def test_diff_accepts_every_format_its_help_lists(isolated):
    for value in ("1", "2"):
        assert run_expctl("run", "-q", "--", *py(f"print('acc: 0.{value}')")).returncode == 0
    listed = " ".join(text("diff", "--help").split())
    assert "text (also called table, as in other commands), json or markdown" in listed
    assert text("diff", "1", "2", "-f", "table") == text("diff", "1", "2", "-f", "text")
    assert json.loads(text("diff", "1", "2", "-f", "json"))["format_version"] == 1
    assert text("diff", "1", "2", "-f", "markdown").count("|") > 4
    bad = run_expctl("diff", "1", "2", "-f", "csv")
    assert bad.returncode == 2 and bad.stderr.startswith(b"Error: unknown format 'csv'")
