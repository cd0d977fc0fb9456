"""Rules written from the structure of the thirteenth half's benchmark output (a table of
statistics with percentile columns, a table over input sizes, interval reports stamped with
the seconds elapsed), each checked on invented lines: what the rule reads, and look-alikes
(``ps``, ``df -h``, ``ls -l``, pip's tables, ``top``) it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read


def _box(*rows: str) -> str:
    """`rows` (the header first) drawn in a box of single lines, a rule under the header."""
    cells = [[cell.strip() for cell in row.split("|")] for row in rows]
    widths = [max(len(row[at]) for row in cells) + 2 for at in range(len(cells[0]))]

    def rule(left: str, mid: str, right: str) -> str:
        return left + mid.join("─" * width for width in widths) + right + "\n"

    def line(row: list[str]) -> str:
        return "│" + "│".join(f" {cell:<{width - 1}}" for cell, width in zip(row, widths)) + "│\n"

    return (rule("┌", "┬", "┐") + line(cells[0]) + rule("├", "┼", "┤")
            + "".join(line(row) for row in cells[1:]) + rule("└", "┴", "┘"))


# -- STAT_COLUMNS: percentiles and statistics over rows of measured quantities ------------------


def test_a_table_of_percentiles_names_each_value_by_its_row_and_column():
    text = ("Load test of /predict, 30 s\n"
            + _box("Metric | 10% | 90% | 99.9% | Mean | Max",
                   "Wait | 3 us | 18 us | 200 us | 7.5 us | 1,600 us",
                   "Served/s | 12,048 | 13,900 | 14,210 | 13,003.5 | 14,500",
                   "Sent/s | 1.2 MB | 1.4 MB | 1.5 MB | 1.31 MB | 1.52 MB")
            + "done\n")
    metrics = read(text)
    assert metrics["Wait/10%"] == [(0.0, 3.0)]
    assert metrics["Wait/99.9%"] == [(0.0, 200.0)]
    assert metrics["Wait/Max"] == [(0.0, 1600.0)]
    assert metrics["Served/s/10%"] == [(0.0, 12048.0)]
    assert metrics["Served/s/Mean"] == [(0.0, 13003.5)]
    assert metrics["Sent/s/Max"] == [(0.0, 1.52)]
    assert len(metrics) == 15


def test_a_second_run_of_the_same_table_adds_its_values():
    one = _box("Stat | 50% | 99% | Avg", "Delay | 4 ms | 9 ms | 4.4 ms")
    two = _box("Stat | 50% | 99% | Avg", "Delay | 6 ms | 11 ms | 6.1 ms")
    metrics = read(one + "second run\n" + two)
    assert [value for _, value in metrics["Delay/50%"]] == [4.0, 6.0]
    assert [value for _, value in metrics["Delay/Avg"]] == [4.4, 6.1]


def test_look_alikes_of_a_statistics_table_give_nothing():
    # df -h drawn in a box (its "Use%" is a column's name, no percentile), pip's table, a
    # percentile header over rows of words, and df -h, ps, ls -l, top as printed.
    df_box = _box("Filesystem | Size | Used | Avail | Use% | Mounted on",
                  "/dev/sda1 | 40G | 18G | 20G | 48% | /",
                  "tmpfs | 3.9G | 0 | 3.9G | 0% | /dev/shm")
    pip_box = _box("Package | Version", "numpy | 2.4.6", "rich | 15.0.0")
    words = _box("Stat | 50% | 99%", "Latency | fast | slow", "Errors | none | few")
    plain = ("Filesystem      Size  Used Avail Use% Mounted on\n"
             "/dev/sda1        40G   18G   20G  48% /\n"
             "  PID TTY          TIME CMD\n"
             " 4121 pts/0    00:00:00 bash\n"
             "-rw-r--r-- 1 ada staff 4096 Dec  5 10:01 results.csv\n"
             "  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n"
             " 1234 ada       20   0  812344  90212  31200 S  12.5   1.1   0:03.21 python\n")
    assert read(df_box + pip_box + words + plain) == {}


# -- SIZE_STEP: a first column of input sizes is the rows' step --------------------------------


def test_a_first_column_of_sizes_gives_the_rows_step():
    text = _box("n | bubble | insertion",
                "8 | 1.5e-06 | 9.0e-07",
                "512 | 0.0041 | 0.0012",
                "32768 | 17.3 | 4.2")
    metrics = read(text)
    assert metrics["bubble"] == [(8.0, 1.5e-06), (512.0, 0.0041), (32768.0, 17.3)]
    assert metrics["insertion"][-1] == (32768.0, 4.2)
    assert "n" not in metrics
    aligned = "size    copy     view\n100     0.25     0.01\n10000   2.5      0.02\n"
    assert read(aligned)["copy"] == [(100.0, 0.25), (10000.0, 2.5)]


def test_a_size_column_beside_a_step_column_or_after_another_is_no_step():
    metrics = read(_box("n | epoch | loss", "64 | 1 | 0.9", "64 | 2 | 0.7"))
    assert metrics["loss"] == [(1.0, 0.9), (2.0, 0.7)]
    metrics = read(_box("model | n | acc", "tree | 400 | 0.81", "forest | 400 | 0.88"))
    assert all(step != 400.0 for points in metrics.values() for step, _ in points)


# -- ELAPSED_STEP: "[ 3s ] tps: 9018.96": the seconds elapsed are the report's step ------------


def test_whole_seconds_in_brackets_opening_a_report_give_its_step():
    text = ("[ 1s ] workers: 4 ops: 512.25 errors: 0.00\n"
            "[ 2s ] workers: 4 ops: 530.50 errors: 1.00\n"
            "[ 10s ] workers: 4 ops: 498.00 errors: 0.00\n")
    metrics = read(text)
    assert metrics["ops"] == [(1.0, 512.25), (2.0, 530.5), (10.0, 498.0)]
    assert metrics["errors"][1] == (2.0, 1.0)


def test_other_bracketed_times_are_no_step():
    # a clock time, a fraction of a second, seconds before no pair, top's uptime line
    text = ("[12:00:01] loss: 0.50\n"
            "[0.5s] loss: 0.40\n"
            "[ 3s ] warming up\n"
            "top - 10:01:02 up 3 days,  2:11,  1 user,  load average: 0.52, 0.40, 0.31\n")
    metrics = read(text)
    assert metrics["loss"] == [(0.0, 0.5), (1.0, 0.4)]
    assert all(step < 3.0 for points in metrics.values() for step, _ in points)


# -- STACKED_ROWS: a row printed over several lines, under a header of as many ----------------

_STACKED = ("case                    runs        batches      total\n"
            "                        median      p10          p90\n"
            "---------------------------------------------------------------\n"
            "parse small                  25            4      1.25 ms \n"
            "                        11.5 us      10.25 us     14.75 us \n"
            "\n"
            "parse large                  25            1      30.5 ms \n"
            "                        1.125 ms     1.0 ms       1.5 ms \n"
            "\n"
            "===============================================================\n"
            "all done\n")


def test_each_line_of_a_stacked_row_is_named_by_its_header_line():
    metrics = read(_STACKED)
    assert metrics["parse small/median"] == [(0.0, 11.5)]
    assert metrics["parse small/p90"] == [(0.0, 14.75)]
    assert metrics["parse small/total"] == [(0.0, 1.25)]
    assert metrics["parse large/p10"] == [(0.0, 1.0)]
    assert metrics["parse large/runs"] == [(0.0, 25.0)]
    assert len(metrics) == 12


def test_look_alikes_of_a_stacked_table_give_nothing_of_it():
    # ps's and top's tables: one header line over rows, no rule; ls -l; pip list's table: a
    # rule under one header line, its rows names and versions.
    text = ("  PID TTY          TIME CMD\n"
            " 4121 pts/0    00:00:00 bash\n"
            "  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n"
            " 1234 ada       20   0  812344  90212  31200 S  12.5   1.1   0:03.21 python\n"
            "total 8\n-rw-r--r-- 1 ada staff 4096 Dec  5 10:01 results.csv\n"
            "Package    Version\n---------- -------\nnumpy      2.4.6\nrich       15.0.0\n")
    assert read(text) == {}
    # a header of one line over a rule: no stack, so the row is the aligned table's, each cell
    # under its one-line name, not a stacked row's ("total" is a column of totals, no step word
    # cut short: TOKEN_COLUMNS)
    metrics = read("name          runs     total\n-------------------------------\n"
                   "parse small     25      1.25 ms \n")
    assert metrics == {"parse small/runs": [(0.0, 25.0)], "parse small/total": [(0.0, 1.25)]}


def test_a_line_of_the_rows_shape_after_other_output_is_no_row_of_the_table():
    text = _STACKED.replace("all done\n", "next phase\nparse again    25    2    3.5 ms \n")
    metrics = read(text)
    assert "parse again/runs" not in metrics and "parse again/total" not in metrics
