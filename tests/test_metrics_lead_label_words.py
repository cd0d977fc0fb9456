"""LEAD_LABEL_RUN on plain prints: lines that each open with a thing's name and a colon, then
report the same words and numbers (``ASSET: held 0.61, target 0.60``), name each pair by its
thing; the line's position in the list is no step. Text of our own, in the shape such reports
take."""

from __future__ import annotations

from tests.test_metrics_tables import read

LINES = ("ALPHA: held 0.612, target 0.600\n"
         "GAMMA: held 0.388, target 0.400\n"
         "DELTA: held 0.000, target 0.000\n")


def test_each_line_names_its_pairs_by_its_lead_word():
    found = read(LINES)
    assert found["ALPHA/held"] == [(0.0, 0.612)]
    assert found["GAMMA/target"] == [(0.0, 0.4)]
    assert "held" not in found and "target" not in found


def test_a_step_word_leads_no_thing():
    found = read("Epoch: held 0.5, target 0.6\nEpoch: held 0.4, target 0.6\n")
    assert not any(name.startswith("Epoch/") for name in found)
