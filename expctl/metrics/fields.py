"""Fields around a line's pairs: how the text between and around them names them.

`formats.read_line` finds a line's pairs first; then ``name number`` fields separated by
`` - `` (flair's ``epoch 1 - iter 10/100 - loss 0.52``), a labelled group in parentheses
(GROUPED_PAIRS: ``accuracy: (train=0.93, test=0.85)``) and the words of a tab-separated field
(TAB_FIELDS: ``\tvalid's best error=0.08``) are read here. The rules are in `expctl.metrics.rules`.
"""

from __future__ import annotations

import re

from . import rules
from .grammar import NAME, NUMBER, PROSE_WORDS, STEP_COUNT_WORDS, WORD
from .steps import STEP_RANK
from .prefixes import log_prefix_end
from .comma_tail import comma_tail
from .dict_cells import without_dict_cells
from ..lazyre import LazyPattern


# A field of " - "-separated fields (flair's "epoch 1 - iter 10/100 - loss 0.52 - lr: 0.1") that
# is a name and a number with no colon: after " - " or a label's ": ", up to the next " - ".
_DASH_FIELD = LazyPattern(
    rf"(?:(?<=\s-\s)|(?<=:\s))\s*((?:{WORD}\s){{0,2}}{NAME})\s+({NUMBER})(?=\s+-\s|\s*\Z)")


def _with_dash_fields(line: str, pairs: list, spans: list[int]) -> tuple[list, list[int]]:
    """`pairs` (found with `spans`) and the ``name number`` fields of a line whose fields are
    separated by `` - `` (those of the form ``name: number`` are pairs already), in printed
    order. A step word's field (``epoch 1``) is the line's step prefix, not a pair, and a
    field with an integer (``worker 3``) names a thing, not a result."""
    extra = [(match.start(1), (match.group(1), match.group(2)))
             for match in _DASH_FIELD.finditer(line)
             if match.group(1).lower() not in _DASH_STEP_WORDS
             and not match.group(2).isdigit()  # "worker 3", "fold 2": labels, not results
             and not PROSE_WORDS.intersection(match.group(1).lower().split())]
    if not extra or len(spans) != len(pairs):
        return pairs, spans
    merged = sorted([*zip(spans, pairs), *extra], key=lambda item: item[0])
    return [pair for _, pair in merged], [at for at, _ in merged]


# TAB_FIELDS (rules): the words of a tab-separated field before its pair's name.
_FIELD_WORDS = LazyPattern(r"[^\W\d][\w'.-]*(?: [^\W\d][\w'.-]*){0,4} \Z")


def _with_tab_fields(line: str, pairs: list, spans: list[int]) -> list:
    """`pairs` named by all the words of their tab-separated field (FLAML's
    ``\testimator lgbm's best error=0.08``): the field is the name, as a booster's is."""
    if len(spans) != len(pairs):
        return pairs
    named = []
    for (name, value), at in zip(pairs, spans):
        start = line.rfind("\t", 0, at) + 1
        words = line[start:at] if start else ""
        if words and _FIELD_WORDS.match(words) and not PROSE_WORDS.intersection(
                words.lower().split()):
            name = words + name
        named.append((name, value))
    return named


_DASH_STEP_WORDS = frozenset("epoch step iteration iter batch ep global_step".split())


# GROUPED_PAIRS (rules): a label, then pairs in parentheses: "accuracy: (train=0.93, test=0.85)".
_GROUP = LazyPattern(rf"({NAME}):\s\(([^()]*)\)")


def _with_group_names(line: str, pairs: list, spans: list[int]) -> list:
    """`pairs` with the pairs inside a labelled group named by the label and their own key
    (`rules.group_name`: ``train/accuracy``)."""
    groups = [(match.start(2), match.end(2), match.group(1)) for match in _GROUP.finditer(line)]
    if not groups or len(spans) != len(pairs):
        return pairs
    named = []
    for (name, value), at in zip(pairs, spans):
        label = next((label for start, end, label in groups if start <= at < end), None)
        named.append((name if label is None else rules.group_name(label, name), value))
    return named


