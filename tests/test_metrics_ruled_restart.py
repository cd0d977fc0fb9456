"""RULED_RESTART: a ruled header of other names over a row of the same width starts another
table; on invented prints of two models."""

from __future__ import annotations

from tests.metric_reading import values

_TWO_MODELS = (
    "Model: Line\n"
    "Parameters:\n"
    "          slope            intercept            scale       \n"
    "    ------------------ ------------------ ------------------\n"
    "    1.5000000000000002 -0.250000000000001 3.1250000000000004\n"
    "\n"
    "Model: Poly\n"
    "Parameters:\n"
    "            a0                 a1                 a2        \n"
    "    ------------------ ------------------ ------------------\n"
    "    0.7500000000000001 2.2500000000000004 -1.125000000000001\n")


def test_the_second_ruled_header_names_its_row():
    got = values(_TWO_MODELS)
    assert got["slope"] == [1.5000000000000002]
    assert got["a0"] == [0.7500000000000001]
    assert got["a1"] == [2.2500000000000004]
    assert got["scale"] == [3.1250000000000004]
