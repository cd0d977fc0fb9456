"""Tracking never fails the job: each fault is injected for real, the command always finishes
with its output intact and its exit code, and expctl warns once."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import time

from ..conftest import expctl_argv, py, run_expctl, start_expctl, wait_for

CHILD = "import sys\nfor i in range(2000): print(f'step: {i} loss: {i * 0.001:.3f}')\nsys.exit(5)\n"
EXPECTED = "".join(f"step: {i} loss: {i * 0.001:.3f}\n" for i in range(2000)).encode()


def _assert_job_unharmed(proc, max_warnings: int = 1) -> str:
    assert proc.stdout == EXPECTED
    assert proc.returncode == 5
    err = proc.stderr.decode()
    assert err.count("expctl: warning:") <= max_warnings, err
    assert "Traceback" not in err
    return err


def test_store_on_a_read_only_file_system(tmpfs):
    mount = tmpfs("64k", readonly=True)
    proc = run_expctl("run", "--db", str(mount / "runs.db"), "--", *py(CHILD))
    err = _assert_job_unharmed(proc)
    assert "not recording this run" in err


def test_store_on_a_full_disk(tmpfs):
    mount = tmpfs("200k")  # room for the store's creation, not for the run's points and logs
    (mount / "filler").write_bytes(b"x" * 60_000)
    big = "import sys\nfor i in range(200000): print(f'step: {i} loss: {i * 0.001:.3f}')\nsys.exit(5)\n"
    proc = run_expctl("run", "--db", str(mount / "runs.db"), "--", *py(big))
    assert proc.returncode == 5
    assert proc.stdout == "".join(f"step: {i} loss: {i * 0.001:.3f}\n" for i in range(200000)).encode()
    err = proc.stderr.decode()
    assert err.count("expctl: warning:") == 1 and "Traceback" not in err, err


def test_store_under_a_file_size_limit(tmp_path):
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, 150_000))

    big = "import sys\nfor i in range(100000): print(f'step: {i} loss: {i * 0.001:.3f}')\nsys.exit(5)\n"
    proc = subprocess.run(expctl_argv("run", "--db", str(tmp_path / "limited.db"), "--", *py(big)),
                          capture_output=True, preexec_fn=limit, timeout=120)
    assert proc.returncode == 5
    assert len(proc.stdout) == len("".join(f"step: {i} loss: {i * 0.001:.3f}\n" for i in range(100000)))
    assert proc.stderr.decode().count("expctl: warning:") == 1


def test_store_deleted_mid_run(tmp_path, db_path):
    release = tmp_path / "release"
    code = (
        "import pathlib, sys, time\n"
        "print('step: 0 loss: 1', flush=True)\n"
        f"while not pathlib.Path({str(release)!r}).exists(): time.sleep(0.02)\n"
        "print('step: 1 loss: 0.5', flush=True)\nsys.exit(5)\n"
    )
    proc = start_expctl("run", "--", *py(code))
    wait_for(db_path.exists)
    wait_for(lambda: json.loads(run_expctl("list", "--format", "json").stdout or b"[]"))
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(f"{db_path}{suffix}"):
            os.remove(f"{db_path}{suffix}")
    release.touch()
    out, err = proc.communicate(timeout=60)
    assert out == b"step: 0 loss: 1\nstep: 1 loss: 0.5\n"
    assert proc.returncode == 5
    assert err.decode().count("expctl: warning:") <= 1 and b"Traceback" not in err


def test_store_locked_by_another_writer_at_start(db_path, monkeypatch):
    run_expctl("run", "--", "true")  # the store exists
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        proc = run_expctl("run", "--", *py(CHILD))
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
    err = _assert_job_unharmed(proc)
    assert "not recording this run" in err and "locked" in err
    assert waited < 30  # it gave up waiting for the lock and ran the command


def test_store_locked_for_a_while_mid_run_keeps_everything(tmp_path, db_path, monkeypatch):
    monkeypatch.setenv("EXPCTL_LOCK_TIMEOUT", "0.2")
    gate, release = tmp_path / "gate", tmp_path / "release"
    code = (
        "import pathlib, sys, time\n"
        "for i in range(100): print(f'step: {i} loss: {i}', flush=True)\n"
        f"pathlib.Path({str(gate)!r}).touch()\n"
        f"while not pathlib.Path({str(release)!r}).exists(): time.sleep(0.02)\n"
        "for i in range(100, 200): print(f'step: {i} loss: {i}', flush=True)\nsys.exit(5)\n"
    )
    proc = start_expctl("run", "--", *py(code))
    wait_for(gate.exists)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    warning = proc.stderr.readline()  # a flush during the run found the store locked
    holder.execute("ROLLBACK")
    release.touch()
    out, err = proc.communicate(timeout=60)
    assert b"locked" in warning and b"will retry" in warning
    assert proc.returncode == 5 and out.count(b"\n") == 200
    run = json.loads(run_expctl("show", "last", "--format", "json").stdout)
    assert run["status"] == "failed" and run["metrics"]["loss"]["count"] == 200


def test_store_locked_when_the_command_ends_still_gets_its_status(tmp_path, db_path, monkeypatch):
    monkeypatch.setenv("EXPCTL_LOCK_TIMEOUT", "0.2")
    gate, release = tmp_path / "gate", tmp_path / "release"
    code = (
        f"import pathlib, sys, time\npathlib.Path({str(gate)!r}).touch()\n"
        f"while not pathlib.Path({str(release)!r}).exists(): time.sleep(0.02)\n"
        "print('step: 1 loss: 0.5', flush=True)\nsys.exit(5)\n"
    )
    proc = start_expctl("run", "--", *py(code))
    wait_for(gate.exists)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    release.touch()  # the command ends while the store is locked
    warning = proc.stderr.readline()
    holder.execute("ROLLBACK")
    proc.communicate(timeout=90)
    assert b"locked" in warning and proc.returncode == 5
    run = json.loads(run_expctl("show", "last", "--format", "json").stdout)
    assert run["status"] == "failed" and run["metrics"]["loss"]["count"] == 1


def _fake_program(folder, name: str, body: str) -> None:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


def test_hanging_git_and_nvidia_smi(tmp_path, monkeypatch):
    fakes = tmp_path / "fakes"
    _fake_program(fakes, "git", "exec sleep 60")
    _fake_program(fakes, "nvidia-smi", "exec sleep 60")
    (tmp_path / ".git").mkdir()  # looks like a repository, so git is asked
    monkeypatch.setenv("PATH", f"{fakes}{os.pathsep}{os.environ['PATH']}")
    started = time.monotonic()
    proc = run_expctl("run", "--", *py(CHILD))
    assert time.monotonic() - started < 20
    err = _assert_job_unharmed(proc, max_warnings=2)  # one for git, one for the GPU query
    assert "git timed out" in err and "nvidia-smi" in err


def test_broken_git_prints_garbage(tmp_path, monkeypatch):
    fakes = tmp_path / "fakes"
    _fake_program(fakes, "git", "echo '\\377garbage'; exit 3")
    (tmp_path / ".git").mkdir()
    monkeypatch.setenv("PATH", f"{fakes}{os.pathsep}{os.environ['PATH']}")
    proc = run_expctl("run", "--", *py(CHILD))
    _assert_job_unharmed(proc)
    run = json.loads(run_expctl("show", "last", "--format", "json").stdout)
    assert run["git"] is None and run["metrics"]["loss"]["count"] == 2000
