"""Rows of a whitespace-aligned table read straight (`expctl.metrics.aligned_runs`, ALIGNED_RUN):
the same points as when every reader reads every row, and the readers asked about the first
row of a run only."""

from __future__ import annotations

import pytest

from expctl.metrics import tables
from expctl.metrics.aligned_runs import is_run_row
from expctl.metrics.cells import cell_kind
from expctl.metrics.first_readers import FirstReaders
from tests.corpus import judge
from tests.metric_reading import read

FASTAI = "epoch     train_loss  valid_loss  accuracy  time\n"
SKLEARN = "      Iter       Train Loss      OOB Improve   Remaining Time \n"


def fastai(first: int, last: int) -> str:
    return "".join(f"{i:<9} {1 / (i + 1):<11.6f} {0.5 + i / 100:<11.6f} {0.4 + i / 200:<9.6f} 00:{i:02}\n"
                   for i in range(first, last + 1))


def sklearn(first: int, last: int, unit: str = "") -> str:
    return "".join(f"{i:>10} {1 / i:>16.4f} {i / 1000:>16.4f} {9 - i / 10:>15.2f}{unit}\n"
                   for i in range(first, last + 1))


def points(text: str, chunk: int = 4096) -> dict[str, list[tuple[float, str]]]:
    """name -> [(step, value)] read from `text`, each value as printed by repr (nan equals nan)."""
    return {name: [(step, repr(value)) for step, value in found] for name, found in read(text, chunk).items()}


def every_reader(monkeypatch) -> None:
    """No row read straight: every row goes to every reader."""
    monkeypatch.setattr(tables, "read_run_row", lambda *args: None)


def test_a_run_row_is_numbers_clock_times_and_units_two_spaces_apart():
    assert is_run_row("0         0.844422    0.757954    0.420572  00:01")
    assert is_run_row("        10           0.4521   54.2%  -3  +0.5   1:02:03.5  ")
    assert is_run_row("3  0.47s  12ms  4.1it/s")  # a unit glued to its number
    assert not is_run_row("3")  # one cell
    assert not is_run_row("3 0.47")  # one space apart
    assert not is_run_row("3  0.47 s")  # a unit one space after its number: two cells one space apart
    assert not is_run_row("3  1e-05")  # an exponent's letter
    assert not is_run_row("3  epoch")  # a word
    assert not is_run_row("3  +0.47s")  # a signed number with a unit
    assert not is_run_row("3\t0.47")  # a tab
    assert not is_run_row("3  -")  # a mark
    assert not is_run_row("3  0.47  (0.02)")  # parentheses
    assert not is_run_row("| 3 | 0.47 |")  # bars
    assert not is_run_row("train  0.47  0.5")  # a label
    assert not is_run_row("3  -1:02")  # a signed clock time (text to the readers)
    assert not is_run_row("\u0663  4")  # a digit other than ASCII's
    assert not is_run_row("3  4.")  # a point without decimals


def test_the_kinds_the_run_gives_are_the_cells_kinds():
    for cell in ("3", "-0.4702", "+2.5", "54.2%", "007"):
        assert cell_kind(cell) == "number"
    for cell in ("00:01", "1:02:03", "1:02:03.5", "12:30", "3.79s", "12ms", "4.1it/s"):
        assert cell_kind(cell) == "unit"


