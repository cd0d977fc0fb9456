"""ELIDED_COLUMNS over keyed rows: a pandas frame cut to its first and last columns (``...``)
is a table of results, whatever its columns are called, when its rows are keyed by an amount
with its unit (``2 days``, a cross-validation's horizon) or by a step column; a cut head of
data (rows of samples, no key) stays no table."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(data: str) -> dict[str, list[tuple[float, float]]]:
    return read_with_params(data, 4096)[0]


def test_a_cut_frame_keyed_by_amounts_reads_its_unknown_columns_at_the_amounts():
    text = ("   horizon      zorv     blent  ...     quib\n"
            "0   2 days  0.674869  0.821504  ...  0.037576\n"
            "1   3 days  1.076448  1.037520  ...  0.047445\n"
            "2   4 days  1.347415  1.160782  ...  0.055112\n"
            "\n[3 rows x 6 columns]\n")
    metrics = read(text)
    assert metrics["zorv"] == [(2.0, 0.674869), (3.0, 1.076448), (4.0, 1.347415)]
    assert metrics["quib"] == [(2.0, 0.037576), (3.0, 0.047445), (4.0, 0.055112)]


def test_a_cut_head_of_data_with_no_key_stays_no_table():
    text = ("   alcohol  malic_acid   ash  ...   hue  proline\n"
            "0    14.23        1.71  2.43  ...  1.04   1065.0\n"
            "1    13.20        1.78  2.14  ...  1.05   1050.0\n"
            "2    13.16        2.36  2.67  ...  1.03   1185.0\n"
            "\n[3 rows x 13 columns]\n")
    assert read(text) == {}


def test_a_cut_frame_whose_first_column_is_a_step_reads_its_columns_at_the_step():
    text = ("   epoch      zorv     blent  ...      quib\n"
            "0      1  0.674869  0.821504  ...  0.037576\n"
            "1      2  1.076448  1.037520  ...  0.047445\n"
            "\n[2 rows x 6 columns]\n")
    metrics = read(text)
    assert metrics["zorv"] == [(1.0, 0.674869), (2.0, 1.076448)]
    assert metrics["quib"] == [(1.0, 0.037576), (2.0, 0.047445)]
