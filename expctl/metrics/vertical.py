"""Vertical ``| key | value |`` blocks: one record drawn a row per metric.

Stable-Baselines3's logger prints each step so: a group row ``| rollout/ |   |`` names the
indented rows under it (``rollout/ep_rew_mean``); the whole block is one step, taken from its
own step-like row (``total_timesteps``), and is emitted once the block ends (a key seen again,
a line that is no such row, the end of output). Boxes without inner bars (`boxes`) are read
the same way. `expctl.metrics.tables` owns the reader and calls this one for two-cell rows.
"""

from __future__ import annotations

from collections.abc import Callable

from . import rules
from .cells import NUMBER_CELL

Pairs = list[tuple[str, str]]
_SETTING_WORDS = frozenset("param parameter hyperparameter hparam setting option argument arg config flag".split())


class VerticalBlock:
    """The block being collected: its ``(name, value)`` rows and the group row above them."""

    __slots__ = ("rows", "group")

    def __init__(self):
        self.rows: Pairs = []
        self.group = ""

    def take(self) -> Pairs:
        """The rows collected so far, the block emptied."""
        rows, self.rows, self.group = self.rows, [], ""
        return rows

    def read(self, cells: list[str], kinds: list[str], following: str | None, row,
             flush: Callable[[], list]) -> list:
        """Read one two-cell row; `following` is the next line when known, `row(line)` its
        cells (None when it is no row of a block), `flush()` the reader's end of a block.
        Returns the steps finished here."""
        raw_key = cells[0]
        key = raw_key.strip()
        done: list = []
        if key.endswith("/") and kinds[1] == "empty":
            if any(seen.startswith(key) for seen, _ in self.rows):
                done = flush()  # a group seen already: the next block begins
            self.group = key
        else:
            if raw_key[:1] != " " or len(raw_key) - len(raw_key.lstrip()) <= 1:
                self.group = ""  # an unindented key belongs to no group
            name = self.group + key
            if any(name == seen for seen, _ in self.rows):
                group = self.group
                done = flush()  # the next block begins
                self.group = group
            if kinds[1] == "number":
                self.rows.append((name, NUMBER_CELL.match(cells[1].strip()).group(1)))
        if following is not None and row(following) is None:
            done += flush()  # the block's last row
        return done


def block_step(block: Pairs) -> tuple[Pairs, str | None]:
    """A finished vertical block: its metrics and the step its finest step-like row gives."""
    step, step_rank, pairs = None, None, []
    for name, value in block:
        rank = rules.step_column_rank(name)
        if rank is not None:
            if step_rank is None or rank < step_rank:
                step, step_rank = value, rank
            continue
        if rules.is_time_column(name) or rules.is_setup_name(name):
            continue
        pairs.append((name, value))
    return pairs, step


def names_settings(table) -> bool:
    """KEY_VALUE_TABLE: True when `table` (the open table, None for none) is a barred key/value
    table of settings: its first column is named with a config word (``Param``,
    ``Hyperparameter``, ``Setting``, ``Argument``)."""
    if table is None or not table.barred or len(table.names) != 2:
        return False
    words = {word.lower().rstrip("s") for word in table.names[0].split()}
    return bool(words & _SETTING_WORDS)
