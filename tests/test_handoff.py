"""expctl.record.handoff: output digested on a thread of its own, in order, with a bounded queue."""

from __future__ import annotations

import threading

import pytest

from expctl.record.handoff import Handoff
from tests.conftest import wait_for


def test_items_are_digested_in_order_and_close_waits_for_all():
    seen = []
    handoff = Handoff(lambda stream, data: seen.append((stream, data)))
    items = [("stdout" if i % 3 else "stderr", b"x" * i) for i in range(500)]
    for stream, data in items:
        handoff.put(len(data), stream, data)
    assert handoff.close(10)
    assert seen == items


def test_a_full_queue_makes_the_pump_wait_until_there_is_room():
    release = threading.Event()
    digested = []

    def slow(data):
        release.wait(10)
        digested.append(data)

    handoff = Handoff(slow, max_bytes=10)
    handoff.put(10, b"a")  # taken by the thread, which waits
    wait_for(lambda: digested == [] and handoff._queued == 0)
    handoff.put(10, b"b")  # queued: the queue is now full
    pumped = threading.Event()
    pump = threading.Thread(target=lambda: (handoff.put(10, b"c"), pumped.set()))
    pump.start()
    assert not pumped.wait(0.3)  # bounded wait: the pump is held while the queue is full
    release.set()
    assert pumped.wait(10)
    assert handoff.close(10)
    assert digested == [b"a", b"b", b"c"]


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_digest_that_dies_never_blocks_the_pump():
    def broken(data):
        raise RuntimeError("bug")

    handoff = Handoff(broken, max_bytes=10)
    for _ in range(20):  # would block forever if the dead thread were waited for
        handoff.put(10, b"x")
    assert handoff.close(10)


def test_close_without_output_is_immediate():
    assert Handoff(lambda: None).close(0)


def test_close_waits_as_long_as_the_digest_makes_progress():
    """A loaded machine digests slowly: close() must not give up on output that is still being
    digested, only on a digest that stopped moving (or when told to stop)."""
    import time

    seen = []
    handoff = Handoff(lambda data: (time.sleep(0.02), seen.append(data)))
    for i in range(60):  # 1.2 s of digesting, far longer than the stall allowance below
        handoff.put(1, i)
    assert handoff.close(0.5)
    assert seen == list(range(60))


def test_close_gives_up_on_a_stalled_digest_or_when_aborted():
    release = threading.Event()
    handoff = Handoff(lambda data: release.wait(10))
    handoff.put(1, "stuck")
    handoff.put(1, "queued")
    assert not handoff.close(0.2)
    assert handoff.pending_bytes() == 1
    assert handoff.take_pending() == [("queued",)] and handoff.pending_bytes() == 0
    abort = threading.Event()
    abort.set()
    assert not handoff.close(10, abort)
    release.set()
