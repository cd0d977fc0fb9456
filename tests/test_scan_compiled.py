"""The compiled candidate scan (expctl/metrics/_scan.c) against `grammar.may_hold_metrics`, and
the pure-Python scan that stands in when it is not built."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expctl.metrics import scan as scan_module
from expctl.metrics.grammar import may_hold_metrics
from expctl.metrics.parser import MetricParser
from expctl.metrics.scan import DENSE as _DENSE
from tests.conftest import examples

compiled = pytest.importorskip("expctl.metrics._scan")

# Short ASCII pieces around every rule: separators, spaces that str.isspace accepts, number
# starts, braces, tabs, and letters, so that random lines hit and just miss each rule.
PIECES = st.sampled_from([
    ":", "=", "]", "{", "}", "\t", " ", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "%", "0", "7", ".",
    "-", "+", "n", "N", "i", "I", "a", "loss", "nan", "12:30", "\n", "\n", "x", "#",
    "|", "s", "ms", "abcd", "(", "tensor(", "tensor", "e", "inf", "INF", "Infinity", "NaN", "y",
])
TEXT = st.lists(PIECES, max_size=80).map("".join)


def expected_starts(text: str, start: int, end: int, most: int = _DENSE) -> list[int] | None:
    starts, line = [], start
    while line <= end:
        stop = text.find("\n", line, end)
        stop = end if stop < 0 else stop
        if line < stop and may_hold_metrics(text[line:stop]):
            starts.append(line)
        line = stop + 1
    return None if len(starts) > most else starts


def line_by_line(text, cut_start, cut_end):
    data = text.encode("ascii")
    start = text.find("\n", 0, cut_start) + 1 if cut_start else 0  # a line start
    end = max(start, len(text) - cut_end)
    end = text.rfind("\n", start, end) if cut_end and text.rfind("\n", start, end) >= 0 else len(text)
    assert compiled.candidate_starts(data, start, end, _DENSE) == expected_starts(text, start, end)


LINE_CUTS = given(TEXT, st.integers(0, 10), st.integers(0, 10))
test_the_compiled_scan_is_may_hold_metrics_line_by_line = examples(700)(LINE_CUTS(line_by_line))
test_many_more_lines_line_by_line = pytest.mark.heavy(examples(15000)(LINE_CUTS(line_by_line)))


@contextlib.contextmanager
def scan_of_width(wide: bool):
    """The AVX2 scan (where the processor has it) or the 16-byte one, for the block inside."""
    was = compiled.wide_scan(wide)
    try:
        yield
    finally:
        compiled.wide_scan(was)


@pytest.fixture(params=[True, False], ids=["wide", "narrow"])
def scan_width(request):
    """Each test that takes it runs with the AVX2 scan and with the 16-byte one."""
    with scan_of_width(request.param):
        yield request.param


# Long texts: the wide scan reads 64-byte blocks, so lines and marks must fall across their
# edges, with digits and letters a few bytes before line ends (units), at every offset.
# Besides PIECES: units after a rate's slash ("2.5 ms/iter", the farthest a unit's number
# stands from the line's end), and marks before what may follow them.
LONG_PIECES = st.one_of(PIECES, st.sampled_from([
    "/", "iter", "ms/iter", "  5 abc/abcd", "|  2.5 ms/iter", ": 5", "=3", ":\t", "]\t", ":x",
    "0.", "a.", "}", "0.35178     True   log", "5%  ok", "7\tno", "       abcdefghijkl",
    "\n      534 cumulative infections", "\n   -2,221.5 words and more words than a block holds",
    "  color_intensity", "_of_x", "od280/od315", "\tabcdefghijklmnopq"]))  # LABEL_CELL
LONG_TEXT = st.lists(LONG_PIECES, min_size=20, max_size=600).map("".join)


def over_many_blocks(text, cut_start, cut_end):
    data = text.encode("ascii")
    start = text.find("\n", 0, cut_start) + 1 if cut_start else 0  # a line start
    end = max(start, len(text) - cut_end)
    most = 100_000  # every candidate listed: the lists are compared whole
    for wide in (True, False):
        with scan_of_width(wide):
            assert compiled.candidate_starts(data, start, end, most) == expected_starts(
                text, start, end, most)
            assert compiled.candidate_starts(data, start, end, _DENSE) == expected_starts(
                text, start, end)


BLOCK_CUTS = given(LONG_TEXT, st.integers(0, 70), st.integers(0, 70))
test_both_scans_are_may_hold_metrics_line_by_line_over_many_blocks = examples(400)(
    BLOCK_CUTS(over_many_blocks))
test_many_more_texts_over_many_blocks = pytest.mark.heavy(examples(4000)(BLOCK_CUTS(over_many_blocks)))


# Prose: long runs of letters, spaces and line ends with no digit and no mark, so that most
# 64-byte blocks are quiet (the wide scan's short path), and now and then a digit, a mark or
# an end a line may be read for, which makes the block it falls in, and the next, not quiet.
PROSE_PIECES = st.sampled_from(
    ["the ", "quick ", "brown ", "fox", "lazy dog", ", again", "\n", "\n", ".\n", " \n", "s\n"] * 8
    + ["7", "0.", ":", ": ", "=", "]\t", "{", "%", ")", "|", "-", "  2.5 ms/iter", "tensor(", "\t",
       "12.3.", "x 5 ms", "0.5     False   x", "  ok", "9" + " " * 40 + "ab",
       "\n      534 cumulative infections", "\n   7 lines of prose after a count, long enough to end "
       "two blocks later"])
PROSE_TEXT = st.lists(PROSE_PIECES, min_size=40, max_size=400).map("".join)


def on_prose(text, cut_start):
    data = text.encode("ascii")
    start = text.find("\n", 0, cut_start) + 1 if cut_start else 0  # a line start
    most = 100_000
    for wide in (True, False):
        with scan_of_width(wide):
            assert compiled.candidate_starts(data, start, len(text), most) == expected_starts(
                text, start, len(text), most)


PROSE_CUTS = given(PROSE_TEXT, st.integers(0, 70))
test_both_scans_are_may_hold_metrics_on_prose_with_rare_numbers = examples(400)(PROSE_CUTS(on_prose))
test_many_more_prose = pytest.mark.heavy(examples(4000)(PROSE_CUTS(on_prose)))


@pytest.mark.parametrize("wide", [True, False], ids=["wide", "narrow"])
def test_the_corpus_read_as_one_block_gives_the_lines_the_grammar_accepts(wide):
    """Every corpus line, joined into blocks of many lines as output comes: what the scan
    finds is what `may_hold_metrics` says line by line, for every cut of the 64-byte blocks."""
    from tests.test_metrics_scans import corpus_lines

    lines = corpus_lines()
    starts, at = [], 0
    for line in lines:
        if may_hold_metrics(line):
            starts.append(at)
        at += len(line) + 1
    data = "\n".join(lines).encode("ascii")
    with scan_of_width(wide):
        for shift in range(0, 64, 7):  # the same lines at other offsets of the blocks
            padded = b"\n" * shift + data
            assert compiled.candidate_starts(padded, 0, len(padded), len(lines)) == [
                start + shift for start in starts]


def test_the_wide_scan_can_be_turned_off_and_on():
    was = compiled.wide_scan(False)
    try:
        assert compiled.wide_scan(True) is False
        assert compiled.wide_scan(True) in (True, False)  # False: no AVX2 here
    finally:
        compiled.wide_scan(was)


def test_past_the_dense_limit_the_answer_is_none():
    many = "\n".join(f"loss: {i}" for i in range(_DENSE + 1)).encode()
    assert compiled.candidate_starts(many, 0, len(many), _DENSE) is None
    assert len(compiled.candidate_starts(many, 0, len(many), _DENSE + 1)) == _DENSE + 1


LINES = st.sampled_from([
    "loss: 0.5", "step: 3 loss: 0.25 acc: 0.5", "Epoch 2/5", "epoch 1 loss 0.25 acc 0.5",
    "plain text", "12:30:45 done", "x=1", "[4]\ttrain-rmse:1.5", "{'loss': 0.3, 'epoch': 1}",
    "Iteration 3, loss = 0.41", "   ", "lr 0.1 ", "a: nan b: 1", "100%", "loss:\x1c0.5", "foo:",
    "| epoch | loss |", "| 1 | 0.5 |", "epoch  loss  time", "1      0.5   0.9s  ", "lr: 0.1",
    "step 4: loss tensor(0.6)", "model:", "  name: x", "|  rollout/  |   |", "|  loss  | 0.3 |",
])


BLOCKS_OF_LINES = st.lists(st.lists(LINES, min_size=1, max_size=60), min_size=1, max_size=4)


def same_points_both_scans(blocks):
    points = []
    for scan in (compiled.candidate_starts, None):
        saved = scan_module.compiled_starts
        scan_module.compiled_starts = scan
        try:
            parser, out = MetricParser(), {}
            for block in blocks:
                parser.parse_text("\n".join(block), 1.0, out)
        finally:
            scan_module.compiled_starts = saved
        points.append(repr({name: (list(s.steps), list(s.values)) for name, s in out.items()}))  # nan == nan
    assert points[0] == points[1]


test_compiled_and_python_scans_give_the_same_points = examples(150)(
    given(BLOCKS_OF_LINES)(same_points_both_scans))
test_many_more_blocks_give_the_same_points = pytest.mark.heavy(
    examples(1500)(given(BLOCKS_OF_LINES)(same_points_both_scans)))


@pytest.mark.parametrize(("data", "start", "end", "expected"), [
    (b"", 0, 0, []),
    (b"loss: 1", 5, 2, []),  # an empty range
    (b"loss: 1", -3, 99, [0]),  # bounds are clamped to the buffer
    (b"x" * 3_000_000 + b" 7", 0, 3_000_002, [0]),  # one multi-megabyte line
    (b"\n\n\n", 0, 3, []),
    (bytearray(b"a\nb: 2\n"), 0, 7, [2]),  # any bytes-like object
    (memoryview(b"a\n{}\n"), 0, 5, [2]),
])
def test_edges_of_the_compiled_scan(scan_width, data, start, end, expected):
    assert compiled.candidate_starts(data, start, end, _DENSE) == expected


# Bytes around the test's edges: the four it rejects, their neighbours, and ASCII filler.
PLAIN_BYTES = st.sampled_from([b"\r", b"\b", b"\x1b", b"\x80", b"\xff", b"\x7f", b"\x07", b"\x0c",
                               b"\n", b"a", b" ", b"loss: 0.5\n", b"x" * 15, b"y" * 64])


@examples(700)
@given(st.lists(PLAIN_BYTES, max_size=40).map(b"".join), st.integers(0, 70_000))
def test_the_compiled_plain_test_is_the_python_one(data, pad):
    """line_blocks.plain, compiled (one pass, the GIL given up past 64 KiB), says what the four
    Python passes say, wherever the odd byte stands in a short or a long buffer."""
    from expctl.metrics.line_blocks import plain_python as _plain_python

    for buffer in (data, b"a" * pad + data, data + b"b" * pad):
        for wide in (True, False):
            with scan_of_width(wide):
                assert compiled.plain(buffer) is _plain_python(buffer)
                assert compiled.plain(bytearray(buffer)) is _plain_python(buffer)


@examples(800)
@given(st.lists(st.sampled_from([b"\n", b"a", b"bc", b"\n\n", b"x" * 30]), max_size=120).map(b"".join),
       st.integers(0, 200), st.integers(0, 200))
def test_the_compiled_tail_rows_is_the_python_one(block, start, end):
    """line_blocks.tail_rows by memrchr counts the same rows from the same place as the rfind loop,
    with fewer lines than the screen holds, more, and any window of the block."""
    from expctl.metrics.line_blocks import SCREEN_ROWS, tail_rows_python as _tail_rows_python

    start, end = min(start, len(block)), min(end, len(block))
    assert compiled.tail_rows(block, start, end, SCREEN_ROWS) == _tail_rows_python(block, start, end)


NONFINITE_LINES = [  # ENDS_IN_NONFINITE: a value that is not finite closes the line
    ("  Round 1 \t elapsed 0.25s \t gap change inf", True),
    ("| objective  NaN", True),
    ("bound -Infinity  ", True),
    ("residual +INF", True),
    ("the sky over Iran", False),  # a word that ends as "nan" or "inf" does, no space before
    ("stuff", False),
    ("ninf", False),
    ("the word is infinity.", False),  # a sentence's full stop: no value closes it
]


@pytest.mark.parametrize(("line", "accepted"), NONFINITE_LINES)
def test_a_line_ending_in_a_nonfinite_value_is_a_candidate_of_every_scan(scan_width, line,
                                                                            accepted):
    """In a block longer than the wide scan's 64 bytes, with no digit near the line's end (so
    the wide scan's look-up of a unit's number says no), each scan agrees with the grammar."""
    _every_scan_agrees(line, accepted)


def _every_scan_agrees(line: str, accepted: bool) -> None:
    """`line` in a block longer than the wide scan's 64 bytes: the grammar says `accepted`,
    the compiled scan the same, and the regex scans find it when accepted (a superset)."""
    assert may_hold_metrics(line) is accepted
    text = ("no metric here, only words\n" * 4 + line + "\n" + "more words after it\n" * 4)
    at = text.index(line)
    assert compiled.candidate_starts(text.encode(), 0, len(text), _DENSE) == (
        [at] if accepted else [])
    if accepted:
        assert at in scan_module._scan(text, 0, len(text), scan_module._TEXT_SCANS, "\n=\t{(")
        data = text.encode()
        assert at in scan_module._scan(data, 0, len(data), scan_module._BYTE_SCANS, b"\n=\t{(")


WORD_CELL_LINES = [  # ENDS_IN_WORD_CELLS (the number near, far, too far from the end), VALUE_FIRST
    ("quadratic   1  -56.035552   0.35178     True   log", True),
    ("kernel  rbf  0.915" + " " * 30 + "True" + " " * 8 + "balanced", True),
    ("run  0.5" + " " * 60 + "done", False),  # the digit is not among the last 62 characters
    ("acc 0.91 done", False),  # one space: prose
    ("step 3  abcdefghijklm", True),  # a word longer than a cell's is a label (LABEL_CELL)
    ("step 3  two words of_label", False),  # two cells, one no word: neither rule
    ("\t0.8125\t = Holdout score   (f1)", True),  # VALUE_FIRST
    ("  -3 =  loss", True),
    ("x 3 = loss", False),  # a word before the value: no value first
    ("0.5 =loss", False),  # no space after "="
    ("||||| FOLD 3 REPORT |||||:", True),  # ENDS_IN_HEADING: a digit, then ":" last
    ("3 ran_pars  site  sd_u   0.576    NA         NA    NA", True),  # MISSING_CELLS: a numbered row
    ("12 b  x  1.5  NA  NA  NA  NA  NA  NA", True),
    ("2 b x 1.5 NA NA NA", True),  # one space apart, as pillar prints narrow columns
    ("Sargan             0  NA        NA       NA", False),  # no row number: NA cells are words
    ("1 a  0.5" + "  NA" * 16, False),  # the digit not among the last 62 characters
    ("Results for the run:", False),  # no digit: a sentence's colon
]


@pytest.mark.parametrize(("line", "accepted"), WORD_CELL_LINES)
def test_a_row_ending_in_word_cells_is_a_candidate_of_every_scan(scan_width, line, accepted):
    """In a block longer than the wide scan's 64 bytes, each scan agrees with the grammar."""
    _every_scan_agrees(line, accepted)


