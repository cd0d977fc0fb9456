"""STACKED_HEADER over rows whose cells all stand two or more spaces apart, while two of the
header's words stand one space apart (Vowpal Wabbit's ``predict features``, printed with
fewer decimals): the columns are still named by their two words, not by the top line alone."""

from tests.test_metrics_tables import read


def test_stacked_words_one_space_apart_over_gapped_rows():
    text = ("average  since         example        current  current\n"
            "loss     last          counter        predict features\n"
            "1.76172  1.76172             1          0.000        6\n"
            "1.01453  0.26733             2          0.540        6\n"
            "5.07438  9.13423             4          0.463        6\n")
    found = read(text)
    assert found["average loss"] == [(1.0, 1.76172), (2.0, 1.01453), (4.0, 5.07438)]
    assert found["since last"] == [(1.0, 1.76172), (2.0, 0.26733), (4.0, 9.13423)]
    assert "average" not in found and "since" not in found


def test_a_title_over_such_a_header_is_no_stack():
    text = ("Progressive validation of the model\n"
            "loss     last          counter        predict features\n"
            "1.76172  1.76172             1          0.000        6\n"
            "1.01453  0.26733             2          0.540        6\n")
    found = read(text)
    assert not any(" " in name and name.split()[0] in ("Progressive", "validation")
                   for name in found)
