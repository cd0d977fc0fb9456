"""FLAG_CELLS: a column of booleans between a table's numbers (whether a fit converged, a
trial was pruned) is no row label and no value: the numbers keep their columns, on invented
tables."""

from __future__ import annotations

from expctl.metrics.row_marks import row_text
from tests.metric_reading import values

# a search over the number of knots, each fit's flag between its scores
KNOTS = """\
n_knots        AIC    converged       RSS
1           41.250         True    310.75
2           12.004         True     88.10
3          -30.910        False     51.62
"""

# an indented tuning table, flags in lower case, a percentage before the flag
TRIALS = """\
   trial   accuracy   pruned   loss
   0          91.5%    false   0.412
   1          93.0%     true   0.388
   2          92.1%    false   0.395
"""


def test_the_flag_column_leaves_the_numbers_their_names():
    found = values(KNOTS)
    assert found["AIC"] == [41.25, 12.004, -30.91]
    assert found["RSS"] == [310.75, 88.1, 51.62]
    assert not {"True", "False"} & set(found)


def test_lower_case_flags_after_a_percentage():
    found = values(TRIALS)
    assert found["loss"] == [0.412, 0.388, 0.395]
    assert not {"true", "false"} & set(found)


# a data frame's dump: the index unnamed, the rows data whatever their flags
FRAME = """\
      x1        x2  treated        out
0  0.512  1.204119     True  12.480021
1  0.177 -0.310852    False   3.921745
2  0.903  0.775010     True  10.044180
"""


def test_a_data_frames_rows_stay_data():
    found = values(FRAME)
    assert not any(name.endswith(("out", "x2")) for name in found)


def _above(*lines):
    return lambda count: list(lines)[-count:]


def test_a_flag_keeps_its_width_and_a_flag_beside_a_label_is_left():
    row = "2          92.1%    false   0.395"
    header = _above("trial   accuracy   pruned   loss", "-------------------------------")
    assert len(row_text(row, header)) == len(row)
    assert "false" not in row_text(row, header)
    assert "false" in row_text(row)  # no header known: left as printed
    assert "False" in row_text("1  0.2  False  3.9", _above("   a    b  flag    c"))  # unnamed index
    line = "  converged    True    0.5"
    assert row_text(line, _above("  name  flag  value")) == line  # a label's value
    assert row_text("3  4  True", header) == "3  4  True"  # no number after it: left to the text readers
