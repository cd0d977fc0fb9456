"""Sibling lines labelled by a term in parentheses (TERM_LABELS), on invented lines in the shape
a causal-discovery report prints its links."""

from __future__ import annotations

from tests.metric_reading import read

LINKS = ("Links found:\n"
         "    (A -1): pval = 0.00100 | val =  0.412\n"
         "    (B  0): pval = 0.02000 | val = -0.153\n"
         "    (B -2): pval = 0.00030 | val =  0.288\n")


def test_each_term_names_its_own_pairs():
    found = read(LINKS)
    assert found["(A -1)/val"] == [(0.0, 0.412)]
    assert found["(B  0)/val"] == [(0.0, -0.153)]
    assert found["(B -2)/pval"] == [(0.0, 0.0003)]


def test_no_pair_is_left_under_its_bare_key():
    found = read(LINKS)
    assert "val" not in found and "pval" not in found


def test_a_term_alone_keeps_its_bare_keys():
    text = "Links found:\n    (A -1): pval = 0.00100 | val =  0.412\n\nDone.\n"
    found = read(text)
    assert "(A -1)/val" not in found
