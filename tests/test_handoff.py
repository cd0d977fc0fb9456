"""expctl.handoff: output digested on a thread of its own, in order, with a bounded queue."""

from __future__ import annotations

import threading

import pytest

from expctl.handoff import Handoff
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
