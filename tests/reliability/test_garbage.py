"""Garbage output: passthrough stays byte-exact, memory stays bounded, expctl never hangs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from ..conftest import expctl_argv, py, run_expctl

MAX_RSS_MB = 150
# expctl's own bound in these tests (measured: 108 MB for a 100 MB line, 87 MB for 1 GB of lines):
# the interpreter, the log buffers (8 MiB head + up to 16 MiB tail per stream) and one flush in
# flight. The children below use almost no memory.


def _run_measured(shell_command: str):
    """Run `expctl run -- sh -c CMD` from a small Python parent that reports the peak RSS of
    its waited-for descendants: expctl (the shell tools used are tiny)."""
    argv = expctl_argv("run", "--", "sh", "-c", shell_command)
    probe = (
        "import resource, subprocess, sys, hashlib\n"
        f"p = subprocess.Popen({argv!r}, stdout=subprocess.PIPE)\n"
        "h = hashlib.sha256(); n = 0\n"
        "for chunk in iter(lambda: p.stdout.read(1 << 20), b''): h.update(chunk); n += len(chunk)\n"
        "code = p.wait()\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(code, n, h.hexdigest(), rss)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=300)
    code, size, digest, rss = done.stdout.split()
    return int(code), int(size), digest.decode(), float(rss)


def _expected(shell_command: str):
    import hashlib

    out = subprocess.run(["sh", "-c", shell_command], capture_output=True).stdout
    return len(out), hashlib.sha256(out).hexdigest()


def test_a_100_mb_line_without_newline_is_passed_whole_in_bounded_memory():
    command = "head -c 100000000 /dev/zero | tr '\\0' 'x'"
    code, size, digest, rss = _run_measured(command)
    assert (code, size) == (0, 100_000_000)
    assert digest == _expected(command)[1]
    assert rss < MAX_RSS_MB, f"expctl peaked at {rss:.0f} MB"
    logs = run_expctl("logs", "last").stdout
    assert b"omitted by the log cap" in logs and len(logs) < 17 * 1024 * 1024 + 1000


def test_200_mb_of_log_lines_pass_byte_exact_in_bounded_memory():
    command = ("yes 'INFO worker 3 fetched shard from /data/train/part-00017 in 0.25s' "
               "| head -c 200000000")
    code, size, digest, rss = _run_measured(command)
    assert (code, size) == (0, 200_000_000)
    assert digest == _expected(command)[1]
    assert rss < MAX_RSS_MB, f"expctl peaked at {rss:.0f} MB"


def test_nul_bytes_invalid_utf8_and_a_flood_of_carriage_returns():
    code = (
        "import os\n"
        "os.write(1, b'\\x00\\xff\\xfe' * 1000 + b'\\n')\n"
        "os.write(1, b''.join(b'\\r%d%% loss: %d' % (i % 100, i) for i in range(100000)) + b'\\n')\n"
    )
    plain = subprocess.run(py(code), capture_output=True).stdout
    proc = run_expctl("run", "--", *py(code))
    assert proc.returncode == 0 and proc.stdout == plain
    run = json.loads(run_expctl("show", "last", "--format", "json").stdout)
    assert run["metrics"]["loss"]["last"] == 99999


def test_output_after_the_child_closed_stdout():
    code = "import os, sys\nprint('out', flush=True)\nos.close(1)\nsys.stderr.write('err after close\\n')\n"
    proc = run_expctl("run", "--", *py(code))
    assert proc.returncode == 0
    assert proc.stdout == b"out\n" and proc.stderr.startswith(b"err after close\n")


def test_a_daemon_holding_the_pipe_does_not_keep_expctl_waiting(tmp_path):
    """The child leaves a daemon holding its stdout; expctl returns when the child exits. Proof
    without a clock: the daemon is still alive when expctl has returned. Only that daemon (its
    pid written by the child this test started) is signalled afterwards."""
    pid_file = tmp_path / "daemon.pid"
    proc = subprocess.run(
        expctl_argv("run", "--", "sh", "-c", f"sleep 300 & echo $! > {pid_file}; echo started daemon"),
        capture_output=True, timeout=60,
    )
    daemon = int(pid_file.read_text())
    try:
        assert proc.returncode == 0 and proc.stdout == b"started daemon\n"
        os.kill(daemon, 0)  # still running: expctl did not wait for it
    finally:
        try:
            os.kill(daemon, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_the_splitter_holds_rows_not_the_chunks_it_was_fed():
    """Metric-free output read in chunks of a megabyte: what the line splitter keeps for a later
    redraw is the screen's last rows, not the chunks themselves (64 of them were once held)."""
    import tracemalloc

    from expctl.metrics import LineSplitter

    line = b"INFO worker 3 fetched shard from /data/train/part-00017 in 0.25s\n"
    splitter = LineSplitter()
    tracemalloc.start()
    try:
        for _ in range(100):
            splitter.feed_text(bytes(bytearray(line * 16_000)))  # a fresh 1 MB chunk each time
        held, _ = tracemalloc.get_traced_memory()
        tail = splitter.feed(b"\x1b[2Aredrawn\n")
    finally:
        tracemalloc.stop()
    assert held < 8 << 20, f"the splitter holds {held / 1e6:.0f} MB"
    assert tail == ["redrawn"]