OBJECT_CELL_LINES = [  # ENDS_IN_OBJECTS: object cells close a row; what stands before decides
    ("1 sort   319us   344us   1804.    110.3ms <NULL> <Rprofmem [24 x 3]> <bench_tm [200]>", True),
    ("2 order  0.25  0.91 <tibble [200 x 3]>", True),
    ("3 fit    0.5    <lm>  ", True),
    ('  File "train.py", line 3, in <module>', False),  # a traceback's frame: a word before
    ("<div>3</div>", False),  # markup: no space before the cell
    ("x  3 <a> <b> <c> <d> <e> <f> <g>", False),  # more cells than a row's
    ("run 3 <" + "a" * 45 + ">", False),  # a cell longer than OBJECT_REACH
    ("value 3 <a <b>>", False),  # nested brackets: no cell
    ("<NULL> <list>", False),  # nothing before the cells
]


@pytest.mark.parametrize(("line", "accepted"), OBJECT_CELL_LINES)
def test_a_row_ending_in_object_cells_is_a_candidate_of_every_scan(scan_width, line, accepted):
    """In a block longer than the wide scan's 64 bytes, each scan agrees with the grammar."""
    _every_scan_agrees(line, accepted)


LATEX_ROW_LINES = [  # ENDS_IN_LATEX_ROW: a LaTeX row's end, what stands before it decides
    (r"    train & 0.0396 &   0.9906 \\ \hline", True),
    (r"0 & 0.52 & 0.91 \\", True),
    (r"    \verb|split| & \verb| loss | & \verb|accuracy| \\ \hline", True),  # a bar before
    (r"1 & 0.25 \\ \midrule \bottomrule", True),
    (r"a & 0.5 \\ \hline \hline \hline", False),  # more rule commands than a row closes with
    ("a & 0.5 \\\\ \\" + "a" * 13, False),  # a command longer than a rule's
    (r"Some words \\ \hline", False),  # no value before the row's end
    (r"see C:\Users\name", False),  # a path: no row end
    (r"a & 0.5 \\\hline", False),  # no space before the command
    (r"\hline", False),
]


