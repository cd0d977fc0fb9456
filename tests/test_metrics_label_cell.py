"""LABEL_CELL: a row that prints its value first and its label last (a feature's importance and
its name, an identifier with ``_``, digits, ``/``, or a word longer than a word cell's) is a
candidate line of every scan, and read as the label's value; prose is not. On invented rows."""

from __future__ import annotations

import pytest

from expctl.metrics import grammar, scan
from tests.metric_reading import read
from tests.test_scan_compiled import scan_of_width

compiled = pytest.importorskip("expctl.metrics._scan")

_WEIGHTS = ("Permutation importances of the fitted forest.\n"
            "\n"
            "0.0412 ± 0.0108  petal_length_cm\n"
            "0.0309 ± 0.0097  sepal_width\n"
            "0.0120 ± 0.0051  ratio2/ratio3_of_leaf_area\n"
            "     0 ± 0.0000  photosynthetic\n")

LABEL_LINES = [
    ("0.0412 ± 0.0108  petal_length_cm", True),  # "_" in the label
    ("0.0120 ± 0.0051  ratio2/ratio3_of_leaf_area", True),  # digits and "/": the last digit is the label's
    ("     0 ± 0.0000  photosynthetic", True),  # a word longer than a word cell's
    ("12.5%\tmean-radius.se", True),  # a "%", one tab
    ("0.5  " + "a_" * 20 + "b", False),  # longer than LABEL_CELL_LETTERS
    ("we ran 3 trials on petal_length_cm", False),  # one space: a sentence goes on
    ("see section  petal_length_cm", False),  # no number before the gap
    ("0.41  _private_name", False),  # no letter first
    ("0.41  x3_" + "y" * 8 + "-z", True),
    ("version 2.1 of py3k_compat_shim", False),
    ("step 3" + " " * 60 + "petal_length", False),  # the number is not among the last 62 characters
]


@pytest.mark.parametrize(("line", "accepted"), LABEL_LINES)
def test_the_grammar_and_the_regex_scan_agree_on_a_label_cell(line, accepted):
    assert grammar.may_hold_metrics(line) is accepted
    assert scan.may_hold(line) is accepted
    if accepted:
        text = "only words here\n" * 3 + line + "\n" + "words again\n"
        at = text.index(line)
        assert at in scan._scan(text, 0, len(text), scan._TEXT_SCANS, "\n=\t{(")


@pytest.mark.parametrize(("line", "accepted"), LABEL_LINES)
def test_the_compiled_scan_agrees_wherever_the_line_falls_in_its_blocks(line, accepted):
    """Every alignment against the wide scan's 64-byte blocks, after prose (a quiet block) or
    after digits (the digit test of the line before's block)."""
    line = line.replace("±", "+-")  # ASCII, as the compiled scan reads it
    assert grammar.may_hold_metrics(line) is accepted
    for wide in (True, False):
        for lead in ("no digits in these words at all\n", "run 12 of 345 at 6789\n"):
            for shift in range(64):
                text = lead * 4 + "w" * shift + "\n" + line + "\n" + "closing words\n" * 6
                at = text.index("\n" + line + "\n") + 1
                data = text.encode()
                with scan_of_width(wide):
                    starts = compiled.candidate_starts(data, 0, len(data), 100_000)
                assert (at in starts) is accepted, (wide, lead, shift)


def test_value_then_label_rows_give_each_label_its_value():
    got = read(_WEIGHTS)
    assert got["petal_length_cm"] == [(0.0, 0.0412)]
    assert got["sepal_width"] == [(0.0, 0.0309)]
    assert got["ratio2/ratio3_of_leaf_area"] == [(0.0, 0.012)]
    assert got["photosynthetic"] == [(0.0, 0.0)]


def test_a_sentence_ending_in_an_identifier_gives_nothing():
    assert read("We trained 3 models and kept petal_length_cm\nthen stopped after 2  long_runs_done\n") == {}
