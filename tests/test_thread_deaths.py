"""A thread of expctl's that dies (out of memory under `ulimit -v`: in its target, in the lock a
wait takes, in the report of its own failure) never leaves another waiting for it for ever:
`expctl run` still ends with the command's exit code, promptly. Each failure is injected on the
real code path, in a real `expctl run` (a prelude patches one function, then runs the CLI), or
in the plain function, run on a thread of the test's own so that a hang fails by a deadline."""

from __future__ import annotations

import _thread
import json
import os
import queue
import subprocess
import sys
import threading
import time

import pytest

from expctl import threads
from tests.conftest import run_expctl

DEADLINE_S = 20.0  # each case ends in about a second; a hang is what fails them

# Runs the CLI after the test's patch (`PATCH`), which sees `on_thread()`: True off the main
# thread, where the threads that die here run.
PRELUDE = """
import _thread, sys
MAIN = _thread.get_ident()
def on_thread():
    return _thread.get_ident() != MAIN
{patch}
from expctl.cli import main
main(sys.argv[1:])
"""


def run_patched(patch: str, *args: str) -> tuple[subprocess.CompletedProcess, float]:
    """`expctl run` with `patch` applied first; fails when it has not ended by DEADLINE_S."""
    code = PRELUDE.format(patch=patch)
    began = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code, "run", *args], capture_output=True,
                          timeout=DEADLINE_S)
    return proc, time.monotonic() - began


def show_last() -> dict:
    return json.loads(run_expctl("show", "last", "--format", "json").stdout)


CHILD = ["sh", "-c", "echo out; echo err >&2; exit 3"]


def test_a_store_thread_dying_before_it_says_is_not_a_locked_store_retried_for_a_minute():
    """The end of a run stores its log on a thread (`_BatchWriter`). One that died of a lack of
    memory without setting its outcome read as "the store is locked": `finish` retried it for
    FINAL_LOCK_WAIT_S (60 s, thousands of threads), past the test's timeout (the CI hang)."""
    patch = """
from expctl.record import session
write = session._BatchWriter._write
def dies_on_its_thread(self):
    if on_thread() and self.thread is not None:  # the store thread (a flush writes in line)
        raise MemoryError  # not even its handler ran
    write(self)
session._BatchWriter._write = dies_on_its_thread
"""
    proc, took = run_patched(patch, "--", *CHILD)
    assert (proc.returncode, proc.stdout) == (3, b"out\n"), proc.stderr
    assert took < 10, took
    run = show_last()
    assert (run["status"], run["exit_code"]) == ("failed", 3)
    assert run_expctl("logs", "last").stdout == b"out\nerr\n"  # written on the main thread


def test_a_store_write_out_of_memory_on_its_thread_stops_tracking_once(tmp_path):
    """A MemoryError in the store thread outside `Session.write` (its arguments) is a store
    failure, said once, not a thread's traceback nor a retried lock."""
    patch = """
from expctl.record import session
write = session.Session.write
def out_of_memory(self, action, *args):
    if on_thread() and getattr(action, "__name__", "") == "append":
        raise MemoryError
    return write(self, action, *args)
session.Session.write = out_of_memory
"""
    proc, took = run_patched(patch, "--", *CHILD)
    assert (proc.returncode, proc.stdout) == (3, b"out\n")
    assert took < 10, took
    ours = [line for line in proc.stderr.decode().splitlines() if line.startswith("expctl: ")]
    assert "Traceback" not in proc.stderr.decode()
    assert ours[0] == "expctl: warning: tracking stopped: out of memory; the command goes on"