@pytest.mark.parametrize(("line", "accepted"), LATEX_ROW_LINES)
def test_a_latex_row_is_a_candidate_of_every_scan(scan_width, line, accepted):
    """In a block longer than the wide scan's 64 bytes, each scan agrees with the grammar."""
    _every_scan_agrees(line, accepted)


VALUE_OPENING_LINES = [  # OPENS_WITH_VALUE: the number opens the line, far from its end
    ("          534 cumulative infections", True),
    ("            0 cumulative vaccinated people", True),
    ("        2,221 cumulative tests", True),
    ("   12 runs that were started on the second node of the cluster last week", True),
    ("  -3.5 change_in_mean-value", True),
    ("534 cumulative infections", False),  # no SPACE before the number
    ("   534 cumulative infections, and more", False),  # not words only to its end
    ("   version 534 of the infections", False),  # a word first
]


@pytest.mark.parametrize(("line", "accepted"), VALUE_OPENING_LINES)
def test_a_line_opening_with_a_value_is_a_candidate_of_every_scan(scan_width, line, accepted):
    """In a block longer than the wide scan's 64 bytes, with the number farther from the line's
    end than a unit's (the wide scan skipped such lines: only a block's last line was read
    whole, so a summary cut into two reads lost the rows of the second), each scan agrees
    with the grammar."""
    _every_scan_agrees(line, accepted)


