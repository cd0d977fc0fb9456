"""A blank line reaches the parser as a line wherever the reads were cut.

`LineSplitter.feed_text` says "no line completed" with None and "one blank line" with "", and
`feed` keeps blank lines: a blank line that a read boundary cuts off (a child writing one line
per write(), a pipe read ending there) is the same line to the parser as one inside a read, so
rules that end a block at a blank line read the same output the same way however it was cut.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from expctl.metrics import LineSplitter, MetricParser
from expctl.metrics.splitter import AsciiLines
from expctl.record.digest import InlineMetrics

CORPUS = Path(__file__).parent / "corpus"
# Real output with blank lines between its blocks: summaries (rjags' print.dic, sklearn's
# report), benchmark blocks, a solver's listing, tables of poles under a header four lines up
# (python-control: a row of another width than a row that found no distant header looks for
# its own, TableReader._missed), and a negative (git) with none to read.
FIXTURES = ["catboost", "negative-git", "heldout17/r-rjags", "heldout17/ngspice",
            "heldout13/sysbench", "heldout16/benny-pipe", "heldout3/sklearn-report",
            "heldout13/r-bench", "heldout20/python-control"]


def _output(fixture: str) -> list[bytes]:
    return [(CORPUS / fixture / f"{stream}.txt").read_bytes() for stream in ("stdout", "stderr")]


def _pieces(data: bytes, cuts) -> list[bytes]:
    bounds = sorted({0, len(data), *(cut % (len(data) + 1) for cut in cuts)})
    return [data[a:b] for a, b in zip(bounds, bounds[1:])]


def _points(streams: list[list[bytes]], by_line: bool = False) -> list[str]:
    """What one parser reads from each stream's reads, the recorder's way (`feed_text` and
    `parse_text`) or line by line (`feed` and `parse_lines`); repr, so nan equals nan."""
    parser, out = MetricParser(), {}
    for reads in streams:
        splitter = LineSplitter()
        for data in reads:
            if by_line:
                parser.parse_lines(splitter.feed(data), 0.0, out)
            else:
                parser.parse_text(splitter.feed_text(data), 0.0, out)
        if by_line:
            parser.parse_lines(splitter.flush(), 0.0, out)
        else:
            parser.parse_text(splitter.flush_text(), 0.0, out)
    parser.finish(0.0, out)
    return sorted(repr(point) for name, series in out.items()
                  for point in zip(itertools.repeat(name), series.steps, series.values))


def _blank_edges(data: bytes) -> list[int]:
    """Where the blank lines of `data` start and end: a read cut there leaves one alone."""
    return [at + offset for at in range(len(data) - 1) if data[at:at + 2] == b"\n\n"
            for offset in (1, 2)]


def _lines_of(data: bytes) -> list[int]:
    return [at + 1 for at in range(len(data)) if data[at:at + 1] == b"\n"]


WHOLE = {fixture: _points([[data] for data in _output(fixture)]) for fixture in FIXTURES}


@settings(max_examples=60, deadline=None)
@given(fixture=st.sampled_from(FIXTURES), cuts=st.lists(st.integers(0, 1 << 20), max_size=40),
       by_line=st.booleans())
@example(fixture="heldout17/r-rjags", cuts=_blank_edges(_output("heldout17/r-rjags")[0]), by_line=False)
@example(fixture="heldout17/ngspice", cuts=_blank_edges(_output("heldout17/ngspice")[0]), by_line=False)
@example(fixture="heldout17/ngspice", cuts=_blank_edges(_output("heldout17/ngspice")[0]), by_line=True)
@example(fixture="catboost", cuts=_blank_edges(_output("catboost")[0]), by_line=False)
def test_a_fixture_reads_the_same_however_its_output_is_cut(fixture, cuts, by_line):
    streams = [_pieces(data, cuts) for data in _output(fixture)]
    assert _points(streams, by_line) == WHOLE[fixture]


def test_every_fixture_reads_the_same_one_line_per_read():
    for fixture in FIXTURES:
        streams = [_pieces(data, _lines_of(data)) for data in _output(fixture)]
        assert _points(streams) == WHOLE[fixture], fixture
        assert _points(streams, by_line=True) == WHOLE[fixture], fixture


# -- the splitter -----------------------------------------------------------------------------

BLANKS = [
    b"a\n\nb\n",  # a blank line
    b"a\n\n\nb\n\n",  # two, and one at the end
    b"\n\na\n",  # at the start
    b"a\r\n\r\nb\r\n",  # a pty's
    b"loss: 0.5\n\x1b[0m\n\x1b[32mok\x1b[0m\n",  # a line of escapes only shows blank
    b"10%\r20%\r\n\nb\n",  # a redrawn line, then a blank one
    b"a\n\n\xc3\xa9\n\nb",  # not ASCII
]


def _split(pieces: list[bytes]) -> list[str]:
    splitter = LineSplitter()
    return [line for piece in pieces for line in splitter.feed(piece)] + splitter.flush()


def test_blank_lines_are_lines():
    assert _split([b"a\n\nb\n"]) == ["a", "", "b"]
    assert _split([b"a\r\n\r\nb\r\n"]) == ["a", "", "b"]  # a pty's, the same
    assert _split([b"\x1b[0m\n"]) == [""]
    # an empty segment is no blank line: after "\r", on a row the cursor went back to
    assert _split([b"a\r\nb\n"]) == ["a", "b"]
    assert _split([b"a\nb\x1b[1A\n\n"]) == ["a", "b"]


def test_a_blank_line_is_one_wherever_the_reads_are_cut():
    for data in BLANKS:
        whole = _split([data])
        assert "" in whole
        for first, second in itertools.combinations(range(len(data) + 1), 2):
            assert _split(_pieces(data, [first, second])) == whole, (data, first, second)
        assert _split([data[at:at + 1] for at in range(len(data))]) == whole, data


def test_no_line_and_a_blank_line_are_told_apart():
    splitter = LineSplitter()
    assert splitter.feed_text(b"partial") is None  # no line completed
    assert splitter.feed_text(b"\n") == "partial"
    assert splitter.feed_text(b"\n") == ""  # one blank line
    block = splitter.feed_text(b"\nx\n")  # a blank line, then x: bytes passed on as read
    assert isinstance(block, AsciiLines) and block.head == "" and block.text() == "\nx"
    block = splitter.feed_text(b"y\n\n")  # y, then a blank line: an empty range of bytes
    assert isinstance(block, AsciiLines) and block.start == block.end and block.text() == "y\n"
    assert splitter.flush_text() is None


# -- what the parser reads --------------------------------------------------------------------

# A line of one name and a number between two "words: number" lines is one of them
# (BETWEEN_PAIRS); a blank line above it parts it from them. (Two places: a value of three or more
# beside one pair is read by SPACED_VALUE, blank line or not.) A benchmark's block of set-in
# fields ends at a blank line (BENCH_BLOCK).
PARTED = {
    b"Mean deviance:  102.3\n\npenalty 3.36\nPenalized deviance: 105.7\n":
        ["('Mean deviance', 0.0, 102.3)", "('Penalized deviance', 0.0, 105.7)"],
    b"benchmarking: sort\n    mean: 0.91ms, median: 0.51ms\n\n    mean: 0.5ms, median: 0.4ms\n":
        ["('sort/mean', 0.0, 0.91)", "('sort/median', 0.0, 0.51)"],
}


def test_a_blank_line_parts_blocks_however_the_output_is_cut():
    for data, whole in PARTED.items():
        assert _points([[data]]) == whole
        for cuts in ([at] for at in range(len(data) + 1)):
            assert _points([_pieces(data, cuts)]) == whole, (data, cuts)
        assert _points([_pieces(data, _lines_of(data))]) == whole
        assert _points([_pieces(data, _lines_of(data))], by_line=True) == whole
        pty = data.replace(b"\n", b"\r\n")
        assert _points([_pieces(pty, _lines_of(pty))]) == whole


def test_the_recorder_reads_a_blank_line_written_alone():
    data = next(iter(PARTED))
    metrics = InlineMetrics(MetricParser())
    read = {}
    for piece in _pieces(data, _lines_of(data)):  # one write() per line: "\n" is a read
        for name, series in metrics.feed("stdout", piece, 0.0).items():
            read.setdefault(name, []).extend(series.values)
    for name, series in metrics.finish(0.0).items():
        read.setdefault(name, []).extend(series.values)
    assert read == {"Mean deviance": [102.3], "Penalized deviance": [105.7]}
