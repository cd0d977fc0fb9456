"""The rewrites of a candidate line by the lines around it, before any format reads it.

Three rules write a line as the pairs it stands for: HEADING_NAME and the wrapped values of
`wrapped_values` (a name and its value printed over two lines), ARRAY_VALUES (a pair's value
printed as a one-column NumPy array over lines) and SPACED_VALUE (a label and its value with no
colon, on a line of its own: ``AIC 1250.516096``). The parser reads what they give as it reads
any line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern
from .grammar import STEP_COUNT_WORDS
from .vocabulary import is_result_name
from .array_values import join_array
from .spaced_values import spaced_pair
from .step_sentences import step_sentence, step_with
from .wrapped_values import join_wrapped


def rewritten(line: str, before: Callable[[int], list[str]], after: Callable[..., str | None],
              context_after: Callable[[int], Sequence[str]]) -> str:
    """`line` as HEADING_NAME, ARRAY_VALUES and SPACED_VALUE write it (`before(k)`: the k lines
    above, oldest first; `after(k)`: the k-th line after; `context_after(k)`: the k lines after)."""
    if line[:1] == "." and (dots := _LEAD_DOTS.match(line)) is not None:
        line = line[dots.end():]  # PROGRESS_DOTS: "......dLossReal: 0.0042", after print(".", end="")
    if " \u2014 " in line or " \u2013 " in line:  # LONG_DASH: "Epoch 1 \u2014 avg loss: 1.03" parts as " - " does
        line = line.replace(" \u2014 ", " - ").replace(" \u2013 ", " - ")
    if " is" in line.lower() and (stated := _IS_VALUE.match(line)) is not None and is_result_name(stated.group(2)):
        line = f"{stated.group(1)}{stated.group(2)}: {stated.group(3)}"  # IS_VALUE: "LOSS IS 2.3499"
    if ".." in line:  # ELLIPSIS_FIELD: "Loss: 2.5621...Val. loss: 2.6366", the dots glued to the name
        line = _GLUED_ELLIPSIS.sub(r"\1 ", line)
    if "[" in line and "]" in line:  # BRACKET_UNIT: "time 0[s]", a time's unit in brackets
        line = _BRACKET_UNIT.sub(r"\1", line)
    if "\\" in line:  # BACKSLASH_COUNT: "Episode 0\\24: done after 16 timesteps", a count's slash
        line = _BACKSLASH_COUNT.sub(r"\1/", line)
    if "--" in line:  # GLUED_DASHES: "Pass 2---cost: 0.41", the dashes part the step from the pair
        line = _GLUED_DASHES.sub(" -- ", line)
    if "/" in line:  # GLUED_COUNT: "Epoch1/6,Loss: 2.23", the step word glued to its count
        line = _GLUED_COUNT.sub(r"\1 \2", line)
    if line[:1] in _GLUED_STARTS and (glued := _GLUED_STEP.match(line)) is not None:
        line = f"{glued.group(1)} {line[glued.end(1):]}"  # GLUED_COUNT: "Ep01 ↓ Loss 1.0941" opening the line
    if "%" in line and ((bar := _DRAWN_BAR.search(line)) is not None or (
            "%|" in line and (bar := _ROW_TQDM_BAR.search(line)) is not None and _is_row(line[:bar.start()]))):
        line = line[:bar.start()]  # BAR_ROW: "  1/2  0G  0.6653  1.018: 25% ━━━━ 1/4 2.9it/s"
    if " - " in line and "%|" in line and (tail := _BAR_TAIL.search(line)) is not None:  # DASHED_POSTFIX
        line = line[:tail.start()] + _DASHED_FIELD.sub(r"\1=\2", tail.group())
    if " - " in line and (dashed := _aligned_dash(line, before, after)) is not None:
        line = dashed  # ALIGNED_DASH: "            train loss - 2.26013" over "train dataset accuracy - 0.19298"
    if " -> " in line and (arrow := _ARROW_VALUE.search(line)) is not None:  # ARROW_VALUE
        line = f"{line[:arrow.start()]}: {line[arrow.end():]}"
    if " with " in line:  # STEP_WITH: "Finished iteration #4 with objective value 0.2286"
        line = step_with(line)
    if line[-1:] in _SENTENCE_ENDS:  # STEP_SENTENCE, LISTED_LINE: "['At iteration 3 the best fitness is 22.95']"
        line = step_sentence(line)
    return spaced_pair(join_array(join_wrapped(line, before, after), context_after), before, after)


_SENTENCE_ENDS = frozenset("0123456789.]")

# ELLIPSIS_FIELD (rules): two or three dots after a value, glued to the next field's name.
_GLUED_ELLIPSIS = LazyPattern(r"(?<=\d)(\.{2,3})(?=[^\W\d_])")
# BRACKET_UNIT (rules): a time's unit in brackets glued to its number ("time 0[s]").
_BRACKET_UNIT = LazyPattern(r"(?<=\d)\[(s|ms|sec|min|h)\](?![\w\[])")
# BACKSLASH_COUNT (rules): a backslash between a step word's number and its total.
_BACKSLASH_COUNT = LazyPattern(r"(?<!\w)((?i:epoch|episode|step|iteration|iter|batch|round)[ \t]+\d{1,9})\\(?=\d)")
# PROGRESS_DOTS (rules): dots opening a line, glued to a letter: a loop printed one per batch
# with print(".", end="") and then its line, which starts after them.
_LEAD_DOTS = LazyPattern(r"\.+(?=[^\W\d_])")
# IS_VALUE (rules): a whole line of a result's name of up to three words, "is" in any case (a
# colon after it or not) and its number: print("loss is", loss).
_IS_VALUE = LazyPattern(r"([ \t]*)([^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2}) (?i:is):?[ \t]+"
                        r"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)[ \t]*\Z")

# GLUED_DASHES (rules): a run of two dashes or more glued between a word or number and a name's
# first letter is a separator, as it is with spaces around it ("Round 3 -- loss: 0.2")
_GLUED_DASHES = LazyPattern(r"(?<=[\w)\]])-{2,}(?=[^\W\d_])")

# BAR_ROW (rules): a bar drawn of block characters, not tqdm's "%|", after what it describes:
# the colon, the percentage, the bar and its counts and rates are no part of the line's values
_DRAWN_BAR = LazyPattern(r"(?<=\S):[ \t]+\d{1,3}%[ \t]+[━─╸╺█▉▊▋▌▍▎▏░▒▓■□#=>-]+(?:[ \t].*)?\Z")

# BAR_ROW: tqdm's bar after a row of figures ("  0/299  3.42G  0.04521  112  640: 100%|███| 118/118
# [00:42<00:00,  2.78it/s]", YOLOv5's), no fields of its own after it: the row is what it describes
_ROW_TQDM_BAR = LazyPattern(r"(?<=\d):[ \t]+\d{1,3}%\|[^|]*\|[^=|]*\Z")
_ROW_CELL = LazyPattern(r"[-+]?(?:\d+(?:[./]\d+)?|\.\d+)(?:[eE][-+]?\d+)?[A-Za-z%]{0,2}\Z")


def _is_row(text: str) -> bool:
    """BAR_ROW: `text` is a row of three figures or more (``0/299  3.42G  0.04521``), no words."""
    cells = text.split()
    return len(cells) >= 3 and all(_ROW_CELL.match(cell) for cell in cells)


# DASHED_POSTFIX (rules): a tqdm bar's fields written "name - value" (segmentation_models.pytorch's
# "[00:20<00:00,  2.28it/s, dice_loss - 0.2312, iou_score - 0.7123]") are its "name=value" fields
_BAR_TAIL = LazyPattern(r"\[\d[\d:]*<[^\[\]]*\][ \t]*\Z")
_DASHED_FIELD = LazyPattern(r"(?<=, )([^\W\d][\w@./-]*) - ([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)(?=,|\])")


# ALIGNED_DASH (rules): lines that are each a name of words, " - " and one number, the dashes in
# one column down two lines or more (a summary printed right-aligned, pytorch-batteries'
# "            train loss - 2.26013" over "train dataset accuracy - 0.19298"): each line is the
# pair "<name>: <value>"; one such line alone is a sentence's dash, no pair.
_DASHED_LINE = LazyPattern(r"[ \t]*([^\W\d_][\w.@/-]*(?: [^\W\d_][\w.@/-]*){0,3}) - ([-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?%?)[ \t]*\Z")


def _aligned_dash(line: str, before: Callable[[int], list[str]], after: Callable[..., str | None]) -> str | None:
    """ALIGNED_DASH: `line` as ``<name>: <value>`` when it and the line above or below it are
    dashed pairs with their dashes in one column; else None."""
    found = _DASHED_LINE.match(line)
    if found is None:
        return None
    column = found.end(1)
    above = before(1)
    for other in (above[-1] if above else None, after(1)):
        if other is not None and (match := _DASHED_LINE.match(other)) is not None and match.end(1) == column:
            return f"{found.group(1)}: {found.group(2)}"
    return None


# GLUED_COUNT (rules): a step word glued to a count of its total ("Epoch1/6", "[iter12/300]") is
# the step word and its count, as "Epoch 1/6" is; a name ending in digits (``acc5``) has no total.
_GLUED_COUNT = LazyPattern(rf"(?<![\w/.-])((?ai:{'|'.join(STEP_COUNT_WORDS)}|ep|batch))(\d+/\d+)(?![\w/.])")


# GLUED_COUNT: a step word glued to its number opening the line, more after it ("Ep01 ↓ Loss
# 1.0941", "epoch5: loss 0.3"): the step word and its number, as "Ep 01" is
_GLUED_STEP = LazyPattern(r"[ \t]*((?ai:epoch|ep|iteration|iter|step|episode|round))(?=\d{1,6}[ \t:,|]+\S)")
_GLUED_STARTS = frozenset(" \tEeIiSsRr")


# ARROW_VALUE (rules): a name's words, " -> " and one number closing the line ("INFO: Overall mean
# Training IoU -> 0.674"): the arrow joins the name to its value, as a colon does; a value before
# the arrow ("pavg=0.53 -> initscore=0.14") makes it a conversion (grammar's ARROWS).
_ARROW_VALUE = LazyPattern(r"(?<=[^\W\d_]) -> (?=[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*\Z)")
