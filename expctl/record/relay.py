"""How the runner's pump reads the child's output when _pump.c was built: a relay thread, else
one compiled call at a time.

`RelayReads`: a thread of C (_relay.c) polls the child's pipes, reads and echoes each read at
once, and never takes the GIL; the pump's loop takes what it read, in order, with the other
descriptors it waits on (the child's exit, stdin for a pty). Reading from `pump` (one call at a
time, `CallReads`) had to win the GIL back after every batch, from the digest thread that holds
it for up to the switch interval: meanwhile nothing read the pipe, and a fast child waited on
it (a 200 MB passthrough took twice what `cat | cat` takes). `CallReads` stays for when no
thread can be started (`ulimit -u`, `-v`); without the extension, runner.py reads with
selectors, os.read and os.write.
"""

from __future__ import annotations

import errno
import math

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from .childio import Connection

try:
    from ._pump import pump as compiled_pump
    from ._pump import relay as start_relay
except ImportError:  # built without a C compiler: runner.py's selectors, os.read and os.write
    compiled_pump = start_relay = None  # type: ignore[assignment]  # the stub types them

# os.read returns what is there, but allocates what it is asked for first, and each read is a
# buffer the digest holds for a while: larger reads save few calls and cost memory.
READ_SIZE = 256 << 10
# A batch holds reads up to this in all before it is handed over. More than READ_SIZE measured
# no faster and worse for memory: several 256 KiB reads freed together let malloc give the
# heap's top back, and the next ones fault it in again (47,000 minor faults per 200 MB instead
# of 4,400).
READ_LIMIT = READ_SIZE
# ... and for at most this long after its first read. Each read is echoed at once (the window
# delays only the digest): a child printing line by line wakes the pump every few lines, and
# handing each wake-up's read to Python (a bytes object, a hand-off to the digest thread, the
# GIL taken and given back) cost more than reading and echoing it.
GATHER_MS = 10
# After a read of less than 16 KiB from a roomy pipe (`Connection.roomy`), the compiled pump
# sleeps this long before it polls again: a child printing line by line otherwise wakes it for
# every few lines, each wake-up a context switch for the child and for us (at 1M lines/s,
# 20,000 a second: 0.4 s of expctl's CPU per million lines, against 0.08 s with the nap). What
# comes meanwhile waits in the pipe and is echoed this much later at most; a fast child fills
# the pipe and is read without naps. Never on a pty, whose small buffer would hold it up.
NAP_US = 1000
# Batches the relay's thread may fill before the pump's loop takes them (it waits for room
# past that): how far it runs ahead while the loop waits for the GIL. 8 x READ_LIMIT = 2 MB.
RELAY_SLOTS = 8

if TYPE_CHECKING:
    Reads = tuple[list[tuple[int, bytes, int]], list[int]]  # (fd, data, errno) read; others ready


def open_reads(conn: Connection, echo: list[int]) -> RelayReads | CallReads | None:
    """The compiled reader of `conn.reads`, echoing each to `echo` (one fd each, -1: none): the
    relay when its thread starts, else one call at a time; None without the extension."""
    nap_us = NAP_US if conn.roomy else 0
    if start_relay is not None:
        try:
            return RelayReads(list(conn.reads), echo, nap_us)
        except (OSError, MemoryError):  # no thread, descriptors or memory to spare
            pass
    return CallReads(conn, echo, nap_us) if compiled_pump is not None else None


def _timeout_ms(timeout: float | None) -> int:
    return -1 if timeout is None else math.ceil(max(timeout, 0) * 1000)


class RelayReads:
    """The relay's thread reading `fds` (fixed from the start: a stream that ended is never
    read again) and echoing them to `echo`."""

    def __init__(self, fds: list[int], echo: list[int], nap_us: int):
        self.fds = fds
        self.relay = start_relay(fds, echo, READ_LIMIT, READ_SIZE, RELAY_SLOTS, GATHER_MS, nap_us)

    def poll(self, others: list[int], timeout: float | None) -> Reads | None:
        """What the thread read (and echoed) since the last call, and which of `others` are
        readable, waiting up to `timeout` s (None: no limit) for either; None when a signal
        came first (its handler ran) or memory ran short (the reads wait for the next call)."""
        try:
            done = self.relay.take(others, _timeout_ms(timeout))
        except MemoryError:  # the reads wait in their slots for the next call
            return None
        if done is None:
            return None
        reads, ready = done
        return [(self.fds[index], data, error) for index, data, error in reads], ready

    def stop(self) -> list[tuple[int, bytes, int]]:
        """End the thread; what it read and echoed that `poll` did not return yet."""
        self.relay.stop()
        done = self.relay.take([], 0)
        return [] if done is None else [(self.fds[i], data, error) for i, data, error in done[0]]


class CallReads:
    """`pump` called for each batch, the GIL released during the call only."""

    def __init__(self, conn: Connection, echo: list[int], nap_us: int):
        self.conn = conn
        self.echo = dict(zip(conn.reads, echo))
        self.nap_us = nap_us
        self.read_size = self.read_limit = READ_SIZE
        self.buffer: bytearray | None = None  # made at the first read

    def poll(self, others: list[int], timeout: float | None) -> Reads | None:
        fds = list(self.conn.reads)
        try:
            if self.buffer is None:
                self.buffer = bytearray(self.read_limit)
            done = compiled_pump(fds, [self.echo[fd] for fd in fds], others, self.buffer,
                                 self.read_size, _timeout_ms(timeout), GATHER_MS, self.nap_us)
        except MemoryError:  # a tight ulimit -v: smaller reads, into a smaller buffer
            self.read_size = self.read_limit = max(self.read_size // 16, 4096)
            self.buffer = None
            return None
        if done is None:
            return None
        reads, ready = done
        for index, data, error in reads:
            if data and error and error != errno.EPIPE:  # our stdout failed: echo no more
                self.echo[fds[index]] = -1
        return [(fds[index], data, error) for index, data, error in reads], ready

    def stop(self) -> list[tuple[int, bytes, int]]:
        return []  # nothing is read between calls
