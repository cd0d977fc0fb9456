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
