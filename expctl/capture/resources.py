"""Measure what a run costs: CPU and memory of its process tree while it runs (`ResourceMonitor`),
and its total CPU time and peak memory once it is reaped (`rusage_summary`).

psutil is imported only on the sampling thread: importing it would cost every `expctl` command,
including shell completion, a few milliseconds for nothing.
"""

from __future__ import annotations

import resource
import sys
import time

from ..threads import Daemon, Event

TYPE_CHECKING = False  # typing (~3 ms) is not loaded on the run path
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType
    from typing import Any

    from psutil import Process

    OnSample = Callable[[float, float, float], None]


# The first sample comes this soon (or after `interval`, if shorter) so that runs of a fraction of
# a second still get a CPU sample and a peak; later ones every `interval` seconds.
FIRST_SAMPLE_AFTER = 0.1
START_DELAY = 0.05
STOP_TIMEOUT = 2.0  # seconds `stop` waits for a reading in progress (a large tree takes a while)


class ResourceMonitor:
    """Samples the process tree rooted at `pid` (the process and all its descendants) on a
    daemon thread, from `start()` until `stop()`.

    Per sample, `on_sample(time, cpu_percent, rss_mb)` is called on the sampling thread: `time` in
    seconds since the epoch; `cpu_percent` the tree's CPU time over the wall time since the previous
    reading × 100 (400 means four busy cores); `rss_mb` the sum of the tree's resident sets in MiB.
    The sum counts pages shared between processes (forked workers) once per process, so it can
    exceed the memory really used. CPU spent by a process that exits between two readings after the
    earlier one is lost; `rusage_summary` gives exact totals at the end.

    A baseline reading is taken as soon as the thread starts (it counts towards the peak RSS but is
    not a sample: it has no CPU interval); the first sample follows after FIRST_SAMPLE_AFTER.
    Processes that vanish or deny access are skipped. Problems (psutil missing, a failing
    `on_sample`) end up in `warnings`, never in exceptions.
    """

    def __init__(self, pid: int, interval: float = 1.0, on_sample: OnSample | None = None,
                 start_delay: float = START_DELAY):
        self.pid = pid
        self.interval = interval
        self.start_delay = start_delay  # 0: the caller already waited START_DELAY
        self.on_sample = on_sample
        self.warnings: list[str] = []
        self.peak_rss_mb: float | None = None
        self.samples = 0
        self._sample_failed = False
        self._stopping = Event()
        self._thread: Daemon | None = None

    def start(self) -> None:
        """Start sampling on a daemon thread; a second call does nothing."""
        if self._thread is None:
            self._thread = Daemon(self._run, "expctl-resources")
            self._thread.start()

    def stop(self) -> dict[str, object]:
        """Stop sampling (within STOP_TIMEOUT); {"peak_rss_mb": float|None, "samples": int}.

        `peak_rss_mb` is None when the tree could never be read (the process had already gone).
        Safe to call without `start()` and more than once.
        """
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(STOP_TIMEOUT)
        return {"peak_rss_mb": self.peak_rss_mb, "samples": self.samples}

    def _run(self) -> None:
        """The thread's body: a tracking failure must never surface as a thread traceback."""
        try:
            self._sample_until_stopped()
        except Exception as exc:
            self.warnings.append(f"resource sampling stopped ({type(exc).__name__}: {exc})")

    def _sample_until_stopped(self) -> None:
        """Read the tree after START_DELAY, then every interval until stopped or the root is gone.

        Waiting first means a command that ends sooner never pays for importing psutil (about
        15 ms); its totals and peak come from `rusage_summary` alone.
        """
        if self._stopping.wait(self.start_delay):
            return
        try:
            import psutil
        except ImportError:
            self.warnings.append("psutil is not installed; CPU and memory use not recorded")
            return
        tree = _ProcessTree(psutil, self.pid)
        delay = min(FIRST_SAMPLE_AFTER, self.interval)
        while True:
            reading = tree.read()
            if reading is None:
                return
            self._record(*reading)
            if self._stopping.wait(delay):
                return
            delay = self.interval

    def _record(self, cpu_percent: float | None, rss_mb: float) -> None:
        """Update the peak; report a sample unless this is the baseline (no CPU interval yet)."""
        if self.peak_rss_mb is None or rss_mb > self.peak_rss_mb:
            self.peak_rss_mb = rss_mb
        if cpu_percent is None:
            return
        self.samples += 1
        if self.on_sample is None:
            return
        try:
            self.on_sample(time.time(), cpu_percent, rss_mb)
        except Exception as exc:
            if not self._sample_failed:  # warn once: it will most likely fail the same way again
                self._sample_failed = True
                self.warnings.append(f"resource samples not recorded ({type(exc).__name__}: {exc})")


