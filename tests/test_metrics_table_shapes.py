"""Table shapes read by their structure (issue 11, item 1): stacked headers, boxed key/value
blocks, labelled rows of quantities, aligned rows of bracketed counts and running averages,
a progress bar in a column.
Each layout is written as the library prints it, with names and numbers of our own: the rules
must hold for any table of that shape."""

from __future__ import annotations

import io

import pytest
from rich import box
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from tabulate import tabulate

from tests.test_metrics_output_rules import read as read_params
from tests.test_metrics_tables import read


def test_stacked_header_names_each_column_by_its_two_words():
    text = ("mean     since        sample    current\n"
            "reward   last         counter     value\n"
            "0.50     0.50               1    0.1000\n"
            "0.75     1.00               2    0.2000\n"
            "0.70     0.65               4    0.3000\n")
    assert read(text) == {
        "mean reward": [(1.0, 0.5), (2.0, 0.75), (4.0, 0.7)],
        "since last": [(1.0, 0.5), (2.0, 1.0), (4.0, 0.65)],
        "current value": [(1.0, 0.1), (2.0, 0.2), (4.0, 0.3)]}


def test_stacked_header_with_names_one_space_apart():
    # The last two columns' words stand one space apart: the rows are placed by position.
    text = ("mean     since   sample  current current\n"
            "loss     last   counter    label predict\n"
            "1.250000 1.250000     1   0.5000  0.2500\n"
            "1.000000 0.750000     2   0.7500  0.5000\n")
    assert read(text) == {
        "mean loss": [(1.0, 1.25), (2.0, 1.0)], "since last": [(1.0, 1.25), (2.0, 0.75)],
        "current label": [(1.0, 0.5), (2.0, 0.75)], "current predict": [(1.0, 0.25), (2.0, 0.5)]}


def test_a_title_over_a_header_is_no_stack():
    text = ("Training summary\n"
            "epoch    loss     acc\n"
            "1        0.50    0.80\n")
    assert read(text) == {"loss": [(1.0, 0.5)], "acc": [(1.0, 0.8)]}


def _box(title: str, rows: list[tuple[str, str]], width: int = 40) -> str:
    """A box drawn as Ray Tune and Rich draw one: a title row, a rule, ``name  value`` rows."""
    inner = width - 4
    lines = ["╭" + "─" * (width - 2) + "╮", f"│ {title:<{inner}} │", "├" + "─" * (width - 2) + "┤"]
    lines += [f"│ {name}{value:>{inner - len(name)}} │" for name, value in rows]
    return "\n".join(lines + ["╰" + "─" * (width - 2) + "╯"]) + "\n"


def test_boxed_pairs_are_one_record_a_box_at_its_own_step():
    text = ""
    for step, loss in ((1, "0.91"), (2, "0.62")):
        text += f"Run r7 reported at step {step}\n"
        text += _box("Run r7 result", [("checkpoint", ""), ("elapsed_s", "1.25"),
                                       ("training_iteration", str(step)), ("mean_loss", loss),
                                       ("top1", "0.5")])
    assert read(text) == {"mean_loss": [(1.0, 0.91), (2.0, 0.62)], "top1": [(1.0, 0.5), (2.0, 0.5)]}


def test_a_box_titled_as_settings_gives_params():
    text = _box("Run r7 config", [("momentum", "0.9"), ("warmup", "50")])
    text += _box("Run r7 result", [("iter", "1"), ("score", "0.25")])
    found, params = read_params(text)
    assert found == {"score": [(1.0, 0.25)]}
    assert params == [("momentum", "0.9"), ("warmup", "50")]


def test_a_box_without_a_title_holds_no_record():
    text = "╭" + "─" * 30 + "╮\n│ loss                    0.25 │\n╰" + "─" * 30 + "╯\n"
    assert read(text) == {}


def test_a_blank_lead_in_a_barred_header_labels_the_rows():
    # torch.utils.benchmark's Compare layout: the label before the first bar, groups of rows
    # under titled rules, a footer giving the unit.
    text = ("[------------- decode -------------]\n"
            "              |   greedy   |   beam\n"
            "1 threads: ------------------------\n"
            "      T=16    |    21.5    |   48.0\n"
            "      T=64    |    80.25   |  190.5\n"
            "2 threads: ------------------------\n"
            "      T=16    |    12.0    |   26.5\n"
            "\n"
            "Times are in milliseconds (ms).\n")
    found = read(text)
    assert found["T=16/greedy"] == [(0.0, 21.5), (1.0, 12.0)]
    assert found["T=64/beam"] == [(0.0, 190.5)]
    assert "T" not in found and len(found) == 4


