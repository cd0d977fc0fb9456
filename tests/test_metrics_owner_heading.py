"""Labelled lines under a heading that names their owner and counts them (OWNER_HEADING), on
invented blocks in the shape a causal-discovery report lists each variable's links."""

from __future__ import annotations

from tests.metric_reading import read

BLOCKS = ("## Significant links:\n"
          "\n"
          "    Variable A has 2 link(s):\n"
          "        (A -1): pval = 0.00100 | val =  0.412\n"
          "        (B -1): pval = 0.00200 | val =  0.215\n"
          "\n"
          "    Variable B has 2 link(s):\n"
          "        (B -1): pval = 0.00000 | val =  0.530\n"
          "        (A -1): pval = 0.04000 | val = -0.121\n")


def test_each_pair_is_named_by_the_owner_the_term_and_the_key():
    found = read(BLOCKS)
    assert found["A/(B -1)/val"] == [(0.0, 0.215)]
    assert found["B/(B -1)/val"] == [(0.0, 0.53)]
    assert found["B/(A -1)/pval"] == [(0.0, 0.04)]


def test_one_term_under_two_owners_is_two_series():
    found = read(BLOCKS)
    assert found["A/(A -1)/val"] == [(0.0, 0.412)]
    assert found["B/(A -1)/val"] == [(0.0, -0.121)]
    assert "(A -1)/val" not in found


def test_a_count_smaller_than_the_block_names_no_owner():
    text = BLOCKS.replace("Variable B has 2 link(s):", "Variable B has 1 link(s):")
    found = read(text)
    assert "B/(A -1)/val" not in found
    assert found["(A -1)/val"] == [(0.0, -0.121)]


def test_a_heading_of_another_shape_names_no_owner():
    text = BLOCKS.replace("Variable B has 2 link(s):", "Other links:")
    found = read(text)
    assert found["(B -1)/val"] == [(0.0, 0.53)]
