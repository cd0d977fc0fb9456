"""expctl.threads.Daemon: a thread that cannot begin is given up, never waited for for ever."""

from __future__ import annotations

import _thread
import threading

import pytest

from expctl import threads


def test_a_daemon_runs_its_target_and_joins():
    gate, seen = threading.Event(), []
    worker = threads.Daemon(lambda x: (gate.wait(10), seen.append(x)), "w", args=(7,))
    assert not worker.started and not worker.is_alive()
    worker.start()
    assert worker.started and worker.is_alive()
    worker.join(0.01)
    assert worker.is_alive() and seen == []
    gate.set()
    worker.join()
    assert not worker.is_alive() and seen == [7]


def test_joining_before_the_start_is_an_error():
    with pytest.raises(RuntimeError):
        threads.Daemon(lambda: None).join()


def test_a_thread_that_does_not_begin_in_time_is_given_up_and_never_runs(monkeypatch):
    # Under `ulimit -v` a new thread can die before it begins; here it begins late instead.
    gate, ran, ended = threading.Event(), [], threading.Event()

    def late(function, args):
        def begin_late():
            gate.wait(10)
            function(*args)
            ended.set()
        return _thread.start_new_thread(begin_late, ())

    monkeypatch.setattr(threads, "BEGIN_S", 0.05)
    monkeypatch.setattr(threads, "_start_new_thread", late)
    worker = threads.Daemon(lambda: ran.append(1))
    with pytest.raises(RuntimeError, match="did not begin"):
        worker.start()
    worker.join()  # given up: nothing to wait for
    assert not worker.is_alive()
    gate.set()
    assert ended.wait(10) and ran == []


def test_a_thread_without_memory_for_its_first_frame_is_said_by_start_not_printed(
        monkeypatch, capfd):
    """Under `ulimit -v 30000` a new thread can fail before its first line; `_thread` hands the
    MemoryError to sys.unraisablehook ("Exception ignored in thread started by"). `start` must
    raise at once, as when no thread can be made, and nothing reach the user's terminal."""
    import sys

    def no_memory(function, args):
        def fail_first():
            hook_args = type("Unraisable", (), {"exc_value": MemoryError(), "object": function,
                                                "exc_type": MemoryError, "exc_traceback": None,
                                                "err_msg": "in thread started by"})
            sys.unraisablehook(hook_args)
        return _thread.start_new_thread(fail_first, ())

    monkeypatch.setattr(threads, "BEGIN_S", 30.0)
    monkeypatch.setattr(threads, "_start_new_thread", no_memory)
    worker = threads.Daemon(lambda: None)
    with pytest.raises(RuntimeError, match="out of memory"):
        worker.start()  # at once, not after BEGIN_S
    worker.join()
    assert not worker.is_alive()
    assert capfd.readouterr().err == ""
    monkeypatch.setattr(threads, "_start_new_thread", _thread.start_new_thread)
    ran = threads.Daemon(lambda: None)
    ran.start()  # other threads begin as before
    ran.join()


# --- Event: threading.Event without importing threading -----------------------------------------


def test_an_event_is_set_cleared_and_waited_for_as_threading_s():
    event = threads.Event()
    assert not event.is_set()
    assert event.wait(0) is False and event.wait(0.01) is False and event.wait(-1) is False
    event.set()
    event.set()  # twice is once
    assert event.is_set() and event.wait() is True and event.wait(0) is True
    event.clear()
    event.clear()
    assert not event.is_set() and event.wait(0.01) is False
    event.set()
    assert event.wait(1e12) is True  # past the lock's own limit: still a wait, not an error


def test_setting_an_event_wakes_every_waiter():
    event, woken, ready = threads.Event(), [], threading.Barrier(4)

    def waiter(i):
        ready.wait(10)
        woken.append((i, event.wait(30)))

    workers = [threads.Daemon(waiter, f"w{i}", args=(i,)) for i in range(3)]
    for worker in workers:
        worker.start()
    ready.wait(10)
    assert woken == []
    event.set()
    for worker in workers:
        worker.join(30)
    assert sorted(woken) == [(0, True), (1, True), (2, True)]


def test_an_event_cleared_and_set_again_by_other_threads_stays_consistent():
    """Many setters, clearers and waiters at once: no deadlock, and `is_set` always says what
    the last finished call did."""
    event = threads.Event()

    def churn(action):
        for _ in range(3000):
            action()

    workers = [threads.Daemon(churn, "set", args=(event.set,)),
               threads.Daemon(churn, "clear", args=(event.clear,)),
               threads.Daemon(churn, "wait", args=(lambda: event.wait(0.001),))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert not worker.is_alive()
    event.set()
    assert event.is_set() and event.wait(0)
    event.clear()
    assert not event.is_set() and not event.wait(0)
