"""expctl.record.handoff: output digested on a thread of its own, in order, with a bounded queue."""

from __future__ import annotations

import os
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


def test_a_digest_that_falls_behind_never_holds_the_pump_up_and_loses_nothing():
    """Past the memory queue, items go to the spool file and come back in order: the pump
    (the child's passthrough) goes on at its own speed while the digest is held up."""
    release = threading.Event()
    digested = []

    def slow(stream, data):
        release.wait(10)
        digested.append((stream, data))

    handoff = Handoff(slow, max_bytes=100)
    items = [("stdout" if i % 2 else "stderr", bytes([i % 256]) * (i % 70)) for i in range(300)]
    pumped = threading.Event()

    def pump():
        for stream, data in items:
            handoff.put(len(data), stream, data)
        pumped.set()

    threading.Thread(target=pump).start()
    assert pumped.wait(10)  # all put while the digest was stuck on the first
    assert handoff.spilled > 0 and handoff.pending_bytes() > 100
    release.set()
    assert handoff.close(10)
    assert digested == items
    assert handoff.pending_bytes() == 0


def test_the_spool_empties_whenever_the_digest_catches_up():
    gate = threading.Event()
    digested = []
    handoff = Handoff(lambda data: (gate.wait(10), digested.append(data)), max_bytes=10)
    for round_ in range(3):
        gate.clear()
        for i in range(20):
            handoff.put(10, (round_, i))
        assert handoff._spool is not None and handoff._spool.items > 0
        gate.set()
        wait_for(lambda r=round_: len(digested) == 20 * (r + 1))
        assert handoff._spool.items == 0 and os.fstat(handoff._spool.fd).st_size == 0
    assert handoff.close(10)
    assert digested == [(r, i) for r in range(3) for i in range(20)]


def test_with_memory_and_spool_both_full_the_pump_waits_until_there_is_room():
    release = threading.Event()
    digested = []

    def slow(data):
        release.wait(10)
        digested.append(data)

    handoff = Handoff(slow, max_bytes=10, spool_max=20)
    handoff.put(10, b"a")  # taken by the thread, which waits
    wait_for(lambda: digested == [] and handoff._queued == 0)
    handoff.put(10, b"b")  # memory: now full
    handoff.put(10, b"c")  # spooled
    handoff.put(10, b"d")  # spooled: the spool is full too
    pumped = threading.Event()
    pump = threading.Thread(target=lambda: (handoff.put(10, b"e"), pumped.set()))
    pump.start()
    assert not pumped.wait(0.3)  # bounded wait: the pump is held while both are full
    release.set()
    assert pumped.wait(10)
    assert handoff.close(10)
    assert digested == [b"a", b"b", b"c", b"d", b"e"]


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
    assert list(handoff.take_pending()) == [("queued",)] and handoff.pending_bytes() == 0
    abort = threading.Event()
    abort.set()
    assert not handoff.close(10, abort)
    release.set()


def test_a_stalled_digest_hands_back_what_it_spooled_in_order():
    release = threading.Event()
    handoff = Handoff(lambda data: release.wait(10), max_bytes=2)
    handoff.put(1, 0)
    wait_for(lambda: handoff._queued == 0)  # 0 is taken by the thread, which is stuck
    for i in range(1, 6):
        handoff.put(1, i)  # 1-2 in memory, 3-5 spooled
    assert handoff.spilled == 3
    assert not handoff.close(0.2)
    assert list(handoff.take_pending()) == [(i,) for i in range(1, 6)]
    assert handoff.pending_bytes() == 0
    release.set()


def test_reads_waiting_together_are_digested_as_one_per_stream_and_moment():
    from expctl.record.tracking import COMBINE_S, combine_reads

    items = [("stdout", b"a\n", 1.0), ("stdout", b"b\n", 1.0 + COMBINE_S / 2),
             ("stderr", b"e\n", 1.01), ("stdout", b"c", 1.02), ("stdout", b"d\n", 1.0 + 3 * COMBINE_S)]
    assert combine_reads(items) == [("stdout", b"a\nb\n", 1.0), ("stderr", b"e\n", 1.01),
                                    ("stdout", b"c", 1.02), ("stdout", b"d\n", 1.0 + 3 * COMBINE_S)]


def test_a_combining_handoff_keeps_every_byte_in_order():
    seen = []
    release = threading.Event()

    def digest(stream, data, when):
        release.wait(10)
        seen.append((stream, data))

    from expctl.record.tracking import combine_reads

    handoff = Handoff(digest, max_bytes=50, combine=combine_reads)
    sent = [("stdout" if i % 5 else "stderr", f"{i}\n".encode(), 0.0) for i in range(400)]
    for item in sent:
        handoff.put(len(item[1]), *item)
    release.set()
    assert handoff.close(10)
    assert len(seen) < len(sent)  # fewer, bigger digests
    for stream in ("stdout", "stderr"):
        assert b"".join(d for s, d in seen if s == stream) == b"".join(
            d for s, d, _ in sent if s == stream)


def test_the_spool_gives_back_every_kind_of_item_as_it_was_put():
    """Bytes fields are spooled raw, the others marshalled: each item comes back whole, its
    fields in place, whatever their number, order and sizes (an empty read included)."""
    from expctl.record.handoff import Spool

    spool = Spool.create()
    assert spool is not None
    items = [("stdout", os.urandom(300_000), 1.5), ("stderr", b"", 2.0), (7, (1, 2)),
             ("output", b"a\n", b"", b"\x00" * 5, None), (b"first", "then", 3)]
    for _ in range(2):  # the second round starts on the emptied file
        for item in items:
            assert spool.append(10, item)
        assert spool.size == 10 * len(items)
        assert [spool.pop() for _ in items] == items
        assert (spool.items, spool.size, spool.write_at) == (0, 0, 0)
    spool.close()
