"""The live views: `expctl watch` (a frame, redraws, Ctrl-C) and `expctl logs -f`."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import time

from expctl.store import open_store
from expctl.records import NewRun
from tests.conftest import expctl_argv, py, run_expctl, start_expctl, wait_for

# A run that prints, then waits for the test to create `go` before it prints more and ends.
GATED = ("import os, time\nprint('step: 1 loss: 0.5', flush=True)\n"
         "while not os.path.exists('go'): time.sleep(0.02)\nprint('step: 2 loss: 0.25', flush=True)\n")


def _running_id() -> int:
    out = run_expctl("list", "--where", "status = 'running'", "--format", "ids")
    return int(out.stdout.split()[0]) if out.stdout.strip() else 0


def _read_until(fd: int, needle: bytes, timeout: float = 20.0) -> bytes:
    """Bytes read from `fd` until `needle` shows up (select with a deadline, no sleeping)."""
    data = b""
    deadline = time.monotonic() + timeout
    while needle not in data:
        left = deadline - time.monotonic()
        assert left > 0, f"{needle!r} not seen in {data[-400:]!r}"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # a pty reports EIO once the other side is closed
                chunk = b""
            if not chunk:
                break
            data += chunk
    return data


def test_watch_once_shows_running_and_recent_runs_not_old_ones(db_path):
    store = open_store(str(db_path))
    old = store.create_run(NewRun(uuid="a" * 32, name="old", experiment="e", command=["x"],
                                  cwd="/", started_at=time.time() - 7200, host="h", user="u"))
    store.finish_run(old, "finished", 0, None, time.time() - 7000, {})
    store.close()
    run = start_expctl("run", "-q", "-n", "live", "--", *py(GATED))
    try:
        wait_for(_running_id)
        wait_for(lambda: b"loss" in run_expctl("watch", "--once").stdout)
        frame = run_expctl("watch", "--once").stdout.decode()
        assert "1 running, 0 recently ended" in frame
        assert "live" in frame and "running" in frame and "0.5" in frame and "old" not in frame
    finally:
        open("go", "w").close()
        run.communicate(timeout=30)
    after = run_expctl("watch", "--once", "-m", "loss").stdout.decode()
    assert "0 running, 1 recently ended" in after and "0.25 █▁" in after


def test_watch_redraws_until_ctrl_c_and_exits_cleanly():
    assert run_expctl("run", "-q", "--", *py("print('loss: 1')")).returncode == 0
    watcher = start_expctl("watch", "--interval", "0.1")
    _read_until(watcher.stdout.fileno(), b"\n\nexpctl watch")  # a second frame was drawn
    watcher.send_signal(signal.SIGINT)
    _, err = watcher.communicate(timeout=20)
    assert watcher.returncode == 0 and err == b""


def test_watch_on_a_terminal_redraws_in_place_and_restores_the_cursor():
    assert run_expctl("run", "-q", "--", *py("print('loss: 1')")).returncode == 0
    leader, follower = pty.openpty()
    watcher = subprocess.Popen(expctl_argv("watch", "--interval", "0.1"), stdin=follower,
                               stdout=follower, stderr=follower)
    os.close(follower)
    try:
        seen = _read_until(leader, b"expctl watch")
        seen += _read_until(leader, b"expctl watch")  # redrawn
        watcher.send_signal(signal.SIGINT)
        assert watcher.wait(timeout=20) == 0
        seen += _read_until(leader, b"\x1b[?25h")  # Rich Live shows the cursor again
    finally:
        os.close(leader)
    assert b"Traceback" not in seen


def test_logs_follow_prints_until_the_run_ends():
    run = start_expctl("run", "-q", "--", *py(GATED))
    try:
        run_id = wait_for(_running_id)
        follower = start_expctl("logs", "-f", str(run_id))
        first = _read_until(follower.stdout.fileno(), b"loss: 0.5\n")
        assert follower.poll() is None  # still following: the run goes on
    finally:
        open("go", "w").close()
    rest, err = follower.communicate(timeout=30)
    run.communicate(timeout=30)
    assert follower.returncode == 0 and err == b""
    assert first + rest == b"step: 1 loss: 0.5\nstep: 2 loss: 0.25\n"
    done = run_expctl("logs", "-f", "--tail", "1", str(run_id))  # an ended run: prints, returns
    assert done.returncode == 0 and done.stdout == b"step: 2 loss: 0.25\n"


def test_a_followed_log_marks_the_log_cap_gap_between_polls():
    from expctl.record.logs import assemble_log
    from expctl.records import LogChunk

    ends: dict[str, int] = {}
    first = assemble_log([LogChunk("stdout", 0, b"ab", 2)], ends)
    later = assemble_log([LogChunk("stdout", 10, b"z", 1)], ends)
    assert first == b"ab" and later == b"\n[expctl: 8 bytes of stdout omitted by the log cap]\nz"
