#!/usr/bin/env python3
"""Keep docs/metric-rules.rst a table that renders: one RST ``list-table`` item per rule.

The file was an RST *simple table* whose columns drifted under hand edits until docutils
refused it ("Malformed table"). A list-table holds a rule as three items (name, what, why), so a
line's exact column no longer matters: only the item markers and their indent do. This tool
reads rows in either layout, or a file that mixes them (old rows pasted in or appended by a
merge), and writes every row in the list-table layout, text reflowed. Stdlib only.

    python3 docs/rules_table.py [FILE]             rewrite FILE (default: metric-rules.rst here)
    python3 docs/rules_table.py --check [FILE]     exit 1 if FILE is not as this tool writes it
    python3 docs/rules_table.py --resolve [FILE]   in a git merge that conflicts in FILE: merge
                                                   base, ours and theirs row by row, then rewrite

Old-layout rows start flush left with the rule's name; the "what" and "why" of each line are
parted at the column gap (two or more spaces) nearest the header's "why" column. A line with no
such gap is parted at a single space there when the line runs well into the "why" column, and
reported, as is any line that cannot be parted: the words are all kept either way.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent / "metric-rules.rst"
DIRECTIVE = ".. list-table::"
OPTIONS = ("   :header-rows: 1", "   :widths: 20 40 40")
HEADER = ("rule", "what", "why")
WIDTH = 99  # the longest line written, as the prose around the table
ITEM, CELL, MORE = "   * - ", "     - ", "       "
WHY_COLUMN = 68  # where the old header's "why" column starts, unless the file says otherwise
SLACK = 4  # how far from that column a drifted line may part its cells

OLD_ROW = re.compile(r"([A-Z][A-Z0-9_]{2,})(?= {2,}\S| *$)")
OLD_RULE = re.compile(r"=+(?: {2,}=+)+ *$")
OLD_HEADER = re.compile(r"rule {2,}what {2,}why *$")
LIST_ITEM = re.compile(r"( {1,7})\* -(?: (.*))?$")
LIST_CELL = re.compile(r"( {1,7})-(?: (.*))?$")
OPTION = re.compile(r" +:[\w-]+:")
CONFLICT = re.compile(r"(<{7}|={7}|>{7}|\|{7})( |$)")


@dataclass
class Row:
    """One rule: its cells as the source lines' pieces, and where it started (for reports)."""

    cells: list[list[str]]
    line: int
    notes: list[str] = field(default_factory=list)  # the doubts reading it

    @property
    def name(self) -> str:
        return cell_text(self.cells[0])

    def texts(self) -> list[str]:
        return [cell_text(cell) for cell in self.cells]

    def key(self) -> str:
        """The row's words, blind to reflowing: two rows alike here are the same row."""
        return " ".join(" ".join(self.texts()).split())


@dataclass
class Doc:
    before: str
    rows: list[Row]
    after: str
    notes: list[str] = field(default_factory=list)  # doubts: the file is still written
    errors: list[str] = field(default_factory=list)  # the file is left alone
    dropped: int = 0  # rows that repeated another word for word


def cell_text(parts: list[str]) -> str:
    """A cell's pieces as one line: spaces collapsed, except inside ``literals``, where a run
    of spaces may be what the rule describes (``key:  value``)."""
    pieces = " ".join(part.strip() for part in parts if part.strip()).split("``")
    return "``".join(piece if odd else re.sub(r"\s+", " ", piece)
                     for odd, piece in ((i % 2 == 1, p) for i, p in enumerate(pieces)))


def wrap(text: str, width: int) -> list[str]:
    """Greedy fill, breaking only at single spaces, so a literal's run of spaces survives and
    reading the lines back (cell_text) gives the same text."""
    lines: list[str] = []
    for chunk in re.split(r"(?<=\S) (?=\S)", text) if text else []:
        if lines and len(lines[-1]) + 1 + len(chunk) <= width:
            lines[-1] += " " + chunk
        else:
            lines.append(chunk)
    return lines or [""]


