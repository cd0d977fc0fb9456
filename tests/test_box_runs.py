"""Rows of a box-drawn table read straight (`expctl.metrics.box_runs`): the same points as when
every reader reads every row, and the readers asked about the first rows of a run only."""

from __future__ import annotations

import io

import pytest
from rich import box
from rich.console import Console
from rich.live import Live
from rich.table import Table

from expctl.metrics.box_runs import BoxRun, is_run_row
from expctl.metrics.cells import cell_kind
from expctl.metrics.first_readers import FirstReaders
from tests.corpus import judge
from tests.metric_reading import read

HEAD = ("┏━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━━┓\n"
        "┃ epoch ┃ train_loss ┃ accuracy ┃\n"
        "┡━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━━┩\n")
FOOT = "└───────┴────────────┴──────────┘\n"


def rows(first: int, last: int) -> str:
    return "".join(f"│ {i:>5} │ {1 / i:>10.4f} │ {0.5 + i / 100:>8.4f} │\n" for i in range(first, last + 1))


def every_reader(monkeypatch) -> None:
    """No row read straight: the run's next row is never taken (the run ends at each line)."""
    monkeypatch.setattr(BoxRun, "read", lambda self, line, table, before: self.end())


def test_a_run_row_is_numbers_between_light_bars():
    assert is_run_row("│     3 │     0.4702 │   0.8841 │")
    assert is_run_row("│ -1 │ +2.5 │ 1e-05 │ 0.93s │ 54 % │ 3.1it/s │ 00:01 │ 1:02:03.5 │")
    assert not is_run_row("│ 3 │")  # one cell
    assert not is_run_row("│ 3 │       │")  # an empty cell
    assert not is_run_row("│ 3 │ - │")  # a mark
    assert not is_run_row("│ 3 │ 0.93 seconds │")  # a word
    assert not is_run_row("│ 3 │ 0.47 │ ")  # a space after the last bar
    assert not is_run_row("| 3 | 0.47 |")  # ASCII bars
    assert not is_run_row("│ train │ 0.47 │")  # a label


BOXES = {
    "one table": HEAD + rows(1, 12) + FOOT,
    "printed again whole": HEAD + rows(1, 5) + FOOT + HEAD + rows(1, 9) + FOOT,
    "a row printed twice": HEAD + rows(1, 4) + rows(4, 4) + rows(5, 8) + FOOT,
    "a line between rows": HEAD + rows(1, 4) + "saving checkpoint\n" + rows(5, 9) + FOOT,
    "an odd row within": HEAD + rows(1, 4) + "│     5 │        n/a │   0.5500 │\n" + rows(6, 9) + FOOT,
    "units and times": HEAD.replace("accuracy", "    time") + "".join(
        f"│ {i:>5} │ {1 / i:>9.3f}s │ 00:{i:02} │\n" for i in range(1, 9)) + FOOT,
    "a cell of words within": HEAD + rows(1, 4) + "│     5 │     1e5 ms │   0.5500 │\n" + rows(6, 9) + FOOT,
    "a wider row within": HEAD + rows(1, 4) + "│ 5 │ 0.2 │ 0.55 │ 7 │\n" + rows(6, 9) + FOOT,
    "another table after": HEAD + rows(1, 4) + FOOT + HEAD.replace("accuracy", "val_loss") + rows(1, 4) + FOOT,
    "a heading between": HEAD + rows(1, 3) + FOOT + "TEST:\n" + HEAD + rows(1, 4) + FOOT,
}


@pytest.mark.parametrize("text", BOXES.values(), ids=BOXES.keys())
@pytest.mark.parametrize("chunk", [4096, 40])
def test_the_points_are_those_every_reader_reads(text, chunk, monkeypatch):
    straight = read(text, chunk)
    every_reader(monkeypatch)
    assert read(text, chunk) == straight


def test_a_rich_live_table_reads_the_same_straight(monkeypatch):
    sink = io.StringIO()
    table = Table("epoch", "loss", "acc", box=box.ROUNDED)
    with Live(table, console=Console(file=sink, width=80, force_terminal=True), auto_refresh=False) as live:
        for epoch in range(1, 9):
            table.add_row(str(epoch), f"{1 / epoch:.4f}", f"{0.5 + epoch / 100:.3f}")
            live.refresh()
    straight = read(sink.getvalue())
    every_reader(monkeypatch)
    assert read(sink.getvalue()) == straight
    assert straight["loss"][-1] == (8.0, 0.125)


def test_the_readers_see_the_first_two_rows_of_a_run_only(monkeypatch):
    seen: list[str] = []
    ask = FirstReaders.read
    monkeypatch.setattr(FirstReaders, "read", lambda self, line, *rest: seen.append(line) or ask(self, line, *rest))
    found = read(HEAD + rows(1, 10) + FOOT)
    assert [line for line in seen if is_run_row(line)] == rows(1, 2).splitlines()
    assert found["train_loss"][-1] == (10.0, 0.1)


HALVES = [judge.CORPUS, judge.HELDOUT, *(getattr(judge, f"HELDOUT{n}") for n in range(3, 62))]  # never a blind half
BOXED = [fixture for root in HALVES for fixture in judge.fixture_dirs(root)
         if any("│" in path.read_text(encoding="utf-8", errors="replace") for path in fixture.glob("std*.txt"))]


@pytest.mark.parametrize("fixture", BOXED, ids=[f"{fixture.parent.name}/{fixture.name}" for fixture in BOXED])
def test_the_corpus_boxes_read_the_same_straight(fixture, monkeypatch):
    straight = judge.parse_fixture(fixture), judge.parse_fixture(fixture, live=True)
    every_reader(monkeypatch)
    assert (judge.parse_fixture(fixture), judge.parse_fixture(fixture, live=True)) == straight


def test_a_number_alone_is_of_the_kind_the_run_gives_it():
    for cell in (" 3 ", "  -0.4702 ", " +2.5 ", " 1e-05 ", " 12E+3 "):
        assert cell_kind(cell) == "number"
