"""The points a run records do not depend on where the reads of its output end.

`expctl run` hands the parser what each read of a pipe or a pty brought (`InlineMetrics.feed`),
cut wherever the child's writes and the kernel's buffers put it; these tests cut small real
output at every byte and compare with the output read whole (`bench/read_cuts.py` does this
for every fixture of the development halves, in many cuttings).
"""

from __future__ import annotations

from expctl.metrics import MetricParser
from expctl.record.digest import InlineMetrics

# A summary of '<number> <words>' rows under a heading (OPENS_WITH_VALUE, VALUE_FIRST_BLOCK),
# after a progress display, as a simulator prints it at the end of a run.
SUMMARY = (
    "Starting network simulation with 400 nodes\n"
    "  Simulating t=  0 ( 0/30) (0.00 s)  \u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014 3%\n"
    "  Simulating t= 29 (29/30) (0.31 s)  \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022 100%\n"
    "\n"
    "Network summary:\n"
    "          812 delivered packets\n"
    "          640 acknowledged packets\n"
    "           11 dropped packets\n"
    "        1,904 retransmitted packets\n"
    "            0 link failures\n"
    "          377 queued packets at the end\n"
    "\n"
).encode("utf-8")
ROWS = {"delivered packets": 812.0, "acknowledged packets": 640.0, "dropped packets": 11.0,
        "retransmitted packets": 1904.0, "link failures": 0.0, "queued packets at the end": 377.0}


def _recorded(reads: list[bytes]) -> list[tuple]:
    """The points the recorder's digest keeps for `reads` of stdout, as `expctl run` gives them."""
    metrics, out = InlineMetrics(MetricParser()), []
    for when, data in enumerate(reads):
        for name, series in metrics.feed("stdout", data, float(when)).items():
            out += [(name, step, value) for step, value in zip(series.steps, series.values)]
    for name, series in metrics.finish(float(len(reads))).items():
        out += [(name, step, value) for step, value in zip(series.steps, series.values)]
    return sorted(out)


def test_a_summary_of_value_first_rows_reads_the_same_wherever_a_read_ends():
    whole = _recorded([SUMMARY])
    assert {name: value for name, _, value in whole if name in ROWS} == ROWS
    differ = [cut for cut in range(1, len(SUMMARY)) if _recorded([SUMMARY[:cut], SUMMARY[cut:]]) != whole]
    assert differ == []


def test_a_summary_of_value_first_rows_reads_the_same_one_line_per_read():
    assert _recorded(SUMMARY.splitlines(keepends=True)) == _recorded([SUMMARY])