def why_column(lines: list[str]) -> int:
    """The third column's start in the old header's rule line, if the file still has one."""
    for line in lines:
        if OLD_RULE.match(line):
            starts = [m.start() for m in re.finditer(r"=+", line)]
            if len(starts) >= 3:
                return starts[2]
    return WHY_COLUMN


def literal_open(parts: list[str]) -> bool:
    return sum(part.count("``") for part in parts) % 2 == 1


def part_line(line: str, start: int, why: int, what_so_far: list[str]) -> tuple[str, str, str]:
    """An old-layout line's (what, why, doubt) from column `start` on; doubt is "" when sure."""
    end = len(line.rstrip())
    if end <= start:
        return "", "", ""
    first = len(line) - len(line[start:].lstrip())
    if first >= why - SLACK:
        return "", line[first:end], ""
    gaps = sorted((abs(m.end() - why), m.end()) for m in re.finditer(r" {2,}", line[:end])
                  if m.start() > first and abs(m.end() - why) <= SLACK)
    if gaps:
        tie = len(gaps) > 1 and gaps[0][0] == gaps[1][0]
        cut = gaps[0][1]
        return line[first:cut].rstrip(), line[cut:end], "two column gaps as near" if tie else ""
    if end <= why + SLACK:
        return line[first:end], "", ""  # the "what" runs a little past its column
    spaces = sorted((abs(m.end() - why), m.end()) for m in re.finditer(r"(?<=\S) (?=\S)", line[:end])
                    if m.start() > first and abs(m.end() - why) <= SLACK
                    and not literal_open([*what_so_far, line[first:m.start()]]))
    if spaces:
        cut = spaces[0][1]
        return line[first:cut - 1], line[cut:end], "no column gap: parted at a single space"
    return line[first:end], "", "cannot part it: all kept as 'what'"


class Reader:
    """Reads the table's rows, whichever layout each is in, and the prose around it."""

    def __init__(self, text: str, where: str) -> None:
        self.lines = text.split("\n")
        self.where = where
        self.why = why_column(self.lines)
        self.doc = Doc("", [], "")
        self.row: Row | None = None
        self.old = False  # the current row is in the old layout

    def note(self, number: int, doubt: str, errors: bool = False, row: Row | None = None) -> None:
        text = f"{self.where}:{number}: {doubt}: {self.lines[number - 1].strip()!r}"
        (self.doc.errors if errors else self.doc.notes).append(text)
        if row is not None:
            row.notes.append(text)

    def read(self) -> Doc:
        starts = [i for i, line in enumerate(self.lines)
                  if line.startswith(DIRECTIVE) or OLD_RULE.match(line)]
        if not starts:
            self.doc.errors.append(f"{self.where}: no table (neither '{DIRECTIVE}' nor a simple table's rule)")
            return self.doc
        self.doc.before = "\n".join(self.lines[:starts[0]]).rstrip("\n")
        for i in range(starts[0], len(self.lines)):
            if not self.take(i + 1, self.lines[i]):
                self.doc.after = "\n".join(self.lines[i:])
                break
        self.close()
        return self.doc

    def take(self, number: int, line: str) -> bool:
        """Reads one line of the table; False at the first line of the prose after it."""
        if CONFLICT.match(line):
            self.note(number, "a merge's conflict marker: resolve it, or run with --resolve", errors=True)
        elif not line.strip() or OLD_RULE.match(line) or OLD_HEADER.match(line):
            if self.old:  # an old row ends at a blank line or a rule
                self.close()
        elif line.startswith(DIRECTIVE) or (OPTION.match(line) and not self.doc.rows and self.row is None):
            pass
        elif m := OLD_ROW.match(line):
            self.open(number, old=True)
            self.add_old(number, line, m.end())
        elif line[0] != " ":
            return False
        elif m := LIST_ITEM.match(line):
            self.open(number, old=False)
            self.add_cell(m.group(2) or "")
        elif (m := LIST_CELL.match(line)) and self.row is not None and not self.old:
            self.add_cell(m.group(2) or "")
        elif self.row is None:
            self.note(number, "text outside any row", errors=True)
        elif self.old:
            self.add_old(number, line, 0)
        else:
            self.row.cells[-1].append(line)
        return True

    def open(self, number: int, old: bool) -> None:
        self.close()
        self.row, self.old = Row([[]] if old else [], number), old

    def add_cell(self, text: str) -> None:
        assert self.row is not None
        self.row.cells.append([text])

    def add_old(self, number: int, line: str, start: int) -> None:
        assert self.row is not None
        if start:  # the row's first line: its name, then its first what and why
            self.row.cells = [[line[:start]], [], []]
        what, why, doubt = part_line(line, start, self.why, self.row.cells[1])
        self.row.cells[1].append(what)
        self.row.cells[2].append(why)
        if doubt:
            self.note(number, f"{doubt} -> what {what.strip()!r} | why {why.strip()!r}", row=self.row)

    def close(self) -> None:
        row, self.row = self.row, None
        if row is None or [t.lower() for t in row.texts()] == list(HEADER):
            return
        if len(row.cells) != 3 or not OLD_ROW.fullmatch(row.name):
            self.note(row.line, f"a row needs a rule's name and two more cells, has {len(row.cells)}", errors=True)
            return
        for column, text in zip(HEADER[1:], row.texts()[1:]):
            if not text:
                self.note(row.line, f"{row.name}: its {column!r} cell is empty", row=row)
            if text.count("``") % 2:
                self.note(row.line, f"{row.name}: an unclosed ``literal`` in its {column!r} cell", row=row)
        self.doc.rows.append(row)


