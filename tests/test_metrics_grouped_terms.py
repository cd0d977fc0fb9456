"""A model's coefficient rows grouped under a relation's line, or labelled by marked terms
(GROUPED_TERMS), on invented lines in the shape a structural equation model's summary prints."""

from __future__ import annotations

from tests.metric_reading import read, values

LOADINGS = ("Latent Variables:\n"
            "                   Estimate  Std.Err  z-value  P(>|z|)\n"
            "  speed =~                                           \n"
            "    y1                1.000                           \n"
            "    y2                0.512    0.101    5.069    0.000\n"
            "    y3                0.734    0.120    6.117    0.000\n"
            "\n"
            "Variances:\n"
            "                   Estimate  Std.Err  z-value  P(>|z|)\n"
            "   .y2                0.250    0.051    4.902    0.000\n"
            "    speed             0.811    0.140    5.793    0.000\n")


def test_rows_under_a_group_line_are_named_by_the_relation_and_the_term():
    found = values(LOADINGS)
    assert found["speed =~ y2/Estimate"] == [0.512]
    assert found["speed =~ y3/z-value"] == [6.117]
    assert found["speed =~ y1/Estimate"] == [1.0]


def test_a_table_with_a_marked_term_names_each_row_by_its_label():
    found = values(LOADINGS)
    assert found[".y2/Std.Err"] == [0.051]
    assert found["speed/Estimate"] == [0.811]


def test_a_plain_table_is_left_to_the_other_readers():
    plain = ("                   Estimate  Std.Err\n"
             "    y2                0.512    0.101\n")
    assert not any(" " in name.split("/")[0] for name in read(plain))


def test_a_second_group_names_its_own_rows():
    text = ("                   Estimate  Std.Err\n"
            "  speed =~                          \n"
            "    y1                0.512    0.101\n"
            "  power =~                          \n"
            "    y4                0.734    0.120\n")
    found = values(text)
    assert found["power =~ y4/Estimate"] == [0.734]
    assert found["speed =~ y1/Std.Err"] == [0.101]


def test_text_set_in_among_the_rows_ends_the_table():
    text = ("                   Estimate  Std.Err\n"
            "  speed =~                          \n"
            "      note: fixed to one\n"
            "    y2                0.512    0.101\n")
    assert not any("=~" in name for name in read(text))