def test_a_summary_of_value_opening_rows_is_all_candidates_at_every_offset(scan_width):
    rows = ["         8812 total requests served", "          120 requests that failed",
            "           17 retries", "        1,250 bytes per request", "            3 workers"]
    text = "Load test summary:\n" + "\n".join(rows) + "\n\nDone\n"
    for shift in range(64):  # the rows at every offset of the 64-byte blocks
        padded = ("x" * shift + "\n" + text).encode("ascii")
        lines = padded.decode("ascii").split("\n")
        starts, at = [], 0
        for line in lines:
            if may_hold_metrics(line):
                starts.append(at)
            at += len(line) + 1
        assert len(starts) == len(rows)
        assert compiled.candidate_starts(padded, 0, len(padded), 100) == starts, shift


# Rows whose last digit stands farther from the line's end than a unit's number (so the wide
# scan's quick look-up of a unit says no) before one or more text cells: the gaps between
# them one space, two, a tab, and the cells words, R's capitals ("0.35 FALSE  log", "1.5 NA
# NA"), a log level after its clock ("12:30:45 INFO loading"), units and labels. A fuzz run
# found the wide scan's quick test for such rows (`gap_after_last_digit`) read only "NA"
# after one space, not the other capitals ENDS_IN_WORD_CELLS accepts there.
CELL_WORDS = st.sampled_from([
    "NA", "FALSE", "TRUE", "INFO", "A", "ABCDEFGHIJKL", "ABCDEFGHIJKLM", "log", "abcdefghijkl",
    "Yes", "secondsnan", "J/K", "\\Omega", "od280_x", "NAFALSE", "Inf"])