def test_a_flush_thread_that_dies_leaves_the_run_saying_so(tmp_path):
    """The flush thread takes what is pending, then stores it: dying in between (out of
    memory, where not even a handler runs) can lose it. The run is flagged, not only warned."""
    mark = tmp_path / "died"
    patch = f"""
from expctl.record import session
flush = session.Session.flush
def fails_on_the_flush_thread(self, final=False, tail=True):
    if on_thread():
        open({str(mark)!r}, "w").close()
        raise MemoryError
    return flush(self, final, tail)
session.Session.flush = fails_on_the_flush_thread
"""
    child = ("import os, time\n"
             "os.write(1, b'before\\n')\n"
             f"deadline = time.monotonic() + {DEADLINE_S / 2}\n"
             f"while not os.path.exists({str(mark)!r}) and time.monotonic() < deadline:\n"
             "    time.sleep(0.01)\n"
             "print('after')\n")
    proc, _ = run_patched(patch, "--", sys.executable, "-c", child)
    assert proc.returncode == 0 and mark.exists(), proc.stderr
    assert proc.stdout.endswith(b"after\n")
    run = show_last()
    assert any(gap.startswith("expctl-flush stopped (MemoryError)")
               for gap in run["resources"]["incomplete"]), run["resources"]


def test_a_digest_thread_whose_wait_fails_hands_its_queue_back_in_order(capfd):
    """Under `ulimit -v 28000` the digest thread's `cond.wait()` raised "can't allocate lock"
    (the lock each wait takes) and died with a traceback, and what it had queued was lost.
    Now `put` and `close` digest the queue, then what follows, in line, in order."""
    from expctl.record import handoff as handoff_module

    seen: list[int] = []

    class FailingWait(threading.Condition):
        def wait(self, timeout=None):
            if timeout is None and _thread.get_ident() != threading.main_thread().ident:
                raise RuntimeError("can't allocate lock")
            return super().wait(timeout)

    handoff = handoff_module.Handoff(lambda i: seen.append(i))
    handoff._lock = threading.RLock()
    handoff._cond = FailingWait(handoff._lock)
    for i in range(200):
        handoff.put(1, i)
    deadline = time.monotonic() + DEADLINE_S
    while handoff._thread is not None and handoff._thread.is_alive():
        assert time.monotonic() < deadline, "the digest thread never ended"
        handoff._thread.join(0.05)
    for i in range(200, 300):  # after its death: in line
        handoff.put(1, i)
    assert handoff.close(DEADLINE_S)
    assert seen == list(range(300))
    assert capfd.readouterr().err == ""


def test_a_digest_thread_that_cannot_run_python_code_still_lets_go_of_the_queue():
    """Under `ulimit -v 30000` the digest thread could not make the frame for
    Condition.__exit__ (Python code) and ended holding the queue's lock: `close` waited for
    ever, after the command had ended. The lock is let go by its own C `__exit__`."""
    from expctl.record import handoff as handoff_module

    seen: list[int] = []
    feeding: list[int] = []  # the thread that puts and closes

    class NoFrames(threading.Condition):
        def __exit__(self, *exc):
            if _thread.get_ident() not in feeding:  # the digest thread
                raise MemoryError
            return super().__exit__(*exc)

    handoff = handoff_module.Handoff(lambda i: seen.append(i))
    handoff._lock = threading.RLock()
    handoff._cond = NoFrames(handoff._lock)

    def feed_and_close():
        feeding.append(_thread.get_ident())
        for i in range(100):
            handoff.put(1, i)
        seen.append(handoff.close(DEADLINE_S))

    feeder = threads.Daemon(feed_and_close)
    feeder.start()
    feeder.join(DEADLINE_S * 2)
    assert not feeder.is_alive(), "waited for a lock no thread would let go"
    assert seen == [*range(100), True]


def test_a_handoff_without_a_thread_tries_to_start_one_only_once(monkeypatch):
    """Each failed start can take threads.BEGIN_S (a thread that never began); every chunk of
    output tried again: a run of two lines under `ulimit -v` ended 10 s late."""
    from expctl.record.handoff import Handoff

    starts = []

    def no_thread(self):
        starts.append(1)
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threads.Daemon, "start", no_thread)
    seen: list[int] = []
    handoff = Handoff(seen.append)
    for i in range(5):
        handoff.put(1, i)
    assert handoff.close(1) and seen == list(range(5)) and starts == [1]


