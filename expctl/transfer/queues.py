"""A bounded queue between a thread and the thread that feeds it (or that it feeds), where either
may die without a word (out of memory in the queue's own lock, under `ulimit -v`): `put` and
`get` then raise instead of waiting for ever on a partner that will never take or give again.
They wait in steps of CHECK_S, looking between two whether the partner still lives: a partner
that lives is waited for however long it takes."""

from __future__ import annotations

import queue

CHECK_S = 0.5


class PartnerDied(RuntimeError):
    """The thread on the other side of a queue ended while this one waited for it."""


def put(pieces: queue.Queue, item, partner) -> None:
    """`pieces.put(item)`, unless `partner` (the thread that takes from it) ended first."""
    while True:
        try:
            pieces.put(item, timeout=CHECK_S)
            return
        except queue.Full:
            if not partner.is_alive():
                raise PartnerDied(f"{partner.name} ended without taking what was left") from None


def get(pieces: queue.Queue, partner):
    """`pieces.get()`, unless `partner` (the thread that puts in it) ended first."""
    while True:
        try:
            return pieces.get(timeout=CHECK_S)
        except queue.Empty:
            if not partner.is_alive():
                raise PartnerDied(f"{partner.name} ended without giving back") from None