def test_a_row_before_the_first_bar_of_a_named_header_is_no_lead_label():
    text = ("   epoch |  loss\n"
            " lr=0.1  |  0.5\n")
    assert "lr=0.1/loss" not in read(text)


def test_a_pandas_index_named_for_quantities_gives_label_by_column():
    # A DataFrame with a columns name ("Split") over an index named "Metric".
    text = ("Split            train     valid\n"
            "Metric                           \n"
            "mean_rank     2.500000  3.250000\n"
            "top_k_hits    0.812500  0.750000\n")
    # PHASE_NAMED_COLUMNS: columns named by phases lead the names, as GROUPED_PAIRS' keys do
    assert read(text) == {"train/mean_rank": [(0.0, 2.5)], "val/mean_rank": [(0.0, 3.25)],
                          "train/top_k_hits": [(0.0, 0.8125)], "val/top_k_hits": [(0.0, 0.75)]}


def test_a_pandas_index_named_for_instances_names_each_row():
    text = ("              rmse      mae\n"
            "model                      \n"
            "ridge     0.410000  0.32000\n"
            "lasso     0.450000  0.35000\n")
    assert read(text) == {"ridge/rmse": [(0.0, 0.41)], "ridge/mae": [(0.0, 0.32)],
                          "lasso/rmse": [(0.0, 0.45)], "lasso/mae": [(0.0, 0.35)]}


def test_an_id_column_labels_entities_at_the_carried_step():
    text = ""
    for gen, rows in ((4, ["     1    4    30     0.812    0.406     0"]),
                      (5, ["     1    5    22     0.850    0.425     1",
                           "     3    0     8        --       --     0"]),
                      (6, ["     3    1    12     0.700    0.350     0"])):
        text += f"\n ****** Running generation {gen} ****** \n\n"
        text += "   ID   age  size   fitness   adj fit  stag\n  ====  ===  ====  =========  =======  ====\n"
        text += "\n".join(rows) + "\n"
    assert read(text) == {"1/fitness": [(4.0, 0.812), (5.0, 0.85)],
                          "1/adj fit": [(4.0, 0.406), (5.0, 0.425)],
                          "3/fitness": [(6.0, 0.7)], "3/adj fit": [(6.0, 0.35)]}


@pytest.mark.parametrize("style", ["ROUNDED", "ASCII", "MARKDOWN", "HEAVY_HEAD", "SIMPLE"])
def test_a_rich_table_with_a_blank_first_header_labels_its_rows(style):
    table = Table("", "mae", "r2", box=getattr(box, style))
    table.add_row("ridge", "0.32", "0.71")
    table.add_row("lasso", "0.35", "0.66")
    sink = io.StringIO()
    Console(file=sink, width=80).print(table)
    assert read(sink.getvalue()) == {"ridge/mae": [(0.0, 0.32)], "ridge/r2": [(0.0, 0.71)],
                                     "lasso/mae": [(0.0, 0.35)], "lasso/r2": [(0.0, 0.66)]}


@pytest.mark.parametrize("fmt", ["github", "grid", "psql", "pipe", "simple"])
def test_tabulate_row_labels_under_a_blank_header_cell(fmt):
    text = tabulate([["train", 0.25, 0.91], ["test", 0.31, 0.88]], headers=["loss", "acc"],
                    tablefmt=fmt) + "\n"
    assert read(text) == {"train/loss": [(0.0, 0.25)], "train/acc": [(0.0, 0.91)],
                          "test/loss": [(0.0, 0.31)], "test/acc": [(0.0, 0.88)]}


def test_a_row_index_before_a_step_column_gives_nothing():
    text = tabulate([[1, 0.5, 0.8], [2, 0.4, 0.85]], headers=["epoch", "loss", "acc"],
                    showindex=True) + "\n"
    assert read(text) == {"loss": [(1.0, 0.5), (2.0, 0.4)], "acc": [(1.0, 0.8), (2.0, 0.85)]}


@pytest.mark.parametrize("style", ["HEAVY_HEAD", "ASCII", "SIMPLE", "ROUNDED", "MARKDOWN",
                                   "MINIMAL", "MINIMAL_HEAVY_HEAD"])
