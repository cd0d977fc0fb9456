"""Rules written from the structure of the twelfth half's output (a plural step word's count,
benchmark tables), each checked on invented lines: one that the rule reads, and a look-alike
it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(data: str, chunk: int = 4096) -> tuple[dict[str, list[tuple[float, float]]], list]:
    """(name -> [(step, value)], config entries) as the recorder reads `data` on one stream."""
    return read_with_params(data, chunk)


# -- PLURAL_STEP: "iterations 100 error 0.26": the steps done so far give the line's step ------


def test_a_plural_step_word_opening_a_line_of_results_gives_the_step():
    text = ("iterations 50 error 0.31 rate 0.2\n"
            "iterations 100 error 0.27 rate 0.2\n"
            "episodes 40 reward 12.5\n")
    metrics = read(text)[0]
    assert metrics["error"] == [(50.0, 0.31), (100.0, 0.27)]
    assert metrics["rate"] == [(50.0, 0.2), (100.0, 0.2)]
    assert metrics["reward"] == [(40.0, 12.5)]
    assert "iterations" not in metrics and "episodes" not in metrics


def test_a_plural_count_alone_beside_settings_or_closing_prose_steps_nothing():
    # The look-alikes: a count said in a summary, a count among settings, one in a sentence.
    metrics, params = read("Summary\niterations: 3\nloss: 0.3\n")
    assert metrics == {"loss": [(0.0, 0.3)]}
    assert ("iterations", "3") in params
    metrics = read("steps 100 lr 0.1 momentum 0.9\nsteps 200 lr 0.1 momentum 0.9\n")[0]
    assert metrics["lr"] == [(0.0, 0.1), (1.0, 0.1)]
    assert read("converged after 24 iterations\nloss: 0.3\n")[0] == {"loss": [(0.0, 0.3)]}


def test_a_step_prefix_outranks_a_plural_count_after_it():
    # "Epoch: 3/8 Train steps: 6 ...": the epoch is the step, the steps a count within it.
    text = "Epoch: 3/8 steps: 6 loss: 0.41 acc: 0.7\nEpoch: 4/8 steps: 6 loss: 0.38 acc: 0.8\n"
    metrics = read(text)[0]
    assert metrics["loss"] == [(3.0, 0.41), (4.0, 0.38)]


# -- CASE_TABLE: a quantity named before its statistic, quoted cells with their spread -------

_BOX_TOP = "┌─────────┬─────────────┬──────────────────┬───────────────────┬─────────┐\n"
_BOX_RULE = "├─────────┼─────────────┼──────────────────┼───────────────────┼─────────┤\n"
_BOX_END = "└─────────┴─────────────┴──────────────────┴───────────────────┴─────────┘\n"


def _box(header: str, *rows: str) -> str:
    return _BOX_TOP + header + "\n" + _BOX_RULE + "".join(row + "\n" for row in rows) + _BOX_END


def test_quoted_cells_under_quantities_with_their_statistic_are_case_statistics():
    text = _box("│ (index) │ Task name   │ Time avg (us)    │ Rate med (ops/s)  │ Samples │",
                "│ 0       │ 'parse csv' │ '412.5 ± 3.10%'  │ '2431 ± 12'       │ 900     │",
                "│ 1       │ 'dump json' │ '98.25 ± 1.20%'  │ '10180 ± 40'      │ 3100    │")
    metrics = read(text)[0]
    assert metrics == {"parse csv/Time avg (us)": [(0.0, 412.5)],
                       "parse csv/Rate med (ops/s)": [(0.0, 2431.0)],
                       "dump json/Time avg (us)": [(0.0, 98.25)],
                       "dump json/Rate med (ops/s)": [(0.0, 10180.0)]}


def test_columns_naming_quantities_alone_make_no_case_table():
    # The look-alike: the last word of each column is no statistic ("top1 accuracy", "eval
    # loss"): its rows are instances of one kind, no cases measured and summarised.
    text = _box("│ (index) │ model       │ top1 accuracy    │ eval loss         │ Samples │",
                "│ 0       │ 'small'     │ '0.81 ± 0.01'    │ '0.52 ± 0.02'     │ 900     │",
                "│ 1       │ 'large'     │ '0.88 ± 0.01'    │ '0.41 ± 0.02'     │ 900     │")
    assert not any(name.endswith(("/top1 accuracy", "/eval loss")) for name in read(text)[0])


# -- STATS_HEADING: "sort latency (ms):" over a braced block of statistics names them ------


def test_statistics_in_braces_under_a_heading_take_its_quantity():
    text = ("step 1 loss: 0.5\n"
            "parse json latency (ms):\n{\n  mean: 0.25,\n  spread: 0.01,\n  p90: 0.31,\n  runs: 40\n}\n"
            "query cost:\n{\n  min: 12,\n  max: 40,\n  sd: 3.5\n}\n")
    metrics = read(text)[0]
    assert metrics["latency/mean"] == [(1.0, 0.25)]
    assert metrics["latency/spread"] == [(1.0, 0.01)]  # a unit: every value is the latency
    assert metrics["latency/p90"] == [(1.0, 0.31)]
    assert metrics["cost/max"] == [(1.0, 40.0)] and metrics["cost/sd"] == [(1.0, 3.5)]
    assert not {"mean", "spread", "p90", "max", "sd"} & set(metrics)


def test_settings_in_braces_or_braces_under_no_heading_stay_bare():
    # The look-alikes: a heading over keys that are no statistics, and statistics with no
    # heading above their brace.
    text = ("step 1 loss: 0.5\n"
            "options:\n{\n  lr: 0.1,\n  decay: 0.9,\n  mean: 0.3\n}\n"
            "printing\n\n{\n  mean: 0.2,\n  max: 0.9,\n  sd: 0.1\n}\n")
    names = set(read(text)[0])
    assert {"lr", "decay", "mean", "max", "sd"} <= names
    assert not any(name.startswith(("options/", "printing/")) for name in names)
