"""Rewrite the GRAMMAR block of ``_scan.c`` from `expctl.metrics.grammar`, then rebuild.

The block holds the candidate rules' ASCII pieces as C constants (`c_block`), so the compiled
scan reads lines with the grammar's own characters and limits.

Run ``python -m expctl.metrics.write_scan_grammar`` after changing a piece of the candidate
rules in ``grammar.py``, then rebuild the extension (``pip install -e .``);
``tests/test_metrics_scans.py`` fails while the block is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

from expctl.metrics import grammar as g

C_BEGIN = "/* BEGIN GRAMMAR"
C_END = "/* END GRAMMAR */"


def _c_string(chars: str) -> str:
    return '"' + "".join(c if c.isalnum() or c in "-+.%|:=]{( " else f"\\{ord(c):03o}"
                         for c in chars) + '"'


def c_block() -> str:
    """The ``GRAMMAR`` block of ``_scan.c``: the candidate rules' ASCII pieces as C constants."""
    ascii_bars = "".join(c for c in g.TABLE_BARS if c.isascii())
    ascii_marks = "".join(c for c in g.END_MARKS if c.isascii())
    marks = ":=" + g.TAB_AFTER.replace(":", "") + g.OBJECT_OPEN + ">"  # ">": ARROW_NUMBER
    lines = [
        f"{C_BEGIN}: generated from expctl/metrics/grammar.py by",
        " * `python -m expctl.metrics.write_scan_grammar`; tests/test_metrics_scans.py fails when stale. */",
        f"#define GRAMMAR_SPACE {_c_string(g.SPACE)}  /* SPACE, ASCII, without the newline */",
        f"#define GRAMMAR_NUMBER_START {_c_string(g.NUMBER_START)}",
        f"#define GRAMMAR_END_MARKS {_c_string(ascii_marks + ascii_bars)}  /* beside a digit */",
        f"#define GRAMMAR_TABLE_BARS {_c_string(ascii_bars)}",
        f"#define GRAMMAR_DECORATION {_c_string(g.DECORATION)}",
        f"#define GRAMMAR_DASH_CELLS {g.DASH_CELLS}",
        f"#define GRAMMAR_TAB_AFTER {_c_string(g.TAB_AFTER)}",
        f"#define GRAMMAR_HEADING_END '{g.HEADING_END}'",
        f"#define GRAMMAR_MARKS {_c_string(marks)}  /* found by memchr, then checked */",
        f"#define GRAMMAR_UNIT_LETTERS {g.UNIT_LETTERS}",
        f"#define GRAMMAR_RATE_LETTERS {g.RATE_LETTERS}",
        f"#define GRAMMAR_RATE_UNIT_LETTERS {g.RATE_UNIT_LETTERS}",
        f"#define GRAMMAR_ASIDE_REACH {g.ASIDE_REACH}",
        f"#define GRAMMAR_WORD_CELL_LETTERS {g.WORD_CELL_LETTERS}",
        f"#define GRAMMAR_WORD_CELLS_REACH {g.WORD_CELLS_REACH}",
        f"#define GRAMMAR_LABEL_CELL_LETTERS {g.LABEL_CELL_LETTERS}",
        f"#define GRAMMAR_LABEL_MARKS {_c_string(g.LABEL_MARKS)}  /* LABEL_CELL, besides letters */",
        f"#define GRAMMAR_TENSOR_ENDS {_c_string(g.TENSOR_ENDS)}",
        f"#define GRAMMAR_TENSOR_CALL {_c_string(g.TENSOR_CALL)}",
        f"#define GRAMMAR_PAIRS_END {_c_string(g.PAIRS_END)}  /* ENDS_IN_PAIRS, after a digit */",
        f"#define GRAMMAR_OBJECT_OPEN '{g.OBJECT_OPEN}'",
        f"#define GRAMMAR_OBJECT_CELLS {g.OBJECT_CELLS}",
        f"#define GRAMMAR_LATEX_RULES {g.LATEX_RULES}",
        f"#define GRAMMAR_LATEX_RULE_LETTERS {g.LATEX_RULE_LETTERS}",
        f"#define GRAMMAR_OBJECT_REACH {g.OBJECT_REACH}",
        f"#define GRAMMAR_NONFINITE {_c_string('|'.join(g.NONFINITE))}  /* lower case */",
        f"#define GRAMMAR_STEP_COUNT_WORDS {_c_string('|'.join(g.STEP_COUNT_WORDS))}  /* + 's' */",
        f"#define GRAMMAR_DURATION_WORDS {_c_string('|'.join(g.DURATION_WORDS))}  /* + 's' */",
        C_END,
    ]
    return "\n".join(lines) + "\n"


def rewrite_c_block(source: str) -> str:
    """`source` (``_scan.c``) with its GRAMMAR block replaced by `c_block()`."""
    begin = source.index(C_BEGIN)
    end = source.index(C_END, begin) + len(C_END) + 1
    return source[:begin] + c_block() + source[end:]


def main() -> int:
    path = Path(__file__).with_name("_scan.c")
    path.write_text(rewrite_c_block(path.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"{path}: GRAMMAR block written; rebuild the extension", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