# ASIDE_PAIR (rules): "Best epoch: 6 (val_loss 0.3696)", one name and number closing the line.
# LOCATED_ASIDE (rules): "(best 0.9778 at step 600)", the aside's value and where it was reached.
_CLOSING_ASIDE = LazyPattern(rf"\s\(({NAME}) ({NUMBER})(?: at (?i:step|epoch|iteration|iter|round) \d+)?\)\s*\Z")


# SLASHED_PARTS (rules): "BLEU = 15.07 69.8/25.2/11.1/5.3": three or more decimals joined by
# "/" right after a pair's value are the parts it is made of, in order.
_SLASHED = LazyPattern(r"(?<=\s)(\d+\.\d+(?:/\d+\.\d+){2,})(?=[\s,;]|\Z)")


def _with_slashed_parts(line: str, pairs: list, spans: list[int]) -> tuple[list, list[int]]:
    """`pairs` with the parts printed right after a pair's value, ``<name>/1`` ... in order."""
    for match in _SLASHED.finditer(line):
        at = sum(1 for start in spans if start < match.start())
        if not at or not line[:match.start()].rstrip().endswith(str(pairs[at - 1][1])):
            continue
        name = pairs[at - 1][0]
        parts = [(f"{name}/{k}", part) for k, part in enumerate(match.group(1).split("/"), 1)]
        pairs = [*pairs[:at], *parts, *pairs[at:]]
        spans = [*spans[:at], *[match.start()] * len(parts), *spans[at:]]
    return pairs, spans


# EVENT_MESSAGE (rules): a structured logger's record, "[info     ] cql: epoch=1 step=150    epoch=1
# metrics={...}": a level in brackets, the event's message, a gap, then its key=value fields.
_EVENT_FIELDS = LazyPattern(
    r"\[\s*+(?ai:debug|info|notice|warning|warn|error|critical)\s*+\]\s*+\S.*?\S {2,}"
    r"(?=[^\W\d]\w*=\S)")


def _event_fields(line: str, pairs: list, spans: list[int]) -> tuple[list, list[int]]:
    """EVENT_MESSAGE: the pairs of a structured record's fields, without those of the message
    before them, when there are both."""
    event = _EVENT_FIELDS.search(line)
    if event is None or not spans or spans[0] >= event.end() or spans[-1] < event.end():
        return pairs, spans
    kept = [(pair, at) for pair, at in zip(pairs, spans) if at >= event.end()]
    return [pair for pair, _ in kept], [at for _, at in kept]


def fielded_pairs(line: str, pairs: list, spans: list[int]) -> tuple[list, list[int]]:
    """`pairs` with the fields around them read: `` - `` fields, labelled groups, tabs, an
    aside closing the line, a value's slashed parts, a structured record's fields."""
    if "}  " in line and len(spans) == len(pairs):
        pairs, spans = without_dict_cells(line, pairs, spans)  # DICT_CELL: "  {'alpha': 0.01}   0.43"
    if "] " in line and "  " in line and len(spans) == len(pairs):
        pairs, spans = _event_fields(line, pairs, spans)
    if "/" in line and len(spans) == len(pairs):
        pairs, spans = _with_slashed_parts(line, pairs, spans)
    if line[-1:] == ")" and len(spans) == len(pairs):
        aside = _CLOSING_ASIDE.search(line, spans[-1])
        if aside is not None and aside.group(1).lower() not in PROSE_WORDS and (
                rules.step_column_rank(aside.group(1)) is None):  # "(epoch 3)" says when
            pairs, spans = [*pairs, (aside.group(1), aside.group(2))], [*spans, aside.start(1)]
    if " - " in line:
        pairs, spans = _with_dash_fields(line, pairs, spans)
    if ", " in line and line.rstrip()[-1:] in "%0123456789":
        pairs, spans = comma_tail(line, pairs, spans)  # COMMA_TAIL: ", cross-validation accuracy 98.1%"
    if pairs and ": (" in line:
        pairs = _with_group_names(line, pairs, spans)
    if pairs and "\t" in line:
        pairs = _with_tab_fields(line, pairs, spans)
    if pairs and len(spans) == len(pairs) and ": " in line[:spans[0]] and _counts_label(
            line[:spans[0]], pairs):
        return [], []  # COUNTS_LABEL, WEIGHTS_LABEL: "Dataset sizes: train=256 eval=64"
    return pairs, spans


