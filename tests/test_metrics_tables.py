"""Tables in output (issue 11, item 1): each row one step, whatever draws the table.

The rich and tabulate tables are drawn by the real libraries (both are expctl dependencies);
the fastai, scikit-learn, spaCy and Stable-Baselines3 tables are written in those libraries'
exact layouts (the corpus holds real captures of several of them).
"""

from __future__ import annotations

import io

import pytest
from rich import box
from rich.console import Console
from rich.live import Live
from rich.table import Table
from tabulate import tabulate

from expctl.metrics import LineSplitter, MetricParser

ROWS = [[1, 0.6931, 0.6052, "54 %", "0.93s"], [2, 0.5123, 0.4981, "61 %", "0.91s"]]
HEADERS = ["epoch", "Train Loss", "val_loss", "acc", "time"]
# epoch is the step; time is no metric; "54 %" is 54; "Train Loss" keeps its space.
EXPECTED = {"Train Loss": [(1.0, 0.6931), (2.0, 0.5123)], "val_loss": [(1.0, 0.6052), (2.0, 0.4981)],
            "acc": [(1.0, 54.0), (2.0, 61.0)]}


def read(data: bytes | str, chunk: int = 4096) -> dict:
    """What the recorder stores for `data`: splitter, parser, in `chunk`-byte reads, finished."""
    if isinstance(data, str):
        data = data.encode()
    parser, out = MetricParser(), {}
    splitter = LineSplitter(frame_key=parser.frame_key)
    for start in range(0, len(data), chunk):
        parser.parse_text(splitter.feed_text(data[start:start + chunk]), 0.0, out)
    parser.parse_text(splitter.flush_text(), 0.0, out)
    parser.finish(0.0, out)
    return {name: list(zip(s.steps, s.values)) for name, s in out.items()}


@pytest.mark.parametrize("style", [
    "plain", "simple", "github", "grid", "simple_grid", "rounded_grid", "heavy_grid", "double_grid",
    "fancy_grid", "outline", "rounded_outline", "pipe", "psql", "orgtbl", "rst", "presto",
])
def test_tabulate_styles(style):
    assert read(tabulate(ROWS, headers=HEADERS, tablefmt=style) + "\n") == EXPECTED


@pytest.mark.parametrize("style", ["ASCII", "ROUNDED", "HEAVY", "HEAVY_HEAD", "DOUBLE", "SQUARE",
                                   "MARKDOWN", "SIMPLE", "MINIMAL"])
@pytest.mark.parametrize("terminal", [True, False], ids=["colours", "pipe"])
def test_rich_tables(style, terminal):
    sink = io.StringIO()
    table = Table(*HEADERS, box=getattr(box, style), title="Training")
    for row in ROWS:
        table.add_row(*map(str, row))
    Console(file=sink, width=100, force_terminal=terminal).print(table)
    assert read(sink.getvalue()) == EXPECTED


@pytest.mark.parametrize("chunk", [4096, 7])
def test_rich_live_table_redrawn_in_place_gives_each_row_once(chunk):
    sink = io.StringIO()
    table = Table("epoch", "loss", "acc")
    with Live(table, console=Console(file=sink, width=80, force_terminal=True),
              auto_refresh=False) as live:
        for epoch in range(1, 5):
            table.add_row(str(epoch), f"{1 / epoch:.4f}", f"{0.5 + epoch / 10:.3f}")
            live.refresh()
            live.refresh()  # an unchanged frame drawn again
    found = read(sink.getvalue(), chunk)
    assert found == {"loss": [(1.0, 1.0), (2.0, 0.5), (3.0, 0.3333), (4.0, 0.25)],
                     "acc": [(1.0, 0.6), (2.0, 0.7), (3.0, 0.8), (4.0, 0.9)]}


def test_a_table_printed_again_whole_after_each_epoch_gives_each_row_once():
    text = "".join(tabulate(ROWS[:n], headers=HEADERS, tablefmt="github") + "\n"
                   for n in (1, 2))
    assert read(text) == EXPECTED


FASTAI = (
    "epoch     train_loss  valid_loss  accuracy  time    \n"
    "0         0.693147    0.605200    0.500000  00:01     \n"
    "1         0.512300    0.498100    0.625000  00:01     \n"
)


@pytest.mark.parametrize("chunk", [4096, 1, 30])
def test_fastai_table_rows_arriving_one_at_a_time(chunk):
    assert read(FASTAI, chunk) == {
        "train_loss": [(0.0, 0.693147), (1.0, 0.5123)], "valid_loss": [(0.0, 0.6052), (1.0, 0.4981)],
        "accuracy": [(0.0, 0.5), (1.0, 0.625)]}


def test_fastai_rows_redrawn_with_carriage_returns():
    head, first, second = FASTAI.splitlines(keepends=True)
    text = head + first.rstrip("\n") + "\r" + first + second
    assert read(text)["train_loss"] == [(0.0, 0.693147), (1.0, 0.5123)]


def test_sklearn_gradient_boosting_verbose():
    text = ("      Iter       Train Loss      OOB Improve   Remaining Time \n"
            "         1           1.2136           0.0426            2.38s\n"
            "         2           1.1432           0.0380            1.90s\n")
    assert read(text) == {"Train Loss": [(1.0, 1.2136), (2.0, 1.1432)],
                          "OOB Improve": [(1.0, 0.0426), (2.0, 0.038)]}


