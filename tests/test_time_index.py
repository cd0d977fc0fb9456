"""TIME_INDEX: a pandas frame indexed by a simulated time (the index's name ``time`` alone on
its line, labels plain numbers, decimal or whole) steps its rows by those labels. QUEUE_TIME: a
queueing model's waiting and service times are results, not clocks. Made-up frames."""

from __future__ import annotations

from tests.metric_reading import read

_FRAME = """\
        prey  predators
{index}
0.0    40.00000   9.000000
0.5    38.21934   9.871203
1.0    35.00218  10.552130
"""


def test_a_time_index_steps_the_rows_by_its_labels():
    series = read(_FRAME.format(index="time" + " " * 26))
    assert series["prey"] == [(0.0, 40.0), (0.5, 38.21934), (1.0, 35.00218)]
    assert series["predators"] == [(0.0, 9.0), (0.5, 9.871203), (1.0, 10.55213)]


def test_whole_labels_under_a_time_index():
    text = ("      volume   outflow\n"
            "time                  \n"
            "0     120.50     3.250\n"
            "10    118.25     3.125\n"
            "20    116.00     3.000\n")
    series = read(text)
    assert series["outflow"] == [(0.0, 3.25), (10.0, 3.125), (20.0, 3.0)]
    assert series["volume"] == [(0.0, 120.5), (10.0, 118.25), (20.0, 116.0)]


def test_a_date_labelled_frame_is_not_stepped_by_its_labels():
    text = ("            sales  returns\n"
            "date                      \n"
            "2031-01-01   10.5      1.0\n"
            "2031-01-02   11.5      2.0\n")
    assert all(step in (0.0, 1.0) for points in read(text).values() for step, _ in points)


def test_queue_times_of_things_are_results():
    text = ("        sojourn_time  waiting_time  utilisation\n"
            "server                                        \n"
            "a           1.250000      0.750000     0.810000\n"
            "b           0.950000      0.450000     0.620000\n")
    series = read(text)
    assert series["a/sojourn_time"] == [(0.0, 1.25)]
    assert series["b/waiting_time"] == [(0.0, 0.45)]


def test_a_run_clock_column_stays_no_result():
    text = ("       accuracy  fit_time\n"
            "model                   \n"
            "knn       0.910     1.500\n"
            "svm       0.930     4.250\n")
    series = read(text)
    assert "knn/accuracy" in series and not any("fit_time" in name for name in series)
