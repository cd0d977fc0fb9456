"""A right-aligned row of a statistic closed by a colon under R's terms (STATISTIC_KEY in
docs/metric-rules.rst), and the keys of ``free`` it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_statistic_row_under_terms_is_named_row_then_column():
    text = ("Random effects:\n"
            " Formula: ~1 | Subject\n"
            "        (Intercept) Residual\n"
            "StdDev:    1.807425 1.431592\n"
            "\n")
    assert read(text) == {"StdDev/(Intercept)": [(0.0, 1.807425)],
                          "StdDev/Residual": [(0.0, 1.431592)]}


def test_keys_of_whole_numbers_or_sizes_are_no_rows():
    counts = ("               total        used        free      shared  buff/cache   available\n"
              "Mem:           15838        5120        2048         512        8670       10000\n"
              "Swap:           2047           0        2047\n")
    assert read(counts) == {}
    sizes = ("        total  used\n"
             "Mem:     15Gi  5.1Gi\n")
    assert read(sizes) == {}


def test_a_key_of_two_words_is_no_statistic_row():
    text = ("        (Intercept) Residual\n"
            "Std Dev:   1.807425 1.431592\n")
    assert "Dev/(Intercept)" not in read(text) and "Std Dev/(Intercept)" not in read(text)
