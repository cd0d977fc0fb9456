"""Reports a program prints about itself, read by their structure (issue 11, items 2-3): a block
under a heading naming the environment (ENVIRONMENT_BLOCK), settings beside results
(SETTINGS_ASIDE, HELD_AGAIN), a structure listed whole (MEMBER_REPR), COMMA_FIELD's names. Written in the shape such reports
take, with names and numbers of our own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expctl.metrics import printed_config
from expctl.metrics.context import ListContext
from expctl.metrics.line_kinds import EnvironmentBlocks, under_environment
from tests.test_metrics_output_rules import read


def test_an_environment_report_gives_no_metric():
    text = ("Machine environment:\n"
            "    os.name: posix\n"
            "    Accelerator count: 3\n"
            "    toolkit: 12.4\n"
            "  - BLAS 2023 (a.k.a. BLAS 3.1)\n"
            "\n"
            "    compiler: 9.1\n"
            "Software versions:\n"
            "    numpy: 1.26\n"
            "epoch 1 loss 0.5\n"
            "epoch 2 loss 0.25\n")
    assert read(text)[0] == {"epoch": [(1.0, 1.0), (2.0, 2.0)], "loss": [(1.0, 0.5), (2.0, 0.25)]}


def test_indented_pairs_under_another_heading_stay_metrics():
    text = ("epoch 1 loss 0.5\n"
            "Validation:\n"
            "    auc: 0.75\n"
            "    bias: 0.125\n")
    assert read(text)[0] == {"epoch": [(1.0, 1.0)], "loss": [(1.0, 0.5)],
                             "val/auc": [(1.0, 0.75)], "val/bias": [(1.0, 0.125)]}


def test_an_environment_heading_reaches_no_further_than_a_flush_left_line():
    text = ("Runtime environment:\n"
            "    workers: 2\n"
            "\n"
            "epoch 1 loss 0.5\n"
            "    score: 0.875\n")
    assert read(text)[0]["score"] == [(1.0, 0.875)]


_KINDS = ["Machine environment:", "Results:", "Setting up the run ...", "epoch 1 loss 0.5",
          "", "    ", "    auc: 0.75", "    0.5  0.25", "  gpu: 2"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_KINDS), max_size=160), st.lists(st.booleans(), max_size=160),
       st.integers(0, 3))
def test_a_block_of_indented_lines_is_judged_as_line_by_line(kinds, asked, blocks):
    """EnvironmentBlocks carries the heading from one indented line to the next, up to the
    look-back's end (64 lines), as `under_environment` finds it line by line; lines not asked
    about, and a block read again, break the carry."""
    context = ListContext(kinds)
    tracker = EnvironmentBlocks()
    for _ in range(blocks + 1):
        for index, line in enumerate(kinds):
            if asked[index] if index < len(asked) else True:
                def before(count, index=index, context=context):
                    return context.before(index, count)
                assert tracker.under(line, before, (context, index)) == under_environment(line, before)
        context = ListContext(kinds)


def test_the_carried_heading_reaches_as_far_as_the_look_back():
    kinds = ["Machine environment:"] + ["    auc: 0.75"] * 70
    context, tracker = ListContext(kinds), EnvironmentBlocks()
    verdicts = [tracker.under(line, lambda count, i=i: context.before(i, count), (context, i))
                for i, line in enumerate(kinds)]
    assert verdicts == [False] + [True] * 64 + [False] * 6


def test_printed_settings_in_an_aside_closing_a_line_of_results_are_no_metrics():
    text = ("config: {'depth': 4, 'rate': 0.125}\n"
            "trial 1 score=0.5 err=0.25\n"
            "best: score=0.75 err=0.125 (depth=4, rate=0.125)\n")
    points, params = read(text)
    assert points == {"score": [(0.0, 0.5), (1.0, 0.75)], "err": [(0.0, 0.25), (1.0, 0.125)]}
    assert ("depth", "4") in params


def test_an_aside_of_names_no_config_printed_stays_pairs():
    # BLEU's aside measures the hypothesis: its names were never printed as settings.
    points = read("BLEU = 21.5 (BP = 0.875 ratio = 0.9 hyp_len = 1376)\n")[0]
    assert points["BP"] == [(0.0, 0.875)] and points["ratio"] == [(0.0, 0.9)]


def test_of_settings_held_before_training_a_key_printed_again_alone_is_a_setting_too():
    # "width" comes again as a column of the table; "depth" and "rate" never do: the line is
    # settings, its width the start value (SETTINGS_AGAIN), the column's series its own.
    text = ("depth: 4 - rate: 0.75 - width: 0.5\n"
            "\n"
            "   iter      cost     width\n"
            "      1    12.500      0.50\n"
            "      2     8.250      0.25\n")
    points, params = read(text)
    assert dict(params) == {"depth": "4", "rate": "0.75", "width": "0.5"}
    assert points["cost"] == [(1.0, 12.5), (2.0, 8.25)] and "depth" not in points
    assert points["width"] == [(1.0, 0.5), (2.0, 0.25)]


def test_a_glued_pairs_words_go_back_to_a_tags_colon():
    points = read("fit: median abs-error=0.25 R2=0.5\nmodel b: the best=0.75\n")[0]
    assert points == {"median abs-error": [(0.0, 0.25)], "R2": [(0.0, 0.5)], "best": [(0.0, 0.75)]}


def test_a_glued_pairs_words_go_back_to_a_sentence_closing_a_number():
    line = "run:  40%|####    | 4/10 [00:01<00:02, 2 moves of span 1.25e-01. mean gain=0.75]\n"
    assert read(line)[0] == {"mean gain": [(0.0, 0.75)]}


def test_members_of_a_structure_listed_whole_are_no_metrics():
    text = ("gen 1 score 0.5\n"
            "Champion:\n"
            "Cells:\n"
            "\t3 CellState(key=3, gain=-1.25, mode=relu, open=True)\n"
            "\t17 CellState(key=17, gain=0.75, mode=tanh, open=False)\n"
            "Links:\n"
            "\tLink(ends=(1, 3), width=2.5, live=True)\n"
            "gen 2 score 0.75\n")
    points, params = read(text)
    assert points == {"gen": [(1.0, 1.0), (2.0, 2.0)], "score": [(1.0, 0.5), (2.0, 0.75)]}
    assert params == []


@pytest.mark.parametrize(("line", "member"), [
    ("\t3 CellState(key=3, gain=-1.25, mode=relu)", True),
    ("    Link(ends=(1, 3), width=2.5)", True),
    ("  Stats(gain=0.5, spread=0.75)", False),  # numbers only: a record, read as before
    ("  Eval(acc=0.5, split=dev)", False),  # a result: it reports
    ("CellState(key=3, mode=relu)", False),  # flush left: CALL_ARGS's (config)
])
def test_which_reprs_are_members_of_a_structure(line, member):
    assert printed_config.is_member_repr(line) is member


def test_a_count_of_steps_after_a_name_gives_its_step():
    text = ("[fit] divergence after 100 iterations with warm start: 12.5\n"
            "[fit] divergence after 200 iterations: 3.25\n")
    assert read(text)[0] == {"divergence": [(100.0, 12.5), (200.0, 3.25)]}
