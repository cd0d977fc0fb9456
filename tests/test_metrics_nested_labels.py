"""NESTED_LABELS and WRAPPED_LABEL over several lines: a drawn table's label cell holding an
outer and an inner level, its label wrapped by words, on invented lines in PSPP's layout."""

from __future__ import annotations

from tests.metric_reading import values

GROUPS = """\
            Group Statistics
╭─────────────┬──┬─────┬──────────────╮
│       Region│ N│ Mean│Std. Deviation│
├─────────────┼──┼─────┼──────────────┤
│income north │40│51.20│         11.84│
│       south │35│47.93│         10.02│
│spend  north │40│20.11│          4.50│
│       south │35│18.36│          5.71│
╰─────────────┴──┴─────┴──────────────╯
"""

# a label cut at its cell's end, every line full (texttable's, tabulate's way)
CUT = """\
+--------------+------+-------+
|    model     | acc  | loss  |
+==============+======+=======+
| RandomForest | 0.91 | 0.240 |
| Classifier(n |      |       |
| _estimators= |      |       |
| 50)          |      |       |
+--------------+------+-------+
"""


def test_an_outer_and_an_inner_level_name_the_row():
    found = values(GROUPS)
    assert found["income/north/Mean"] == [51.2]
    assert found["income/south/N"] == [35.0]
    assert found["spend/south/Std. Deviation"] == [5.71]


def test_a_set_in_row_is_no_value_of_the_first_column():
    found = values(GROUPS)
    assert "Region" not in found and "south/Mean" not in found


def test_a_label_wrapped_by_words_joins_them_with_spaces():
    text = ("╭───────────────┬──┬─────╮\n"
            "│         Region│ N│ Mean│\n"
            "├───────────────┼──┼─────┤\n"
            "│income north   │40│51.20│\n"
            "│       south   │35│47.93│\n"
            "│       coast   │  │     │\n"
            "╰───────────────┴──┴─────╯\n")
    assert values(text)["income/south coast/Mean"] == [47.93]


def test_a_label_cut_at_its_cells_end_joins_without_a_space():
    assert values(CUT)["RandomForestClassifier(n_estimators=50)/acc"] == [0.91]


def test_a_flat_table_keeps_its_labels():
    text = ("╭──────────┬─────┬─────╮\n│          │ loss│  acc│\n├──────────┼─────┼─────┤\n"
            "│train set │ 0.21│ 0.93│\n│test set  │ 0.34│ 0.88│\n╰──────────┴─────┴─────╯\n")
    assert values(text) == {"train set/loss": [0.21], "train set/acc": [0.93],
                            "test set/loss": [0.34], "test set/acc": [0.88]}