def read(text: str, where: str = "<text>") -> Doc:
    doc = Reader(text, where).read()
    doc.rows = drop_repeats(doc)
    return doc


def drop_repeats(doc: Doc) -> list[Row]:
    """A row pasted twice (a merge kept both sides) is one row; a name with two different rows
    is kept twice, as the file had it (TAB_FIELDS is two rules of one name)."""
    seen: dict[str, Row] = {}
    kept = []
    for row in doc.rows:
        if row.key() in seen:
            doc.notes.append(f"line {row.line}: {row.name} repeats line {seen[row.key()].line}: dropped")
            doc.dropped += 1
            continue
        seen[row.key()] = row
        kept.append(row)
    return kept


def render(doc: Doc) -> str:
    out = [doc.before, "", DIRECTIVE, *OPTIONS, ""]
    for texts in [list(HEADER), *(row.texts() for row in doc.rows)]:
        for lead, text in zip((ITEM, CELL, CELL), texts):
            first, *more = wrap(text, WIDTH - len(MORE))
            out.append((lead + first).rstrip())
            out.extend(MORE + line for line in more)
        out.append("")
    return "\n".join(out) + "\n" + doc.after.lstrip("\n")


def words(text: str) -> Counter[str]:
    """The words of a file, less the table's own marks (rules, directive, item markers)."""
    kept = [re.sub(r"^ {1,7}(\* -|-)(?= |$)", "", line) for line in text.split("\n")
            if not (OLD_RULE.match(line) or line.startswith(DIRECTIVE) or line in OPTIONS)]
    return Counter(" ".join(kept).split())


def lost_words(before: str, after: str, dropped: int) -> str:
    """Words the rewrite lost or made up (beyond the header the layouts share), if any."""
    if dropped:  # repeated rows were dropped on purpose: no count to compare
        return ""
    change = (words(before) - words(after)) + (words(after) - words(before))
    change -= Counter(HEADER)
    return " ".join(sorted(change.elements()))


def merge(base: Doc, ours: Doc, theirs: Doc) -> tuple[Doc, list[str]]:
    """Three-way merge by row (a row is its name and its n-th time): a row changed on one side
    takes that side's text, one added on theirs goes after the row it follows there."""
    conflicts: list[str] = []
    keyed = [dict(keyed_rows(doc)) for doc in (base, ours, theirs)]
    order = list(keyed[1])
    theirs_order = list(keyed[2])
    for i, key in enumerate(theirs_order):
        if key not in order and key not in keyed[0]:
            before = [k for k in theirs_order[:i] if k in order]
            order.insert(order.index(before[-1]) + 1 if before else 0, key)
    rows = []
    for key in order + [k for k in theirs_order if k not in order]:
        sides = [side.get(key) for side in keyed]
        which, conflict = pick(*(row.key() if row else None for row in sides))
        if conflict:
            conflicts.append(f"{key[0]}: changed on both sides")
        elif (row := sides[which]) is not None:
            rows.append(row)
    texts = []
    for part in ("before", "after"):
        sides_text = [getattr(doc, part) for doc in (base, ours, theirs)]
        which, conflict = pick(*(" ".join(text.split()) for text in sides_text))
        texts.append(sides_text[which])
        if conflict:
            conflicts.append(f"the prose {part} the table: changed on both sides")
    return Doc(texts[0], rows, texts[1]), conflicts


