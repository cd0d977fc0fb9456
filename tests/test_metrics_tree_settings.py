"""TREE_SETTINGS: in a printed tree of ``- heading:`` lines and ``- key: value`` items, the items
under a heading naming settings are configuration; the tree's other items are still read. On
invented dumps, not the fixture's wording."""

from __future__ import annotations

from tests.metric_reading import values

_ENGINE = ("Session:\n"
           "  ----------------------------------------\n"
           "  - Models:\n"
           "    ++++++++++++++++++++++++++++++++++++++\n"
           "    - ridge:\n"
           "      - Options:\n"
           "        - alpha: 0.5\n"
           "        - max_depth: 4\n"
           "        - solver:\n"
           "          - tol_scale: 3\n"
           "      ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
           "      - Results:\n"
           "        - accuracy: 0.912\n"
           "        - loss: 0.231\n")

_FLAT = ("Run 7\n"
         "  - Configuration:\n"
         "    - warmup: 200\n"
         "    - dropout: 0.1\n"
         "\n"
         "  - val_loss: 0.418\n")


def test_items_under_a_settings_heading_are_no_metrics_at_any_depth():
    got = values(_ENGINE)
    for key in ("alpha", "max_depth", "tol_scale"):
        assert not any(name.endswith(key) for name in got), got
    assert any(name.endswith("accuracy") and v == [0.912] for name, v in got.items()), got


def test_a_blank_line_ends_the_settings_branch():
    got = values(_FLAT)
    assert "warmup" not in got and "dropout" not in got
    assert got.get("val_loss") == [0.418]

