"""A row's own header, one of its names no name (``2SUM``), stops the search for a distant
header: the row is not read under names printed further up, however the output is cut."""

from __future__ import annotations

from tests.metric_reading import read

VECTOR = """\
          3PL     fit_a     fit_b
     1.50e+00  2.25e+00  3.75e+00
        gamma     delta     kappa
     4.00e-01  5.00e-01  6.00e-01
"""


def test_a_wrapped_vector_reads_the_same_whole_and_line_by_line():
    text = VECTOR + VECTOR.replace("e+00", "e+01")
    whole = read(text)
    assert read(text, 1) == whole
    assert "gamma" in whole and all(value != 15.0 for name in ("gamma", "delta", "kappa")
                                    for _, value in whole.get(name, []))
