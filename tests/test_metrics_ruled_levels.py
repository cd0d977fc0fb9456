"""RULED_LEVELS and BARRED_PARENS: a Markdown table's header, over its rule, may name columns
by a level (``2.5%``) or a p-value (``Pr(>|t|)``, whose bars part no columns)."""

from __future__ import annotations

from expctl.metrics.headers import bar_cells
from tests.metric_reading import values

_HEADER = "| Coefficient   |   Estimate |   Std. Error |   Pr(>|t|) |   2.5% |   97.5% |"
_RULE = "|:--------------|-----------:|-------------:|-----------:|-------:|--------:|"
_ROWS = """\
| X1            |     -0.950 |        0.065 |      0.000 | -1.077 |  -0.822 |
| X2            |     -0.174 |        0.018 |      0.000 | -0.210 |  -0.138 |
---
"""


def test_a_bar_inside_parentheses_parts_no_cells():
    cells = bar_cells(_HEADER)
    assert cells is not None and len(cells) == 6
    assert cells[3].strip() == "Pr(>|t|)"
    assert bar_cells("| a (b | c |") == [" a (b ", " c "]


def test_levels_name_columns_of_a_ruled_header():
    got = values("\n".join((_HEADER, _RULE, _ROWS)))
    assert got["X1/2.5%"] == [-1.077]
    assert got["X2/97.5%"] == [-0.138]
    assert got["X1/Estimate"] == [-0.95]


def test_without_the_rule_a_line_of_levels_is_no_header():
    got = values("\n".join((_HEADER, _ROWS)))
    assert "X1/2.5%" not in got


def test_a_line_of_levels_alone_is_no_header():
    text = "| 2.5% | 97.5% |\n|---|---|\n| -1.077 | -0.822 |\n| -0.210 | -0.138 |\n"
    assert not any("%" in name for name in values(text))
