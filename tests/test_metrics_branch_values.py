"""BRANCH_VALUES: a tree of items each printed value first (``  0.82 ├ recall(k=10)``), details
hung on the stem below, gives ``<label>`` = value per item; a lone item gives nothing. The items
here carry their parameters in their labels (``k=10``, ``window:50``), as constraint and rule
reports print them: that is what makes such a line worth reading at all (a candidate of the
compiled scan, unchanged). Invented reports in other glyphs and wordings."""

from __future__ import annotations

from tests.metric_reading import values


def test_scored_items_of_a_tree_are_named_by_their_labels():
    got = values("Objectives after polishing\n"
                 "    0.8125 ├ coverage(min_depth=4)\n"
                 "           │ 13 of 16 windows covered\n"
                 "           │ worst window 7\n"
                 "   -1.5000 ├ penalty(weight=2)\n"
                 "       2.0 └ balance(tol=0.1)\n")
    assert got["coverage(min_depth=4)"] == [0.8125]
    assert got["penalty(weight=2)"] == [-1.5]
    assert got["balance(tol=0.1)"] == [2.0]


def test_a_check_mark_before_an_item_keeps_it_read():
    got = values("Rules\n"
                 "\u2714        0 \u250d LineLength[src](max:100)\n"
                 "        -3 \u250d NoTabs[tests](spaces:4)\n"
                 "           \u2502 three lines indented with tabs\n")
    assert got["LineLength[src](max:100)"] == [0.0]
    assert got["NoTabs[tests](spaces:4)"] == [-3.0]


def test_a_lone_item_is_no_tree_of_results():
    got = values("Summary\n"
                 "    42 ├ files(depth=3)\n"
                 "\n"
                 "done\n")
    assert "files(depth=3)" not in got
