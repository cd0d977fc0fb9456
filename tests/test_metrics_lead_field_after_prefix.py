"""LEAD_FIELD after a log prefix: the words opening the message after a bracketed tag or glog's
source (``...cc:575] all chars count=311079``) name the glued key as they do at the line's start,
so a count stays a count and a named error keeps its words. Checked on invented lines."""

from __future__ import annotations

from tests.metric_reading import read, values


def test_a_count_after_a_glog_prefix_stays_a_count():
    line = "I0105 10:00:00.123456   4242 tokenizer_trainer.cc:210] all tokens count=88120\n"
    assert values(line) == {}
    assert values("[INFO] all tokens count=88120\n") == {}


def test_words_after_a_bracketed_tag_name_the_glued_value():
    assert values("[worker-1] reconstruction error=0.164\n") == {"reconstruction error": [0.164]}
    assert values("[INFO] mean error=0.31, max error=0.92\n") == {"mean error": [0.31], "max error": [0.92]}


def test_a_shouted_label_after_a_tag_still_labels_the_line():
    assert values("[main] RESULT auc=0.981\n") == {"auc": [0.981]}


def test_a_step_key_after_words_keeps_its_name_and_steps_the_line():
    got = read("[INFO] current epoch=4 loss=0.2\n")
    assert got["loss"] == [(4.0, 0.2)]
    assert "current epoch" not in got
