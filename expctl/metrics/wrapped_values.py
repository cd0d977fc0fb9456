"""A value that a terminal-width wrap cut from its name (HEADING_NAME in `expctl.metrics.rules`).

Rich on a pipe wraps a progress bar's fields at 80 columns: a line may end with ``name:`` and
its value open the next line, set in (``    0.020 val/loss: 0.206``). The continuation is read
with the name the line above left dangling; a line ending with a name reads the value from the
next line when that line is no candidate of its own (all of it a continuation).
"""

from __future__ import annotations

from collections.abc import Callable

from ..lazyre import LazyPattern
from .grammar import may_hold_metrics
from .splitter import WRAPPED_VALUE  # a continuation line
from .value_lists import opens_value_run

_COLON_HEADER = LazyPattern(r"\s*(?:[^\W\d][^\d:]*:\s{2,}){1,}[^\W\d][^\d:]*:\s*\Z")  # names only
_DANGLING_NAME = LazyPattern(r"(?:^[ \t]*([^\W\d][\w./-]*(?: [^\W\d][\w./-]*){1,3})|(?:^|\s)([^\W\d][\w./-]*)):\s*\Z")  # "... train_loss:", "  concat loop:"


def join_wrapped(line: str, before: Callable[[int], list[str]],
                 next_line: Callable[[], str | None]) -> str:
    """`line`, joined with the name or value a wrap cut from it: ``    0.020 val/loss: 0.2``
    after ``... train_loss:`` reads ``train_loss: 0.020 val/loss: 0.2``. `before(n)` gives
    the n lines above; `next_line()` the line after, when printed (it may hold the line)."""
    if line[:1].isspace() and WRAPPED_VALUE.match(line) is not None:
        previous = before(1)
        dangling = _DANGLING_NAME.search(previous[-1]) if previous and previous[-1].rstrip()[-1:] == ":" else None
        if dangling and not _COLON_HEADER.match(previous[-1]) and not opens_value_run(line, next_line):  # no "Gen:  Fevals:  best:"; VALUE_FIRST_BLOCK
            line = f"{dangling.group(dangling.lastindex)}: {line.lstrip()}"
    if line[-1:] in (":", " ") and _DANGLING_NAME.search(line):
        # The value went to the next line; read it here when that line is no candidate
        # of its own (``0.674 val/acc:``, all of it a continuation).
        following = next_line()
        if (following is not None and following[:1].isspace()
                and WRAPPED_VALUE.match(following) and not may_hold_metrics(following)):
            line = f"{line.rstrip()} {following.strip()}"
    return line
