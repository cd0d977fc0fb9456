"""NAMED_INDEX: rows of a pandas frame whose index is named are ``<label>/<column>``, the
header parted by where the rows' cells end; on invented frames."""

from __future__ import annotations

from tests.metric_reading import read, values

_SHARES = (
    "       loading % of total % of total (running)\n"
    "factor                                        \n"
    "0        2.500     41.67%               41.67%\n"
    "1        1.250     20.83%               62.50%\n")


def test_names_one_space_apart_are_parted_by_the_cells_ends():
    got = values(_SHARES)
    assert got["0/loading"] == [2.5]
    assert got["0/% of total"] == [41.67]
    assert got["1/% of total (running)"] == [62.5]
    assert len(got) == 6


def test_a_columns_name_flush_left_on_the_header_names_no_column():
    text = ("factor          0        1\n"
            "feature                   \n"
            "height   0.812345 -0.12001\n"
            "weight  -0.301000  0.55500\n")
    got = values(text)
    assert got == {"height/0": [0.812345], "height/1": [-0.12001],
                   "weight/0": [-0.301], "weight/1": [0.555]}


def test_two_header_lines_name_each_column_by_both():
    text = ("      error rate  hits  hits misses misses\n"
            "               %           %             %\n"
            "run                                       \n"
            "a          12.50 40.00 80.00  10.00  20.00\n"
            "TOTAL      12.50 40.00 80.00  10.00  20.00\n")
    got = values(text)
    assert got["a/error rate/%"] == [12.5]
    assert got["a/hits"] == [40.0]
    assert got["a/hits/%"] == [80.0]
    assert got["TOTAL/misses/%"] == [20.0]


def test_an_index_named_as_a_step_is_left_to_the_step_readers():
    text = ("       loss  accuracy\n"
            "epoch               \n"
            "0      0.90      0.50\n"
            "1      0.70      0.60\n")
    got = read(text)
    assert not any("/" in name for name in got)


def test_cells_that_do_not_end_under_the_names_are_no_frame():
    text = ("        loading share\n"
            "factor              \n"
            "0       2.500  41.67\n")
    assert not any(name.startswith("0/") for name in read(text))


def test_a_top_name_left_out_by_pandas_names_the_columns_after_it():
    text = ("         acc         loss\n"
            "        mean   std   mean\n"
            "model                    \n"
            "cnn     0.91  0.02   0.30\n")
    got = values(text)
    assert got == {"cnn/acc/mean": [0.91], "cnn/acc/std": [0.02], "cnn/loss/mean": [0.3]}
