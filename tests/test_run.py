"""`expctl run` through the real console script, with real child processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from expctl.record.runner import DUPLICATE_S

from .conftest import expctl_argv, py, read_pty_to_end, run_expctl, start_expctl, wait_for

# Bytes a child writes: invalid UTF-8, NUL, carriage-return frames, no final newline.
NASTY_OUT = b"plain line\n\xff\xfe invalid utf-8\n\x00nul\x00\nframe 1\rframe 2\rframe 3\n\x1b[32mgreen\x1b[0m\nno newline"
NASTY_ERR = b"warn: \xc3\x28 bad\r\nerr line\n"

WRITER = f"""
import os, sys
os.write(1, {NASTY_OUT!r}); os.write(2, {NASTY_ERR!r})
"""


def show(ref: str = "last") -> dict:
    proc = run_expctl("show", ref, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_output_is_byte_exact_on_both_streams():
    plain = subprocess.run(py(WRITER), capture_output=True)
    wrapped = run_expctl("run", "--", *py(WRITER))
    assert wrapped.returncode == 0
    assert wrapped.stdout == plain.stdout == NASTY_OUT
    assert wrapped.stderr.startswith(plain.stderr)
    tail = wrapped.stderr[len(plain.stderr):].decode()
    assert tail.startswith("expctl: run 1 finished (exit 0) in ")


def test_large_output_is_byte_exact():
    code = "import sys\nfor i in range(200000): sys.stdout.write(f'line {i} loss: {i/7:.5f}\\n')"
    plain = subprocess.run(py(code), capture_output=True)
    wrapped = run_expctl("run", "--", *py(code))
    assert wrapped.stdout == plain.stdout
    assert show()["metrics"]["loss"]["count"] == 200000


@pytest.mark.parametrize("code, status", [(0, "finished"), (1, "failed"), (3, "failed")])
def test_exit_code_is_the_childs(code, status):
    proc = run_expctl("run", "--", *py(f"import sys; sys.exit({code})"))
    assert proc.returncode == code
    run = show()
    assert (run["status"], run["exit_code"]) == (status, code)
    assert run["ended_at"] and run["duration_s"] >= 0


def test_missing_command_is_a_failed_run_with_127(tmp_path):
    proc = run_expctl("run", "--", "no-such-command-xyz", "--flag")
    assert proc.returncode == 127
    assert b"expctl: no-such-command-xyz: command not found" in proc.stderr
    run = show()
    assert (run["status"], run["exit_code"]) == ("failed", 127)


def test_not_executable_is_126(tmp_path):
    script = tmp_path / "script.sh"
    script.write_text("echo hi\n")
    proc = run_expctl("run", "--", str(script))
    assert proc.returncode == 126
    assert show()["exit_code"] == 126


def test_child_killed_by_signal_exits_like_a_shell():
    proc = run_expctl("run", "--", *py("import os, signal; os.kill(os.getpid(), signal.SIGTERM)"))
    assert proc.returncode == 128 + signal.SIGTERM
    run = show()
    assert (run["status"], run["exit_code"], run["signal"]) == ("interrupted", 143, 15)


def test_no_command_is_a_usage_error():
    proc = run_expctl("run")
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("Error: no command to run")
    assert b"Traceback" not in proc.stderr
    proc = run_expctl("run", "--bogus-option", "--", "true")
    assert proc.returncode == 2
    assert b"no such option" in proc.stderr


def test_stdin_reaches_the_child():
    proc = run_expctl("run", "--", *py("import sys; sys.stdout.write(sys.stdin.read().upper())"),
                      input=b"hello stdin\n")
    assert proc.stdout == b"HELLO STDIN\n"


def test_child_sees_run_id_and_store(db_path):
    proc = run_expctl("run", "--", *py("import os; print(os.environ['EXPCTL_RUN_ID'], os.environ['EXPCTL_DB'])"))
    assert proc.stdout.decode().split() == ["1", str(db_path)]


def test_options_name_experiment_tags_note_params():
    proc = run_expctl("run", "-n", "lenet-1", "-e", "cifar", "-t", "baseline", "-t", "v2",
                      "--note", "first try", "--param", "arch=lenet", "--",
                      *py("print('ok')"), "--lr", "0.1", "--batch-size", "128", "model=resnet")
    assert proc.returncode == 0, proc.stderr
    run = show("lenet-1")
    assert run["name"] == "lenet-1" and run["experiment"] == "cifar"
    assert run["tags"] == ["baseline", "v2"] and run["notes"] == "first try"
    assert run["params"] == {"lr": 0.1, "batch_size": 128, "model": "resnet", "arch": "lenet"}


def test_experiment_from_environment(monkeypatch):
    monkeypatch.setenv("EXPCTL_EXPERIMENT", "from-env")
    run_expctl("run", "--", "true")
    assert show()["experiment"] == "from-env"


def test_quiet_records_without_echo():
    proc = run_expctl("run", "-q", "--", *py("print('loss: 0.25')"))
    assert proc.stdout == b""
    assert show()["metrics"]["loss"]["last"] == 0.25
    logs = run_expctl("logs", "last")
    assert logs.stdout == b"loss: 0.25\n"


def test_metrics_from_stdout_and_stderr_with_steps():
    code = (
        "import sys, json\n"
        "for step in range(5):\n"
        "    print(f'step: {step} loss: {1/(step+1):.4f} acc={step/10}')\n"
        "    print(json.dumps({'epoch': step, 'val': {'f1': step * 0.2}}), file=sys.stderr)\n"
    )
    run_expctl("run", "--", *py(code))
    metrics = show()["metrics"]
    assert metrics["loss"] == {"last": 0.2, "min": 0.2, "max": 1.0, "count": 5, "last_step": 4}
    assert metrics["acc"]["last"] == pytest.approx(0.4)
    assert metrics["val/f1"]["last_step"] == 4
    series = json.loads(run_expctl("metrics", "last", "loss", "--format", "json").stdout)
    assert [p["step"] for p in series["loss"]] == [0, 1, 2, 3, 4]
    assert series["loss"][0]["value"] == 1.0 and series["loss"][0]["time"].endswith("Z")


def test_resources_recorded():
    run_expctl("run", "--", *py("x = bytearray(30_000_000); sum(range(10**6))"))
    res = show()["resources"]
    assert res["cpu_user_s"] > 0
    assert res["max_rss_mb"] >= 25


def test_sigterm_to_expctl_reaches_the_child(tmp_path):
    ready = tmp_path / "ready"
    code = (
        "import pathlib, signal, sys, time\n"
        "def bye(n, f):\n"
        "    print('child got', n, flush=True); sys.exit(7)\n"
        "signal.signal(signal.SIGTERM, bye)\n"
        f"pathlib.Path({str(ready)!r}).touch()\n"
        "while True: signal.pause()\n"
    )
    proc = start_expctl("run", "--", *py(code))
    wait_for(ready.exists)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert out == b"child got 15\n"
    assert proc.returncode == 7
    run = show()
    assert run["status"] == "interrupted" and run["signal"] == 15


def test_sigint_forwarded_once_and_recorded_interrupted(tmp_path):
    ready = tmp_path / "ready"
    code = (
        "import pathlib, time\n"
        "try:\n"  # ready only inside the try: a SIGINT right after the touch is still caught
        f"    pathlib.Path({str(ready)!r}).touch()\n"
        "    while True: time.sleep(0.05)\n"
        "except KeyboardInterrupt:\n"
        "    print('interrupted once', flush=True); raise\n"
    )
    proc = start_expctl("run", "--", *py(code), start_new_session=True)
    wait_for(ready.exists)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert out == b"interrupted once\n"
    assert proc.returncode == 130
    run = show()
    assert (run["status"], run["exit_code"]) == ("interrupted", 130)


def test_live_metrics_visible_while_running(tmp_path):
    release = tmp_path / "release"
    code = (
        "import pathlib, time\n"
        "print('step: 1 loss: 0.75', flush=True)\n"
        f"while not pathlib.Path({str(release)!r}).exists(): time.sleep(0.02)\n"
        "print('step: 2 loss: 0.5', flush=True)\n"
    )
    proc = start_expctl("run", "--", *py(code))
    try:
        def live_loss():
            listing = run_expctl("list", "--format", "json")
            runs = json.loads(listing.stdout or b"[]")
            return runs and runs[0]["metrics"].get("loss")

        seen = wait_for(live_loss)
        assert seen["last"] == 0.75
        assert json.loads(run_expctl("list", "--format", "json").stdout)[0]["status"] == "running"
    finally:
        release.touch()
        proc.communicate(timeout=30)
    assert show()["metrics"]["loss"]["last"] == 0.5


def test_child_sees_a_terminal_when_expctl_is_on_one():
    import pty

    code = "import sys; print('tty' if sys.stdout.isatty() else 'pipe', flush=True)"
    pid, master = pty.fork()
    if pid == 0:
        os.execv(expctl_argv()[0], expctl_argv("run", "--", *py(code)))
    output = read_pty_to_end(master)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert b"tty" in output.split(b"expctl:")[0]
    plain = run_expctl("run", "--", *py(code))
    assert plain.stdout == b"pipe\n"
    forced = run_expctl("run", "--pty", "--", *py(code))
    assert forced.stdout == b"tty\n"


def test_tracking_failure_never_fails_the_job(tmp_path):
    # A store that cannot be created (its folder would sit under a plain file): works as root too.
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    proc = run_expctl("run", "--db", str(blocker / "sub" / "store.db"), "--",
                      *py("print('still ran'); raise SystemExit(4)"))
    assert proc.stdout == b"still ran\n"
    assert proc.returncode == 4
    assert proc.stderr.count(b"expctl: warning:") == 1


def test_corrupt_store_does_not_stop_the_command(tmp_path, db_path):
    db_path.write_bytes(b"this is not a database" * 100)
    proc = run_expctl("run", "--", *py("print('ran')"))
    assert proc.stdout == b"ran\n" and proc.returncode == 0
    assert b"expctl: warning: not recording this run" in proc.stderr
    listing = run_expctl("list")
    assert listing.returncode == 1
    assert listing.stderr.decode().startswith("Error: ")
    assert b"corrupt" in listing.stderr and b"Traceback" not in listing.stderr
    assert db_path.read_bytes() == b"this is not a database" * 100


IGNORES_SIGINT = (
    "import pathlib, signal, sys, time\n"
    "signal.signal(signal.SIGINT, lambda *a: print('ignored', flush=True))\n"
    "pathlib.Path(sys.argv[1]).touch()\n"
    "while True: time.sleep(0.05)\n"
)


def test_second_interrupt_sends_sigterm(tmp_path):
    ready = tmp_path / "ready"
    proc = start_expctl("run", "--", *py(IGNORES_SIGINT), str(ready), start_new_session=True)
    wait_for(ready.exists)
    proc.send_signal(signal.SIGINT)
    assert proc.stdout.readline() == b"ignored\n"  # the first was forwarded, once
    # A repeat within DUPLICATE_S is the same signal delivered twice; a person's second is later.
    first = time.monotonic()
    wait_for(lambda: time.monotonic() - first > 2 * DUPLICATE_S)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 143
    assert b"second interrupt: sending SIGTERM" in err
    run = show()
    assert (run["status"], run["signal"]) == ("interrupted", 15)


def test_ctrl_c_typed_at_a_terminal_reaches_the_child_once_then_escalates(tmp_path):
    import pty

    ready = tmp_path / "ready"
    pid, master = pty.fork()
    if pid == 0:
        os.execv(expctl_argv()[0], expctl_argv("run", "--", *py(IGNORES_SIGINT), str(ready)))
    output = bytearray()

    def read_until(marker: bytes) -> bool:
        chunk = os.read(master, 4096)
        output.extend(chunk)
        return marker in output

    wait_for(ready.exists)
    os.write(master, b"\x03")
    wait_for(lambda: read_until(b"ignored"))
    os.write(master, b"\x03")
    read_pty_to_end(master, output)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 143
    assert output.count(b"ignored") >= 1
    assert b"second interrupt: sending SIGTERM" in output


def test_the_write_ahead_log_does_not_grow_with_the_runs(db_path):
    """`expctl run` leaves without closing the store, and the next one to open it reads the
    whole log: the log is started over now and then (SQLiteMaintenance.checkpoint), and every
    run is in the `.db` file itself."""
    import sqlite3

    from expctl.store.sqlite_maint import WAL_KEPT_PAGES

    for _ in range(14):
        assert run_expctl("run", "-q", "--", "true").returncode == 0
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.stat().st_size < (WAL_KEPT_PAGES + 40) * 4200  # pages of 4 KiB and their headers
    alone = db_path.with_name("copy.db")
    alone.write_bytes(db_path.read_bytes())  # without its -wal
    assert sqlite3.connect(alone).execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 14


# expctl's own CLI, run in a process with one more thread of ours, which gives itself SIGINT
# once the child is ready: a signal the kernel hands to a thread other than the main one, as it
# does on a loaded machine when the main thread is busy (pending signals, not on a CPU).
SIGNAL_TO_A_THREAD = """
import pathlib, signal, sys, threading, time
ready = pathlib.Path(sys.argv[1])
def interrupt_from_this_thread():
    deadline = time.monotonic() + 30
    while not ready.exists() and time.monotonic() < deadline:
        threading.Event().wait(0.01)
    signal.pthread_kill(threading.get_ident(), signal.SIGINT)
