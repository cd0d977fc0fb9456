"""HEADED_LONE_ROW: a one-row frame numbered 0 under a heading closed by a colon is named by
the heading, on invented per-column statistics; rows numbered from 0 stay named by their
labels (ZERO_ROW_NAMES)."""

from __future__ import annotations

from tests.metric_reading import values

# per-feature statistics printed as one-row frames, each under its heading, columns set apart
# by their right edges (one space where a sign or a wide value fills the gap)
STATS = """\
Mean absolute error:
     north    south     east
0 1.204400 0.887213 2.100452

Tail ratio:
      north     south      east
0 -0.311054  0.090017 -0.452210
"""

# a frame of two rows under a heading: the rows are things numbered 0 and 1
GROUPS = """\
Class centroids:
     width    height
0 2.340000  1.100000
1 4.120000  3.560000
"""


def test_a_lone_row_takes_its_headings_name():
    found = values(STATS)
    assert found["Mean absolute error/north"] == [1.2044]
    assert found["Mean absolute error/east"] == [2.100452]
    assert found["Tail ratio/north"] == [-0.311054]
    assert found["Tail ratio/east"] == [-0.45221]
    assert not any(name.startswith("0/") for name in found)


def test_rows_numbered_from_zero_keep_their_labels():
    found = values(GROUPS)
    assert found["0/width"] == [2.34]
    assert found["1/height"] == [3.56]
    assert not any(name.startswith("Class centroids") for name in found)
