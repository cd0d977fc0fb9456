"""RUN_INDENT (docs/metric-rules.rst): spaces every line of a run opens with (a tool run under
another that sets its output in) are cut before the readers see the lines, once three lines
opening with words confirm the width; a tool's own outline or right-aligned table is no such
evidence."""

from __future__ import annotations

from expctl.metrics import LineSplitter, MetricParser
from expctl.metrics.run_indent import RunIndent

# pandas prints a DataFrame's row index at the first column, its header set in over it
FRAME = """\
loading data: 569 rows
cross-validating 5 folds, 3 rounds
early stopping after 10 rounds

cross-validation results:
   train-auc-mean  train-auc-std  test-auc-mean  test-auc-std
0        0.912345       0.010101       0.890123      0.020202
1        0.934567       0.008080       0.901234      0.018181
2        0.945678       0.007070       0.907654      0.017171
"""
# sklearn's report: the header is set in further than the rows under it
REPORT = """\
              precision    recall  f1-score   support

      setosa       1.00      1.00      1.00        21
  versicolor       1.00      0.90      0.95        10
   virginica       0.93      1.00      0.97        14
"""


def indented(text: str, by: str = "    ") -> str:
    return "".join(by + line if line.strip() else line for line in text.splitlines(True))


def points(text: str, by_line: bool = False) -> list[tuple[str, float, float]]:
    parser, series, splitter = MetricParser(), {}, LineSplitter()
    data = text.encode()
    if by_line:
        for line in data.splitlines(True):  # one read per line, as a live run prints them
            parser.parse_lines(splitter.feed(line), 0.0, series)
        parser.parse_lines(splitter.flush(), 0.0, series)
    else:
        parser.parse_text(splitter.feed_text(data), 0.0, series)
        parser.parse_text(splitter.flush_text(), 0.0, series)
    parser.finish(0.0, series)
    return sorted((name, step, value) for name, s in series.items()
                  for step, value in zip(s.steps, s.values))


def test_an_indented_data_frame_reads_as_the_bare_one():
    bare = points(FRAME)
    assert ("test-auc-mean", 2.0, 0.907654) in bare
    assert points(indented(FRAME)) == bare
    assert points(indented(FRAME, "  "), by_line=True) == bare


def test_a_report_whose_header_is_set_in_further_is_not_cut():
    lines = REPORT.split("\n")
    assert RunIndent().lines(lines) is lines
    assert points(REPORT) == points(REPORT, by_line=True)
    assert points(indented(REPORT)) == points(REPORT)


def test_the_cut_begins_after_three_lines_of_text_confirm_it():
    indent = RunIndent()
    read = ["        a  b", "    1  2  3", "    x  5  6", "    fold 1 done", "    fold 2 done",
            "    fold 3 done", "    fold 4 done", "    4  7  8"]
    # three lines at the width (a table's rows among them) confirm it; the cut begins at a line
    # of text (never in a table's middle), and the lines after it are cut
    cut = read[:4] + ["fold 2 done", "fold 3 done", "fold 4 done", "4  7  8"]
    assert indent.lines(read) == cut
    assert (indent.width, indent.cut) == (4, 4)
    again = RunIndent()  # the same lines one per read: the same cuts
    assert [line for one in read for line in again.lines([one])] == cut


def test_a_blank_line_after_three_lines_of_text_begins_the_cut():
    indent = RunIndent()
    assert indent.lines(["  a: 1", "  b: 2", "  c: 3", "", "  d: 4"]) == ["  a: 1", "  b: 2", "  c: 3", "", "d: 4"]


def test_a_few_lines_set_in_alike_are_the_tools_own_outline():
    outline = ["  speed =~", "    y1    0.512", "  power =~", "    y4    0.734"]
    assert RunIndent().lines(outline) is outline


def test_a_line_further_left_than_a_confirmed_width_ends_it_for_the_run():
    indent = RunIndent()
    assert indent.lines(["  loss: 1", "  acc: 2", "  lr: 3", ""])[-1] == ""
    assert indent.lines(["  loss: 3", " 12345  0.5"]) == ["loss: 3", " 12345  0.5"]
    assert indent.width == 0
    assert indent.lines(["  loss: 4"]) == ["  loss: 4"]


def test_a_run_at_the_first_column_pays_one_comparison_per_read():
    indent = RunIndent()
    lines = ["epoch 1", "  loss: 0.5"]
    assert indent.lines(lines) is lines
    assert indent.width == 0
    text = "  loss: 0.4"
    assert indent.text(text) is text


def test_a_time_stamp_is_no_row_of_numbers():
    # a logging handler's date and clock ("2026-03-01 09:15:02") are two numbers one space apart
    # only on their face: logged lines set in alike are lines of text, and the cut begins
    logged = [f"  2026-03-01 09:15:0{i} | INFO | trainer - epoch {i} | loss 0.{9 - i}" for i in range(1, 6)]
    cut = RunIndent().lines(logged)
    assert cut[-1] == logged[-1][2:]
    assert RunIndent().lines(["  a 0.6716 0.2388"] * 5)[-1] == "  a 0.6716 0.2388"  # R's rows stay


def test_an_indented_log_reads_as_the_bare_one_after_the_cut():
    bare = "".join(f"2026-03-01 09:15:{i:02d}.123 | INFO     | __main__:train:55 - Epoch {i}/8 | "
                   f"loss {1 / i:.4f} | acc {i / 10:.4f}\n" for i in range(1, 9))
    assert [p for p in points(indented(bare)) if p[1] > 4] == [p for p in points(bare) if p[1] > 4]
