"""What the splitter and the parser keep of the output they have read: bounded by what they
need (a screen of rows for redraws, a tail of lines for look-back), not by the size of the
buffers the output came in. The recorder hands over several megabytes at once when reads pile
up; keeping references to those buffers held hundreds of megabytes on a fast child."""

from __future__ import annotations

from expctl.metrics import LineSplitter, MetricParser
from expctl.metrics.context import TAIL_BYTES
from expctl.metrics.splitter import SCREEN_ROWS


def feed_all(data: bytes, chunk: int) -> str:
    splitter = LineSplitter()
    parts = []
    for at in range(0, len(data), chunk):
        text = splitter.feed_text(data[at:at + chunk])
        parts.append(text if isinstance(text, str) else text.text())
    parts.append(splitter.flush_text())
    return "\n".join(part for part in parts if part)


def big_block(lines: int) -> bytes:
    return b"".join(b"line %d of plain output, nothing to read here\n" % i for i in range(lines))


def test_a_redraw_into_a_long_block_gives_the_same_lines_as_small_reads():
    """Cursor up into the rows of a 400 KB block (kept as a copy of its last screen of rows)
    and rewrite one: the same lines as when the block came in 4 KiB reads."""
    data = big_block(10_000) + b"\x1b[3A\rredrawn row\x1b[3B\rafter\n" + b"epoch 1 loss 0.5 acc 0.9\n"
    assert feed_all(data, 1 << 20) == feed_all(data, 4096)
    assert "redrawn row" in feed_all(data, 1 << 20)


def test_the_splitter_keeps_no_long_block_it_has_passed():
    splitter = LineSplitter()
    blocks = [big_block(20_000) for _ in range(3)]
    for block in blocks:
        splitter.feed_text(block)
    kept = [part for part in splitter._above if isinstance(part, tuple)]
    assert all(part[0] is not block for part in kept for block in blocks)
    assert sum(len(part[0]) for part in kept) < SCREEN_ROWS * 100


def test_the_parsers_tail_keeps_a_bounded_copy_of_long_blocks():
    parser, splitter, out = MetricParser(), LineSplitter(), {}
    blocks = [big_block(20_000) for _ in range(6)]
    for block in blocks:
        parser.parse_text(splitter.feed_text(block), 0.0, out)
    kept = [part for part in parser._tail.blocks if isinstance(part, tuple)]
    assert all(part[0] is not block for part in kept for block in blocks)
    assert sum(len(part[0]) for part in kept) <= 8 * TAIL_BYTES
    assert parser._tail.last(2)[-1] == "line 19999 of plain output, nothing to read here"
