"""RANKING_WORDS (``Hit@10``, ``MRR``: results, no config before the training log) and
TAB_PARTED_FIELD (words after a tab open a field: ``\\t\\t Filt. MRR : 0.119``), on invented
lines."""

from __future__ import annotations

from tests.metric_reading import read


def test_words_after_a_tab_name_their_pair_whole():
    got = read("MRR : 0.214 \t\t Filt. MRR : 0.305\n"
               "Mean Rank : 41 \t Filt. Mean Rank : 17\n")
    assert got["MRR"] == [(0.0, 0.214)]
    assert got["Filt. MRR"] == [(0.0, 0.305)]
    assert got["Filt. Mean Rank"] == [(0.0, 17.0)]


def test_words_after_spaces_alone_stay_out_of_the_name():
    got = read("loss : 0.214 then acc : 0.905\n")
    assert "then acc" not in got


def test_ranking_scores_before_the_training_log_are_results():
    text = ("Hit@1 : 0.125 \t\t Filt. Hit@1 : 0.25\n"
            "MRR : 0.214 \t\t Filt. MRR : 0.305\n"
            "Epoch 1 | mean loss: 32.38658:   0%|          | 0/20\n"
            "Epoch 2 | mean loss: 30.12001:   5%|          | 1/20\n")
    got = read(text)
    assert got["Hit@1"] == [(0.0, 0.125)]
    assert got["MRR"] == [(0.0, 0.214)]