TABLES = {
    "fastai": FASTAI + fastai(0, 19),
    "a line between rows": FASTAI + fastai(10, 13) + "saving model\n" + fastai(14, 18),
    "printed again whole": FASTAI + fastai(10, 15) + FASTAI + fastai(10, 19),
    "restarted without a header": FASTAI + fastai(10, 15) + fastai(10, 14),
    "a row printed twice": FASTAI + fastai(10, 14) + fastai(14, 14) + fastai(15, 18),
    "a wider row within": FASTAI + fastai(10, 14) + "15        0.2  0.5  0.7  00:05  9\n" + fastai(16, 19),
    "an odd row within": FASTAI + fastai(10, 14) + "15        nan         0.500000    0.500000  00:05\n" + fastai(16, 19),
    "another table after": FASTAI + fastai(10, 14) + "\n" + FASTAI.replace("accuracy", "error_rt") + fastai(10, 14),
    "a rule and other names": FASTAI + fastai(10, 13) + FASTAI.replace("accuracy", "f1_score") + "-" * 48 + "\n" + fastai(14, 18),
    "a rule right under a row": FASTAI + fastai(10, 13) + "-" * 48 + "\n" + fastai(14, 18),
    "sklearn": SKLEARN + sklearn(1, 12),
    "sklearn with units": SKLEARN + sklearn(1, 12, "s"),
    "units, not set in": "step  loss  time\n" + "".join(f"{i:<4}  {1 / i:.3f}  {i / 10:.2f}s\n" for i in range(1, 12)),
    "a unit within": "  it    time      loss\n" + "".join(f"  {i:<4}  {i * 12:>4}ms  {1 / i:.4f}\n" for i in range(1, 12)),
    "a profiler's text column": "   ncalls  tottime  percall  filename:lineno(function)\n" + "".join(
        f"   {i:>6}  {i / 100:>7.3f}  {i / 1000:>7.4f}  mod.py:{i}(f{i}s)\n" for i in range(10, 22)),
    "words for units": "step  loss  kind\n" + "".join(f"{i:<4}  {1 / i:.3f}  abc\n" for i in range(1, 12)),
    "spaCy-like, set in": "  E    #       LOSS  SCORE \n" + "".join(
        f"  {i // 3:<3}  {i * 200:<6} {1 / (i + 1):>5.2f}  {i / 20:>5.2f} \n" for i in range(12)),
    "percentages": "step  acc  f1\n" + "".join(f"{i * 10:<4}  {i}%   {i / 10:.1f}%\n" for i in range(10, 19)),
}


@pytest.mark.parametrize("name", TABLES)
@pytest.mark.parametrize("chunk", [4096, 40])
def test_the_points_are_those_every_reader_reads(name, chunk, monkeypatch):
    text = TABLES[name]
    taken: list[str] = []
    ask = tables.read_run_row
    monkeypatch.setattr(tables, "read_run_row", lambda line, *rest: (found := ask(line, *rest)) is not None and taken.append(line) or found)
    straight = points(text, chunk)
    assert bool(taken) == (name not in ("a profiler's text column", "words for units"))  # text: no run
    every_reader(monkeypatch)
    assert points(text, chunk) == straight


def test_the_readers_see_the_first_row_of_a_run_only(monkeypatch):
    seen: list[str] = []
    ask = FirstReaders.read
    monkeypatch.setattr(FirstReaders, "read", lambda self, line, *rest: seen.append(line) or ask(self, line, *rest))
    found = read(FASTAI + fastai(0, 2) + fastai(10, 19))  # a run: rows as wide, the same first digit
    assert [line for line in seen if is_run_row(line)] == (fastai(0, 2) + fastai(10, 10)).splitlines()
    assert found["train_loss"][-1] == (19.0, 0.05)


HALVES = [judge.CORPUS, judge.HELDOUT, *(getattr(judge, f"HELDOUT{n}") for n in range(3, 62))]
ALIGNED = [fixture for root in HALVES for fixture in judge.fixture_dirs(root) if any(
    is_run_row(line) for path in fixture.glob("std*.txt")
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines())]


@pytest.mark.parametrize("fixture", ALIGNED, ids=[f"{fixture.parent.name}/{fixture.name}" for fixture in ALIGNED])
def test_the_corpus_aligned_tables_read_the_same_straight(fixture, monkeypatch):
    straight = [judge.parse_fixture(fixture, live=live) for live in (False, True)]
    every_reader(monkeypatch)
    for live, points in zip((False, True), straight):
        assert judge.same_points(judge.parse_fixture(fixture, live=live), points)
