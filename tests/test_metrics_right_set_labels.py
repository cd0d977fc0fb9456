"""RIGHT_SET_LABELS (`expctl.metrics.right_set_labels`): a run of ``label   value unit`` lines
whose labels end in one column from different starts names each number by its label."""

from __future__ import annotations

from tests.metric_reading import values

STATE = (
    "  gas mixture:\n"
    "\n"
    "       temperature   1450.2 K\n"
    "          pressure   2.5e+05 Pa\n"
    "           density   0.4171 kg/m^3\n"
    "  mean mol. weight   28.61 kg/kmol\n"
    "   phase of matter   gas\n"
    "\n")


def test_a_right_set_run_names_each_number_by_its_label():
    assert values(STATE) == {"temperature": [1450.2], "pressure": [2.5e5], "density": [0.4171],
                             "mean mol. weight": [28.61]}


def test_the_run_is_told_by_its_third_line_and_a_word_value_holds_its_place():
    assert values("       temperature   1450.2 K\n          pressure   2.5e+05 Pa\n") == {}
    assert values("     phase   gas\n  pressure   2.5e+05 Pa\n   density   0.4171\n") == {
        "pressure": [2.5e5], "density": [0.4171]}


def test_labels_set_in_alike_or_values_out_of_column_are_no_run():
    flush = "    temperature   1450.2 K\n    pressure   2.5e+05 Pa\n    density   0.4171 kg/m^3\n"
    assert values(flush) == {}
    ragged = "   temperature   1450.2 K\n      pressure    2.5e+05 Pa\n       density   0.4171\n"
    assert values(ragged) == {}


def test_a_label_of_a_count_gives_nothing():
    assert values("    species   53\n  reactions   325\n    density   0.4171\n") == {"density": [0.4171]}
