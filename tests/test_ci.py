"""CI: the detected job is recorded on the run and queryable; a GitHub step summary is written."""

from __future__ import annotations

import json

from .conftest import py, run_expctl

GITHUB = {"GITHUB_ACTIONS": "true", "GITHUB_REPOSITORY": "acme/model", "GITHUB_RUN_ID": "77",
          "GITHUB_SHA": "abc123", "GITHUB_REF": "refs/pull/12/merge", "GITHUB_HEAD_REF": "feat",
          "GITHUB_JOB": "train"}
CI_VARS = ("GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "CIRCLECI", "TF_BUILD", "JENKINS_URL",
           "GITHUB_STEP_SUMMARY")


def _env(monkeypatch, extra: dict) -> None:
    for name in CI_VARS:
        monkeypatch.delenv(name, raising=False)
    for name, value in extra.items():
        monkeypatch.setenv(name, value)


def test_ci_job_is_recorded_and_where_finds_it(monkeypatch, tmp_path):
    _env(monkeypatch, {})
    assert run_expctl("run", "-q", "-n", "local", "--", *py("print('acc: 0.5')")).returncode == 0
    _env(monkeypatch, GITHUB)
    assert run_expctl("run", "-q", "-n", "on-ci", "--", *py("print('acc: 0.9')")).returncode == 0

    out = run_expctl("list", "--where", "ci.provider = 'github'", "--format", "ids")
    assert out.returncode == 0 and out.stdout.decode().split() == ["2"]
    out = run_expctl("list", "--where", "ci.pr = '12' and ci.branch = 'feat'", "--format", "ids")
    assert out.stdout.decode().split() == ["2"]
    out = run_expctl("list", "--where", "ci.provider is null", "--format", "ids")
    assert out.stdout.decode().split() == ["1"]
    shown = json.loads(run_expctl("show", "on-ci", "--format", "json").stdout)
    assert shown["env"]["ci"]["job_url"] == "https://github.com/acme/model/actions/runs/77"


def test_unknown_ci_field_is_a_usage_error():
    out = run_expctl("list", "--where", "ci.prov = 'x'")
    assert out.returncode == 2
    assert out.stderr.decode().startswith("Error: bad --where at column 1: unknown field 'ci.prov': "
                                          "ci has ci.provider, ci.job_url")
    assert b"Traceback" not in out.stderr


def test_github_step_summary_is_appended(monkeypatch, tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    _env(monkeypatch, dict(GITHUB, GITHUB_STEP_SUMMARY=str(summary)))
    out = run_expctl("run", "-q", "-n", "pr|run", "--", *py("print('acc: 0.9 loss: 0.25')"), "--lr", "0.02")
    assert out.returncode == 0
    text = summary.read_text()
    assert text.startswith("earlier step\n### expctl run 1 `pr|run`: ✅ finished (exit 0)\n")
    assert "[CI job](https://github.com/acme/model/actions/runs/77)" in text
    assert "| param | value |\n|---|---|\n| lr | 0.02 |\n" in text
    assert "| acc | 0.9 | 0.9 | 0.9 | 1 |\n| loss | 0.25 | 0.25 | 0.25 | 1 |\n" in text
    assert "sys/" not in text


def test_the_summary_quotes_the_command_as_a_shell_would_read_it(monkeypatch, tmp_path):
    import shlex

    summary = tmp_path / "summary.md"
    _env(monkeypatch, {"GITHUB_STEP_SUMMARY": str(summary)})
    argv = [*py("print('ok')"), "--msg", "two words", "--expr", "a|b", "--q", "it's `x`"]
    assert run_expctl("run", "-q", "--", *argv).returncode == 0
    line = summary.read_text().splitlines()[2]
    assert line.startswith("``") and line.endswith("``")  # a longer fence: the text holds a backtick
    assert shlex.split(line[2:-2].strip()) == argv  # exactly what ran, pasteable into a shell


def test_a_summary_file_expctl_creates_is_private_and_an_existing_one_keeps_its_mode(monkeypatch, tmp_path):
    created, existing = tmp_path / "created.md", tmp_path / "existing.md"
    existing.write_text("")
    existing.chmod(0o644)
    for path in (created, existing):
        _env(monkeypatch, {"GITHUB_STEP_SUMMARY": str(path)})
        assert run_expctl("run", "-q", "--", "true").returncode == 0
    assert created.stat().st_mode & 0o777 == 0o600
    assert existing.stat().st_mode & 0o777 == 0o644
    assert "### expctl run 2" in existing.read_text()


def test_failed_run_summary_and_no_summary(monkeypatch, tmp_path):
    summary = tmp_path / "summary.md"
    _env(monkeypatch, {"GITHUB_STEP_SUMMARY": str(summary)})
    assert run_expctl("run", "-q", "--", *py("raise SystemExit(3)")).returncode == 3
    assert "### expctl run 1: ❌ failed (exit 3)" in summary.read_text()
    before = summary.read_text()
    assert run_expctl("run", "-q", "--no-summary", "--", "true").returncode == 0
    assert summary.read_text() == before


def test_unwritable_summary_is_a_warning_not_a_failure(monkeypatch, tmp_path):
    _env(monkeypatch, {"GITHUB_STEP_SUMMARY": str(tmp_path / "missing-dir" / "s.md")})
    out = run_expctl("run", "-q", "--", "true")
    assert out.returncode == 0
    assert b"expctl: warning: no job summary written" in out.stderr
