"""Rules written from the structure of the tenth half's output (issue 11: a progress count
before a comma, glued ``key:value`` runs, a list of (name, value) pairs, a label before values
with their units), each checked on invented lines: one that the rule reads, and a look-alike it
must leave alone."""

from __future__ import annotations

from expctl.metrics.glued import unglue
from tests.metric_reading import read_with_params


def read(data: str, chunk: int = 4096) -> tuple[dict[str, list[tuple[float, float]]], list]:
    """(name -> [(step, value)], config entries) as the recorder reads `data` on one stream."""
    return read_with_params(data, chunk)


# -- COUNT_STEP: a progress count before a comma is the step, never a value ----------------------


def test_a_progress_count_before_a_comma_gives_the_step_only():
    text = "Round 1/30, score=0.52, took=1.5s\nRound 2/30, score=0.61, took=1.4s\n"
    assert read(text)[0] == {"score": [(1.0, 0.52), (2.0, 0.61)]}


def test_a_step_word_and_number_before_a_comma_stays_a_point():
    # The look-alike: no total, the counter is printed as a value of its own (Iteration = 3).
    assert read("Iteration 3, inertia = 41.5\n")[0] == {"Iteration": [(3.0, 3.0)],
                                                        "inertia": [(3.0, 41.5)]}


# -- GLUED_RUN: key:value tokens side by side are the line's fields --------------------------------


def test_a_run_of_glued_tokens_is_read_as_pairs_with_its_step_key():
    text = ("trainer:run dir:/var/out/x iter:10 score:0.41 gap:7.5e-3\n"
            "trainer:run dir:/var/out/x iter:20 score:0.47 gap:6.1e-3\n")
    metrics = read(text)[0]
    assert metrics["score"] == [(10.0, 0.41), (20.0, 0.47)]
    assert metrics["gap"] == [(10.0, 0.0075), (20.0, 0.0061)]
    assert not any("dir" in name or "trainer" in name for name in metrics)


def test_one_glued_token_a_location_or_a_time_stays_a_look_alike():
    text = ("connected to db:5432 after retry\n"
            "  File train.py:48 in step\n"
            "started at 12:30:45 on node-3\n"
            "loss:0.5\n")
    assert read(text)[0] == {}


def test_a_glued_run_describing_a_quoted_thing_gives_nothing():
    # A listing of the input's columns with their statistics: no training output.
    text = '  4: "height" NUMERIC avg:171.2 lo:150 hi:199 kind:FLOAT\n'
    assert read(text)[0] == {}


def test_words_before_a_glued_name_make_no_run():
    line = "ALPHA score:0.91, area under pr:0.62"
    assert unglue(line) == line  # no run of tokens; the whole line of fields is GLUED_FIELDS'
    assert read(line + "\n")[0] == {"ALPHA score": [(0.0, 0.91)], "area under pr": [(0.0, 0.62)]}


def test_a_logger_prefix_does_not_hide_the_phase_label():
    text = ("WARNING:x\nINFO:app.loop:validation round 1 acc:0.81 size:50\n"
            "INFO:app.loop:validation round 2 acc:0.84 size:50\n")
    assert read(text)[0]["val/acc"] == [(1.0, 0.81), (2.0, 0.84)]


# -- ITEM_LIST: a list of (name, value) tuples is a record -----------------------------------------


def test_a_list_of_items_is_read_as_a_record():
    text = ("INFO:app:stats:[('q_mean', np.float32(1.25)), ('td_err', nan)]\n"
            "INFO:app:stats:[('q_mean', np.float32(1.5)), ('td_err', np.float64(0.375))]\n")
    metrics = read(text)[0]
    assert [v for _, v in metrics["q_mean"]] == [1.25, 1.5]
    values = [v for _, v in metrics["td_err"]]
    assert values[0] != values[0] and values[1] == 0.375  # nan, then the number
    assert not any("stats" in name for name in metrics)


def test_a_ranked_answer_and_other_lists_are_no_record():
    text = ("nearest to cat: [('dog', 0.93), ('fox', 0.88)]\n"
            "shape: [(3, 4), (5, 6)]\n"
            "triples: [('a', 1, 2), ('b', 3, 4)]\n")
    assert read(text)[0] == {}


# -- HEADING_SETTING: settings in parentheses after a marked heading's title -----------------------


def test_settings_after_a_marked_heading_are_params_and_open_the_section():
    text = ("3 prompts loaded\n"
            "***** model: small (temperature=0.7)\n"
            "rouge=41.5%\n"
            "***** model: large (temperature=0.2)\n"
            "rouge=47.25%\n")
    metrics, params = read(text)
    assert metrics == {"rouge": [(0.0, 41.5), (1.0, 47.25)]}
    assert ("temperature", "0.7") in params


def test_a_decorated_step_header_keeps_its_pairs():
    assert read("=== Round 2 (lr=0.05) ===\nscore=0.71\n")[0] == {
        "lr": [(2.0, 0.05)], "score": [(2.0, 0.71)]}


# -- COUNTED_LABEL: a label holding a count, closed by a colon --------------------------------------


def test_a_label_with_a_count_before_a_colon_is_no_pair():
    assert read("summary over 12 seeds: mean 3.25, worst 4.50\n")[0] == {
        "mean": [(0.0, 3.25)], "worst": [(0.0, 4.5)]}


def test_a_step_label_before_a_colon_still_gives_the_step():
    assert read("best epoch 7: val loss 0.41, val acc 0.88\n")[0] == {
        "val loss": [(7.0, 0.41)], "val acc": [(7.0, 0.88)]}


# -- RATE_FIELDS: a benchmark's case, its values with rate units ------------------------------------


def test_a_benchmark_line_of_rated_values_gives_label_and_unit_names():
    text = ("Parse/small-4      \t   52210\t     22871 ns/op\t    2048 B/op\t      17 allocs/op\n"
            "encode fast x 1,204,551 ops/sec ±2.31% (41 runs sampled)\n")
    metrics = read(text)[0]
    assert metrics == {"Parse/small-4/ns/op": [(0.0, 22871.0)],
                       "Parse/small-4/B/op": [(0.0, 2048.0)],
                       "Parse/small-4/allocs/op": [(0.0, 17.0)],
                       "encode fast/ops/sec": [(0.0, 1204551.0)]}


def test_rated_values_without_an_operation_or_after_a_step_word_are_no_benchmark():
    text = ("epoch 3      0.82 s/it\n"
            "copy    12  0.75 MB/s\n"
            "2026-01-01 12:00:01  5 ops/sec\n")
    assert read(text)[0] == {}
