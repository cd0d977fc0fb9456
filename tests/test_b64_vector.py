"""The export's base64 (expctl/transfer/_metrics_json.c), whose long runs of bytes go 24 at a
time through AVX2 where the CPU has it: binascii's text for every length to past several
vector steps, every byte value at every offset of a step, and a column fed in chunk rows (the
bytes carried from one row to the next)."""

from __future__ import annotations

import binascii
import random

import pytest

compiled = pytest.importorskip("expctl.transfer._metrics_json")


def test_every_length_and_every_byte_at_every_offset():
    rng = random.Random(3)
    for size in range(400):
        data = rng.randbytes(size)
        assert compiled.b64(data) == binascii.b2a_base64(data, newline=False), size
    every = bytes(range(256))
    for shift in range(48):  # a step is 24 bytes; its second lane starts 12 in
        data = every[shift:] + every[:shift] + every
        assert compiled.b64(data) == binascii.b2a_base64(data, newline=False), shift


def test_a_column_in_chunk_rows_is_the_base64_of_the_joined_column():
    rng = random.Random(4)
    for _ in range(50):
        sizes = [8 * rng.randint(1, 40) for _ in range(rng.randint(1, 5))]
        columns = [[rng.randbytes(n) for n in sizes] for _ in range(3)]
        rows = [(7, "m", *(column[i] for column in columns)) for i in range(len(sizes))]
        body = compiled.metrics_json(rows, lambda name: f'"{name}"')
        for column in columns:
            assert binascii.b2a_base64(b"".join(column), newline=False) in body
