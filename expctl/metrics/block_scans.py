"""The whole-block regex scans of `scan.py`, derived from the candidate rules of `grammar`.

`scan.py` finds the candidate lines of a block with these when the compiled scan is not built:
each scan finds a superset of the lines its rules accept, and `grammar.may_hold_metrics`
decides on those the reader is handed.
"""

from __future__ import annotations

import re

from .frame_starts import FRAME_FRACTION, FRAME_LEVEL
from .word_cells import NAMED_LIST_END
from .grammar import (ASIDE_REACH, DECORATION, END_MARKS, HEADING_END, LATEX_RULE_LETTERS, MICRO,
                      NONFINITE, OBJECT_OPEN, PAIRS_END, DURATION_WORDS,
                      RATE_LETTERS, SPACE, SPARKS, STEP_COUNT_WORDS, SUPERSCRIPTS, TABLE_BARS,
                      TENSOR_CALL, UNIT_LETTERS, WORD_CELL_LETTERS, LABEL_MARKS, _anywhere, _chars)

CODE_GAP = 8  # ENDS_IN_CODE: the spaces R pads a significance code with, at most


def block_scans(kind: type) -> tuple[str, str, str, str, str, str, str]:
    """The whole-block regex scans of `scan.py` for `kind` (str or bytes, the bytes of ASCII
    text), derived from the candidate rules: COLON_NUMBER, EQUALS_NUMBER, TAB_FIELD, the
    line-end rules, ARROW_NUMBER, OPENS_OBJECT, ENDS_IN_TENSOR, and OPENS_WITH_VALUE. Each finds a superset of the lines its rule
    accepts (a line ending in SPACE, any "{", any "tensor("): `may_hold_metrics` decides on
    those. The line-end scan looks behind each newline, so a block's last line is the caller's.
    """
    colon, equals, tab, arrow = _anywhere(kind)
    # SCAN_FRAME, a superset: a frame's seconds and what may follow them, then SPACE and a
    # number opening the message (OPENS_WITH_CELLS, OPENS_WITH_VALUE; "{" and "=" have scans)
    colon += (rf"|:[0-9]{{2}}(?:[.,][0-9]{{1,{FRAME_FRACTION}}})?Z? (?:- )?"
              rf"(?:[A-Z]{{1,{FRAME_LEVEL}}}(?: -|:)? )?[{_chars(SPACE, kind)}]+[-+]?[0-9]")
    space = r"\s" if kind is str else f"[\\n{_chars(SPACE, bytes)}]"
    equals = f"{equals}|={space}+[a-zA-Z]"  # VALUE_FIRST, a superset: any "= word"
    colon = f"{colon}|{arrow}"  # ARROW_NUMBER: its own literal (">") opens it; scanned always
    digit = r"\d" if kind is str else "0-9"
    marks = re.escape(LABEL_MARKS)  # LABEL_CELL: the last of them before a label's closing letters
    ends = _chars(END_MARKS + TABLE_BARS, kind) + _chars(SPACE, kind)
    units = "".join(rf"|(?<=[0-9][a-zA-Z]{{{n}}}\n)|(?<=[0-9] [a-zA-Z]{{{n}}}\n)"
                    for n in range(1, UNIT_LETTERS + 1))
    units += "".join(rf"|(?<=[a-zA-Z]/[a-zA-Z]{{{n}}}\n)" for n in range(1, RATE_LETTERS + 1))
    units += "".join(rf"|(?<=[0-9][a-zA-Z]{{{n}}}\]\n)"  # ENDS_IN_TIMED_ASIDE: "0.01s]"
                     for n in range(1, UNIT_LETTERS + 1))
    units += r"|(?<=[0-9]%\]\n)" + "".join(  # ENDS_IN_INTERVAL: "-33.2%]", "3.3 us]", a superset
        rf"|(?<=[0-9] [a-zA-Z]{{{n}}}\]\n)|(?<=[a-zA-Z]/[a-zA-Z]{{{n}}}\]\n)" for n in range(1, RATE_LETTERS + 1))
    if kind is str:
        units += "".join(rf"|(?<=[{MICRO}][a-zA-Z]{{{n}}}\]\n)" for n in range(UNIT_LETTERS))
        units += "".join(rf"|(?<=[0-9][{SUPERSCRIPTS}]{{{n}}}\n)" for n in range(1, 7))  # ENDS_IN_MARKS
        units += rf"|(?<=[{SPARKS}]\n)"  # ENDS_IN_MARKS: a sparkline, a superset
    units += "".join(rf"|(?<={''.join(f'[{c}{c.upper()}]' for c in word[-3:])}\n)"
                     for word in NONFINITE)  # ENDS_IN_NONFINITE
    units += "".join(rf"|(?<=[ \t][ \t][a-zA-Z]{{{n}}}\n)|(?<=[\t{marks}][a-zA-Z]{{{n}}}\n)"
                     for n in range(1, WORD_CELL_LETTERS + 1))  # ENDS_IN_WORD_CELLS, a superset;
    units += rf"|(?<=[a-zA-Z]{{{WORD_CELL_LETTERS + 1}}}\n)"  # LABEL_CELL, a superset with the marks above
    units += r"|(?<=[ \t]NA\n)"  # MISSING_CELLS: R's NA cells, one space apart too, a superset
    units += "".join(rf"|(?<=%[ \t][A-Z]{{{n}}}\n)"  # ENDS_IN_WORD_CELLS: a cell of capitals one space
                     for n in range(1, WORD_CELL_LETTERS + 1))  # after a share ("0% N"), as after a digit
    units += "".join(rf"|(?<=[0-9][ \t]{''.join(f'[{c}{c.upper()}]' for c in word + 's')}\n)"
                     for word in STEP_COUNT_WORDS)  # ENDS_IN_STEP_COUNT, a superset
    units += "".join(rf"|(?<=[0-9] {word}s\n)" for word in DURATION_WORDS)  # ENDS_IN_DURATION, a superset
    latex = "".join(rf"|(?<=\\[a-zA-Z]{{{n}}}\n)" for n in range(1, LATEX_RULE_LETTERS + 1))
    decoration, pairs_end = _chars(DECORATION, kind), re.escape(PAIRS_END)
    heading = _chars(HEADING_END, kind)  # ENDS_IN_HEADING, a superset: any line ending in ":"
    codes = "".join(rf"|(?<=[{digit}] {{{n}}}\.\n)" for n in range(1, CODE_GAP + 1))  # ENDS_IN_CODE: "0.0645 ."
    line_end = (rf"\n(?:(?<=[{digit}{ends}{decoration}{heading}]\n)|(?<=[{digit}][.)]\n)|(?<=[{digit}]%\.\n){codes}"
                rf"|(?<=[{digit}]{pairs_end}\n)|(?<=[{digit}]\){pairs_end}\n)"  # ENDS_IN_PAIRS: "0.15)])", "(0.15))])"
                rf"|(?<=[{digit})]\]\n)|(?<=[{digit}][\]'\"]\]\n)|(?<=>\n){units}"  # ENDS_IN_ITEMS, _LIST, _LISTED_LINE, _OBJECTS (a superset)
                rf'|(?<=[{digit}]"\n)'  # ENDS_IN_R_STRING, a superset: any line ending in a digit and a quote
                rf"|(?<=\\\\\n){latex})"  # ENDS_IN_LATEX_ROW, a superset
                rf"|\([0-9][^()\n]{{0,{ASIDE_REACH}}}\)(?=\n)"  # ENDS_IN_ASIDE: "(8 runs)"
                rf"|{NAMED_LIST_END}(?=\n)"  # ENDS_IN_NAMED_LIST: "..., 41.7% correct"
                rf"|\)(?<=[{_chars(SPACE, kind)}]\))(?=\n)"  # ENDS_IN_ASIDE, a superset: R's bounds "( 0.73,  0.89 )"
                rf"|\|[ \t][^|\n]{{0,{ASIDE_REACH}}}(?=\n)|\((?<=[{_chars(SPACE, kind)}]\()[^()\n]{{0,{ASIDE_REACH}}}\)(?=\n)")  # ENDS_IN_BAR_ASIDE, a superset: SPACE before "(" as the grammar's
    # Every branch of `line_end` opens with a literal character ("\n", "(", "|"): the regex
    # engine then skips to those in a fast loop; a branch opening with a set ("[ \t]\(") would
    # make it try a match at every character of the block (twice the time on a rich table).
    opens = f"(?m:^)[{_chars(SPACE, kind)}]+[-+]?[0-9]"  # OPENS_WITH_VALUE, OPENS_WITH_CELLS, a superset
    return colon, equals, tab, line_end, re.escape(OBJECT_OPEN), re.escape(TENSOR_CALL), opens


def spaced_lines(kind: type) -> tuple[str, str]:
    """Where OPENS_WITH_VALUE's scan (`block_scans`' last) may find a line, for `kind`: a block
    whose first line opens with SPACE (matched at the block's start), else from the first
    newline followed by SPACE. That scan opens with a line start, no character the regex
    engine can skip to, so it tries every character; these two let it start where it can
    match (and not run at all on a block without such a line, a rich table's)."""
    space = _chars(SPACE, kind)
    return f"[{space}]", f"\\n[{space}]"

