"""The output pump three ways: the compiled relay thread (expctl/record/_relay.c), the compiled
pump one call at a time (expctl/record/_pump.c: when no thread can be started) and Python
(os.read/os.write: when the extension was not built): the same bytes, live, to the same places,
and the same log."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time

import pytest

from .conftest import expctl_argv, py, run_expctl



def _without(*names: str) -> list[str]:
    """expctl with the compiled readers `names` of expctl.record.relay taken away."""
    off = "; ".join(f"r.{name} = None" for name in names)
    return [sys.executable, "-c", f"import sys; import expctl.record.relay as r; {off}; "
            "from expctl.cli import main; sys.argv[0] = 'expctl'; sys.exit(main())"]


# expctl with the Python pump, as an install without a C compiler runs it; with the compiled
# pump called for each batch, as when the relay's thread cannot be started.
PYTHON_PUMP = _without("start_relay", "compiled_pump")
CALL_PUMP = _without("start_relay")

# Every byte value, stdout and stderr interleaved, more than the pipe holds in one go.
WRITER = """
import os, sys
block = bytes(range(256)) * 997 + b"\\nloss: 0.5\\n"
for i in range(40):
    os.write(1, block)
    if i % 7 == 0:
        os.write(2, b"err %d\\n" % i)
"""


def pumps() -> list[tuple[str, list[str]]]:
    from expctl.record import relay

    built = [("relay", expctl_argv()), ("call", CALL_PUMP)] if relay.start_relay is not None else []
    return [*built, ("python", PYTHON_PUMP)]


@pytest.mark.parametrize("name, head", pumps())
def test_both_pumps_pass_every_byte_and_store_the_same_log(name, head, db_path):
    plain = subprocess.run(py(WRITER), capture_output=True)
    wrapped = subprocess.run([*head, "run", "--", *py(WRITER)], capture_output=True)
    assert wrapped.returncode == 0, wrapped.stderr[-500:]
    assert wrapped.stdout == plain.stdout
    assert wrapped.stderr.startswith(plain.stderr)
    logged = run_expctl("logs", "last", "--stdout")
    assert logged.returncode == 0, logged.stderr
    assert logged.stdout == plain.stdout


def _read_a_little_then_close(argv: list[str]) -> tuple[int, bytes]:
    """Start `argv`, read 100 bytes of its stdout, close the pipe; its exit status and stderr."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert len(proc.stdout.read(100)) == 100
    proc.stdout.close()
    err = proc.stderr.read()
    return proc.wait(timeout=60), err


# A child that writes with os.write: its status says only that a write failed with EPIPE
# (BrokenPipeError, uncaught: 1). Through sys.stdout it also said when: buffered (a pipe, without
# expctl), bytes still in the buffer when EPIPE came failed again at the exit's flush (120,
# "Exception ignored": 13 of 300 runs here, the others 1), while expctl runs a Python child
# unbuffered (PYTHONUNBUFFERED=1: 300 of 300 runs 1), so the two statuses differed at random.
BROKEN_PIPE_WRITER = "import os\nfor i in range(10 ** 6): os.write(1, b'line %d\\n' % i)"


@pytest.mark.parametrize("name, head", pumps())
def test_a_reader_that_goes_away_gives_the_child_a_broken_pipe_as_without_expctl(name, head):
    code = BROKEN_PIPE_WRITER
    plain_status, plain_err = _read_a_little_then_close(py(code))
    status, err = _read_a_little_then_close([*head, "run", "--", *py(code)])
    assert plain_status != 0 and b"BrokenPipeError" in plain_err
    assert status == plain_status  # the child saw EPIPE and ended as it does without expctl
    assert b"BrokenPipeError" in err


@pytest.mark.parametrize("name, head", pumps())
def test_a_line_appears_at_once_while_the_child_keeps_running(name, head, tmp_path):
    go = tmp_path / "go"
    code = (f"import os, time\nos.write(1, b'ready\\n')\n"
            f"while not os.path.exists({str(go)!r}): time.sleep(0.01)\nos.write(1, b'done\\n')")
    proc = subprocess.Popen([*head, "run", "--", *py(code)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        got = b""
        deadline = time.monotonic() + 30
        while b"ready\n" not in got and time.monotonic() < deadline:
            if select.select([proc.stdout], [], [], 0.1)[0]:
                got += os.read(proc.stdout.fileno(), 100)
        assert got == b"ready\n"  # the child is still waiting: nothing else can have come
        go.touch()
        rest, _ = proc.communicate(timeout=30)
        assert got + rest == b"ready\ndone\n"
        assert proc.returncode == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# Line by line, as a training script prints: many small writes, the two streams interleaved.
TRICKLE = """
import os
for i in range(20000):
    os.write(1, b"step %d loss %f\\n" % (i, 1 / (i + 1)))
    if i % 13 == 0:
        os.write(2, b"warn %d\\n" % i)
"""


@pytest.mark.parametrize("name, head", pumps())
def test_a_trickle_of_small_writes_passes_byte_exact_and_in_order(name, head, db_path):
    """Small reads are gathered for the digest (and, on a pipe, napped between): each stream's
    bytes still arrive whole and in order, and the log stores them."""
    plain = subprocess.run(py(TRICKLE), capture_output=True)
    wrapped = subprocess.run([*head, "run", "--", *py(TRICKLE)], capture_output=True)
    assert wrapped.returncode == 0, wrapped.stderr[-500:]
    assert wrapped.stdout == plain.stdout
    assert wrapped.stderr.startswith(plain.stderr)
    logged = run_expctl("logs", "last", "--stdout")
    assert logged.stdout == plain.stdout


@pytest.mark.parametrize("name, head", pumps())
def test_a_non_blocking_stdout_that_fills_up_loses_no_byte(name, head):
    """expctl's stdout is a pipe in non-blocking mode (EAGAIN when full), read slower than the
    child prints: every byte arrives, in order."""
    code = "import sys\nfor i in range(200000): sys.stdout.write('line %d of the output\\n' % i)"
    expected = subprocess.run(py(code), capture_output=True).stdout
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)  # the open file description expctl inherits
    proc = subprocess.Popen([*head, "run", "--", *py(code)], stdout=write_end,
                            stderr=subprocess.DEVNULL)
    os.close(write_end)
    got = bytearray()
    try:
        while True:
            part = os.read(read_end, 4096)  # small reads: the pipe stays full most of the time
            if not part:
                break
            got += part
    finally:
        os.close(read_end)
        proc.wait(timeout=120)
    assert proc.returncode == 0
    assert bytes(got) == expected


@pytest.mark.parametrize("name, head", pumps())
def test_a_stdout_that_fails_stops_the_echo_not_the_command_nor_the_record(name, head, db_path):
    """expctl's stdout is /dev/full (ENOSPC): the command runs on to its own end, its output
    is still read and recorded whole, and expctl says once that it could not write it."""
    code = ("import os\nfor i in range(20000): os.write(1, b'line %d of the output\\n' % i)\n"
            "raise SystemExit(3)")
    expected = subprocess.run(py(code), capture_output=True).stdout
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([*head, "run", "--", *py(code)], stdout=full, stderr=subprocess.PIPE,
                              timeout=120)
    assert proc.returncode == 3
    warnings = [line for line in proc.stderr.splitlines() if line.startswith(b"expctl: warning")]
    assert warnings == [b"expctl: warning: cannot write the command's stdout (No space left on "
                        b"device); it is still recorded"]
    assert b"Traceback" not in proc.stderr
    assert run_expctl("logs", "last", "--stdout").stdout == expected
