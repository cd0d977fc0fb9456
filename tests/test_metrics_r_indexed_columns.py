"""R matrices whose columns are numbered components (INDEXED_COLUMNS) and rows one space apart
(SINGLE_SPACED_ROW), on invented lines in the shape R prints a mixture fit's summary."""

from __future__ import annotations

from tests.metric_reading import read, values

TWO_COMPONENTS = ("summary of mixEM object:\n"
                  "         comp 1    comp 2\n"
                  "lambda 0.407632 0.5923678\n"
                  "mu     3.886341 0.0363296\n"
                  "sigma  1.201080 0.9360169\n")
THREE_COMPONENTS = ("summary of mixEM object:\n"
                    "          comp 1    comp 2    comp 3\n"
                    "lambda  0.153114  0.210534  0.636352\n"
                    "mu     59.834434 50.950130 80.158236\n")


def test_a_row_one_space_apart_is_named_by_its_label_and_numbered_column():
    found = values(TWO_COMPONENTS)
    assert found["lambda/comp 1"] == [0.407632]
    assert found["sigma/comp 2"] == [0.9360169]
    assert len(found) == 6


def test_numbered_columns_two_spaces_apart_keep_the_row_label():
    found = values(THREE_COMPONENTS)
    assert found["lambda/comp 3"] == [0.636352]
    assert found["mu/comp 2"] == [50.95013]
    assert len(found) == 6


def test_numbered_names_ending_under_no_value_are_no_header():
    shifted = ("          comp 1     comp 2\n"
               "lambda  0.153114  0.210534\n")
    assert not any("/comp" in name for name in read(shifted))
