"""pandas DataFrames as printed, read by their structure (issue 11, item 1): a row keyed by a
duration (UNIT_KEY), an index grown a digit (PANDAS_INDEX), columns left out (ELIDED_COLUMNS).
The frames are written in pandas's layout with names and numbers of our own."""

from __future__ import annotations

from tests.test_metrics_tables import read


def _frame(keys: list[int], unit: str, columns: dict[str, list[float]], cut: bool = False) -> str:
    """A frame as pandas prints it: an index flush left, a first column of durations, each
    other column right-aligned to its widest cell; `cut` hides the middle columns (``...``)."""
    names = list(columns)
    shown = names[:1] + ["..."] + names[-1:] if cut else names
    index_width = len(str(len(keys) - 1))
    key_cells = [f"{key} {unit}" for key in keys]
    key_width = max(len("window"), *map(len, key_cells))
    widths = {n: max(len(n), 8) for n in shown}
    head = " " * index_width + " " + "window".rjust(key_width)
    head += "".join("  " + n.rjust(widths[n]) for n in shown)
    lines = [head]
    for i, key in enumerate(key_cells):
        cells = "".join("  " + ("..." if n == "..." else f"{columns[n][i]:.6f}").rjust(widths[n])
                        for n in shown)
        lines.append(str(i).ljust(index_width) + " " + key.rjust(key_width) + cells)
    return "\n".join(lines) + "\n"


def test_a_duration_column_keys_the_rows_of_a_frame():
    text = "scores per window:\n" + _frame([5, 6, 7], "days", {
        "rmse": [0.5, 0.25, 0.125], "error": [1.5, 2.5, 3.5]})
    assert read(text) == {"rmse": [(5.0, 0.5), (6.0, 0.25), (7.0, 0.125)],
                          "error": [(5.0, 1.5), (6.0, 2.5), (7.0, 3.5)]}


def test_an_index_grown_a_digit_stays_apart_from_the_first_cell():
    keys = list(range(30, 42))  # twelve rows: the index reaches 10 and 11
    text = _frame(keys, "min", {"mae": [k / 100 for k in keys]})
    assert "\n10 40 min" in text  # one space between the index and the key, as pandas leaves
    assert read(text) == {"mae": [(float(k), k / 100) for k in keys]}


def test_a_frame_without_a_duration_column_keeps_its_rows_counted():
    text = ("      loss    acc\n"
            "0   0.6000  0.500\n"
            "1   0.4000  0.750\n")
    assert read(text) == {"loss": [(0.0, 0.6), (1.0, 0.4)], "acc": [(0.0, 0.5), (1.0, 0.75)]}


def test_columns_pandas_left_out_leave_the_others_read():
    columns = {"rmse": [0.5, 0.25], "hidden": [9.0, 9.0], "error": [1.5, 2.5]}
    text = _frame([1, 2], "days", columns, cut=True) + "\n[2 rows x 4 columns]\n"
    assert " ... " in text
    assert read(text) == {"rmse": [(1.0, 0.5), (2.0, 0.25)], "error": [(1.0, 1.5), (2.0, 2.5)]}


def test_a_cut_frame_of_data_is_no_table():
    # df.head() of a data set: the columns are features, none names a result.
    text = ("   width  height  ...  weight  colour\n"
            "0   12.50    3.10  ...   101.0       2\n"
            "1   11.25    2.90  ...    98.5       1\n"
            "\n[2 rows x 9 columns]\n")
    assert read(text) == {}


def test_a_column_equal_to_the_step_in_every_row_is_no_metric():
    # "seen" repeats the step column; "lr" starts at the step's value (1.0), then moves.
    text = ("step      loss     seen      lr\n"
            "1       0.9000        1     1.0\n"
            "2       0.7000        2     0.5\n"
            "4       0.5000        4    0.25\n"
            "8       0.4000        8   0.125\n")
    assert read(text) == {"loss": [(1.0, 0.9), (2.0, 0.7), (4.0, 0.5), (8.0, 0.4)],
                          "seen": [(1.0, 1.0)],
                          "lr": [(1.0, 1.0), (2.0, 0.5), (4.0, 0.25), (8.0, 0.125)]}


def test_rows_under_a_header_that_bars_part_in_groups_are_read_by_position():
    # A search log in a MIP solver's shape: counts, a cut name, a word and a time give nothing.
    text = ("     Search       |        Bounds          |  Effort\n"
            "Kind  Open  Done. |  Lower     Upper   Gap |  Iters  Time\n"
            "\n"
            " h       4   10%    -12.5     -3       75%      16  0.1s\n"
            "         2   50%    -8.25     -6.5     Big      40  0.3s\n"
            "Restarting with a smaller model\n"
            "\n"
            " r       0  100%    -7        -7        0%      52  0.4s\n")
    assert read(text) == {"Lower": [(0.0, -12.5), (1.0, -8.25), (2.0, -7.0)],
                          "Upper": [(0.0, -3.0), (1.0, -6.5), (2.0, -7.0)],
                          "Gap": [(0.0, 75.0), (1.0, 0.0)]}


def test_a_header_with_bars_over_rows_with_bars_stays_a_barred_table():
    text = ("| epoch | loss  | acc  |\n"
            "|     1 | 0.500 | 0.75 |\n")
    assert read(text) == {"loss": [(1.0, 0.5)], "acc": [(1.0, 0.75)]}
