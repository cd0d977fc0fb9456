"""The relay (expctl/record/_relay.c): a thread of C reads the child's output and echoes it,
never taking the GIL; `take` hands what it read to Python in order. Real pipes and real
children: byte-exact echo, every byte handed over (and so digested: the same points as the
other pumps store), memory bounded by its slots, signals handled while its write blocks, and
the fallbacks when it cannot start."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import termios
import threading

import pytest

from expctl.record import relay
from expctl.record.childio import Connection

from .conftest import expctl_argv, py, run_expctl, wait_for
from .test_run_pump import CALL_PUMP, PYTHON_PUMP

pytestmark = pytest.mark.skipif(relay.start_relay is None, reason="built without a C compiler")


class Pipes:
    """Pipes made for a test, closed after it (or by it, through `close`)."""

    def __init__(self):
        self.open: list[int] = []

    def __call__(self) -> tuple[int, int]:
        read, write = os.pipe()
        self.open.extend((read, write))
        return read, write

    def close(self, fd: int) -> None:
        self.open.remove(fd)
        os.close(fd)


@pytest.fixture
def pipes():
    made = Pipes()
    yield made
    for fd in made.open:
        os.close(fd)


def _reads(r) -> list[tuple[int, bytes, int]]:
    done = r.take([], 100)
    return [] if done is None else done[0]


def _take_until(r, count: int) -> list[tuple[int, bytes, int]]:
    """Reads taken from `r` until `count` streams ended (b"" reads), within a deadline."""
    got: list[tuple[int, bytes, int]] = []
    wait_for(lambda: got.extend(_reads(r)) or sum(not data for _, data, _ in got) >= count,
             interval=0)
    return got


def _echoed(fd: int, size: int) -> bytes:
    """`size` bytes read from `fd` (the echo), within a deadline."""
    os.set_blocking(fd, False)
    got = bytearray()

    def more() -> bool:
        try:
            got.extend(os.read(fd, size - len(got)))
        except BlockingIOError:
            pass
        return len(got) >= size

    wait_for(more)
    return bytes(got)


def _pending(fd: int) -> int:
    """Bytes waiting in the pipe `fd` reads."""
    return int.from_bytes(fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"), "little")


def test_each_stream_is_echoed_and_handed_over_whole_and_in_order(pipes):
    out_r, out_w = pipes()
    err_r, err_w = pipes()
    echo_out_r, echo_out_w = pipes()
    echo_err_r, echo_err_w = pipes()
    r = relay.start_relay([out_r, err_r], [echo_out_w, echo_err_w], 4096, 1000, 16, 5, 0)
    out, err = os.urandom(30_000), os.urandom(9_000)  # 16 slots of 4 KiB take it all

    def write() -> None:  # the two streams interleaved, 3000 and 1000 bytes at a time
        for i in range(10):
            os.write(out_w, out[i * 3000:(i + 1) * 3000])
            os.write(err_w, err[i * 900:(i + 1) * 900])

    writer = threading.Thread(target=write)
    writer.start()
    echoed = [_echoed(echo_out_r, len(out)), _echoed(echo_err_r, len(err))]
    writer.join()
    pipes.close(out_w)
    pipes.close(err_w)
    got = _take_until(r, 2)
    r.stop()
    assert echoed == [out, err]
    for index, sent in enumerate((out, err)):
        assert b"".join(data for i, data, _ in got if i == index) == sent
        assert [(i, data, e) for i, data, e in got if i == index][-1] == (index, b"", 0)
    assert all(error == 0 for _, _, error in got)


def test_with_every_slot_full_the_thread_waits_and_loses_nothing(pipes):
    """Two slots of 4 KiB, none taken: the thread reads (and echoes) 8 KiB, then waits, the
    rest left in the pipe; once taken, everything comes, in order."""
    source, child = pipes()
    echo_r, echo_w = pipes()
    data = os.urandom(40_000)
    os.write(child, data)  # a pipe holds 64 KiB
    r = relay.start_relay([source], [echo_w], 4096, 4096, 2, 0, 0)
    assert _echoed(echo_r, 8192) == data[:8192]
    assert _pending(source) == len(data) - 8192  # nothing more read: no room
    pipes.close(child)
    got = _take_until(r, 1)
    r.stop()
    assert b"".join(part for _, part, _ in got) == data
    assert _echoed(echo_r, len(data) - 8192) == data[8192:]


def test_what_was_read_before_stop_is_still_taken(pipes):
    source, child = pipes()
    echo_r, echo_w = pipes()
    os.write(child, b"echoed, not yet taken\n")
    r = relay.start_relay([source], [echo_w], 4096, 4096, 4, 0, 0)
    assert _echoed(echo_r, 22) == b"echoed, not yet taken\n"
    r.stop()
    assert r.take([], 0) == ([(0, b"echoed, not yet taken\n", 0)], [])
    os.write(child, b"after the stop\n")  # the thread is gone: nothing more is read
    assert r.take([], 0) == ([], [])
    assert _pending(source) == len(b"after the stop\n")


def test_a_full_slot_is_handed_over_and_never_written_to_again(pipes):
    """One slot: a read filling it is handed over as its bytes object (no copy), and the next
    read goes into the new one that took its place."""
    source, child = pipes()
    first, second = os.urandom(4096), os.urandom(4096)
    os.write(child, first)
    r = relay.start_relay([source], [-1], 4096, 4096, 1, 0, 0)
    got: list[tuple[int, bytes, int]] = []
    wait_for(lambda: got.extend(_reads(r)) or got, interval=0)
    os.write(child, second)
    wait_for(lambda: got.extend(_reads(r)) or len(got) >= 2, interval=0)
    r.stop()
    assert got == [(0, first, 0), (0, second, 0)]


def test_the_others_are_reported_while_output_keeps_coming(pipes):
    source, child = pipes()
    wake_r, wake_w = pipes()
    r = relay.start_relay([source], [-1], 4096, 4096, 2, 0, 0)
    assert r.take([wake_r], 0) == ([], [])
    os.write(wake_w, b"x")
    os.write(child, b"output\n")
    seen = wait_for(lambda: (r.take([wake_r], 100) or ([], []))[1], interval=0)
    r.stop()
    assert seen == [wake_r]


def test_bad_arguments_are_refused(pipes):
    source, _ = pipes()
    with pytest.raises(ValueError, match="slots"):
        relay.start_relay([source], [-1], 4096, 4096, 0, 0, 0)
    with pytest.raises(ValueError, match="one echo descriptor"):
        relay.start_relay([source], [], 4096, 4096, 2, 0, 0)


def test_without_a_thread_to_spare_the_pump_is_called_for_each_batch(pipes, monkeypatch):
    def no_thread(*args):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(relay, "start_relay", no_thread)
    source, child = pipes()
    conn = Connection()
    conn.reads[source] = "stdout"
    reads = relay.open_reads(conn, [-1])
    assert isinstance(reads, relay.CallReads)
    os.write(child, b"line\n")
    assert reads.poll([], 1) == ([(source, b"line\n", 0)], [])
    monkeypatch.setattr(relay, "compiled_pump", None)
    assert relay.open_reads(conn, [-1]) is None  # runner.py reads with os.read


# A child printing as fast as it can: every byte value, metric lines among blocks of noise.
DENSE = """
import os
noise = bytes(range(256)) * 64 + b"\\n"
for i in range(3000):
    os.write(1, b"step: %d loss: %.6f acc: %.4f\\n" % (i, 1 / (i + 1), i % 97 / 97))
    if i % 10 == 0:
        os.write(1, noise)
