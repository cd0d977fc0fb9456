"""STEP_WITH and SPACED_LEAD: a step reported ended, then what it ended with (``Epoch 3
completed with val loss of 0.52``) and clauses of the run's state after it (``best val loss was
0.49``); a log record that opens with a space before its bracketed time keeps its own step.
Made-up lines in several wordings, none a fixture's."""

from __future__ import annotations

from tests.metric_reading import read


def test_the_step_and_what_it_ended_with():
    text = "".join(f"Epoch {e} completed with val loss of {loss}; best val loss was {best}\n"
                   for e, loss, best in ((1, 0.61, 0.61), (2, 0.55, 0.55), (3, 0.58, 0.55)))
    series = read(text)
    assert series["val loss"] == [(1.0, 0.61), (2.0, 0.55), (3.0, 0.58)]
    assert series["best val loss"] == [(1.0, 0.61), (2.0, 0.55), (3.0, 0.55)]


def test_the_verb_before_the_step_word_and_a_hash():
    text = ("Done trial #0 with score = 0.71. Best score is 0.71\n"
            "Done trial #1 with score = 0.74. Best score is 0.74\n")
    series = read(text)
    assert series["score"] == [(0.0, 0.71), (1.0, 0.74)]
    assert series["Best score"] == [(0.0, 0.71), (1.0, 0.74)]


def test_steps_that_start_again_keep_their_numbers():
    text = "".join(f"Finished round {r} with reward {v}\n" for r, v in ((0, 1.5), (1, 2.5), (0, 1.0), (1, 3.0)))
    assert read(text)["reward"] == [(0.0, 1.5), (1.0, 2.5), (0.0, 1.0), (1.0, 3.0)]


def test_a_spaced_log_lead_gives_the_record_its_own_step():
    lead = " [ 2031-05-06 11:22:33,044 ] "
    text = "".join(f"{lead}Finished generation {g} with fitness 0.{g}5\n" for g in (0, 1, 2, 0))
    assert read(text)["fitness"] == [(0.0, 0.05), (1.0, 0.15), (2.0, 0.25), (0.0, 0.05)]


def test_a_sentence_of_prose_gives_nothing():
    text = ("Finished epoch 2 with the number of errors 4\n"
            "Finished epoch 3 with the number of errors 2\n")
    assert read(text) == {}
