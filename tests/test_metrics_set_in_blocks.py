"""RUN_INDENT, LIST_HEADING, GROUPED_TERMS: a block set in whole reads as it does flush left."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(text: str) -> dict:
    return read_with_params(text)[0]


def set_in(text: str, width: int) -> str:
    return "".join((" " * width + line if line.strip() else line) + "\n" for line in text.splitlines())


def test_a_list_members_matrix_set_in_keeps_its_path():
    # A made-up R list: a path, two lines describing the member, a matrix one space apart.
    text = ("$fitted\n"
            "Gibbs Draw\n"
            " Two states: p, q\n"
            "          p         q\n"
            "p 0.8125000 0.1875000\n"
            "q 0.2500000 0.7500000\n\n"
            "$spread\n"
            "          p         q\n"
            "p 0.0625000 0.1250000\n\n")
    flush = read(text)
    assert flush["fitted/p/q"] == [(0.0, 0.1875)]
    assert read(set_in(text, 3)) == flush


def test_rows_one_space_apart_do_not_start_the_cut_in_a_frames_middle():
    # Position columns and one wide gap: the rows are a table's though only one gutter shows.
    text = ("   0  1  2  3  score  seen\n"
            "0 +1 -1 +1 -1 -3.250     1\n"
            "4 -1 +1 -1 +1 -2.125     1\n"
            "2 +1 +1 -1 -1 -1.500     1\n"
            "1 -1 -1 +1 +1 -0.750     1\n"
            "3 +1 -1 -1 +1 -0.375     1\n")
    flush = read(text)
    assert len(flush["score"]) == 5
    assert read(set_in(text, 4)) == flush


def test_a_lone_letter_label_is_a_plain_name_but_a_dotted_term_is_marked():
    # GROUPED_TERMS' look-alike: a one-letter row name that is also a prose word ("a") is plain.
    text = ("                 Coef   Err\n"
            "  .u1            0.625  0.125\n"
            "   u2            0.500  0.250\n")
    assert read(text) == {".u1/Coef": [(0.0, 0.625)], ".u1/Err": [(0.0, 0.125)],
                          "u2/Coef": [(0.0, 0.5)], "u2/Err": [(0.0, 0.25)]}
