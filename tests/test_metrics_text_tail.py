"""TEXT_TAIL: an aligned table's last column of words, a note most rows leave empty."""

from __future__ import annotations

from tests.metric_reading import read


def test_note_column_is_no_value_and_empty_notes_are_rows():
    text = ("  round   evals     best_loss    spread   Status\n"
            "      1      20        0.9134    0.2100   restart\n"
            "      2      40        0.6120    0.1100\n"
            "      3      60        0.5047    0.0710\n"
            "      4      80        0.4710    0.0500   shrink step\n"
            "      5     100        0.4702    0.0330\n")
    found = read(text)
    assert found["best_loss"] == [(1.0, 0.9134), (2.0, 0.612), (3.0, 0.5047), (4.0, 0.471), (5.0, 0.4702)]
    assert found["spread"][-1] == (5.0, 0.033)
    assert "Status" not in found


def test_words_in_another_column_are_no_note():
    text = ("  epoch   loss     phase   note\n"
            "      1   0.91     train   ok\n"
            "      2   0.61     valid   ok\n")
    assert "note" not in read(text)
    assert "phase" not in read(text)
