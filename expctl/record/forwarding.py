"""Signals sent to expctl while the child runs: routed to the pump, which passes them on.

Handlers go in before the child exists (a signal in between is held, then handed on by
`attach`), and the ones they replaced come back when it ended. A wakeup pipe makes sure the pump
hears of a signal whichever thread the kernel gave it to (SIGNAL_WAKEUP, `_open_wakeup`).
"""

from __future__ import annotations

import os

from .childio import copy_window_size, isatty, real_fd

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    import signal
    from typing import Any

    from .runner import _Pump
else:
    try:  # signal's C half: the `signal` module makes enums of it at import (`enum`, ~3 ms)
        import _signal as signal
    except ImportError:  # another Python
        import signal

# Every signal whose default would end expctl and that a person or a scheduler sends to stop or
# to poke a job (SLURM's --signal=USR1@60, dd-style progress requests, alarms).
FORWARDED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGUSR1,
             signal.SIGUSR2, signal.SIGALRM)


class forwarded_signals:
    """Route FORWARDED signals (and SIGWINCH on a pty) to the pump while the child runs; signals
    that arrive before `attach` are held and delivered by it."""

    def __init__(self, is_pty: bool):
        self.is_pty = is_pty
        self.pump: _Pump | None = None
        self.held: list[int] = []
        self.saved: dict[int, Any] = {}
        self.wakeup: tuple[int, int, int] | None = None  # (read end, write end, the fd it replaced)

    def __enter__(self):
        for signum in FORWARDED:
            # A signal ignored when expctl started (nohup, a background job of a script) stays
            # ignored, so the child inherits it ignored, as it would from the shell.
            if signal.getsignal(signum) != signal.SIG_IGN:
                self.saved[signum] = signal.signal(signum, self._on_signal)
        if self.is_pty:
            self.saved[signal.SIGWINCH] = signal.signal(signal.SIGWINCH, self._resize)
        self.wakeup = _open_wakeup()
        return self

    def attach(self, pump: _Pump) -> None:
        self.pump = pump
        pump.signal_fd = None if self.wakeup is None else self.wakeup[0]
        held, self.held = self.held, []
        for signum in held:
            pump.on_signal(signum, None)

    def _on_signal(self, signum: int, frame) -> None:
        if self.pump is None:
            self.held.append(signum)
        else:
            self.pump.on_signal(signum, frame)

    def _resize(self, _signum, _frame) -> None:
        if self.pump is None:
            return
        for fd, stream in self.pump.conn.reads.items():
            real = real_fd(stream)
            if isatty(real):
                copy_window_size(real, fd)

    def __exit__(self, *exc):
        for signum, handler in self.saved.items():
            signal.signal(signum, handler)
        if self.wakeup is not None:
            read_end, write_end, before = self.wakeup
            signal.set_wakeup_fd(before)
            os.close(read_end)
            os.close(write_end)
        return False


def _open_wakeup() -> tuple[int, int, int] | None:
    """SIGNAL_WAKEUP: a pipe Python's C signal handler writes to from whichever thread the kernel
    gave a signal. Given to a thread of ours (the store's writer, the resource sampler: a loaded
    machine picks any thread that does not block it), the handler only marks the signal, and
    the main thread, asleep in the pump's poll with no output coming, would never pass it on: a
    child waiting for its interrupt would wait for ever. None without a pipe to spare or off the
    main thread: signals then wake the pump only when the main thread catches them."""
    try:
        read_end, write_end = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
    except (AttributeError, OSError):  # out of descriptors; another system
        return None
    try:
        before = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    except ValueError:  # not the main thread: no handler runs here anyway
        os.close(read_end)
        os.close(write_end)
        return None
    return read_end, write_end, before


def drain(fd: int) -> None:
    try:
        while os.read(fd, 512):
            pass
    except OSError:  # emptied (EAGAIN)
        pass
