"""The parser's cheap gates and kept answers give what the costly tests behind them give.

Several rules run a cheap test before a costly regex (a word the regex needs, a character it
must find) and skip the regex when the test fails; a few pure functions keep their answers
(`cell_kind`, `gap_cells`, `read_yaml_line`). Each gate must be a condition every match of its
regex fulfils, and a kept answer must be the answer: these properties check both on lines built
from the pieces the regexes read, letters that fold to ASCII ones under IGNORECASE (``ſ``, ``K``,
``ı``, ``İ``) among them.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from expctl.metrics import cells, formats, grammar, headers, held_config, line_kinds, named_vectors, phases, units
from expctl.metrics.printed_config import _read_yaml_line, read_yaml_line

_PIECES = [
    " ", "  ", "\t", ":", ": ", "=", " = ", "|", "│", "[", "]", "(", ")", "{", "-", ".", ",", "%",
    "0", "3", "0.52", "1e-3", "nan", "Inf", "-2", "٣", "²", "ſ", "K", "ı", "İ", "é", "ß",
    "settings", "ſettings", "Config", "CFG", "kwargs", "arguments", "Params", "options", "flags",
    "defaults", "schedule", "_args", "event=", "msg=", "training ", "model ",
    "warn", "WARNING", "wArN", "Warning", "UserWarning", "warnıng", "[Info]", "[LightGBM]", "[ınfo]",
    "debug", "ERROR", "fatal", "ℹ", "⚠", "✔",
    "loss", "Loss", "acc", "after", "AFTER", "at", "epoch", "Epoch", "step", "ep", "iter",
    "iterations", "batch", "round", "for", "of", "@", "250", "steps",
    "train", "Train", "valid", "validation", "test", "TEST", "dev", "eval", "val", "ſtep",
    "(ms)", "[K]", "(g/mL)", "(x)", "T", "name", "a b", "mean", "- ",
]
_LINES = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)
_TEXT = st.text(alphabet=st.sampled_from("ab:=|[]() \t0.5-eſKıİ│%\\&"), max_size=30)
_ANY_LINE = st.one_of(_LINES, _TEXT)


@given(_ANY_LINE)
@example("schedule: {'tmax': 2.5e4}")
@example("ſettings: lr=0.1")
@example("train_kwargs = {'a': 1}")
@example("Hyperparameters: lr=0.01")
def test_a_config_label_needs_one_of_the_label_words(line):
    found = held_config._CONFIG_LABEL.search(line) is not None
    assert not found or not line.isascii() or any(word in line.lower() for word in held_config._LABEL_WORDS)
    assert held_config.config_label_end(line, len(line) + 1) == _label_end(line)


def _label_end(line: str) -> int | None:
    ends = [match.end() for match in held_config._CONFIG_LABEL.finditer(line)]
    return ends[-1] if ends else None


@given(_ANY_LINE)
@example("[LightGBM] [Info] loss: 0.5")
@example("[x] [ınfo] loss: 0.5")
@example("[x] UserWarning: lr=0.1")
@example("[1] loss: 0.5")
def test_a_noise_line_is_what_the_regex_finds_past_the_first_look(line):
    first_look = "arn" in line or "ARN" in line or "[" in line or (
        line.lstrip()[:1] in line_kinds._ICONS and line.strip())
    stripped = line.strip()
    expected = bool(first_look) and line_kinds._NOISE_LINE.search(line) is not None and not (
        stripped[:1] == "{" and stripped[-1:] == "}")
    assert line_kinds.is_noise_line(line) == expected


@given(_ANY_LINE)
@example("Loss after epoch 3: 0.52")
@example("Loss at ITER 3: 0.52")
@example("KL divergence after 250 iterations with early exaggeration: 63.02")
def test_a_step_in_a_name_needs_its_words(line):
    lower = line.lower()
    if formats._STEP_IN_NAME.search(line) is not None:
        assert any(word in lower for word in grammar.STEP_WORDS)
    if formats._STEPS_IN_NAME.search(line) is not None:
        assert "after" in lower


@given(_ANY_LINE)
@example("epoch 1 | train: loss 1.41 | valid: loss 1.46")
@example("epoch 1 | teſt: loss 1.41")
def test_phase_marks_are_the_regex_s_marks(line):
    assert _outcome(phases.phase_marks, line) == _outcome(_marks, line)


def _marks(line: str) -> list[tuple[int, str]]:
    return [(match.end(), phases._PHASES[match.group(1).lower()])
            for match in phases._PHASE_MARK.finditer(line)] if ":" in line else []


def _outcome(function, line: str):
    """What `function(line)` gives: the phase words are matched in ASCII letters only, so a word
    spelt with a letter that folds to an ASCII one under IGNORECASE (``teſt:``) is no phase."""
    return function(line)


def test_a_phase_word_spelt_with_a_folding_letter_is_no_phase():
    assert phases.phase_marks("epoch 1 | teſt: loss 1.41") == []
    assert phases.phase_marks("epoch 1 | TEST: loss 1.41") == [(15, "test")]


@given(_ANY_LINE)
@example("mean density (g/mL): 1.23")
@example("T [K] = 300")
def test_units_before_marks_are_dropped_as_the_regex_drops_them(line):
    expected = units._UNIT_BEFORE_MARK.sub(
        lambda m: "" if units.is_unit(m.group(1)) else m.group(), line)
    assert units.drop_units_before_marks(line) == expected


@given(_ANY_LINE)
@example("3]\t0.5")
def test_a_line_hint_needs_a_colon_an_equals_sign_or_a_tab(line):
    if grammar._LINE_HINT.search(line) is not None:
        assert ":" in line or "=" in line or "\t" in line


@given(_ANY_LINE)
@example("│ loss │ 0.5 │")
def test_a_bar_is_a_pipe_or_not_ascii(line):
    if headers._BAR_SPLIT.search(line) is not None:
        assert "|" in line or not line.isascii()


@given(_ANY_LINE)
@example("(Intercept)   29.2586  ")
def test_a_one_column_row_has_two_spaces_before_its_last_cell(line):
    row = named_vectors._LAST_CELL.match(line)
    if row is not None:
        body = line.rstrip(" \t")
        assert body.endswith(row.group(2)) and body[:row.start(2)].endswith("  ")


def _kind(cell: str) -> str:
    """cell_kind as it was written before its gate and its kept answers: every test in turn."""
    text = cell.strip()
    if text in cells._EMPTY_CELL or (text[:1] == "-" and not text.strip("-")):  # DASH_CELL
        return "empty"
    for pattern, kind in ((cells.NUMBER_CELL, "number"), (cells._UNIT_CELL, "unit"),
                          (cells.COUNT_CELL, "count"), (cells._MARK_CELL, "empty")):
        if pattern.match(text):
            return kind
    if text[:1] == "<" and cells._BOUND_CELL.match(text):
        return "empty"
    if cells._NAME_CELL.match(text) and not cells._PROSE.intersection(text.lower().split()):
        return "name"
    if text[-1:] in ")]" and (bare := units.strip_unit(text)) != text:
        return "name" if _kind(bare) == "name" else "text"
    return "text"


_CELLS = st.one_of(_TEXT, st.lists(st.sampled_from(_PIECES), max_size=4).map("".join))


@given(_CELLS)
def test_a_cell_s_kind_is_the_same_asked_once_or_again(cell):
    assert cells.cell_kind(cell) == _kind(cell)
    assert cells.cell_kind(cell) == _kind(cell)  # the kept answer


def test_cell_kinds_of_letters_that_fold_to_ascii_ones():
    """ſ, K and ı open no number: a name or text, as every test in turn says."""
    for cell in ("ſtep", "Kelvin", "ınf", "İnf", "nan", "Inf", "٣.5", "²", "<.001", "+", "K"):
        assert cells.cell_kind(cell) == _kind(cell), cell


def test_gap_cells_hands_out_a_new_list_each_time():
    first = headers.gap_cells("loss  0.5  acc")
    first.append("changed")
    assert headers.gap_cells("loss  0.5  acc") == ["loss", "0.5", "acc"]


@given(_ANY_LINE, st.booleans())
def test_a_yaml_line_read_again_is_read_the_same(line, words):
    expected = _read_yaml_line(line, words)
    for _ in range(2):
        entry = read_yaml_line(line, words)
        assert (entry is None) == (expected is None)
        if entry is not None and expected is not None:
            assert (entry.indent, entry.key, entry.value) == (expected.indent, expected.key, expected.value)