"""


def _series(head: list[str]) -> tuple[bytes, dict]:
    """Run DENSE under `head`; its stdout and the series read from it (steps and values)."""
    wrapped = subprocess.run([*head, "run", "--", *py(DENSE)], capture_output=True)
    assert wrapped.returncode == 0, wrapped.stderr[-500:]
    shown = run_expctl("metrics", "last", "--format", "json")
    assert shown.returncode == 0, shown.stderr
    series = json.loads(shown.stdout)
    return wrapped.stdout, {name: [(p["step"], p["value"]) for p in points]
                            for name, points in series.items()
                            if not name.startswith("sys/")}  # resource samples: a slow run's


def test_the_digest_gets_every_byte_the_same_points_as_the_other_pumps(db_path):
    plain = subprocess.run(py(DENSE), capture_output=True).stdout
    results = {name: _series(head) for name, head in
               (("relay", expctl_argv()), ("call", CALL_PUMP), ("python", PYTHON_PUMP))}
    for name, (stdout, _) in results.items():
        assert stdout == plain, name
    points = results["relay"][1]
    assert {"acc", "loss"} <= set(points) and len(points["loss"]) == 3000
    assert points["loss"][-1] == (2999, 0.000333)  # as printed: %.6f
    assert results["call"][1] == points and results["python"][1] == points


def test_a_signal_is_forwarded_while_our_stdout_blocks_the_echo(tmp_path):
    """Nobody reads expctl's stdout: the relay's write blocks. SIGTERM to expctl still reaches
    the child (the main thread handles it), which says so and exits; then the output drains."""
    ready, got_term = tmp_path / "ready", tmp_path / "got-term"
    code = (f"import os, signal, sys\n"
            f"signal.signal(signal.SIGTERM, lambda *a: (open({str(got_term)!r}, 'w').close(), "
            f"os._exit(7)))\n"
            f"open({str(ready)!r}, 'w').close()\n"
            f"while True: os.write(1, b'x' * 65536)\n")
    proc = subprocess.Popen(expctl_argv("run", "--", *py(code)), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        wait_for(ready.exists)
        proc.send_signal(signal.SIGTERM)
        wait_for(got_term.exists)  # stdout still unread
        proc.stdout.read()
        proc.wait(timeout=60)
        assert proc.returncode == 7
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
