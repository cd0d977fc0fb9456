"""SPACED_COLUMN_NAME (`expctl.metrics.named_vectors`): R's one-column matrix, or the last block
of a wide one wrapped alone, under a name of a few words one space apart."""

from __future__ import annotations

from tests.metric_reading import read


def _matrix(rows: list[tuple[str, list[float]]], names: list[str]) -> str:
    """A matrix as R prints it: names right-aligned over their values, one space apart."""
    label = max(len(row) for row, _ in rows)
    widths = [max(len(name), 6) for name in names]
    text = " " * label + "".join(" " + name.rjust(width) for name, width in zip(names, widths)) + "\n"
    for row, values in rows:
        text += row.ljust(label) + "".join(" " + f"{value:.4f}".rjust(width)
                                           for value, width in zip(values, widths)) + "\n"
    return text


def test_the_last_block_of_a_wrapped_matrix_under_a_name_of_words():
    text = "Fit statistics:\n" + _matrix(
        [("train", [0.412, 0.53]), ("test", [0.455, 0.581])], ["Mean Abs Dev", "Root Mean Sq"]) + _matrix(
        [("train", [1.931]), ("test", [2.204])], ["Median Abs Dev"])
    assert read(text) == {
        "train/Mean Abs Dev": [(0.0, 0.412)], "train/Root Mean Sq": [(0.0, 0.53)],
        "test/Mean Abs Dev": [(0.0, 0.455)], "test/Root Mean Sq": [(0.0, 0.581)],
        "train/Median Abs Dev": [(0.0, 1.931)], "test/Median Abs Dev": [(0.0, 2.204)]}


def test_a_one_column_matrix_named_in_two_words():
    assert read(_matrix([("alpha", [1.5]), ("beta", [2.25])], ["Upper Bound"])) == {
        "alpha/Upper Bound": [(0.0, 1.5)], "beta/Upper Bound": [(0.0, 2.25)]}


def test_no_name_of_many_words_or_gaps_nor_one_off_its_edge():
    assert read("        one two three four five\nalpha                          0.5\n") == {}
    assert read("        Mean  Dev\nalpha       0.5\n") == {}  # two columns' names, one number
    assert read("     Upper Bound\nalpha      1.5000\n") == {}  # the name ends left of the number