def test_a_waiter_thread_that_dies_leaves_the_pump_polling_for_the_exit():
    """Without a pidfd (an old kernel, out of descriptors) a thread waits for the child's exit
    and wakes the pump. Should it die first, the pump must still learn of the exit: here a
    background job keeps the output open for 8 s, which the pump would otherwise wait for."""
    patch = """
import os
del os.pidfd_open  # as on a kernel without it
def out_of_memory(*args):
    raise MemoryError
os.waitid = out_of_memory  # the waiter thread dies before the exit
"""
    proc, took = run_patched(patch, "--", "sh", "-c", "sleep 8 & echo out; exit 3")
    assert (proc.returncode, proc.stdout) == (3, b"out\n"), proc.stderr
    assert took < 6, took  # the pump drains for at most DRAIN_MAX_S after the exit
    assert "Traceback" not in proc.stderr.decode()


@pytest.mark.parametrize("code", [0, 3, 130])
def test_a_waiter_thread_reports_the_exit_code_without_a_pidfd(code):
    patch = """
import os
del os.pidfd_open
"""
    proc, _ = run_patched(patch, "--", "sh", "-c", f"echo out; exit {code}")
    assert (proc.returncode, proc.stdout) == (code, b"out\n"), proc.stderr


@pytest.mark.parametrize("failure", [MemoryError, ValueError])
def test_a_thread_whose_failure_report_runs_out_of_memory_is_joined_once(
        failure, monkeypatch, capfd):
    """A target's failure whose report (threading.excepthook) ran out of memory escaped the
    thread after it released `_done`: the hook took it for a thread that never began and
    released `_done` again ("release unlocked lock", or a joiner's hold freed), and `_thread`
    printed it. A MemoryError of the target is one line of ours; nothing else reaches stderr."""
    def report_fails(args):
        raise MemoryError

    def target():
        raise failure

    monkeypatch.setattr(threading, "excepthook", report_fails)
    worker = threads.Daemon(target)
    worker.start()
    deadline = time.monotonic() + DEADLINE_S
    while worker.is_alive():
        assert time.monotonic() < deadline
        worker.join(0.05)
    worker.join()
    said = threads.OUT_OF_MEMORY.decode() if failure is MemoryError else ""
    assert capfd.readouterr().err == said


def test_git_calls_that_fail_on_their_threads_raise_on_the_caller():
    from expctl.capture.git import _all_at_once

    def fails():
        raise MemoryError

    with pytest.raises(MemoryError):
        _all_at_once(lambda: 1, fails, lambda: 3)
    assert _all_at_once(lambda: 1, lambda: 2, lambda: 3) == [1, 2, 3]


def test_git_calls_run_in_line_once_no_thread_can_start(monkeypatch):
    from expctl.capture.git import _all_at_once

    tries = []

    def no_thread(self):
        tries.append(1)
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threads.Daemon, "start", no_thread)
    assert _all_at_once(lambda: 1, lambda: 2, lambda: 3, lambda: 4) == [1, 2, 3, 4]
    assert tries == [1]


# --- transfer: a queue between two threads ------------------------------------------------------


def _ended(thread: threading.Thread) -> threading.Thread:
    thread.start()
    thread.join(DEADLINE_S)
    assert not thread.is_alive()
    return thread


def test_a_queue_put_or_get_stops_waiting_when_the_partner_died():
    from expctl.transfer import queues

    dead = _ended(threading.Thread(target=lambda: None, name="writer"))
    full: queue.Queue = queue.Queue(maxsize=1)
    full.put(0)
    with pytest.raises(queues.PartnerDied, match="writer"):
        queues.put(full, 1, dead)
    with pytest.raises(queues.PartnerDied):
        queues.get(queue.Queue(), dead)
    assert queues.get(full, dead) == 0  # what is there is still taken


