"""The idiom grid (bench/idiom_grid.py): a fixed draw of the lines hand-written training loops
print, from every combination of step field, separator, joint, names, number format and logging
prefix, is read exactly: each measurement at its epoch under its printed name, nothing else."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import idiom_grid


def test_a_draw_of_the_grid_is_read_exactly():
    failing = []
    for combination in idiom_grid.combinations(0.01, seed=11):
        result, lines = idiom_grid.score(combination)
        if not idiom_grid.exact(result):
            failing.append(lines[2])
    assert failing == []


def test_the_grid_truth_is_what_the_lines_print():
    lines, truth = idiom_grid.printed(("Epoch [{e}/{n}]", " | ", "{k}:{v}", ("Train Loss", "Val Acc"),
                                       "{:.2f}", "INFO:root:"))
    assert lines[1] == "INFO:root:Epoch [1/6] | Train Loss:0.73 | Val Acc:0.56"
    assert truth["metrics"]["Val Acc"][0] == 0.56 and truth["steps"]["Val Acc"][0] == 1