def test_a_rich_header_wrapped_in_a_narrow_terminal_joins_its_lines(style):
    table = Table("epoch", "Train Loss", "Validation Perplexity", box=getattr(box, style))
    table.add_row("1", "0.5123", "12.25")
    table.add_row("2", "0.4123", "10.5")
    sink = io.StringIO()
    Console(file=sink, width=34).print(table)
    # "Validation" is cut to fit ("Validat…"): a cut name names no series.
    assert read(sink.getvalue()) == {"Train Loss": [(1.0, 0.5123), (2.0, 0.4123)]}


@pytest.mark.parametrize("fmt", ["grid", "simple", "psql", "fancy_grid", "rst"])
def test_tabulate_names_printed_over_two_lines(fmt):
    text = tabulate([[1, 0.5, 0.8], [2, 0.4, 0.9]], headers=["epoch", "train\nloss", "val\nacc"],
                    tablefmt=fmt) + "\n"
    assert read(text) == {"train loss": [(1.0, 0.5), (2.0, 0.4)], "val acc": [(1.0, 0.8), (2.0, 0.9)]}


def test_lines_of_names_without_a_rule_under_them_are_no_wrapped_header():
    text = ("Model comparison\n"
            "epoch    loss     acc\n"
            "1        0.50    0.80\n")
    assert read(text) == {"loss": [(1.0, 0.5)], "acc": [(1.0, 0.8)]}


@pytest.mark.parametrize("fmt", ["simple", "github", "grid"])
def test_a_cell_with_its_spread_is_the_value(fmt):
    text = tabulate([["1", "0.91 ± 0.02", "0.5 +/- 0.1"], ["2", "0.93 ± 0.01", "0.4 +- 0.1"]],
                    headers=["fold", "accuracy", "loss"], tablefmt=fmt) + "\n"
    assert read(text) == {"accuracy": [(1.0, 0.91), (2.0, 0.93)], "loss": [(1.0, 0.5), (2.0, 0.4)]}


def _panel(title: str) -> str:
    grid = Table.grid(padding=(0, 4))
    for name, value in (("loss", "0.2512"), ("top5", "0.9133"), ("epoch", "3")):
        grid.add_row(name, value)
    sink = io.StringIO()
    Console(file=sink, width=60).print(Panel(grid, title=title, expand=False))
    return sink.getvalue()


def test_a_rich_panel_titled_with_a_phase_is_one_record_of_that_phase():
    found, params = read_params(_panel("Test results"))
    assert found == {"test/loss": [(3.0, 0.2512)], "test/top5": [(3.0, 0.9133)]}
    assert params == []


def test_a_rich_panel_titled_as_settings_gives_params():
    found, params = read_params(_panel("Hyperparameters"))
    assert found == {} and params == [("loss", "0.2512"), ("top5", "0.9133"), ("epoch", "3")]


def test_an_estimated_count_column_is_a_result_but_a_set_count_is_not():
    text = ("                mean       std     n_eff     r_hat\n"
            "     theta      0.52      0.04    311.20      1.00\n"
            "       tau      1.75      0.21    198.50      1.01\n")
    found = read(text)
    assert found["theta/n_eff"] == [(0.0, 311.2)] and found["tau/r_hat"] == [(0.0, 1.01)]
    assert "n_estimators" not in read("n_estimators: 50\nloss: 0.2\n")


def test_a_tuple_labels_a_row_of_a_table_of_things():
    text = ("                  S2   S2_conf\n"
            "(a, b)      0.012500  0.101000\n"
            "(a, c)      0.305000  0.120000\n")
    assert read(text)["(a, c)/S2"] == [(0.0, 0.305)]


def test_a_polars_frame_is_named_by_its_header_not_its_types():
    text = ("shape: (2, 3)\n"
            "┌───────┬────────┬───────┐\n"
            "│ step  ┆ reward ┆ model │\n"
            "│ ---   ┆ ---    ┆ ---   │\n"
            "│ i64   ┆ f64    ┆ str   │\n"
            "╞═══════╪════════╪═══════╡\n"
            "│ 100   ┆ 12.5   ┆ a     │\n"
            "│ 200   ┆ 14.25  ┆ a     │\n"
            "└───────┴────────┴───────┘\n")
    found = read(text)
    assert "f64" not in found and "i64" not in found


def test_a_polars_frame_of_numbers_gives_its_columns():
    text = ("┌───────┬────────┐\n"
            "│ epoch ┆ loss   │\n"
            "│ ---   ┆ ---    │\n"
            "│ i64   ┆ f64    │\n"
            "╞═══════╪════════╡\n"
            "│ 1     ┆ 0.75   │\n"
            "│ 2     ┆ 0.5    │\n"
            "└───────┴────────┘\n")
    assert read(text) == {"loss": [(1.0, 0.75), (2.0, 0.5)]}


