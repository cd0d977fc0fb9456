"""A planted secret in env, argv, a git remote and a Hydra-style param never reaches the store."""

from __future__ import annotations

import json
import os
import stat
import subprocess

from ..conftest import py, run_expctl

SECRET = "s3cr3tV4lue9f8e7d6c5"


def _git(repo, *args):
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"})


def test_planted_secret_is_nowhere_in_the_store(tmp_path, db_path, monkeypatch):
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "train.py").write_text("print('loss: 0.5')\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "init")
    _git(repo, "remote", "add", "origin", f"https://bot:{SECRET}@git.example.com/team/repo.git")
    monkeypatch.setenv("WANDB_API_KEY", SECRET)
    monkeypatch.setenv("HF_TOKEN", SECRET)
    code = "import sys; print('loss: 0.5'); print('echoing', sys.argv[1:])"
    proc = run_expctl(
        "run", "--", *py(code), "--api-key", SECRET, f"--password={SECRET}",
        f"db.password={SECRET}", f"+auth_token={SECRET}",
        f"https://user:{SECRET}@example.com/data", cwd=repo,
    )
    assert proc.returncode == 0 and SECRET.encode() in proc.stdout  # the child itself saw it
    run = json.loads(run_expctl("show", "last", "--format", "json").stdout)
    assert run["git"]["remote_url"] == "https://***@git.example.com/team/repo.git"
    assert run["params"]["api_key"] == "***" and run["params"]["db.password"] == "***"
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    assert files
    for path in files:
        assert path.read_bytes().count(SECRET.encode()) == 0, path.name
    logs = run_expctl("logs", "last").stdout
    assert SECRET.encode() not in logs and b"***" in logs


def test_a_new_store_is_readable_by_its_owner_only(tmp_path, monkeypatch):
    monkeypatch.delenv("EXPCTL_DB")
    repo = tmp_path / "project"
    repo.mkdir()
    _git(repo, "init", "-q")
    assert run_expctl("run", "--", "true", cwd=repo).returncode == 0
    folder = repo / ".expctl"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        if path.name.startswith("expctl.db"):
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name


def test_users_extend_the_rules_with_names_and_patterns(db_path, monkeypatch):
    monkeypatch.setenv("EXPCTL_SECRET_NAMES", "pin, otp")
    monkeypatch.setenv("EXPCTL_SECRET_PATTERNS", r"corp-[0-9a-f]{12}")
    proc = run_expctl("run", "--", *py("print('ok')"), "--pin", "4711", "--otp=99887766",
                      "--model", "corp-0123456789ab")
    assert proc.returncode == 0
    run = json.loads(run_expctl("show", "last", "--format", "json").stdout)
    assert run["params"]["pin"] == "***" and run["params"]["otp"] == "***"
    assert "corp-0123456789ab" not in json.dumps(run)
    assert b"corp-0123456789ab" not in db_path.read_bytes()


def test_scrub_applies_rules_added_after_the_run(db_path, monkeypatch):
    token = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
    code = ("import sys; print('using token ' + 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8');"
            " print('the pin is', sys.argv[2])")  # the token is made at run time
    assert run_expctl("run", "--", *py(code), "--pin", "4711").returncode == 0
    assert token.encode() not in run_expctl("logs", "last").stdout  # a token shape: at once
    before = json.loads(run_expctl("show", "last", "--format", "json").stdout)
    assert before["params"]["pin"] == 4711  # not a secret by the rules of the time
    monkeypatch.setenv("EXPCTL_SECRET_NAMES", "pin")
    dry = run_expctl("scrub", "--dry-run")
    assert dry.returncode == 0 and b"would change: command, param pin, logs" in dry.stdout
    assert json.loads(run_expctl("show", "last", "--format", "json").stdout) == before
    done = run_expctl("scrub", "--where", "params.pin is not null")
    assert done.returncode == 0 and b"scrubbed: command, param pin, logs" in done.stdout
    after = json.loads(run_expctl("show", "last", "--format", "json").stdout)
    assert after["params"]["pin"] == "***" and "4711" not in after["command"]
    assert run_expctl("logs", "last").stdout.endswith(b"the pin is ***\n")  # the value, printed
    assert run_expctl("scrub").stdout == b""  # nothing left to do


# --- the secrets matrix (issue 12 #13-15): env x argv x remote x patch x output x flushes ----------

from . import secrets_matrix as matrix  # noqa: E402
from ..conftest import expctl_argv  # noqa: E402


def _matrix_env(s: dict[str, str], **extra: str) -> dict[str, str]:
    return {**os.environ, **matrix.child_env(s), **extra}


def test_secrets_matrix_nothing_stored_or_exported(tmp_path, db_path):
    s = {k: v for k, v in matrix.make_secrets(1).items() if k not in matrix.CAP_LABELS}
    repo = matrix.make_repo(tmp_path / "repo", s)
    env = _matrix_env(s)
    proc = subprocess.run(
        expctl_argv("run", "-n", f"exp-{s['name token shape']}", "-t", f"token={s['tag token=']}",
                    "--note", f"password: {s['note password:']}", "--", *py(matrix.CHILD),
                    *matrix.child_argv(s)),
        capture_output=True, env=env, cwd=repo, timeout=60)
    assert proc.returncode == 0, proc.stderr
    # The command itself saw and printed everything (passthrough is untouched) ...
    assert s["out split across flushes"].encode() in proc.stdout
    assert s["env WANDB_KEY"].encode() in proc.stdout
    # ... and nothing of it is kept or given out.
    data = matrix.stored_and_exported(expctl_argv(), env, db_path, repo)
    assert matrix.leaked(s, data) == [], f"{len(s)} planted"
    shown = json.loads(run_expctl("show", "last", "-f", "json", cwd=repo).stdout)
    assert "+GITHUB_TOKEN=***" in shown["git"]["patch"] and "***" in shown["name"]
    assert "token" not in shown["metrics"] and "loss" in shown["metrics"]  # a secret is no metric


def test_secrets_at_the_log_caps_head_end_and_tail_start(tmp_path, db_path):
    s = {k: v for k, v in matrix.make_secrets(2).items() if k in matrix.CAP_LABELS}
    env = _matrix_env(s, HEAD=str(matrix.HEAD_BYTES), TAIL=str(matrix.TAIL_BYTES),
                      EXTRA=str(1 << 20))
    proc = subprocess.run(expctl_argv("run", "--", *py(matrix.CAP_CHILD)),
                          capture_output=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout) == matrix.HEAD_BYTES + matrix.TAIL_BYTES + (1 << 20)
    assert all(v.encode() in proc.stdout for v in s.values())
    logs = run_expctl("logs", "last").stdout
    shown = json.loads(run_expctl("show", "last", "-f", "json").stdout)
    if not (shown.get("resources") or {}).get("incomplete"):  # a run that says it lost output
        assert b"omitted by the log cap" in logs  # may lack the cut (runner's item 8)
    assert matrix.leaked(s, matrix.stored_and_exported(expctl_argv(), env, db_path, tmp_path)) == []


def test_scrub_reaches_the_patch_logs_and_notes_of_stored_runs(tmp_path, db_path, monkeypatch):
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "settings.ini").write_text("lr = 0.1\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "init")
    (repo / "settings.ini").write_text("lr = 0.1\npin = 47114711\n")
    code = "import sys; print('pin in use:', sys.argv[2])"
    assert run_expctl("run", "--note", "pin 47114711", "--", *py(code), "--pin", "47114711",
                      cwd=repo).returncode == 0
    assert b"47114711" in db_path.read_bytes()  # not a secret by the rules of the time
    monkeypatch.setenv("EXPCTL_SECRET_NAMES", "pin")
    done = run_expctl("scrub")
    assert done.stdout == b"1\tscrubbed: command, param pin, patch, notes, logs\n"
    assert run_expctl("scrub").stdout == b""  # it reported what it changed, and all of it
    assert run_expctl("gc", "--compact").returncode == 0
    for path in db_path.parent.iterdir():
        if path.name.startswith(db_path.name):
            assert b"47114711" not in path.read_bytes(), path.name
