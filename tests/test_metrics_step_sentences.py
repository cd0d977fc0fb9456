"""STEP_SENTENCE and LISTED_LINE: a progress line printed as a sentence, or as a list of it."""

from __future__ import annotations

from expctl.metrics import grammar, scan
from expctl.metrics.step_sentences import step_sentence
from tests.metric_reading import read


def test_sentence_with_step_first_and_value_last():
    text = "".join(f"After epoch {n}, the validation loss was {0.9 / n:.4f}\n" for n in range(1, 4))
    assert read(text) == {"validation loss": [(1.0, 0.9), (2.0, 0.45), (3.0, 0.3)]}


def test_equals_and_colon_forms():
    text = "In generation 7 best cost = 1.5e-3\nIn generation 8 best cost = 1.2e-3\n"
    assert read(text) == {"best cost": [(7.0, 1.5e-3), (8.0, 1.2e-3)]}
    assert step_sentence("on step 40: mean reward: 12.5") == "step 40: mean reward = 12.5"


def test_listed_line_is_the_line_inside():
    text = "".join(f'["during round {n} the score is {n * 0.25}"]\n' for n in range(1, 4))
    assert read(text) == {"score": [(1.0, 0.25), (2.0, 0.5), (3.0, 0.75)]}
    text = "".join(f"['iteration {n}: energy = -{n}.5']\n" for n in range(1, 3))
    assert read(text) == {"energy": [(1.0, -1.5), (2.0, -2.5)]}


def test_listed_line_is_a_candidate_in_every_scan():
    line = "['At cycle 12 the residual is 0.0031']"
    assert grammar.may_hold_metrics(line) and scan.may_hold(line)
    assert scan.candidate_lines(f"noise\n{line}\nmore noise\n") == [line]


def test_prose_names_and_other_lists_give_nothing():
    assert step_sentence("At iteration 3 the number of trees is 5") == "At iteration 3 the number of trees is 5"
    assert step_sentence("At epoch 2 we saved the checkpoint to disk 3") == "At epoch 2 we saved the checkpoint to disk 3"
    assert read("['alpha 1', 'beta 2']\n") == {}
    assert read("At the end the total is 4.5 seconds\n") == {}