_BOXES = sorted(name for name in dir(box) if name.isupper() and isinstance(getattr(box, name), box.Box))


@pytest.mark.parametrize("style", _BOXES)
def test_every_rich_box_style_with_a_header(style):
    table = Table("Epoch", "Train Loss", "Acc", box=getattr(box, style))
    table.add_row("1", "0.5123", "54.2%")
    table.add_row("2", "0.4123", "61%")
    sink = io.StringIO()
    Console(file=sink, width=80).print(table)
    assert read(sink.getvalue()) == {"Train Loss": [(1.0, 0.5123), (2.0, 0.4123)],
                                     "Acc": [(1.0, 54.2), (2.0, 61.0)]}


def test_names_continued_under_some_columns_of_a_plain_header():
    text = tabulate([[1, 0.5, 0.8], [2, 0.4, 0.9]], headers=["epoch", "train\nloss", "val\nacc"],
                    tablefmt="plain") + "\n"
    assert read(text) == {"train loss": [(1.0, 0.5), (2.0, 0.4)], "val acc": [(1.0, 0.8), (2.0, 0.9)]}


def test_a_pandas_index_name_under_a_header_is_no_continuation():
    text = ("              rmse      mae\n"
            "model                      \n"
            "ridge     0.410000  0.32000\n")
    assert read(text) == {"ridge/rmse": [(0.0, 0.41)], "ridge/mae": [(0.0, 0.32)]}


def test_a_pandas_index_named_as_a_step_gives_the_rows_steps():
    text = ("      mean_fit  best_fit\n"
            "gen                     \n"
            "5     0.441751  0.186802\n"
            "6     0.424528  0.097394\n")
    assert read(text) == {"mean_fit": [(5.0, 0.441751), (6.0, 0.424528)],
                          "best_fit": [(5.0, 0.186802), (6.0, 0.097394)]}


def test_a_pandas_frame_wider_than_the_terminal_is_read_in_both_blocks():
    text = ("       loss  val_loss  accuracy  val_accuracy  \\\n"
            "epoch                                          \n"
            "1      0.52      0.61      0.80          0.78   \n"
            "2      0.41      0.55      0.85          0.82   \n"
            "\n"
            "       recall  val_recall  \n"
            "epoch                      \n"
            "1        0.70        0.69  \n"
            "2        0.80        0.75  \n")
    found = read(text)
    assert found["val_accuracy"] == [(1.0, 0.78), (2.0, 0.82)]
    assert found["val_recall"] == [(1.0, 0.69), (2.0, 0.75)] and len(found) == 6


def test_a_table_of_bracketed_counts_and_running_averages():
    text = ("Epoch     Batch         Time   Loss (avg)        Top1 Acc (avg)\n"
            "[1/3]     [1/19]        0s     2.3641 (2.3641)   10.938 (10.938)\n"
            "[1/3]     [11/19]       0s     1.6949 (2.1017)   76.562 (35.085)\n"
            "[2/3]     [1/19]        0s     0.9099 (0.9099)   78.125 (78.125)\n")
    got = read(text)
    assert got["Loss"] == [(1, 2.3641), (1, 1.6949), (2, 0.9099)]
    assert got["Loss (avg)"] == [(1, 2.3641), (1, 2.1017), (2, 0.9099)]
    assert got["Top1 Acc (avg)"][1] == (1, 35.085)
    assert set(got) == {"Loss", "Loss (avg)", "Top1 Acc", "Top1 Acc (avg)"}


def test_a_running_average_under_a_plain_header_is_dropped():
    text = "Epoch     Loss              Acc\n1         2.3641 (2.3641)   10.938 (10.938)\n2         1.6949 (2.1017)   76.562 (35.085)\n"
    assert read(text) == {"Loss": [(1, 2.3641), (2, 1.6949)], "Acc": [(1, 10.938), (2, 76.562)]}


def test_a_progress_bar_in_a_column_is_no_value_and_each_redrawn_row_is_read():
    text = ("| Epoch | Progress | loss |\n|=======|==========|======|\n"
            "|  000  | ░░░░░░░░ | 2.365 |\r|  000  | ███░░░░░ | 2.350 |\n|  001  | ░░░░░░░░ | 1.939 |\n")
    assert read(text) == {"loss": [(0, 2.365), (0, 2.35), (1, 1.939)]}