threading.Thread(target=interrupt_from_this_thread, daemon=True).start()
import expctl.record.relay as relay
for name in sys.argv[2].split(",") if sys.argv[2] else ():
    setattr(relay, name, None)
from expctl.cli import main
sys.argv = ["expctl", "run", "--", sys.executable, "-c", sys.argv[3], str(ready)]
sys.exit(main())
"""
EXITS_ON_SIGINT = (
    "import pathlib, signal, sys, time\n"
    "signal.signal(signal.SIGINT, lambda *a: (print('interrupted', flush=True), sys.exit(3)))\n"
    "pathlib.Path(sys.argv[1]).touch()\n"
    "while True: time.sleep(0.05)\n"
)


@pytest.mark.parametrize("without", ["", "start_relay", "start_relay,compiled_pump"],
                         ids=["relay", "call", "python"])
def test_a_signal_caught_by_another_thread_still_reaches_the_child(tmp_path, without):
    proc = subprocess.Popen([sys.executable, "-c", SIGNAL_TO_A_THREAD, str(tmp_path / "ready"),
                             without, EXITS_ON_SIGINT], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # its own session: expctl and the child it started
        proc.communicate()
        pytest.fail("the interrupt never reached the child: expctl slept on with it marked")
    assert (proc.returncode, out) == (3, b"interrupted\n"), err
    assert show()["status"] in ("failed", "interrupted")
