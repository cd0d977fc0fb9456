"""TEXT_COLUMN, REPEATED_COLUMN and OPENS_WITH_CELLS: a table whose last column is text (a
profiler's) names each value by its row's text or number and its column."""

from __future__ import annotations

import pytest

from expctl.metrics import scan
from expctl.metrics.grammar import may_hold_metrics
from tests.metric_reading import read, values

_FUNCTIONS = """\
         4 function calls in 0.031 seconds

   Ordered by: cumulative time

   ncalls  tottime  percall  cumtime  percall filename:lineno(function)
        1    0.002    0.002    0.031    0.031 job.py:12(main)
    120/1    0.021    0.000    0.029    0.029 job.py:5(walk)
        2    0.000    0.000    0.000    0.000 {built-in method builtins.len}

"""

_LINES = """\
Line #    Mem usage    Increment  Occurrences   Line Contents
=============================================================
     3     20.1 MiB     20.1 MiB           1   def load(n):
     4     52.4 MiB     32.3 MiB           1       rows = [0] * n
     5                                             # nothing measured here
     6     20.2 MiB    -32.2 MiB           1       del rows

"""


def test_a_function_table_names_each_value_by_the_function_and_the_column():
    got = values(_FUNCTIONS)
    assert got["job.py:12(main)/tottime"] == [0.002]
    assert got["job.py:5(walk)/cumtime"] == [0.029]
    assert got["{built-in method builtins.len}/percall"] == [0.0]


def test_a_name_printed_twice_is_named_after_the_column_before_it():
    got = values(_FUNCTIONS)
    assert got["job.py:12(main)/percall"] == [0.002]
    assert got["job.py:12(main)/percall (cumtime)"] == [0.031]


def test_counts_give_no_value_but_the_row_is_read():
    got = values(_FUNCTIONS.replace("ncalls", "called"))
    assert "job.py:5(walk)/called" not in got  # "120/1": calls and primitive calls
    assert got["job.py:12(main)/called"] == [1.0]
    assert got["job.py:5(walk)/tottime"] == [0.021]
    assert not any(name.endswith("/ncalls") for name in values(_FUNCTIONS))  # a count's name


def test_a_listing_of_whole_numbers_gives_nothing():
    assert values("  files   dirs  owner\n    120     14  alice\n      3      1  bob\n\n") == {}


def test_a_numbered_first_column_names_the_rows_and_units_are_dropped():
    got = values(_LINES)
    assert got["4/Mem usage"] == [52.4]
    assert got["6/Increment"] == [-32.2]
    assert "3/Occurrences" not in got  # a count of the line's runs: a counted plural
    assert not any(name.startswith(("rows", "Line #", "5/")) for name in got)


def test_a_row_whose_code_reads_as_a_pair_is_still_a_row():
    got = values(_LINES.replace("rows = [0] * n", "total = 0"))
    assert got["4/Increment"] == [32.3]
    assert "total" not in got


def test_the_rows_are_the_same_read_one_line_at_a_time():
    assert read(_FUNCTIONS, chunk=1) == read(_FUNCTIONS) and read(_LINES, chunk=7) == read(_LINES)


def test_a_header_naming_a_step_column_leaves_the_rows_steps():
    text = "epoch  loss   acc  note\n    1  0.52  0.81  warm up\n    2  0.41  0.85  saved best\n\n"
    assert not any("/" in name for name in values(text))


def test_a_text_column_under_several_names_is_no_text_column():
    text = ("  Temp   Energy   Accept   Improve\n"
            " 25.00    39.77                  0:00:00\n"
            " 17.29    44.55   97.67%   47.96%   0:00:01\n\n")
    assert not any("/" in name for name in values(text))


_SCANNED = [
    ("        1    0.002    0.002    0.031    0.031 job.py:12(main)", True),
    ("    120/1    0.021    0.000 job.py:5(walk)", True),
    ("     4     52.4 MiB     32.3 MiB           1       rows = [0] * n", True),
    ("\t3  -0.5 note", True),
    ("   3 apples and 4 pears", False),
    ("2024  was a year", False),
    ("3001    0.002 f.py:9(g)", False),  # set flush left: no right-aligned first cell
    ("1.5.2  release notes", False),
    ("v1  2 things", False),
]


@pytest.mark.parametrize("line, accepted", _SCANNED)
def test_a_line_opening_with_two_cells_is_a_candidate(line, accepted):
    assert may_hold_metrics(line) is accepted


@pytest.mark.parametrize("wide", [True, False])
def test_the_compiled_scan_agrees_on_lines_opening_with_cells(wide):
    if scan.compiled_starts is None:
        pytest.skip("the compiled scan is not built")
    from expctl.metrics import _scan
    lines = [line for line, _ in _SCANNED] * 40  # blocks of every size the scans take
    lines = [line + " " * (k % 7) for k, line in enumerate(lines)]
    text = "\n".join(["the run starts here, nothing to see"] + lines).encode("ascii")
    was = _scan.wide_scan(wide)
    try:
        starts = scan.compiled_starts(text, 0, len(text), 10_000)
    finally:
        _scan.wide_scan(was)
    found = [text[s:text.find(b"\n", s) % (len(text) + 1)].decode() for s in starts]
    assert found == [line for line in text.decode().split("\n") if may_hold_metrics(line)]


_HITS = ("Line #      Hits         Time  Per Hit   % Time  Line Contents\n"
         "==============================================================\n"
         "    31                                           def squares(n):\n"
         "    32         1          0.3      0.3      0.0      total = 0\n"
         "    33                                               # a comment\n"
         "    34     20000       3107.3      0.2     26.9          total += i * i\n")


def test_rows_after_a_row_without_numbers_keep_the_header():
    got = values(_HITS)
    assert got["34/Time"] == [3107.3] and got["32/% Time"] == [0.0]


def test_a_print_of_the_table_again_is_read_again():
    assert values(_HITS + "\n" + _HITS)["34/Per Hit"] == [0.2, 0.2]


def test_a_text_naming_two_rows_is_a_category_and_its_rows_give_nothing():
    text = ("  number   value     state\n"
            "       1    0.52  COMPLETE\n"
            "       2    0.61  COMPLETE\n"
            "       3    0.44    PRUNED\n\n")
    got = values(text)
    assert got.get("COMPLETE/value", []) == [0.52] and "PRUNED/value" not in got