# COUNTS_LABEL (rules): the label closing the text before a line's pairs ("... Dataset sizes: ").
_CLOSING_LABEL = LazyPattern(r"(?:^|(?<=\s))([^\W\d][\w-]*(?: [^\W\d][\w-]*){0,3}) ?:\s*\Z")
# WEIGHTS_LABEL, SETTINGS_LABEL (rules): a label's last word naming weights or settings given.
# (a plural, "Hyperparameters: lr=0.01", is a marker of printed config: CONFIG_MARKERS)
_SET_LAST = frozenset("weights parameter hyperparameter conditions".split())


def _counts_label(head: str, pairs: list) -> bool:
    """COUNTS_LABEL: True when the label before the pairs (a dict may open after it) names
    counts or sizes (NOT_METRIC_WORDS: ``Dataset sizes:``, ``Number of samples:``) and every
    value is a whole number: the pairs say how many of each (``train=256 eval=64``), whatever
    their names. WEIGHTS_LABEL: or its last word is ``weights`` (``Ensemble Weights: {'RF':
    0.5}``, ``Loss weights: cls=1.0``): each pair is how much one thing counts in a sum."""
    label = _CLOSING_LABEL.search(head.rstrip("{'\""))
    if label is None:
        return False
    if label.group(1).rsplit(" ", 1)[-1].lower() in _SET_LAST:
        return True  # SETTINGS_LABEL: " parameter : cost C = 1", what the model was given
    return rules.is_setup_name(label.group(1)) and all(
        isinstance(value, str) and value.isdigit() for _, value in pairs)


# RESULT_FOR_LABEL (rules): "Accuracy for class: plane is 61.2 %", a result for one of a kind.
_RESULT_FOR = LazyPattern(
    rf"\s*([^\W\d_]+) for (?:{WORD} )?{WORD}:\s+([^\W\d][\w.-]*)\s+is\s+({NUMBER})\s?%?\s*\Z")


# RESULT_OF_LABEL (rules): "Accuracy of plane : 55 %": a result of one thing of a kind, named by
# a word after "of" before a spaced colon (the PyTorch CIFAR-10 tutorial's per-class lines).
_RESULT_OF = LazyPattern(rf"\s*([^\W\d_]+) of\s+([^\W\d][\w.-]*)\s+:\s+({NUMBER})\s?%?\s*\Z")


def result_of_label(line: str) -> tuple[str, str, int] | None:
    """RESULT_OF_LABEL: (``<label>/<result>``, value, where the result starts), or None."""
    found = _RESULT_OF.match(line)
    if found is None or not rules.is_result_name(found.group(1)) or found.group(2).lower() in PROSE_WORDS:
        return None
    return f"{found.group(2)}/{found.group(1)}", found.group(3), found.start(1)


def result_for_label(line: str) -> tuple[str, str, int] | None:
    """RESULT_FOR_LABEL: (``<label>/<result>``, value, where the result starts) of a sentence
    giving a result for one of a kind (``Accuracy for class: cat is 55.0 %``), or None."""
    found = _RESULT_FOR.match(line)
    if found is None or not rules.is_result_name(found.group(1)):
        return None
    return f"{found.group(2)}/{found.group(1)}", found.group(3), found.start(1)


# HEADING_SETTING (rules): a title opened by a run of one mark, its settings in parentheses.
_MARKED_TITLE = LazyPattern(r"\s*([#=*~-])\1{2,}\s+[^\W\d][^()]{0,80}\(")


