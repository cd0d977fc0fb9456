"""The metric rules' table (docs/metric-rules.rst) and the code agree: a row names a rule the
code applies, and a rule the code cites as `NAME (rules)` has its row. The table is prose, so
only this test keeps it honest as rules are added, renamed or removed.

The table is an RST list-table (a rule is an item: name, what, why). docutils is no dependency
of the tests, so `layout_problems` checks by hand what docutils needs of one: the directive, its
items and cells at their indents, three cells an item, literals closed; and no row left in the
old simple-table layout (docs/rules_table.py converts those)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "docs" / "metric-rules.rst"
CODE = sorted((ROOT / "expctl").rglob("*.py"))

NAME = re.compile(r"[A-Z][A-Z0-9_]{2,}")
CITED = re.compile(r"\b([A-Z][A-Z0-9_]{2,}) \(rules")
ITEM = re.compile(r"   \* - (\S.*)$")  # a rule's name: an item's first cell
CELL = re.compile(r"     - (\S.*)$")  # its what, then its why
MORE = re.compile(r"       \S")  # a cell's next line, set in to the cell's text
OLD_LAYOUT = re.compile(r"[A-Z][A-Z0-9_]{2,} {2,}\S|=+ {2,}=+")  # a simple table's row or rule


def read_items(text: str) -> tuple[list[list[str]], list[str]]:
    """The list-table's items (each a list of cells' text) and what is wrong with its layout."""
    lines = text.split("\n")
    if ".. list-table::" not in lines:
        return [], ["no '.. list-table::' line"]
    start = lines.index(".. list-table::") + 1
    while start < len(lines) and lines[start].startswith("   :"):
        start += 1  # the directive's options
    end = next((n for n in range(start, len(lines)) if lines[n][:1] not in ("", " ")), len(lines))
    items: list[list[str]] = []
    problems = [] if lines[start:start + 1] == [""] else [f"line {start + 1}: no blank line after the options"]
    for number, line in enumerate(lines[start:end], start + 1):
        if m := ITEM.match(line):
            items.append([m.group(1)])
        elif (m := CELL.match(line)) and items:
            items[-1].append(m.group(1))
        elif MORE.match(line) and items:
            items[-1][-1] += " " + line.strip()
        elif line.strip():
            problems.append(f"line {number}: neither an item, a cell nor a cell's next line: {line!r}")
    problems += [f"line {number}: a row in the old layout: {line!r}"  # in the prose after the table
                 for number, line in enumerate(lines[end:], end + 1) if OLD_LAYOUT.match(line)]
    return items, problems


def layout_problems(text: str) -> list[str]:
    items, problems = read_items(text)
    if items[:1] != [["rule", "what", "why"]]:
        problems.append("the first item is not the header: rule, what, why")
    for item in items[1:]:
        if len(item) != 3 or not NAME.fullmatch(item[0]):
            problems.append(f"{item[0]!r}: an item needs a rule's name, its what and its why")
        problems += [f"{item[0]}: an unclosed ``literal``" for cell in item if cell.count("``") % 2]
    return problems


def table_rules(text: str) -> set[str]:
    return {item[0] for item in read_items(text)[0][1:]}


def code_text() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in CODE)


def test_the_table_has_rows():
    assert len(table_rules(TABLE.read_text(encoding="utf-8"))) > 50


def test_the_table_is_a_list_table_docutils_can_read():
    assert layout_problems(TABLE.read_text(encoding="utf-8")) == []


def test_a_broken_layout_is_found():
    text = TABLE.read_text(encoding="utf-8")
    last_item = text.rindex("   * - ")
    broken = {
        "an old-layout row": text[:last_item] + "NEW_RULE               what it does     why\n\n" + text[last_item:],
        "an old row after the table": text.replace("\nLOOK_ALIKES", "\nNEW_RULE    what    why\nLOOK_ALIKES"),
        "a line set in too little": text.replace("\n       ", "\n      ", 1),
        "a cell too few": text.replace("   * - DONE_MARK\n     - ", "   * - DONE_MARK\n       ", 1),
        "an unclosed literal": text.replace("``✔``", "``✔", 1),
    }
    for what, text in broken.items():
        assert layout_problems(text) != [], what


def test_every_row_names_a_rule_the_code_applies():
    words = set(re.findall(r"\w+", code_text()))  # a rule's name is a whole word of the code
    missing = sorted(name for name in table_rules(TABLE.read_text(encoding="utf-8"))
                     if name not in words)
    assert missing == []


def test_every_rule_the_code_cites_is_in_the_table():
    """A row's own, or named inside a row (``QUALIFIER`` is part of PLAIN_NAMES)."""
    words = set(re.findall(r"\w+", TABLE.read_text(encoding="utf-8")))
    assert sorted(name for name in set(CITED.findall(code_text())) if name not in words) == []


def test_a_removed_row_or_a_dead_one_is_found():
    text = TABLE.read_text(encoding="utf-8")
    assert "NOISE_LINE" in table_rules(text)
    assert "NOISE_LINE" not in table_rules(text.replace("   * - NOISE_LINE\n", "   * - noise_line\n"))
    added = text.replace("     - why\n", "     - why\n\n   * - NO_SUCH_RULE\n     - a row for nothing\n     - why\n", 1)
    assert "NO_SUCH_RULE" in table_rules(added)