CELL_GAPS = st.sampled_from([" ", " ", "  ", "\t", "   ", " \t"])
ROW_OPENS = st.sampled_from(["0", "3.5", "12:30:45", "7%", "1e-3", "2026-01-01 12:30:45"])
CELL_ROW = st.builds(
    lambda lead, value, cells: lead + value + "".join(gap + word for gap, word in cells),
    st.lists(PIECES, max_size=8).map("".join), ROW_OPENS,
    st.lists(st.tuples(CELL_GAPS, CELL_WORDS), min_size=1, max_size=4))
ROWS_AMONG_PROSE = st.lists(st.tuples(st.integers(0, 70), st.one_of(CELL_ROW, TEXT)),
                            min_size=1, max_size=12)


def cell_rows_in_blocks(rows):
    """Each row after a line of prose of its own length (so that rows fall at every offset of
    the 64-byte blocks), and prose after the last: the wide and the 16-byte scan find the
    lines `may_hold_metrics` accepts."""
    text = "".join("w" * pad + "\n" + row.replace("\n", " ") + "\n" for pad, row in rows)
    text += "more words after it\n"
    data = text.encode("ascii")
    for wide in (True, False):
        with scan_of_width(wide):
            assert compiled.candidate_starts(data, 0, len(data), 100_000) == expected_starts(
                text, 0, len(text), 100_000), wide


test_rows_of_text_cells_agree_in_every_scan = examples(300)(given(ROWS_AMONG_PROSE)(cell_rows_in_blocks))
test_many_more_rows_of_text_cells = pytest.mark.heavy(
    examples(6000)(given(ROWS_AMONG_PROSE)(cell_rows_in_blocks)))


@pytest.mark.parametrize(("line", "accepted"), [
    ("2026-01-01 12:30:45 FALSE  secondsnan", True),  # the fuzz run's line, shortened
    ("0.35 TRUE  abcdefghijkl", True),
    ("12 b  x  1.5 FALSE abcdefghijkl", False),  # one space before a word: prose
    ("2026-01-01 12:30:45 INFO loading shards", False),  # a log level, then prose
    ("0.35 ABCDEFGHIJKLM  abcdefghijkl", False),  # capitals longer than a cell's word
])
def test_capitals_after_one_space_are_read_by_every_scan(scan_width, line, accepted):
    """ENDS_IN_WORD_CELLS' one space before a word in capitals, its digit farther from the
    line's end than a unit's: each scan agrees with the grammar."""
    _every_scan_agrees(line, accepted)
