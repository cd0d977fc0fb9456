"""Metamorphic scoring: how much of the parser's corpus score rests on the fixtures' surface.

Every half `bench/corpus_table.py` knows (the development corpus and ``heldout``, ``heldout3``
.. ``heldout43``) is rewritten by each transformation below, a change an unseen tool could
print just as well, with the matching change to the fixture's truth; the rewritten fixture is
scored by the judge (`tests/corpus/judge.py`) and compared with the same fixture untouched.
A rule that keys on one fixture's metric names, widths or number formats loses here, where
a rule that reads structure does not. Transformations (a fixture whose text one leaves as it
was is not counted for it):

* ``rename``: every word of a truth metric name that the text prints as a word of its own
  (``val_accuracy`` -> ``val``, ``accuracy``), other than a step, phase, unit or statistic
  word (``KEPT_WORDS``, ``KEPT_UNITS``: ``med``, ``fold``, ``ns``, ``ops``, ``sec``, ``MB``,
  ``percent``, ``err`` after ``std``, ``value`` after ``p``; kept in every case once a name
  holds it in any), and other than a function word (``FUNCTION_WORDS``: ``of``, ``at``,
  ``in``: a closed class, which a new tool prints as every other does), becomes a made-up
  word of the same length (``accuracy`` -> ``zipawuve``) in the text, the truth's metric,
  step, optional and params names alike; same length keeps tables aligned, so only the names
  change.
* ``wider`` / ``narrower``: in a block of two or more non-blank lines (a line with a tab
  between them left as it was, no end of the block), every column gutter
  (a run of two or more columns blank on every line of the block, with text right of it on
  two lines or more: one line's double space is no column) grows by two spaces, or shrinks
  by one (down to two). Truth unchanged. Blocks one blank line apart are re-padded
  together, on the gutters all their lines share (a header a blank line sets apart from its
  rows stays over them, as HiGHS prints it); blocks whose lines share none are re-padded
  each alone. (A line of prose between rows is no exception: R's single-spaced headers look
  like prose, and a header left as it was over re-padded rows is no table.)
* ``sci``: a decimal number (``0.1234``) printed in scientific notation with the same
  significant digits (``1.234e-01``); ``fewer``: a number with three decimals or more printed
  with one decimal less (not one that would print as zero: ``0.004``, ``0.000005``, whose
  value would be lost and the tolerance grown to 100%); ``more``: a decimal number printed
  with a trailing zero. The values stay what they were; the truth's relative tolerance grows
  by the largest relative change ``fewer`` made. In a block of lines with a column gutter, a
  shorter number is padded on its left, or on its right in a left-aligned column (a cell
  starts where it starts on every line of the block with a gutter, but does not end where it
  ends on each, and a gutter, the line's end or such a column follows it: Vowpal Wabbit's
  first columns; not ``0.158 sec``; a line with no gutter of its own is in no such column:
  R's ``-0.8676594`` under ``data:  mtcars$mpg``), so columns stay aligned, and a longer one is left as it
  was. Only a number that is its word's whole content, brackets or ``%`` aside, and not
  after ``name =`` or ``name:`` is a cell padded so (not R's ``t = -3.7671, df = 18.332`` under a table), and the padding goes
  outside its word (``(0.009)`` -> `` (0.01)``), before the word it is a note to
  (``145.4 (0.996)`` -> `` 145.4 (1.00)``); on its left only where a word of another
  line of the block ends where it ends (a right-aligned column). A number that is part of a truth name (``2.5 %``) or the digits after a thousands
  comma (``4,129.7600``) is never rewritten.
* ``prefix``: ``2026-12-06 10:00:00,123 INFO `` before every non-blank line, as a logging
  handler prints it; ``indent``: four spaces before every non-blank line. Truth unchanged.
  Text after a carriage return (a progress bar redrawn) gets neither.

Run: ``python bench/metamorph.py [--only rename,sci] [--halves dev,heldout3] [--errors N]``
with the virtualenv's Python, from the checkout. It prints, per transformation, the pooled
figures of the fixtures it changed, untouched and transformed, and with ``--errors N`` the N
fixtures that lose most, with a few of their misses and false positives. The whole corpus
takes a few minutes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import zlib
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from bench.corpus_table import _HALVES
from tests.corpus.judge import (CORPUS, PHASES, STEP_WORDS, STREAMS, fixture_dirs,
                                load_truth, score_fixture, total)
from expctl.metrics.units import is_unit

# Words a rename keeps: steps, phases and statistics are every tool's vocabulary.
KEPT_WORDS = STEP_WORDS | set(PHASES) | set(PHASES.values()) | set(
    "epochs steps iterations iters rounds batches update updates gen generations tree fold "
    "folds train val test eval learn valid mean avg average median med min max std sd stdev "
    "stddev var total".split())
# Units `is_unit` leaves to other rules, kept too: a time's (``ns``, ``sec``), an operation's
# (``ops/s``, ``ns/op``) and a byte count's (``MB/s``), in any case (``Sec``, ``mb``).
KEPT_UNITS = frozenset(
    "s ms us ns ps fs sec secs min h hr op ops b kb mb gb tb kib mib gib percent".split())


# A statistic of two words: a standard error or deviation ("std err", "std_dev").
KEPT_AFTER_STD = frozenset("err error dev deviation".split())
# A test's p-value ("p-value", "p_val"): the statistic's name, whatever the test.
KEPT_AFTER_P = frozenset("value values val".split())
# English function words: articles, prepositions, conjunctions. New tools coin new nouns, never
# new prepositions: "REML criterion at convergence" renamed "ZAWU zeluderer za zakesibamov"
# is no text any tool prints, and a reader of sentences rightly leans on "at", "of", "in".
FUNCTION_WORDS = frozenset(
    "a an the of in on at by for to from with without per vs versus and or not no nor as into "
    "onto over under between than via within".split())


def kept(word: str, before: str = "") -> bool:
    """True for a word of a name the rename leaves as it is: a step, phase, statistic or
    unit word (`before`, the name's word before it: ``err`` after ``std``)."""
    low = word.lower()
    return (low in KEPT_WORDS or low in KEPT_UNITS or low in FUNCTION_WORDS or is_unit(word)
            or before.lower() == "std" and low in KEPT_AFTER_STD
            or before.lower() == "p" and low in KEPT_AFTER_P)
_WORD = r"(?<![^\W_]){}(?![^\W_])"  # a word between separators: "_" and punctuation end it
_NAME_WORDS = re.compile(r"[^\W\d_]+(?![\d])")
_NUMBER = re.compile(r"(?<![\w.:/+-])(?<!\d,)[-+]?\d+\.\d+(?![\w.:/%])")
_ESCAPE = re.compile(r"(\x1b\[[0-9;?]*[A-Za-z])")
_GUTTER = re.compile(r"\S {2,}(?=\S)")
_PREFIX = "2026-12-06 10:00:00,123 INFO "


def made_up(word: str, taken: set[str]) -> str:
    """A pronounceable word of `word`'s length and case, starting with z, not in `taken`."""
    seed = zlib.crc32(word.lower().encode())
    for attempt in range(1000):  # past 50 tries, any letters (a short word has few others)
        letters = ["z"]
        for i in range(1, len(word)):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            pool = "abcdefghijklmnopqrstuvwxyz" if attempt > 50 else (
                "aeiou" if i % 2 else "bdfgklmnprstvw")
            letters.append(pool[seed % len(pool)])
        new = "".join(letters)
        if new not in taken:
            break
    taken.add(new)
    if word.isupper():
        return new.upper()
    return new.capitalize() if word[:1].isupper() else new


def rename(texts: list[str], truth: dict) -> tuple[list[str], dict] | None:
    joined = "\n".join(texts).lower()
    named = [_NAME_WORDS.findall(name) for name in truth["metrics"]]
    found = {w for words in named for w in words}
    skip = {w.lower() for words in named for before, w in zip(["", *words], words)
            if kept(w, before)}  # "MB" keeps "mb" wherever it is printed, "std err" "err"
    words = {w.lower() for w in found} - skip
    words = {w for w in words if len(w) >= 2 and re.search(_WORD.format(re.escape(w)), joined)}
    if not words:
        return None
    taken = set(re.findall(r"[a-z]+", joined))
    mapping = {w: made_up(w, taken) for w in sorted(words)}
    pattern = re.compile(_WORD.format("(?:" + "|".join(map(re.escape, sorted(words, key=len,
                                                                               reverse=True))) + ")"),
                         re.IGNORECASE)

    def sub(text: str) -> str:
        def one(found: re.Match) -> str:
            old = found.group(0)
            new = mapping[old.lower()]
            if old.isupper() and len(old) > 1:
                return new.upper()
            return new.capitalize() if old[:1].isupper() else new
        parts = _ESCAPE.split(text)  # a colour's escape ends no word: "\x1b[32mfib" is "fib"
        return "".join(part if i % 2 else pattern.sub(one, part) for i, part in enumerate(parts))

    truth = dict(truth)
    for part in ("metrics", "steps", "optional", "params"):
        if part in truth:
            truth[part] = {sub(name): value for name, value in truth[part].items()}
    return [sub(text) for text in texts], truth


def _block_lines(text: str, per_block, aligned) -> str:
    """`text` with each block of non-blank lines (no tab, no carriage return) rewritten by
    `per_block(lines, aligned(lines))`, and every other line alone the same way."""
    lines = text.split("\n")
    out: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line.strip() and "\t" not in line and "\r" not in line:
            block.append(line)
            continue
        out += per_block(block, aligned(block)) + per_block([line], aligned([line]))
        block = []
    return "\n".join(out[:-1])


def gutters(lines: list[str]) -> list[tuple[int, int]]:
    """The column gutters of a block: (start, end) of each run of two or more columns blank
    on every line, with text left of it on some line and right of it on two lines or more
    (one line's double space, R's ``Signif. codes:  0 ...`` under ``---``, is no column)."""
    width = max(map(len, lines))
    blank = [all(c >= len(line) or line[c] == " " for line in lines) for c in range(width)]
    first = min(len(line) - len(line.lstrip(" ")) for line in lines)
    found, c = [], first
    while c < width:
        if not blank[c]:
            c += 1
            continue
        start = c
        while c < width and blank[c]:
            c += 1
        if c - start >= 2 and c < width and sum(bool(x[c:].strip()) for x in lines) >= 2:
            found.append((start, c))
    return found


def _groups(lines: list[str]) -> list[list[int]]:
    """Indices of the lines of each group: blocks of non-blank lines (no tab, no carriage
    return) one blank line apart. A line holding a tab, between two such lines, is left as it
    was and parts no group: ministat's tab-set notes between one table's rows keep its rows
    re-padded as its header is."""
    found: list[list[int]] = []
    group: list[int] = []
    for i, line in enumerate(lines):
        if line.strip() and "\t" not in line and "\r" not in line:
            group.append(i)
        elif "\t" in line and "\r" not in line and group and line.strip():
            continue
        elif line.strip() or not group or i + 1 < len(lines) and not lines[i + 1].strip():
            found, group = found + [group] if group else found, []
    return found + [group] if group else found


def _blocks(group: list[int], lines: list[str]) -> list[list[int]]:
    """A group's blocks: its runs of consecutive line indices (past lines with a tab)."""
    found: list[list[int]] = []
    for i in group:
        if found and all("\t" in lines[j] for j in range(found[-1][-1] + 1, i)):
            found[-1].append(i)
        else:
            found.append([i])
    return found


def repad(change: int):
    def one(text: str) -> str:
        lines = text.split("\n")
        for group in _groups(lines):
            if len(group) >= 2 and not gutters([lines[i] for i in group]):
                repad_rows(lines, [block for block in _blocks(group, lines) if len(block) >= 2])
            elif len(group) >= 2:
                repad_rows(lines, [group])
        return "\n".join(lines)

    def repad_rows(lines: list[str], parts: list[list[int]]) -> None:
        for rows in parts:
            table = [lines[i] for i in rows]
            for start, end in reversed(gutters(table)):
                if change < 0 and end - start < 3:
                    continue
                table = [line if len(line) <= start else
                         line[:start] + " " * change + line[start:] if change > 0 else
                         line[:start] + line[start - change:] for line in table]
            for i, line in zip(rows, table):
                lines[i] = line
    return lambda texts, truth: ([one(t) for t in texts], truth)


def _sci(number: str) -> str | None:
    value = Decimal(number)
    digits = len(number.lstrip("-+").replace(".", "").lstrip("0"))
    return None if value == 0 else f"{float(number):.{max(digits - 1, 0)}e}"


def _fewer(number: str) -> str | None:
    decimals = len(number) - number.index(".") - 1
    if decimals < 3:
        return None
    new = Decimal(number).quantize(Decimal(1).scaleb(1 - decimals), ROUND_HALF_EVEN)
    return None if new == 0 != Decimal(number) else str(new)  # 0.004 -> 0.00: no value left


def _left_column(block: list[str], start: int, end: int) -> bool:
    """Whether the cell at `start`..`end` is in a left-aligned column of `block` (its lines
    with a gutter): a cell starts there on every line, but not every line's ends where it ends."""
    def starts(x: str) -> bool:
        return len(x) > start and x[start] != " " and x[start - 1:start] in ("", " ")

    def ends(x: str) -> bool:
        return len(x) >= end and x[end - 1] != " " and x[end:end + 1] in ("", " ")
    return all(map(starts, block)) and not (end > start and all(map(ends, block)))


def _cell(text: str, start: int, end: int) -> bool:
    """Whether the number at `start`..`end` is its word's whole content, brackets or a percent
    sign aside (``0.009``, ``(0.009)``, ``12.5%``), and no ``name =`` or ``name:`` one space
    or none before it (``iter 1:    0.0600000``, a gutter apart, is a cell):
    a cell to keep aligned, where ``-3.7671,`` in ``t = -3.7671, df = 18.332``,
    ``score=0.790``, ``p-value = 0.0792`` or ``RMSE: [[1.0802031]]`` is a sentence's value."""
    at = _word_start(text, start)
    rest = text[at:start] + text[end:_word_end(text, end)]
    return not rest.strip("()[]%") and not re.search(r"[:=] ?$", text[:at])


def _ends_with(block: list[str], text: str, end: int) -> bool:
    """Whether a word ends at `end` on another line of `block` (every line, with a gutter or
    not: R's ``mean of x mean of y`` over its values) than `text`: a right-aligned column,
    not a sentence's last number under a table (``p-value = 0.001374``)."""
    return any(x is not text and len(x) >= end and x[end - 1] != " " and x[end:end + 1] in ("", " ")
               for x in block)


def _pad_at(text: str, start: int) -> int:
    """Where a right-aligned cell holding the number at `start` starts: its word's start, or
    the start of the number before when the number is its note in parentheses
    (``145.4 (0.996)``: one cell of two words)."""
    at = _word_start(text, start)
    if text[at:at + 1] == "(" and at >= 2 and text[at - 1] == " " and text[at - 2].isdigit():
        return _word_start(text, at - 1)
    return at


def _word_start(text: str, at: int) -> int:
    """Where the word (a run of non-blanks) holding `at` starts."""
    return len(text[:at]) - len(text[:at].split(" ")[-1])


def _word_end(text: str, at: int) -> int:
    """Where the word (a run of non-blanks) holding the character before `at` ends."""
    return at + len(text[at:].split(" ")[0])


def reformat(how):
    """Rewrite every decimal number by `how`; the truth's relative tolerance grows by the
    largest relative change a rewrite made (``fewer``'s rounding), so a value printed coarser
    still matches the value it stands for, and nothing else."""
    moved = [0.0]

    def line(text: str, block: list[str], named: set[str], lines: list[str]) -> str:
        table = bool(block)
        edits: list[tuple[int, int, str]] = []  # (start, end, new text); an insertion is empty
        for found in _NUMBER.finditer(text):
            old, new = found.group(0), how(found.group(0))
            start, end = found.span()
            if new is None or old.lstrip("-+") in named:
                continue
            new = "+" + new if old[:1] == "+" and new[:1] != "+" else new  # the sign kept
            grow = len(new) - len(old)
            if table and grow < 0 and _cell(text, start, end):
                left = text in block and _left_column(block, start, end) and (
                    text[end:end + 2] in ("", "  ") or not text[end:].strip()
                    or _left_column(block, end + 1, end + 1))  # a cell, not "0.158 sec"
                # the padding goes outside the cell's word: "(0.009)" -> " (0.01)"
                at = _word_end(text, end) if left else _pad_at(text, start)
                if left or _ends_with(lines, text, _word_end(text, end)):
                    edits.append((at, at, " " * -grow))
            elif table and grow > 0:
                continue  # a wider column would move its header and every row: left alone
            edits.append((start, end, new))
            if float(old):
                moved[0] = max(moved[0], abs(float(new) / float(old) - 1))
        out, at = [], 0
        for start, end, new in sorted(edits, key=lambda e: (e[0], e[1])):
            out += [text[at:start], new]
            at = end if end > start else max(at, start)
        return "".join(out) + text[at:]

    def apply(texts: list[str], truth: dict) -> tuple[list[str], dict]:
        moved[0] = 0.0
        named = {n for part in ("metrics", "optional", "params") for key in truth.get(part, {})
                 for n in re.findall(r"\d+\.\d+", key)}  # "2.5 %": a number in a name stays
        texts = [_block_lines(t, lambda block, table: [line(x, table, named, block) for x in block],
                              lambda block: [x for x in block if _GUTTER.search(x.strip())])
                 for t in texts]
        tolerance = dict(truth.get("tolerance", {}))
        tolerance["rel"] = float(tolerance.get("rel", 1e-3)) + moved[0] * 1.001
        return texts, {**truth, "tolerance": tolerance}
    return apply


def lead(prefix: str):
    def one(text: str) -> str:
        return "\n".join(prefix + line if line.strip() else line for line in text.split("\n"))
    return lambda texts, truth: ([one(t) for t in texts], truth)


TRANSFORMS = {"rename": rename, "wider": repad(2), "narrower": repad(-1),
              "sci": reformat(_sci), "fewer": reformat(_fewer),
              "more": reformat(lambda n: n + "0"), "prefix": lead(_PREFIX), "indent": lead("    ")}


def transformed_score(fixture: Path, how, scratch: Path):
    """The judge's score of `fixture` rewritten by `how`, or None when `how` changes nothing."""
    texts = [(fixture / f"{s}.txt").read_bytes().decode("utf-8", "surrogateescape")
             for s in STREAMS]
    result = how(texts, load_truth(fixture))
    if result is None or result[0] == texts:
        return None
    target = scratch / fixture.name
    target.mkdir(exist_ok=True)
    for stream, text in zip(STREAMS, result[0]):
        (target / f"{stream}.txt").write_bytes(text.encode("utf-8", "surrogateescape"))
    (target / "truth.json").write_text(json.dumps(result[1]))
    return score_fixture(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(TRANSFORMS), help="transformations, by comma")
    parser.add_argument("--halves", default="dev," + ",".join(_HALVES), help="halves, by comma")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="list the N fixtures each transformation costs most")
    args = parser.parse_args(argv)
    folders = {"dev": CORPUS, **{flag: folder for flag, (_, folder) in _HALVES.items()}}
    fixtures = [(half, f) for half in args.halves.split(",") for f in fixture_dirs(folders[half])]
    base = {f: score_fixture(f) for _, f in fixtures}
    print("| transformation | fixtures | truth | precision before -> after | "
          "recall before -> after |\n|---|---:|---:|---|---|")
    worst = {}
    with tempfile.TemporaryDirectory(prefix="metamorph-") as scratch:
        for name in args.only.split(","):
            pairs = []
            for half, fixture in fixtures:
                after = transformed_score(fixture, TRANSFORMS[name], Path(scratch))
                if after is not None:
                    pairs.append((f"{half}/{fixture.name}", base[fixture], after))
            before, now = total(p[1] for p in pairs), total(p[2] for p in pairs)
            print(f"| {name} | {len(pairs)} | {before.truth} | {before.precision:.3f} -> "
                  f"{now.precision:.3f} | {before.recall:.3f} -> {now.recall:.3f} |")
            worst[name] = sorted(pairs, key=lambda p: (p[1].tp - p[2].tp) + (p[2].fp - p[1].fp),
                                 reverse=True)[:args.errors]
    for name, pairs in worst.items():
        for label, before, after in pairs:
            lost, gained = before.tp - after.tp, after.fp - before.fp
            if lost > 0 or gained > 0:
                print(f"{name} {label}: TP {before.tp} -> {after.tp}, FP {before.fp} -> {after.fp}")
                for p in after.missed[:3]:
                    print(f"    MISS {p.name!r} = {p.value!r} (step {p.step!r})")
                for p in after.false_points[:3]:
                    print(f"    FP   {p.name!r} = {p.value!r} (step {p.step!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
