"""LEFT_LABELS: whole numbers flush left under a wider column name label their rows (R's factor
levels), on invented tables."""

from __future__ import annotations

from tests.metric_reading import read

_TABLE = """Shrunk group means

    {lead} Raw mean    Exposure Shrink weight Shrunk mean
    1     12.50311    400      0.8850031     12.41001
    2     9.876120    120      0.7012544     10.20013
    3     11.04450     95      0.6630012     11.00214
    4     10.11000     60      0.5001000     10.65000

"""


def test_flush_left_levels_label_their_rows():
    got = read(_TABLE.format(lead="group"))
    assert got["1/Shrunk mean"] == [(0.0, 12.41001)]
    assert got["3/Raw mean"] == [(0.0, 11.0445)]
    assert "Exposure" not in got and "3/Exposure" not in got  # whole numbers: counts


def test_a_step_word_over_them_still_steps_the_rows():
    got = read(_TABLE.format(lead="epoch"))
    assert got["Shrunk mean"] == [(1.0, 12.41001), (2.0, 10.20013), (3.0, 11.00214), (4.0, 10.65)]
