"""Which lines of a block of output may hold a metric, found without reading every line.

Most output holds no metric. `candidate_starts` finds, in a block of lines joined with "\\n"
(a str, or the ASCII bytes read), the lines `grammar.may_hold_metrics` accepts, by scanning the
whole block: with the compiled scan (`_scan.c`) when it was built, else a handful of regex
scans. `MetricParser.parse_text` reads only those lines, with the block as their context.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from expctl.metrics import grammar
from expctl.metrics.block_scans import block_scans, spaced_lines
from expctl.lazyre import LazyPattern

# Whole-block scans for the lines `grammar.may_hold_metrics` accepts (see `candidate_lines`),
# derived from the candidate rules by `block_scans.block_scans`. Each starts with a literal
# character, which the regex engine skips to in a fast loop, and tries a match only where it
# finds it. They come twice: for text, and for the bytes of ASCII text, which the engine scans
# almost twice as fast.
_TEXT_SCANS = tuple(LazyPattern(source) for source in block_scans(str))
_BYTE_SCANS = tuple(LazyPattern(source.encode("ascii")) for source in block_scans(bytes))
_TEXT_SPACED = tuple(LazyPattern(source) for source in spaced_lines(str))  # see `_scan`
_BYTE_SPACED = tuple(LazyPattern(source.encode("ascii")) for source in spaced_lines(bytes))
compiled_starts: Callable[[bytes, int, int, int], list[int] | None] | None
try:  # built from _scan.c by setup.py when a C compiler was at hand
    from expctl.metrics._scan import candidate_starts as compiled_starts
except ImportError:
    compiled_starts = None
DENSE = 48  # candidate lines in one block from which reading every line is cheaper
_WINDOW = 64 << 10  # bytes scanned per regex call (see _scan_bytes)
# A longer line goes to the Python rules in `may_hold`: the compiled scan finds a "{"'s line
# start by walking back to it, from every "{" (a megabyte of "{'a': {" would take minutes).
_ONE_LINE_MOST = 512


def candidate_lines(text: str | bytes, start: int = 0, end: int | None = None
                     ) -> list[str] | None:
    """The lines of `text[start:end]` (lines joined with "\\n"; bytes must be ASCII) that
    `grammar.may_hold_metrics` accepts, in order, and maybe a few more; None when most lines are
    candidates (reading every line is then cheaper)."""
    end = len(text) if end is None else end
    starts = candidate_starts(text, start, end)
    if starts is None:
        return None
    lines = lines_at(text, starts, end, "\n" if isinstance(text, str) else b"\n")
    return lines if isinstance(text, str) else [line.decode("ascii") for line in lines]


def may_hold(line: str) -> bool:
    """`grammar.may_hold_metrics(line)`, by the compiled scan when it is built and `line` is
    one line of ASCII text: a line read on its own then costs a tenth of the Python rules."""
    if line[-1:].isdecimal():
        return True  # ENDS_IN_NUMBER, a table's row: cheaper to see than to ask
    if compiled_starts is not None and len(line) <= _ONE_LINE_MOST and line.isascii() and "\n" not in line:
        return compiled_starts(line.encode("ascii"), 0, len(line), 1) != []
    return grammar.may_hold_metrics(line)


def candidate_starts(text: str | bytes, start: int, end: int) -> list[int] | None:
    """Where the candidate lines of `text[start:end]` start (see `candidate_lines`)."""
    if isinstance(text, str):
        if not text.isascii():  # a flag of the string: free to ask
            return _scan(text, start, end, _TEXT_SCANS, "\n=\t{(")
        text = text.encode("ascii")
    return _scan_bytes(text, start, end)


def _scan_bytes(text: bytes, start: int, end: int) -> list[int] | None:
    """Where the lines of the ASCII lines `text[start:end]` that may hold a metric start (see
    `candidate_lines`); None when most lines may.

    The compiled scan (expctl/metrics/_scan.c) reads each line as `grammar.may_hold_metrics`
    does, without the GIL, at several times the speed of the regex scans below. Without it, five
    scans over the block, each for a character that is rare in most output (the ones for
    "=", tabs and "{" run only when the block holds that character), find them without looking
    at the other lines one by one. They run over windows of whole lines: each regex call then
    holds the GIL briefly, so the thread that pumps the output (see expctl.record.handoff) gets it back
    soon after each of its system calls."""
    if compiled_starts is not None:
        return compiled_starts(text, start, end, DENSE)
    starts: list[int] = []
    while start < end:
        stop = text.find(b"\n", min(start + _WINDOW, end) - 1, end)
        stop = end if stop < 0 else stop
        found = _scan(text, start, stop, _BYTE_SCANS, b"\n=\t{(")
        if found is None or len(starts) + len(found) > DENSE:
            return None
        starts += found
        start = stop + 1
    return starts


def _scan(text, start: int, end: int, scans, chars) -> list[int] | None:
    """`_scan_bytes` in one window, for one type of text: `chars` spells "\\n=\\t{(" in
    that type."""
    newline, equals_sign, tab_char, brace_char, paren_char = (chars[i:i + 1] for i in range(5))
    colon, equals, tab, number_at_end, brace, tensor, opens = scans
    found = [colon.finditer(text, start, end)]
    first, later = _TEXT_SPACED if isinstance(text, str) else _BYTE_SPACED
    if first.match(text, start, end):  # `opens` from its first possible line only
        found.append(opens.finditer(text, start, end))
    elif (spaced := later.search(text, start, end)) is not None:
        found.append(opens.finditer(text, spaced.start() + 1, end))
    if text.find(equals_sign, start, end) >= 0:
        found.append(equals.finditer(text, start, end))
    if text.find(tab_char, start, end) >= 0:
        found.append(tab.finditer(text, start, end))
    found.append(number_at_end.finditer(text, start, end))
    if text.find(brace_char, start, end) >= 0:
        found.append(brace.finditer(text, start, end))
    if text.find(paren_char, start, end) >= 0:
        found.append(tensor.finditer(text, start, end))
    starts: set[int] = set()
    for match in itertools.chain.from_iterable(found):
        starts.add(text.rfind(newline, start, match.start()) + 1 or start)
        if len(starts) > DENSE:
            return None
    last_start = text.rfind(newline, start, end) + 1 or start
    last = text[last_start:end]
    if last and grammar.may_hold_metrics(last if isinstance(last, str) else last.decode("ascii")):
        starts.add(last_start)  # the block's last line has no newline for the scans to see
    return sorted(starts)


def lines_at(text, starts: list[int], end: int, newline) -> list:
    lines = []
    for start in starts:
        stop = text.find(newline, start, end)
        lines.append(text[start:end if stop < 0 else stop])
    return lines