def heading_settings(line: str, pairs: list, spans: list[int]) -> bool:
    """True when every pair of `line` stands in the parentheses after the title of a heading
    opened by a run of one mark (``#### system: beam (width=4)``): the settings of the section
    the heading opens, not its results (HEADING_SETTING)."""
    title = _MARKED_TITLE.match(line)
    if title is None or len(spans) != len(pairs):
        return False
    close = line.find(")", title.end())
    return close > 0 and all(title.end() <= at < close for at in spans)


# USING_LINE (rules): "Using no_dims = 2, perplexity = 20.0, and theta = 0.5", what the run uses.
_USING = LazyPattern(r"\s*[Uu]sing\s")


def using_settings(line: str, spans: list[int]) -> bool:
    """USING_LINE: True when `line` opens with ``Using`` right before its first pair (found at
    `spans`): a program announcing the settings it runs with (``Using no_dims = 2, perplexity =
    20``), whatever their names; not a line where words name what is used (``Using best model:
    val_loss=0.31`` reports the model's result)."""
    using = _USING.match(line)
    return using is not None and bool(spans) and spans[0] == using.end()


# TAB_FIELDS (rules): a field after a tab that is a name, a number and its running average in
# parentheses (PyTorch's ImageNet example: "\tLoss 2.3138e+00 (2.3138e+00)\tAcc@1  10.94 ( 10.94)").
_TAB_FIELD = LazyPattern(rf"[ ]*([^\W\d][\w@%./-]*(?: [^\W\d][\w@%./-]*)?)[ ]+({NUMBER})"
                         rf"(?:[ ]*\([ ]*{NUMBER}[ ]*\))?[ ]*\Z")


# HEAD_FIELD (rules): the first field, before the first tab, a field too when it is a name and a
# decimal, past a row's index ("0: avg_d 1.2848\tavg_g 0.7565"); a whole number there ("Epoch 3")
# is the line's step prefix.
_HEAD_FIELD = LazyPattern(rf"[ ]*(?:\d{{1,9}}:[ ]+)?([^\W\d][\w@%./-]*(?: [^\W\d][\w@%./-]*)?)[ ]+({NUMBER})[ ]*\Z")


# TAB_PAIR (rules): a line that is a name, one tab and a number ("P@1\t0.847"), a TSV record.
_TAB_PAIR = LazyPattern(rf"([^\W\d][\w@%./-]{{0,31}})\t[ ]*({NUMBER})[ ]*\Z")
# TAB_TRIPLE (rules): two tokens and a number, tab-parted ("q1\tP@5\t0.80", trec_eval's
# "P_10   \tall\t0.45", a token padded before its tab): a thing's value by a measure, named
# "<first>/<second>" as printed.
_TAB_TRIPLE = LazyPattern(rf"([\w@%.-]{{1,32}})[ ]*\t[ ]*([\w@%.-]{{1,32}})[ ]*\t[ ]*({NUMBER})[ ]*\Z")


def tab_fields(line: str) -> tuple[list[tuple[str, str]], list[int]] | None:
    """TAB_FIELDS: the pairs and their starts of a line whose fields after its first (the
    step, the phase) are all ``name number (average)``, two or more of them; TAB_PAIR: the
    one pair of a line of a name, a tab and a number; else None."""
    if (pair := _TAB_PAIR.match(line)) is not None:
        return [(pair.group(1), pair.group(2))], [0]
    if (triple := _TAB_TRIPLE.match(line)) is not None and _named(triple.group(1), triple.group(2)):
        return [(f"{triple.group(1)}/{triple.group(2)}", triple.group(3))], [0]
    pairs, spans = [], []
    at = first = line.find("\t")
    fields = line[at + 1:].split("\t")
    if len(fields) > 2 and not fields[-1].strip():
        fields.pop()  # a tab closing the line ("Loss 0.57 \tAcc 0.16 \t"): no field after it
    for field in fields:
        match = _TAB_FIELD.match(field) or _STOPPED_FIELD.match(field)  # TAB_SENTENCE's full stop
        if match is None:
            return None
        pairs.append((match.group(1), match.group(2)))
        spans.append(at + 1 + match.start(1))
        at += 1 + len(field)
    if (head := _HEAD_FIELD.match(line, 0, first)) is not None and "." in head.group(2):
        pairs.insert(0, (head.group(1), head.group(2)))  # HEAD_FIELD: "0: avg_d 1.28\tavg_g 0.75"
        spans.insert(0, head.start(1))
    elif len(pairs) == 1 and _FIELD_CLOSING.search(line[:first]):
        return pairs, spans  # TAB_SENTENCE: "Initialization converged. time lapse 0.059s\t lower bound 41.3."
    return (pairs, spans) if len(pairs) >= 2 else None