def _within_deadline(function, *args):
    """`function(*args)` on a thread of its own; its exception (or None) once it ended, failing
    when it has not ended by DEADLINE_S."""
    outcome: list = []

    def call():
        try:
            function(*args)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(DEADLINE_S)
    assert not worker.is_alive(), f"{function.__name__} still waits after {DEADLINE_S}s"
    return outcome[0]


def test_an_export_whose_writer_thread_dies_in_its_queue_raises_instead_of_hanging(monkeypatch):
    from expctl.transfer import export

    monkeypatch.setattr(export, "_WRITE_BYTES", 1)  # one piece per line: the queue fills
    get = queue.Queue.get
    caller = []

    def fails_on_the_writer(self, *args, **kwargs):
        if threading.current_thread().name == "expctl-export-writer":
            raise RuntimeError("can't allocate lock")
        return get(self, *args, **kwargs)

    monkeypatch.setattr(queue.Queue, "get", fails_on_the_writer)
    lines = (b"line %d\n" % i for i in range(100))
    error = _within_deadline(export._write_all, lines, caller.append)
    assert isinstance(error, RuntimeError) and "allocate" in str(error)
    assert caller == []


def test_an_import_whose_writer_thread_dies_in_its_queue_raises_instead_of_hanging(monkeypatch):
    from expctl.transfer.import_writer import ImportWriter
    from expctl.transfer.runs import ImportReport

    class Store:
        def defer_checkpoints(self, _):
            pass

        def checkpoint(self):
            pass

    get = queue.Queue.get

    def fails_on_the_writer(self, *args, **kwargs):
        if threading.current_thread().name == "expctl-import-writer":
            raise RuntimeError("can't allocate lock")
        return get(self, *args, **kwargs)

    monkeypatch.setattr(queue.Queue, "get", fails_on_the_writer)
    writer = ImportWriter(Store(), "src", ImportReport())

    def feed():
        for _ in range(5):
            writer.put([(1, {})], 1)
        writer.close()

    error = _within_deadline(feed)
    assert isinstance(error, RuntimeError) and "allocate" in str(error)


@pytest.mark.skipif(not hasattr(os, "O_DIRECT"), reason="no O_DIRECT here")
def test_an_aligned_writer_whose_thread_dies_raises_instead_of_hanging(tmp_path, monkeypatch):
    from expctl.transfer.direct_write import ALIGN, AlignedWriter

    get = queue.Queue.get

    def fails_on_the_writer(self, *args, **kwargs):
        if threading.current_thread().name == "expctl-export-direct":
            raise RuntimeError("can't allocate lock")
        return get(self, *args, **kwargs)

    monkeypatch.setattr(queue.Queue, "get", fails_on_the_writer)
    path = tmp_path / "out"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    writer = AlignedWriter(fd, fd)

    def write_chunks():
        offset = 0
        for chunk in range(4):
            aligned, _ = writer.split(b"", [b"x" * ALIGN])
            writer.write(offset, aligned, chunk)
            offset += aligned
        writer.finish()

    try:
        error = _within_deadline(write_chunks)
    finally:
        os.close(fd)
    assert isinstance(error, RuntimeError) and "allocate" in str(error)


# --- out of memory around the command's start (found by the heavy -v sweep) ---------------------


def test_no_memory_for_the_childs_environment_runs_the_command_untracked():
    """Under `ulimit -v 24000` making the child's environment raised MemoryError past every
    guard: a traceback, exit code 1, and the command never ran."""
    patch = """
from expctl.record import recorder
def out_of_memory(*args):
    raise MemoryError
recorder._make_child_env = out_of_memory
"""
    proc, took = run_patched(patch, "--", *CHILD)
    assert (proc.returncode, proc.stdout) == (3, b"out\n"), proc.stderr
    assert "Traceback" not in proc.stderr.decode() and took < 10
    assert "running the command untracked" in proc.stderr.decode()