def keyed_rows(doc: Doc) -> dict[tuple[str, int], Row]:
    """The rows by (name, how many times the name came so far): TAB_FIELDS has two rows."""
    seen: Counter[str] = Counter()
    out = {}
    for row in doc.rows:
        seen[row.name] += 1
        out[(row.name, seen[row.name])] = row
    return out


def pick(base: str | None, ours: str | None, theirs: str | None) -> tuple[int, bool]:
    """The side a merge takes (1 ours, 2 theirs) and whether both sides changed it apart: a
    side that changed wins over one that did not (None: the side has no such row)."""
    if ours == theirs or base == theirs:
        return 1, False
    if base == ours:
        return 2, False
    return 1, True


def git_stage(path: Path, stage: int) -> str:
    done = subprocess.run(["git", "show", f":{stage}:./{path.name}"], cwd=path.parent,
                          capture_output=True, text=True)
    return done.stdout if done.returncode == 0 else ""


def resolve(path: Path) -> tuple[Doc, list[str]]:
    stages = [git_stage(path, n) for n in (1, 2, 3)]
    if not stages[1] or not stages[2]:
        return Doc("", [], "", errors=[f"{path}: not in a merge conflict (no 'ours' and 'theirs' in git's index)"]), []
    docs = [read(text, f"{path} ({side})") for text, side in zip(stages, ("base", "ours", "theirs"))]
    if not stages[0]:
        docs[0] = Doc("", [], "")
    merged, conflicts = merge(*docs)
    merged.notes = [note for row in merged.rows for note in row.notes]  # the rows kept only
    merged.errors = [error for doc in docs for error in doc.errors]
    return merged, conflicts


def docutils_problems(text: str) -> str:
    """What docutils says of the text, when this Python has docutils (the tests do not need it)."""
    try:
        import docutils.core  # type: ignore[import-untyped]
    except ImportError:
        return ""
    import io
    stream = io.StringIO()
    docutils.core.publish_string(text, writer_name="null", settings_overrides={
        "report_level": 2, "halt_level": 5, "warning_stream": stream})
    return stream.getvalue()


def main(argv: list[str]) -> int:
    flags = [arg for arg in argv if arg.startswith("--")]
    paths = [Path(arg) for arg in argv if not arg.startswith("--")]
    if set(flags) - {"--check", "--resolve"} or len(paths) > 1:
        print(__doc__, file=sys.stderr)
        return 2
    path = paths[0] if paths else DEFAULT
    original = path.read_text(encoding="utf-8")
    if "--resolve" in flags:
        doc, conflicts = resolve(path)
        if conflicts:
            doc.errors += [f"{path}: {c}: edit the file by hand, then run without --resolve" for c in conflicts]
    else:
        doc = read(original, str(path))
    for note in doc.notes + doc.errors:
        print(note, file=sys.stderr)
    if doc.errors:
        return 1
    text = render(doc)
    if "--check" in flags:
        if text != original:
            print(f"{path}: not as {Path(__file__).name} writes it: run it", file=sys.stderr)
            return 1
        return 0
    if "--resolve" not in flags and (lost := lost_words(original, text, doc.dropped)):
        print(f"{path}: left as it was: the rewrite would change these words: {lost}", file=sys.stderr)
        return 1
    path.write_text(text, encoding="utf-8")
    print(f"{path}: {len(doc.rows)} rules written as a list-table", file=sys.stderr)
    if problems := docutils_problems(text):
        print(problems, file=sys.stderr, end="")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
