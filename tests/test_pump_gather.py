"""The compiled pump's gathering (expctl/record/_pump.c): reads that follow each other within
the window are handed over as one piece per stream, each echoed at once, in order, never past
the buffer; the nap between small reads is bounded."""

from __future__ import annotations

import os

import pytest

from expctl.record import relay

pump = relay.compiled_pump
pytestmark = pytest.mark.skipif(pump is None, reason="built without a C compiler")


@pytest.fixture
def pipes():
    made: list[int] = []

    def make() -> tuple[int, int]:
        read, write = os.pipe()
        made.extend((read, write))
        return read, write

    yield make
    for fd in made:
        os.close(fd)


def _drain(fd: int) -> bytes:
    os.set_blocking(fd, False)
    got = b""
    while True:
        try:
            part = os.read(fd, 65536)
        except BlockingIOError:
            return got
        if not part:
            return got
        got += part


def test_small_reads_within_the_window_are_one_piece_echoed_whole(pipes):
    source, child = pipes()
    echo_r, echo_w = pipes()
    data = bytes(range(256)) * 3
    os.write(child, data)
    reads, ready = pump([source], [echo_w], [], bytearray(4096), 7, 1000, 50, 1000)
    assert ready == []
    assert reads == [(0, data, 0)]  # 110 reads of 7 bytes, one piece
    assert _drain(echo_r) == data


def test_two_streams_keep_their_order_and_their_own_bytes(pipes):
    out_r, out_w = pipes()
    err_r, err_w = pipes()
    echo_out_r, echo_out_w = pipes()
    echo_err_r, echo_err_w = pipes()
    os.write(out_w, b"o" * 40 + b"\n")
    os.write(err_w, b"e" * 30 + b"\n")
    reads, _ = pump([out_r, err_r], [echo_out_w, echo_err_w], [], bytearray(4096), 8, 1000, 50)
    assert b"".join(data for index, data, _ in reads if index == 0) == b"o" * 40 + b"\n"
    assert b"".join(data for index, data, _ in reads if index == 1) == b"e" * 30 + b"\n"
    assert all(reads[i][0] != reads[i + 1][0] for i in range(len(reads) - 1))  # joined runs
    assert _drain(echo_out_r) == b"o" * 40 + b"\n"
    assert _drain(echo_err_r) == b"e" * 30 + b"\n"


def test_a_gathering_never_reads_past_the_buffer(pipes):
    source, child = pipes()
    data = os.urandom(100)
    os.write(child, data)
    first, _ = pump([source], [-1], [], bytearray(64), 16, 1000, 50)
    second, _ = pump([source], [-1], [], bytearray(64), 16, 1000, 50)
    assert first == [(0, data[:64], 0)] and second == [(0, data[64:], 0)]


def test_the_end_of_a_stream_ends_the_gathering():
    source, child = os.pipe()
    try:
        os.write(child, b"last words\n")
        os.close(child)
        reads, _ = pump([source], [-1], [], bytearray(4096), 4, 1000, 10_000, 1000)
    finally:
        os.close(source)
    assert reads == [(0, b"last words\n", 0), (0, b"", 0)]


def test_another_descriptor_ready_ends_the_gathering(pipes):
    source, child = pipes()
    wake_r, wake_w = pipes()
    os.write(child, b"output\n")
    os.write(wake_w, b"x")
    reads, ready = pump([source], [-1], [wake_r], bytearray(4096), 4096, 1000, 10_000, 1000)
    assert ready == [wake_r]
    assert b"".join(data for _, data, _ in reads) in (b"", b"output\n")


@pytest.mark.parametrize("gather_ms, nap_us", [(-1, 0), (10, -1), (10, 1_000_000)])
def test_a_window_or_a_nap_out_of_range_is_refused(pipes, gather_ms, nap_us):
    source, _ = pipes()
    with pytest.raises(ValueError, match="nap_us"):
        pump([source], [-1], [], bytearray(64), 64, 0, gather_ms, nap_us)


def test_a_large_read_handed_over_whole_is_never_written_to_again(pipes):
    """A read filling much of the buffer is handed over as the bytes object it was read into
    (no copy); the next calls read into other memory, small reads and large ones alike."""
    source, child = pipes()
    echo_r, echo_w = pipes()
    chunks = [os.urandom(3000), os.urandom(200), os.urandom(4096), os.urandom(1500), b"\n"]
    got = []
    for chunk in chunks:
        os.write(child, chunk)
        reads, _ = pump([source], [echo_w], [], bytearray(4096), 4096, 1000, 0)
        got.append(reads)
    assert got == [[(0, chunk, 0)] for chunk in chunks]  # each still as it was read
    assert _drain(echo_r) == b"".join(chunks)


def test_enlarge_pipe_sizes_the_pipe_as_fcntl_would(pipes):
    """The compiled F_SETPIPE_SZ (the run path loads no `fcntl` for it): the size asked for,
    and False past what the system allows a user's pipe, as fcntl's OSError says there."""
    import fcntl

    from expctl.record._pump import enlarge_pipe

    read, _ = pipes()
    assert enlarge_pipe(read, 1 << 20) is True
    assert fcntl.fcntl(read, getattr(fcntl, "F_GETPIPE_SZ", 1032)) >= 1 << 20
    with open("/proc/sys/fs/pipe-max-size") as f:
        most = int(f.read())
    if os.geteuid() != 0:  # root may go past pipe-max-size
        assert enlarge_pipe(read, most * 2) is False
    assert enlarge_pipe(-1, 1 << 16) is False
