"""The metric rules' table (docs/metric-rules.rst) and the code agree: a row names a rule the
code applies, and a rule the code cites as `NAME (rules)` has its row. The table is prose, so
only this test keeps it honest as rules are added, renamed or removed."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "docs" / "metric-rules.rst"
CODE = sorted((ROOT / "expctl").rglob("*.py"))

RULE = re.compile(r"^([A-Z][A-Z0-9_]{2,})\s", re.M)  # a row's first column, flush left
CITED = re.compile(r"\b([A-Z][A-Z0-9_]{2,}) \(rules")


def table_rules(text: str) -> set[str]:
    body = text.split("=" * 21 + "  ", 1)[1]  # past the title: the table's first rule line
    return set(RULE.findall(body))


def code_text() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in CODE)


def test_the_table_has_rows():
    assert len(table_rules(TABLE.read_text(encoding="utf-8"))) > 50


def test_every_row_names_a_rule_the_code_applies():
    code = code_text()
    missing = sorted(name for name in table_rules(TABLE.read_text(encoding="utf-8"))
                     if not re.search(rf"\b{name}\b", code))
    assert missing == []


def test_every_rule_the_code_cites_is_in_the_table():
    """A row's own, or named inside a row (``QUALIFIER`` is part of PLAIN_NAMES)."""
    text = TABLE.read_text(encoding="utf-8")
    assert sorted(name for name in set(CITED.findall(code_text()))
                  if not re.search(rf"\b{name}\b", text)) == []


def test_a_removed_row_or_a_dead_one_is_found():
    text = TABLE.read_text(encoding="utf-8")
    assert "NOISE_LINE" in table_rules(text)
    assert "NOISE_LINE" not in table_rules(text.replace("\nNOISE_LINE ", "\nnoise_line "))
    assert "NO_SUCH_RULE" in table_rules(text + "\nNO_SUCH_RULE   a row for nothing   why\n")
