"""RUN_INDENT (docs/metric-rules.rst): a table's lines at the run's width count toward confirming
it, but the cut never begins in a table's middle: it begins at a line of text, at a table's
first line after a blank line or a line of text, or after a blank line."""

from __future__ import annotations

from expctl.metrics.run_indent import RunIndent

from .test_run_indent import points  # a text's points, read whole or one line per read

# a forecaster's cross-validation: one settings line, then frames and summary lines, no blank line
FORECAST = """\
settings: horizon=3 days period=2 days
            ds       yhat  yhat_lower
10 2023-05-11  22.797721   21.763804
11 2023-05-12  23.369508   22.252421
12 2023-05-13  24.831168   23.817012
holdout MAE: 2.0858
   horizon       mse      rmse  coverage
0   2 days  0.674869  0.821504  0.833333
1   3 days  1.076448  1.037520  0.666667
2   4 days  1.347415  1.160782  0.500000
"""


def indented(text: str, by: str = "    ") -> str:
    return "".join(by + line if line.strip() else line for line in text.splitlines(True))


def cuts(lines: list[str]) -> list[int]:
    indent = RunIndent()
    return [indent._cut(line) for line in lines]


def test_frames_with_one_line_of_text_between_read_as_the_bare_ones():
    bare = points(FORECAST)
    assert ("coverage", 4.0, 0.5) in bare
    assert points(indented(FORECAST)) == bare
    assert points(indented(FORECAST), by_line=True) == bare


def test_a_tables_rows_confirm_the_width_but_the_cut_waits_for_its_end():
    lines = ["    Call:", "    fit(y ~ x)", "    (Intercept)  18.1  0.94  370.3",
             "    Time          6.7  0.07  7910.1", "    Cu           -0.4  1.43     0.1",
             "", "    Scale  52.36  9.468  1.0", "    done"]
    assert cuts(lines) == [0, 0, 0, 0, 0, 0, 4, 4]


def test_a_table_opening_after_a_line_of_text_begins_the_cut():
    lines = ["    [14:39:47] Starting", "    [14:39:47] Ramping to 6 users",
             "    [14:39:47] All users spawned", "    Type     Name    # reqs   # fails",
             "    POST     /cart        9         0", "    GET      /items      45         0"]
    assert cuts(lines) == [0, 0, 0, 4, 4, 4]


def test_a_right_aligned_table_set_in_alike_is_not_cut_in_its_middle():
    lines = ["    step   loss    acc", "     100  0.500  0.900", "     200  0.400  0.910",
             "    1000  0.300  0.920", "   10000  0.200  0.930"]
    assert cuts(lines) == [0, 0, 0, 0, 0]


def test_a_rule_under_a_tables_header_is_part_of_the_table():
    lines = ["    settings: min_time=0.05", "    ------------------------------",
             "    Benchmark        Time      CPU", "    ------------------------------",
             "    BM_Sort/256   12882 ns  6139 ns", "", "    done"]
    assert cuts(lines) == [0, 0, 0, 0, 0, 0, 4]
