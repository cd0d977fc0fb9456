"""HELD_WHOLES: a table column whose first rows print whole numbers is held, not dropped, until
a row shows it measured (a decimal point) or the table ends with it whole (a count)."""

from __future__ import annotations

from expctl.metrics.held_wholes import HOLD_ROWS, decides, hold, release
from expctl.metrics.parser import MetricParser
from tests.metric_reading import read

# LAMMPS's thermo output: the temperature is set to 2 exactly, printed "2" at step 0.
THERMO = """\
Step Temp PotEng KinEng TotEng Press
       0            2   -6.7733681    2.9978134   -3.7755546   -4.5481479
      50    1.0410062   -5.3430429    1.5603712   -3.7826718    2.4588414
     100     1.071242   -5.3896367    1.6056919   -3.7839448    2.3095158
     150    1.0138866   -5.3036944    1.5197215   -3.7839729    2.6766365
Loop time of 0.0346 on 1 procs for 150 steps with 864 atoms
"""

# An MCMC controller's log: the acceptance rates are 0 until a move is accepted, the
# evaluation count always whole; a message line between the rows.
SAMPLER = """\
Generating 2 chains.
Iter. Eval. Accept.   Accept.   Time
0     2      0         0          0:00.0
1     4      0         0          0:00.0
2     6      0         0          0:00.0
Initial phase completed.
200   402    0.0199    0.0199     0:00.1
400   802    0.19      0.17       0:00.1
Halting: Maximum number of iterations (400) reached.
"""

# An interior-point solver's iterations: "ls" (line search steps) stays whole to the end.
SOLVER = """\
iter    objective    inf_pr   inf_du lg(mu)  ||d||  lg(rg) alpha_du alpha_pr  ls
   0  1.6109693e+01 1.12e+01 5.28e-01  -1.0 0.00e+00    -  0.00e+00 0.00e+00   0
   1  1.6905655e+01 7.33e-01 1.57e+01  -1.0 7.79e-01    -  1.00e+00 1.00e+00f  1
   2  1.7136163e+01 1.16e-01 6.19e-01  -1.0 1.22e-01    -  1.00e+00 1.00e+00h  1
   3  1.6979097e+01 3.11e-02 8.07e-02  -1.7 2.54e-02    -  9.87e-01 1.00e+00h  2
"""


def points_of(parser: MetricParser, out: dict) -> dict[str, list[tuple[float, float]]]:
    parser.finish(0.0, out)
    return {name: sorted(zip(series.steps, series.values)) for name, series in out.items()}


def read_whole(text: str) -> dict[str, list[tuple[float, float]]]:
    """Points of `text` read in one block, as a batch import reads a finished log."""
    parser, out = MetricParser(), {}
    parser.parse_text(text.rstrip("\n"), 0.0, out)
    return points_of(parser, out)


def read_line_by_line(text: str) -> dict[str, list[tuple[float, float]]]:
    """Points of `text` read one line a read, as a training loop's output arrives live."""
    parser, out = MetricParser(), {}
    for line in text.rstrip("\n").split("\n"):
        parser.parse_lines([line], 0.0, out)
    return points_of(parser, out)


def test_a_whole_first_value_comes_out_once_the_column_shows_a_decimal():
    found = read(THERMO)
    assert found["Temp"] == [(0.0, 2.0), (50.0, 1.0410062), (100.0, 1.071242), (150.0, 1.0138866)]
    assert found["PotEng"][0] == (0.0, -6.7733681)


def test_held_values_keep_their_own_steps_and_a_count_column_stays_out():
    found = read(SAMPLER)
    assert sorted(found["Accept."]) == sorted(
        [(0.0, 0.0), (0.0, 0.0), (1.0, 0.0), (1.0, 0.0), (2.0, 0.0), (2.0, 0.0),
         (200.0, 0.0199), (200.0, 0.0199), (400.0, 0.19), (400.0, 0.17)])
    assert "Eval." not in found


def test_a_column_whole_to_the_end_of_its_table_counts():
    found = read(SOLVER)
    assert "ls" not in found
    assert [step for step, _ in found["objective"]] == [0.0, 1.0, 2.0, 3.0]