class _ProcessTree:
    """Reads the CPU time and resident memory of a process and all its descendants.

    `psutil` is passed in so that this module never imports it at import time.
    """

    def __init__(self, psutil: ModuleType, pid: int):
        self.psutil = psutil
        self.pid = pid
        self.root: Process | None = None
        self.cpu_seen: dict[tuple[int, float], float] = {}  # (pid, create time) → CPU seconds
        self.last_read: float | None = None

    def read(self) -> tuple[float | None, float] | None:
        """(cpu_percent since the previous read, None on the first; total RSS in MiB), or None once
        the root process is gone (or was never there)."""
        processes = self._list_processes()
        if processes is None:
            return None
        now = time.monotonic()
        cpu_delta, rss, seen = 0.0, 0, {}
        for proc in processes:
            try:
                with proc.oneshot():
                    times = proc.cpu_times()
                    rss += proc.memory_info().rss
                key = (proc.pid, proc.create_time())
            except self.psutil.NoSuchProcess:  # includes ZombieProcess
                if proc is self.root:
                    return None
                continue
            except self.psutil.Error:  # AccessDenied: skip, as for a vanished process
                continue
            seen[key] = times.user + times.system
            # A process first seen now started after the previous read: all its CPU time is new.
            cpu_delta += seen[key] - self.cpu_seen.get(key, 0.0)
        cpu_percent = None
        if self.last_read is not None and now > self.last_read:
            cpu_percent = max(0.0, cpu_delta) / (now - self.last_read) * 100
        self.cpu_seen, self.last_read = seen, now
        return cpu_percent, rss / 2**20

    def _list_processes(self) -> list[Process] | None:
        """The root process and its descendants now; None if the root is gone."""
        try:
            if self.root is None:
                self.root = self.psutil.Process(self.pid)
            return [self.root, *self.root.children(recursive=True)]
        except self.psutil.NoSuchProcess:
            return None
        except self.psutil.Error:  # AccessDenied listing children: measure the root alone
            return [self.root] if self.root is not None else None


def memory_limited() -> bool:
    """Whether this process runs under a limit of its address space or data size
    (`ulimit -v`, `-d`)."""
    try:
        return any(resource.getrlimit(limit)[0] != resource.RLIM_INFINITY
                   for limit in (resource.RLIMIT_AS, resource.RLIMIT_DATA))
    except (AttributeError, OSError, ValueError):  # not on this system
        return False


_malloc_trim: Any = None  # glibc's malloc_trim once looked up; False where there is none


def release_free_memory() -> None:
    """Hand the allocator's free pages back to the system (glibc's `malloc_trim`): buffers of
    output freed by the digest and the flush thread otherwise stay in those threads' arenas,
    and expctl's resident memory would grow with how fast the command prints, not with what
    expctl holds. Elsewhere (musl, macOS) nothing is done. ctypes is loaded on the flush
    thread at its first trim (record.tracking): a short run never pays for it."""
    global _malloc_trim
    if _malloc_trim is None:
        try:
            import ctypes

            _malloc_trim = ctypes.CDLL(None).malloc_trim
        except (ImportError, OSError, AttributeError):
            _malloc_trim = False
    if _malloc_trim:
        _malloc_trim(0)


def rusage_summary(ru: resource.struct_rusage) -> dict[str, float]:
    """{"cpu_user_s", "cpu_system_s", "max_rss_mb"} from the rusage `os.wait4` returns.

    The CPU times include the child's descendants that were waited for. `max_rss_mb` (MiB) is the
    peak of the largest single process among them, not of the tree's sum. `ru_maxrss` is in KiB on
    Linux and the BSDs but in bytes on macOS.
    """
    rss_unit = 1 if sys.platform == "darwin" else 1024
    return {
        "cpu_user_s": ru.ru_utime,
        "cpu_system_s": ru.ru_stime,
        "max_rss_mb": ru.ru_maxrss * rss_unit / 2**20,
    }
