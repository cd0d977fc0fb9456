"""TAB_TABLE: rows of tab-separated cells under a line of tab-separated names."""

from __future__ import annotations

from tests.metric_reading import read

_OPTIMISER = ("Evaluation \t Proposed point \t  Current eval. \t Best eval.\n"
              "init   \t [0.35  1.59]. \t  -3.91 \t -3.91\n"
              "init   \t [1.56  1.26]. \t  -4.42 \t -3.91\n"
              "1      \t [ 2. -2.]. \t  -3.52 \t -3.52\n"
              "2      \t [-1.01 -2.  ]. \t  -6.40 \t -3.52\n")


def test_numbered_rows_are_stepped_by_their_first_column():
    got = read(_OPTIMISER)
    assert (1.0, -3.52) in got["Current eval."] and (2.0, -6.4) in got["Current eval."]
    assert (2.0, -3.52) in got["Best eval."]


def test_rows_before_the_first_step_are_read_without_one():
    got = read(_OPTIMISER)
    assert [value for _, value in got["Current eval."]] == [-3.91, -4.42, -3.52, -6.4]
    assert "Evaluation" not in got and "Proposed point" not in got


def test_a_step_column_by_name_steps_the_rows():
    got = read("trial \t gen \t score\n7 \t 1 \t 0.51\n3 \t 2 \t 0.62\n")
    assert got["score"] == [(1.0, 0.51), (2.0, 0.62)]
    assert got["trial"] == [(1.0, 7.0), (2.0, 3.0)]


def test_a_cell_of_text_makes_no_row():
    assert read("Evaluation \t Status \t Score\n1 \t failed badly \t 0.5\n") == {}


def test_a_header_naming_a_column_twice_is_left_to_its_chapters():
    text = ("   \t      \t         fitness          \t           size           \n"
            "   \t      \t--------------------------\t--------------------------\n"
            "gen\tnevals\tavg  \tgen\tmax\tnevals\tstd    \tavg  \tgen\tmax\tnevals\tstd    \n"
            "0  \t40    \t50.25\t0  \t62 \t40    \t5.61137\t24.45\t0  \t31 \t40    \t3.16978\n"
            "1  \t30    \t56.2 \t1  \t67 \t30    \t4.69681\t27   \t1  \t32 \t30    \t2.5593 \n")
    got = read(text)
    assert got["fitness/avg"] == [(0.0, 50.25), (1.0, 56.2)] and got["size/avg"][0] == (0.0, 24.45)
    assert "avg" not in got