def test_whole_text_and_line_by_line_give_the_same_points():
    for text in (THERMO, SAMPLER, SOLVER, THERMO + SAMPLER):
        whole, lines = read_whole(text), read_line_by_line(text)
        assert whole == lines
        assert whole == {name: sorted(points) for name, points in read(text, chunk=64).items()}
    assert (0.0, 2.0) in read_line_by_line(THERMO)["Temp"]


def test_a_whole_column_ending_with_its_table_gives_nothing_at_the_end_of_output():
    text = SAMPLER.split("Initial phase")[0]  # the output stops before any rate is measured
    assert "Accept." not in read_whole(text)
    assert "Accept." not in read_line_by_line(text)


def test_only_a_decimal_point_decides_a_column_measured():
    assert decides("0.0199") and decides(" 1.0410062 ") and decides("2.") and decides("1.5e-03")
    assert not decides("12") and not decides("1e+04") and not decides("nan") and not decides("-inf")


def test_release_gives_the_decided_columns_in_printed_order_and_keeps_the_rest():
    held: list | None = []
    held = hold(held, "0", [(1, "rate", "0"), (2, "evals", "6")])
    held = hold(held, "1", [(1, "rate", "0"), (2, "evals", "12")])
    assert release(held, {1}, {2}) == [([("rate", "0")], "0"), ([("rate", "0")], "1")]
    assert held == [("0", ((2, "evals", "6"),)), ("1", ((2, "evals", "12"),))]
    assert release(held, set(), set()) == [] and held == []  # "evals" ended undecided: dropped


def test_holding_is_bounded_and_stops_when_full():
    held: list | None = []
    for row in range(HOLD_ROWS):
        held = hold(held, str(row), [(0, "rate", "0")])
    assert held is not None and len(held) == HOLD_ROWS
    assert hold(held, "late", [(0, "rate", "0")]) is None


def test_a_column_whole_for_longer_than_the_bound_loses_only_its_first_rows():
    late = HOLD_ROWS + 4
    rows = [f"{step * 50:8d} {2:12d} {-6.77 + step / 100:12.7f}" for step in range(late)]
    rows += [f"{step * 50:8d} {1.0410062:12.7f} {-6.77 + step / 100:12.7f}" for step in (late, late + 1)]
    found = read("Step Temp PotEng\n" + "\n".join(rows) + "\nLoop time of 0.03 on 1 procs\n")
    assert len(found["PotEng"]) == late + 2
    assert found["Temp"] == [(late * 50.0, 1.0410062), ((late + 1) * 50.0, 1.0410062)]


# A MIP solver's search log: the incumbent is 0 before the first solution; node counts stay whole.
SEARCH = """\
        Nodes      |    B&B Tree     |            Objective Bounds              |  Work
Src  Proc. InQueue |  Leaves   Expl. | BestBound       BestSol              Gap |   LpIters     Time

 z       0       0         0   0.00%   -inf            0                  Large         0     0.0s
 J       0       0         0   0.00%   -inf            -596               Large         0     0.0s
         0       0         0   0.00%   -628.9925595    -596               5.54%         3     0.0s
         1       0         1 100.00%   -613            -613               0.00%        27     0.0s
"""


def test_a_grouped_column_shown_signed_gives_its_held_zero_and_counts_stay_out():
    found = read(SEARCH)
    assert [value for _, value in found["BestSol"]] == [0.0, -596.0, -596.0, -613.0]
    assert "InQueue" not in found and "LpIters" not in found and "Leaves" not in found
    assert read_whole(SEARCH) == read_line_by_line(SEARCH)


def test_a_grouped_column_never_signed_nor_pointed_stays_a_count():
    text = SEARCH.replace("-596 ", " 596 ").replace("-613 ", " 613 ")
    assert "BestSol" not in read(text)


def test_a_count_printed_in_exponent_form_releases_nothing_it_held():
    text = SOLVER.replace("9.87e-01 1.00e+00h  2", "9.87e-01 1.00e+00h 1e+01")
    steps = [step for step, _ in read(text).get("ls", [])]
    assert 0.0 not in steps and 1.0 not in steps and 2.0 not in steps
    assert read_whole(text) == read_line_by_line(text)
