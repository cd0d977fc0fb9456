"""LIST_CELL: a pandas frame of labelled rows holding a column of lists, its names set right
over their columns (a name of two words too, one space from the name before), on invented lines."""

from __future__ import annotations

from tests.metric_reading import values

# a per-rule summary: the classes each rule votes for as a list, names right-aligned
RULES = """\
            Classes  Support  Hit rate  Mean Abs. Err.
rule_len  [0, 2, 3]      140    0.7214          0.0412
rule_kw         [1]       58    0.6034          0.1130
rule_re          []        9    0.4444          0.2781
"""

# a list of words, one holding a space, its columns one space apart
TAGS = """\
   k               tags   score
m1 3 ['cv', 'deep net'] 0.91250
m2 5             ['cv'] 0.88125
"""


def test_list_cells_give_nothing_and_the_numbers_keep_their_columns():
    found = values(RULES)
    assert found["rule_len/Hit rate"] == [0.7214]
    assert found["rule_kw/Mean Abs. Err."] == [0.113]
    assert found["rule_re/Mean Abs. Err."] == [0.2781]
    assert "rule_len/Err." not in found and "rule_len/Abs." not in found


def test_a_list_of_quoted_words_is_one_cell():
    found = values(TAGS)
    assert found["m1/score"] == [0.9125]
    assert found["m2/score"] == [0.88125]


def test_a_list_of_decimals_is_no_list_cell():
    from expctl.metrics.right_aligned import _data_cell

    assert _data_cell("[0, 1]") and _data_cell("[]") and _data_cell("['a', 'b c']")
    assert not _data_cell("[-0.05, 0.61]")  # an interval's bounds: values