def _named(first: str, second: str) -> bool:
    """TAB_TRIPLE: a measure's name is one of the two tokens (a letter first); a number alone
    in both (``4.0K``, ``12``) names nothing."""
    return first[:1].isalpha() or second[:1].isalpha()


# TAB_SENTENCE (rules): a first field closed by a field of its own (a name and an amount, no tab
# before it: sklearn's "Initialization converged. time lapse 0.05918s"), and a last field closed
# by the sentence's full stop ("lower bound 41.25910.").
_FIELD_CLOSING = LazyPattern(rf"[^\W\d][\w@%./-]* {NUMBER}[^\W\d]{{0,3}}\Z")
_STOPPED_FIELD = LazyPattern(rf"[ ]*([^\W\d][\w@%./-]*(?: [^\W\d][\w@%./-]*)?)[ ]+({NUMBER})\.[ ]*\Z")


LABEL_CAPS = LazyPattern(r"[A-Z]{4,}[:]?\Z")  # ACRONYM_NAME: "SVI final loss" keeps "SVI"
_LIST_STOP = LazyPattern(r"(?<=\d)\.\Z")  # FULL_STOP (rules): after a value, closing the line
_LIST_MARK = LazyPattern(r", | \| |; |\t")  # FULL_STOP: the marks that part a list's pairs


# STOP_LIST (rules): a pair's value closed by a full stop and a space before the next pair's
# name ("Round: 3. Train loss: 0.41. Hits: 12."): the pairs are sentences of one field each.
_STOPPED_VALUE = LazyPattern(r"\d\. [^\W\d]")


def list_end(line: str) -> str:
    """FULL_STOP: `line` without the full stop closing a list of pairs after its last value
    (``error=0.02, variation=1.8e-08.``), or a list of one-pair sentences (STOP_LIST:
    ``step: 4. loss: 0.3.``); any other line as it is (``loss: 0.5.`` may be a version's end)."""
    if line[-1:] == "." and (_LIST_MARK.search(line) or _STOPPED_VALUE.search(line)) and (
            stop := _LIST_STOP.search(line)):
        return line[:stop.start()]
    return line


