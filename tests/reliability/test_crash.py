"""expctl killed with SIGKILL mid-run: the store stays consistent, the run shows as crashed."""

from __future__ import annotations

import json
import os
import signal

from ..conftest import py, run_expctl, start_expctl, wait_for


def _show(ref: str = "last") -> dict:
    return json.loads(run_expctl("show", ref, "--format", "json").stdout)


def test_sigkilled_recorder_leaves_a_consistent_crashed_run(tmp_path):
    release = tmp_path / "release"
    code = (
        "import pathlib, sys, time\n"
        "for i in range(50): print(f'step: {i} loss: {1 / (i + 1):.5f}', flush=True)\n"
        f"while not pathlib.Path({str(release)!r}).exists(): time.sleep(0.02)\n"
        "for i in range(50, 100): print(f'step: {i} loss: {1 / (i + 1):.5f}', flush=True)\n"
    )
    proc = start_expctl("run", "--", *py(code))

    def flushed_fifty():
        listing = json.loads(run_expctl("list", "--format", "json").stdout or b"[]")
        return listing and listing[0]["metrics"].get("loss", {}).get("count") == 50

    wait_for(flushed_fifty)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    release.touch()  # the child writes into a pipe nobody reads: SIGPIPE ends it, as with a shell
    run = _show()
    assert run["status"] == "crashed"
    assert run["metrics"]["loss"]["count"] == 50
    logs = run_expctl("logs", "last").stdout
    assert logs.startswith(b"step: 0 loss: 1.00000\n") and b"step: 49 loss: 0.02000\n" in logs
    gc = run_expctl("gc")
    assert gc.returncode == 0 and gc.stdout.startswith(f"{run['id']}\tcrashed".encode())
    gone = run_expctl("gc", "--delete", "--yes", "--compact")
    assert gone.returncode == 0, gone.stderr
    assert json.loads(run_expctl("list", "--format", "json").stdout) == []


def test_a_running_run_of_a_live_recorder_is_not_marked_crashed(tmp_path):
    release = tmp_path / "release"
    code = f"import pathlib, time\nwhile not pathlib.Path({str(release)!r}).exists(): time.sleep(0.02)\n"
    proc = start_expctl("run", "--", *py(code))
    try:
        wait_for(lambda: json.loads(run_expctl("list", "--format", "json").stdout or b"[]"))
        assert _show()["status"] == "running"
    finally:
        release.touch()
        proc.wait(timeout=30)
    assert _show()["status"] == "finished"


def test_pid_reuse_is_not_mistaken_for_the_recorder(db_path):
    from expctl.records import NewRun
    from expctl.store import open_store

    store = open_store(str(db_path))
    # Our own pid, but a start time that is not ours: the recorder that wrote this is gone.
    store.create_run(NewRun("a" * 32, None, "default", ["x"], "/", 1.0, os.uname().nodename, "u",
                            pid=os.getpid(), pid_started=1.0))
    store.close()
    assert _show()["status"] == "crashed"


def test_sigterm_reaches_grandchildren_in_their_own_sessions(tmp_path):
    pidfile = tmp_path / "daemon.pid"
    script = f"setsid sleep 300 & echo $! > {pidfile}; wait"
    proc = start_expctl("run", "--", "sh", "-c", script)
    wait_for(lambda: pidfile.exists() and pidfile.read_text().strip())
    grandchild = int(pidfile.read_text())
    wait_for(lambda: os.getpgid(grandchild) != os.getpgid(proc.pid))  # setsid has run
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=30)
    assert proc.returncode == 143

    def gone() -> bool:
        try:
            with open(f"/proc/{grandchild}/stat") as fh:
                return fh.read().split(") ")[1].startswith("Z")  # a zombie waiting for init
        except FileNotFoundError:
            return True

    wait_for(gone)