def test_no_memory_to_start_the_live_tracking_still_records_the_run():
    patch = """
from expctl.record import tracking
def out_of_memory(self, target, name):
    raise MemoryError
tracking.RunHooks._thread = out_of_memory
"""
    proc, took = run_patched(patch, "--", *CHILD)
    assert (proc.returncode, proc.stdout) == (3, b"out\n"), proc.stderr
    assert "Traceback" not in proc.stderr.decode() and took < 10
    assert ("expctl: warning: no git/environment capture and no live flushes (MemoryError)"
            in proc.stderr.decode().splitlines())
    run = show_last()
    assert (run["status"], run["exit_code"]) == ("failed", 3)
    assert run_expctl("logs", "last").stdout == b"out\nerr\n"


def test_no_memory_to_import_subprocess_runs_the_command_untracked():
    """Under `ulimit -v 20000` the compiled spawn helper could not be mapped (ImportError) and
    importing subprocess instead ran out of memory: a traceback, and the command never ran."""
    patch = """
import sys
from expctl.record import childio
childio._spawn_compiled = lambda *args: None  # as when _deathsig cannot be mapped
class NoMemory:
    def find_spec(self, name, path=None, target=None):
        if name == "subprocess":
            raise MemoryError
sys.modules.pop("subprocess", None)
sys.meta_path.insert(0, NoMemory())
"""
    proc, took = run_patched(patch, "--", *CHILD)
    assert (proc.returncode, proc.stdout) == (3, b"out\n"), proc.stderr
    assert "Traceback" not in proc.stderr.decode() and took < 10
    assert "running the command untracked" in proc.stderr.decode()


# --- the interpreter itself hangs: expctl/record/_guard.c ---------------------------------------


def _guard_built() -> bool:
    try:
        from expctl.record import _guard  # noqa: F401
    except ImportError:
        return False
    return True


needs_guard = pytest.mark.skipif(not _guard_built(), reason="built without a C compiler")


@needs_guard
def test_an_interpreter_that_never_hands_the_gil_on_after_the_command_still_exits_with_its_code():
    """What hung the CI run: out of memory, CPython 3.11 unwinds an exception for ever in the
    digest thread, holding the GIL, while the main thread waits for the digest (`close`).
    A backtracking regex holds the GIL as long (years): the guard must end expctl, with the
    command's code and one line said, once STUCK_S (here 2 s) passed without a tick."""
    patch = """
import re
from expctl.record import recorder, tracking
recorder.STUCK_S = 2.0
def finish(self, result):
    re.match(r"(x+x+)+y", "x" * 64)  # holds the GIL, in C, for longer than any test runs
tracking.RunHooks.finish = finish
"""
    proc, took = run_patched(patch, "--", *CHILD)
    assert (proc.returncode, proc.stdout) == (3, b"out\n"), proc.stderr
    assert took < 10, took
    assert proc.stderr.decode().splitlines()[-1] == (
        "expctl: warning: expctl stopped responding after the command ended (out of memory?); "
        "exiting with the command's exit code, the run left unfinished")


@needs_guard
def test_a_long_wait_that_releases_the_gil_is_not_taken_for_a_hang():
    """A store locked by another process, a thread joined: the end of a run may wait far
    longer than STUCK_S, and the guard must leave it be (the waits release the GIL)."""
    patch = """
import threading
from expctl.record import recorder, tracking
recorder.STUCK_S = 2.0
finish = tracking.RunHooks.finish
def slow_finish(self, result):
    threading.Event().wait(5)  # a lock wait, as a join or a busy store's
    finish(self, result)
tracking.RunHooks.finish = slow_finish
"""
    proc, took = run_patched(patch, "--", *CHILD)
    assert (proc.returncode, proc.stdout) == (3, b"out\n"), proc.stderr
    assert took >= 5 and "stopped responding" not in proc.stderr.decode()
    assert show_last()["status"] == "failed"  # recorded to the end: exit 3