def stop_list_values(line: str, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """STOP_LIST: `pairs` of `line` with the full stop that closes a sentence taken off the
    value before it (``Hits: 12. Loss: 0.4`` gives ``12``, a whole number printed without a
    point, as a count is), in a line of two pairs or more where one closes so."""
    if len(pairs) < 2 or _STOPPED_VALUE.search(line) is None:
        return pairs
    return [(name, value[:-1] if value[-1:] == "." else value) for name, value in pairs]


_NUMBER_WORDS = frozenset(("nan", "-nan", "inf", "-inf", "infinity"))
# LEAD_FIELD (rules): at the line start too ("reconstruction error=0.16"), as a colon's name.
_GLUED_FIELD_WORDS = LazyPattern(rf"(?:^|, |: |\| |\d\. |\] |[\[(]|(?<=\d)\||(?<=[\d%]),)((?:{WORD} ){{1,2}})\Z")  # PIPED_FIELDS: "1.59|best val=0.86"; COMMA_FIELD_GLUED: "40,Model1 Train Loss:0.64"


def field_words_before(line: str, start: int) -> str:
    """COMMA_FIELD (rules): the name of a glued ``key=value`` whose words go back to a ``, ``, a
    ``| `` or an opening bracket (a bar's postfix: ``, step size=0.13, acc. prob=0.6]``; ``|
    recent avg reward=0.0040``), or ""."""
    if start < 3 or line[start - 1] != " ":
        return ""
    field = _GLUED_FIELD_WORDS.search(line, max(0, start - 40), start)
    if field is None or PROSE_WORDS.intersection(words := field.group(1).lower().split()) or (
            field.group()[:1] == ":" and _NUMBER_WORDS.intersection(words)):
        return ""  # a sentence; "a: nan b=0.5": after a colon, a value spelt with letters
    words, key = field.group(1), line[start:line.index("=", start)]
    first = words.split()[0]
    if (field.start(1) == 0 or field.group()[:1] in "]|") and (LABEL_CAPS.match(first) or rules.is_setup_name(key) or (
            first.lower() in rules.CONFIG_WORDS or first.lower() in STEP_RANK or key in STEP_RANK)):
        return ""  # LEAD_FIELD: "RESULT auc=0.98": a shouted label; "model num-trees=28": a
        # count; "config lr=0.01", "step loss=0.3": a marker word or a step word labels the line;
        # "current epoch=4": a step key keeps its exact name, the step of the line
    return words + key


def past_left_value(head: str, words: list[str], gap_after: bool) -> list[str]:
    """SPACED_FIELDS (rules): the words of a name after ``key:`` and a gap, `words` without
    the first when that is the left field's value: a summary printed in two columns of
    ``key:  value`` (pyGAM's ``Link Function:   IdentityLink Log Likelihood:   -55.3``), known
    by the name's own pair spaced the same way (`gap_after`: two spaces or more before its
    number). A pair printed tight (``Epoch 3:   val loss: 0.2``) keeps its words, and so
    does a name opening with a phase word (``Stage:   val loss:   0.2``, PHASES)."""
    if gap_after and words and head.endswith("  ") and head.rstrip()[-1:] == ":" and not (
            rules.phase_of(words[0])):
        return words[1:]
    return words


# VALUE_FIRST (rules): "\t0.9341\t = Validation score   (accuracy)": a value opening the line, then
# "=" and the words naming it, an aside closing them at most (the metric it was scored with).
_VALUE_FIRST = LazyPattern(r"\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*=\s+"
                           r"([^\W\d][\w.%@-]*(?: [^\W\d][\w.%@-]*){0,4})\s*(?:\([^()]{1,40}\))?\s*\Z")


def value_first(line: str) -> tuple[str, str, int] | None:
    """VALUE_FIRST: (name, value, where the name starts) of a line that puts its value first
    and names it after ``=`` (AutoGluon's ``0.9341  = Validation score  (accuracy)``), or None;
    not a name of prose words (``3 = the number of folds``)."""
    match = _VALUE_FIRST.match(line)
    if match is None or any(word.lower() in PROSE_WORDS for word in match.group(2).split()):
        return None
    return match.group(2), match.group(1), match.start(2)


# VALUE_AT_STEP (rules): a line of one pair whose value is followed by the step it was reached
# at ("Best validation loss: 0.123 at epoch 5"), nothing after but a stop or a parenthesis; the
# value may follow " is " too ("Validation MSE Loss is 0.97 at iteration 1."), a log record's
# prefix may open the line.
_VALUE_AT_STEP = LazyPattern(
    rf"\s*((?:{WORD} ){{0,3}}{NAME})(:| is)\s+({NUMBER})%?\s+(?ai:at|after|@)\s+(?ai:the\s+)?"
    rf"((?ai:epoch|step|iteration|iter|batch|round|ep|generation|episode))\s+(\d++)[.)]?\s*\Z")


def value_at_step(line: str) -> tuple[str, str, str, str, int] | None:
    """VALUE_AT_STEP: (name, value, step word, step, where the name starts) of a line of one
    pair followed by the step the value was reached at; None for any other line. After
    `` is `` the value is a decimal (a whole number there is a count as often)."""
    found = _VALUE_AT_STEP.match(line, log_prefix_end(line))
    if found is None or PROSE_WORDS.intersection(found.group(1).lower().split()):
        return None
    decimal = any(mark in found.group(3) for mark in ".eE")
    if not decimal and (found.group(2) != ":" or not rules.is_result_name(found.group(1))):
        return None  # a whole number under a name of no result: a count ("Saved model: 3")
    return found.group(1), found.group(3), found.group(4), found.group(5), found.start(1)


# FRACTION_PERCENT (rules): a pair's value as a count of a total with its percentage after it;
# PERCENT_COUNT the other way round, "Accuracy = 97.2% (139/143)" (libsvm's svm_predict).
_FRACTION_PERCENT = LazyPattern(r"(?<=: )\d+/\d+ \((\d+(?:\.\d+)?)%\)")
# A measured share has decimals: git's "Resolving deltas: 100% (10/10)" is a progress count.
_PERCENT_COUNT = LazyPattern(r"(?<=[:=] )(\d+\.\d+%) \(\d+/\d+\)")
# STEP_FRACTION (rules): a step key's count of its total with the share done ("Epoch: 1/3
# (33%)", a tqdm-style progress) is the step and how far the run has come, no measure.
_STEP_FRACTION = LazyPattern(rf"(?<![\w-])((?ai:{'|'.join(STEP_COUNT_WORDS)}|batch)s?: \d+/\d+) \(\d+(?:\.\d+)?%\)")
# COUNT_SHARE (rules): a whole number and its share of the total, "CATEGORICAL: 2 (50%)".
_COUNT_SHARE = LazyPattern(r"(?<=: )\d+ \(\d+(?:\.\d+)?%\)")


# FRACTION_RESULT (rules): "Accepted: 100 / 241 = 4.1494e-01": a count over a total, then the
# ratio worked out after "=": the ratio is the value, the counts say what it was made of.
_FRACTION_RESULT = LazyPattern(r"(?<=[:=] )\d+ ?/ ?\d+ = (?=[-+]?\.?\d)")


def bare_shares(line: str) -> str:
    """`line` with a value printed as a share and a count of a total as the percentage
    (FRACTION_PERCENT, PERCENT_COUNT: the share is the measure), and a count printed with its
    share as no number (COUNT_SHARE: it counts things); a fraction's worked-out ratio as the
    value (FRACTION_RESULT)."""
    if " = " in line and "/" in line:
        line = _FRACTION_RESULT.sub("", line)
    if "%)" in line:
        line = _COUNT_SHARE.sub("a count", _FRACTION_PERCENT.sub(r"\1%", _STEP_FRACTION.sub(r"\1", line)))
    if "% (" in line:
        line = _PERCENT_COUNT.sub(r"\1", line)
    return line


# PADDED_CELLS (rules): two "key  value" cells set in columns, the first's value text ("noise
# False", a date), the second's a number ("RMSE          0.04"): a fit report's two columns.
_PADDED_CELLS = LazyPattern(rf"[ ]*[^\W\d][\w.()^@%-]{{0,31}}[ ]+(\S+(?: \S+){{0,2}})[ ]{{3,}}"
                            rf"([^\W\d][\w.()^@%-]{{0,31}})[ ]{{2,}}({NUMBER})[ ]*\Z")


def padded_cells(line: str, label_end: list[int]) -> list[tuple[str, str]]:
    """PADDED_CELLS: the second cell's pair of a line of two padded ``key  value`` cells whose
    first value is no number (a word, a date: text, no metric); else []."""
    match = _PADDED_CELLS.match(line)
    if match is None or _NUMBER_CELL.match(match.group(1)):
        return []
    label_end[:] = [match.start(2)]
    return [(match.group(2), match.group(3))]


_NUMBER_CELL = LazyPattern(rf"{NUMBER}\Z")


def padded_field(line: str, match: re.Match[str], head: str) -> bool:
    """PADDED_FIELD (rules): a label flush left, its colon set off by padding from its name or
    its value (``S.E. of regression  :       0.983``), is a report's field, prose words and all
    (`head`: the text before the label's words; formats reads fewer than four words so)."""
    gap = line[match.end(1):match.start(2)]
    return not head.strip() and ":" in gap and "  " in gap
