"""RIGHT_EDGE_NAMES: a header over labelled rows, its names one space apart and one of them of
two words, is cut at the values' right edges, not word by word (which shifted every name one
column left). Invented R-style matrices, with a look-alike whose edges do not meet."""

from __future__ import annotations

from tests.metric_reading import values


def test_names_one_space_apart_are_cut_at_the_values_right_edges():
    got = values("Summary\n"
                 "\n"
                 "           W.stat Z.stat  exact p.value\n"
                 "method A:   1.218 0.3307         0.4410\n"
                 "method B:   1.305 0.3519         0.4127\n"
                 "\n")
    assert got["method A/W.stat"] == [1.218]
    assert got["method A/Z.stat"] == [0.3307]
    assert got["method B/exact p.value"] == [0.4127]
    assert not any(name.endswith("/exact") for name in got)


def test_a_header_whose_words_do_not_end_at_the_values_edges_is_not_cut_so():
    got = values("Summary\n"
                 "\n"
                 "           W.stat Z.stat  exact p.value\n"
                 "method A:   1.218   0.3307      0.4410   \n"
                 "method B:   1.305   0.3519      0.4127   \n"
                 "\n")
    assert "method A/W.stat" not in got  # no cut: the values end under no name