def test_spacy_train_table_steps_by_its_finest_counter():
    text = ("\u2139 Initial learn rate: 0.001\n"
            "E    #       LOSS TOK2VEC  LOSS NER  ENTS_F  ENTS_P  ENTS_R  SCORE \n"
            "---  ------  ------------  --------  ------  ------  ------  ------\n"
            "  0       0          0.00     49.00    0.00    0.00    0.00    0.00\n"
            " 20     200         31.25   2133.97   55.31   57.94   52.91    0.55\n"
            "\u2714 Saved pipeline to output directory\n")
    found = read(text)
    assert found["LOSS NER"] == [(0.0, 49.0), (200.0, 2133.97)]
    assert set(found) == {"LOSS TOK2VEC", "LOSS NER", "ENTS_F", "ENTS_P", "ENTS_R", "SCORE"}


SB3 = """Using cpu device
------------------------------
| rollout/           |       |
|    ep_len_mean     | 22.5  |
|    ep_rew_mean     | 22.5  |
| time/              |       |
|    fps             | 1490  |
|    iterations      | 1     |
|    time_elapsed    | 1     |
|    total_timesteps | 2048  |
------------------------------
-----------------------------------------
| rollout/                |             |
|    ep_len_mean          | 28.1        |
|    ep_rew_mean          | 28.1        |
| time/                   |             |
|    fps                  | 1012        |
|    iterations           | 2           |
|    time_elapsed         | 4           |
|    total_timesteps      | 4096        |
| train/                  |             |
|    approx_kl            | 0.008766    |
|    learning_rate        | 0.0003      |
|    loss                 | 6.27        |
|    n_updates            | 10          |
-----------------------------------------
"""


@pytest.mark.parametrize("chunk", [4096, 50, 1])
def test_stable_baselines3_blocks_are_one_step_each(chunk):
    assert read(SB3, chunk) == {
        "rollout/ep_len_mean": [(2048.0, 22.5), (4096.0, 28.1)],
        "rollout/ep_rew_mean": [(2048.0, 22.5), (4096.0, 28.1)],
        "train/approx_kl": [(4096.0, 0.008766)], "train/learning_rate": [(4096.0, 0.0003)],
        "train/loss": [(4096.0, 6.27)]}


def test_the_last_block_is_kept_when_the_output_ends_inside_it():
    cut = SB3[:SB3.rindex("-----------------------------------------\n")]
    assert read(cut)["train/loss"] == [(4096.0, 6.27)]


@pytest.mark.parametrize("text", [
    # a model summary: names and text, no row of numbers
    "┃ Name ┃ Type       ┃ Params ┃\n│ net  │ Sequential │     74 │\n",
    # an nvidia-smi-like table
    "| GPU  Name        Persistence-M| Bus-Id        Disp.A |\n"
    "|   0  Tesla T4            Off  | 00000000:00:04.0 Off |\n",
    # numbers under prose, not a header
    "Results for the run\n1 2 3\n",
    "pip list\nPackage    Version\nnumpy      1.26.0\n",
])
def test_tables_without_rows_of_numbers_give_nothing(text):
    assert read(text) == {}


@pytest.mark.parametrize("style", ["github", "psql", "rounded_outline"])
def test_a_table_of_settings_is_config_and_a_table_of_results_is_metrics(style):
    settings = tabulate([["lr", 0.01], ["optimizer", "adam"], ["batch_size", 32]],
                        headers=["Hyperparameter", "Value"], tablefmt=style)
    results = tabulate([["accuracy", 0.93], ["f1", 0.88]], headers=["Metric", "Value"],
                       tablefmt=style)
    parser, out = MetricParser(), {}
    parser.parse_text(settings + "\n\n" + results + "\n", 0.0, out)
    parser.finish(0.0, out)
    assert parser.params == [("lr", "0.01"), ("optimizer", "adam"), ("batch_size", "32")]
    assert {name: list(s.values) for name, s in out.items()} == {"accuracy": [0.93], "f1": [0.88]}


def test_a_column_whose_name_is_cut_short_gives_no_metric():
    text = "|  step  |  cost  | learni... |\n|   1    |  0.5   |   0.25    |\n"
    assert read(text) == {"cost": [(1.0, 0.5)]}
    whole = "|  step  |  cost  | learning |\n|   1    |  0.5   |   0.25    |\n"
    assert read(whole) == {"cost": [(1.0, 0.5)], "learning": [(1.0, 0.25)]}


def test_the_probed_settings_beside_a_searchs_objective_are_no_metrics():
    text = "| round | objective | depth | rate |\n|   1   |   0.75    |  3.5  | 0.25 |\n"
    assert read(text) == {"objective": [(1.0, 0.75)]}
    results = "| round | objective | width | hit_score |\n|   1   |   0.75    |  3.5  |   0.25    |\n"
    assert read(results) == {"objective": [(1.0, 0.75)], "width": [(1.0, 3.5)],
                             "hit_score": [(1.0, 0.25)]}
