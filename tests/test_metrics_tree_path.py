"""TREE_PATH: a result item of a printed dash tree is named by its path from the outermost part
that holds settings of its own, less its parts' section headings. On an invented report."""

from __future__ import annotations

from tests.metric_reading import values


_REPORT = ("Backtest:\n"
           "  - Portfolios:\n"
           "    ====================================\n"
           "    - growth:\n"
           "      - Options:\n"
           "        - rebalance: 20\n"
           "      - Checks:\n"
           "        ....................................\n"
           "        - turnover:\n"
           "          - Options: None\n"
           "          - Output:\n"
           "            - mean: 0.312\n"
           "            - peak:\n"
           "              - max:\n"
           "                - ratio: 0.871\n"
           "        ....................................\n"
           "        - cash:\n"
           "          - final: 1204.5\n")


def test_a_result_item_is_named_by_its_path_from_the_outermost_part():
    got = values(_REPORT)
    assert "rebalance" not in got and not any(n.endswith("rebalance") for n in got)
    assert got["growth/turnover/mean"] == [0.312]
    assert got["growth/turnover/peak/max/ratio"] == [0.871]
    assert got["growth/cash/final"] == [1204.5]
