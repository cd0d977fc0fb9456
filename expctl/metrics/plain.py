"""Plain prints: pairs printed as a name and a number, without ``:`` or ``=``.

``epoch 4 loss 0.2231 val_acc 0.874``, ``train | loss 0.5 | acc 0.9``, colorlog's ``epoch 3/8 ─
loss 0.43 • acc 80.47%``: `read_plain` reads a line made only of such pairs, past a log
prefix, with its leading label. `expctl.metrics.formats` tries it on lines without pairs; the
rules it applies (PLAIN_NAMES, PIPE_FIELDS, FIELD_MARKS, ASIDE_PAIR, GAP_LABEL, LOGGED_PAIR,
CHANNEL_LEAD) are described in `expctl.metrics.rules`.
"""

from __future__ import annotations

from . import rules
from .grammar import FUNCTION_ARGS, NAME, NUMBER, PROSE_WORDS, RICH_LOG_LEAD, RICH_SOURCE_TAIL, UNIT, WORD
from ..lazyre import LazyPattern
from .prefixes import closing_step
from .units import drop_value_units

_NUMBER_ONLY = LazyPattern(NUMBER + r"\Z")
_PLAIN_WORD = LazyPattern(WORD + r"\Z")
_PLAIN_NAME = LazyPattern(NAME + FUNCTION_ARGS + r"?\Z")  # PLAIN_NAMES: "min(y) 0.52", a FUNCTION_NAME
_ADVERBS = frozenset(("now", "currently"))  # NAME_ADVERB (rules): when, not what
_QUALIFIED = LazyPattern(WORD + r" \([^\W\d][^()]*\)\Z")  # PLAIN_NAMES: "F-score (micro)"

# -- plain prints: "epoch 4 loss 0.2231 val_acc 0.874", "iter 3: loss 0.41, mfu 2.3%" -----------

# FIELD_MARKS: a bullet, a middle dot, a rule or an arrow between fields (colorlog, rich's
# and loguru's formats: "epoch 3/8 ─ loss 0.43 • acc 80.47%", "test → loss 0.38") separates
# them as "|" does.
_SEPARATORS = frozenset("|-;,:&\u2022\u00b7\u2500\u2192\u2191\u2193")  # FIELD_MARKS: "... & Evaluations 8", "Ep01 ↓ Loss 1.09"
# A token of a log prefix before a plain print: a date, a time, a level name.
# (a date or time holds a separator: a bare number is a value, never part of a log prefix)
_PLAIN_LOG_TOKEN = LazyPattern(r"\d[\d.]*[:,/T-][\d:.,/T-]*\Z|(?:INFO|DEBUG|NOTICE):?\Z|\|\Z")
_GLOG_LEAD = LazyPattern(r"I\d{4}\s\d\d:\d\d:\d\d(?:\.\d+)?\s+\d+\s+[\w.-]+:\d+\]\s*")
_LOG_LEVEL = frozenset(("INFO", "DEBUG", "NOTICE"))
_CHANNEL_TOKEN = LazyPattern(r"[^\W\d][\w.]{0,39}:\Z|[^\W\d]\w*(?:\.\w+)+\Z")  # "app:", "app.eval"
# SYSLOG_LEAD (rules): a host and a program with its process id, after a timestamp.
_PROGRAM_PID = LazyPattern(r"[\w.-]+\[\d+\]:?\Z")
_NONFINITE_IN = LazyPattern(r"(?ai:nan|inf)")  # where a value spelt with letters may stand


def read_plain(line: str, label_end: list[int] | None = None) -> list[tuple[str, str]] | None:
    """Pairs of a line made only of name/number pairs, or None.

    The line must hold at least two pairs and one number with a decimal point; a name has one
    to three words; pairs may be separated by spaces, ``,``, ``;``, ``:``, ``|`` or ``-``; a
    number with a unit (``time 0.57ms``) is skipped; the line may start with bracketed tags
    (``[08:55:54]``) and end with a source location (``train.py:48``). One to three words
    before the first pair, followed by a separator or a colon (``train | loss 0.5 | acc 0.9``),
    are a label, not a name: where the label ends is appended to `label_end`."""
    if "." not in line and not _NONFINITE_IN.search(line):
        return None  # no value can have a decimal point, nor be nan or inf (NONFINITE_VALUE)
    line = line[:closing.start()] if (closing := closing_step(line)) else line  # AFTER_STEPS
    lead_end = RICH_LOG_LEAD.match(line).end()
    if line[:1] == "I" and (glog := _GLOG_LEAD.match(line)) is not None:
        lead_end = glog.end()  # GLOG_LEAD: "I1205 10:00:00.123 4242 train.py:42] ..."
    tokens, skipped = _plain_tokens(line, lead_end)
    leveled = skipped > 0 and any(token in _LOG_LEVEL for token in line.split(None, 8)[:8])
    pairs: list[tuple[str, str]] = []
    words: list[str] = []
    decimal = False
    label, tokens = _lead_label(line, lead_end, tokens, skipped)
    labels = 0 if label is None else 1
    counted = label is not None and (label[1:2] == ["on"] or any(map(str.isdigit, label)))
    for position, token in enumerate(tokens, 1 - len(tokens)):
        if position == 0 and token[-1:] == "." and token[-2:-1].isdigit():
            token = token[:-1]  # the full stop of a line "Iteration 3, inertia 123.4." ends
        if token in _SEPARATORS or (not pairs and label is None and len(words) < 3
                                    and token.endswith(":") and _PLAIN_WORD.match(token[:-1])):
            if token not in _SEPARATORS:
                words = [*words, token[:-1]]  # "train:", "test results:": a label
            if words:
                labels += 1
                if pairs or labels > 3 or len(words) > 3:
                    return None
                label, words = words, []  # the last of a few label fields (fairseq's "train")
            continue
        core = token.rstrip(",;:")
        value = core[:-1] if core.endswith("%") else core
        if not words and "/" in core and pairs and UNIT.match(core):
            continue  # "| 2.85 ms/iter": a field of its own, a speed, not a metric
        if _NUMBER_ONLY.match(value) or UNIT.match(core):
            if not words or len(words) > 3 or len(words) > 1 and any("(" in word for word in words):
                return None  # PLAIN_NAMES: a function name ("min(y)") is a name alone, no word of one
            if _NUMBER_ONLY.match(value):
                pairs.append((_pair_name(words), value))
                decimal = decimal or "." in value or value[-1:].isalpha()  # NONFINITE_VALUE (rules)
            words = []
        elif (_PLAIN_WORD.match(core) or _PLAIN_NAME.match(core) or _QUALIFIED.match(core)) and token in (core, core + ":") and (
                core.lower() not in PROSE_WORDS):
            words.append(core)  # a word, or a name as a pair spells it ("Acc@1")
        elif token == "*" and position == 1 - len(tokens):
            continue  # a bullet: " * Acc@1 19.792 Acc@5 68.750" (a summary line's mark)
        else:
            return None
    if words or not decimal or (len(pairs) < 2 and not (
            pairs and (label is None and leveled or counted or closing))):  # LOGGED_PAIR
        return None  # COUNTED_ONE (rules): a counted label says what the value was measured over
    if label is not None and label_end is not None:
        label_end.append(line.find(label[-1], lead_end) + len(label[-1]))
    return pairs


def _pair_name(words: list[str]) -> str:
    """A plain pair's name: its words, but an adverb of time closing them (NAME_ADVERB: "step
    size now 1.23" is "step size": when the value holds, not what it is)."""
    if len(words) > 1 and words[-1].lower() in _ADVERBS:
        words = words[:-1]
    return " ".join(words)


def _lead_label(line: str, lead_end: int, tokens: list[str],
                skipped: int) -> tuple[list[str] | None, list[str]]:
    """The label a plain print opens with, set apart by a column gap (``  train  loss 0.52``)
    or closed by a colon after a count (COUNTED_LABEL), and the tokens after it; else (None,
    `tokens`)."""
    if not skipped and tokens and (gapped := _gap_label(line, lead_end, tokens)) is not None:
        tokens = tokens[len(gapped):]
        if len(gapped) > 1 and tokens[-1][:1].isalpha():  # COMMAND_LABEL: "gzip -1 ...  mean 6 ms"
            tokens = drop_value_units(tokens, _NUMBER_ONLY.match)
        return gapped, tokens
    if ": " in line and (counted := _counted_label(tokens) or (
            _subject_label(tokens) if " on " in line else None)) is not None:
        return counted, tokens[len(counted):]  # COUNTED_LABEL (rules): "over 5 runs:"; SUBJECT_LABEL
    return None, tokens


def _subject_label(tokens: list[str]) -> list[str] | None:
    """SUBJECT_LABEL (rules): the tokens of a label ``<thing> on <thing>:`` opening the line
    (``PSO on rastrigin: best fitness 31.9``), or None: it says which method was measured on
    which problem, as a counted label says what over, so one pair after it is enough (COUNTED_ONE).
    Not a step word (``epoch on gpu0:``), nor a sentence's verb (``Running on cpu:``)."""
    if len(tokens) < 5 or tokens[1] != "on" or tokens[2][-1:] != ":" or len(tokens[2]) < 2 or (
            tokens[0].endswith("ing")):
        return None
    words = [tokens[0], tokens[2][:-1]]
    if all(_SUBJECT.match(word) and rules.step_column_rank(word) is None for word in words):
        return tokens[:3]
    return None


# SUBJECT_LABEL: a method's or a data set's name ("OriginalPSO", "rastrigin-8", "CIFAR10")
_SUBJECT = LazyPattern(r"[^\W\d][\w.+-]*\Z")


# A word set apart by a column gap before the first name of a plain print is its label: a
# section column ("  train  loss 0.52  acc 0.81", "  valid  loss 0.48 ...").
_GAP_LABEL = LazyPattern(r"[ \t]*([^\W\d][\w./-]*)(?: {2,}|\t)(?=[^\W\d])")
# COMMAND_LABEL (rules): a row's label of several tokens (a command line, "gzip -1 -c in.csv >
# /dev/null") set apart by a wide column gap from the pairs, as a table's label column is.
_WIDE_GAP_LABEL = LazyPattern(r"[ \t]*([^\W\d]\S*(?: \S+){1,7}) {4,}(?=[^\W\d])")


def _gap_label(line: str, lead_end: int, tokens: list[str]) -> list[str] | None:
    """The tokens of the label a column gap sets apart at the start of a plain print, or None:
    one word (a section column), or several (a command) before a wide gap, no step word's."""
    gap = _GAP_LABEL.match(line, lead_end)
    if gap is not None:
        return [tokens[0]] if tokens[0] == gap.group(1) else None
    wide = _WIDE_GAP_LABEL.match(line, lead_end)
    if wide is None or rules.step_column_rank(tokens[0].rstrip(":")) is not None:
        return None
    cut = wide.group(1).split()
    if len(cut) == 2 and "." in cut[1] and _NUMBER_ONLY.match(cut[1]):
        return None  # GAPPED_PAIRS (rules): "GCV 12.33  RSS 201.4", a pair, not a command's label
    return cut if tokens[:len(cut)] == cut else None
# COUNTED_LABEL: "over 5 runs:" -- a label of words and a whole count, closed by a colon.
_LABEL_REACH = 7


def _counted_label(tokens: list[str]) -> list[str] | None:
    """The tokens of a label closed by a colon that holds a count among its words (``final
    check over 5 runs: mean 1.5, max 2.0``), or None: the count says what the pairs after it
    were measured over, as ``(over 3 seeds)`` does (ASIDE_PAIR), not a pair of its own. Not
    with a step word (``best round 5:`` is a step label)."""
    for end, token in enumerate(tokens[:_LABEL_REACH]):
        if token[-1:] == ":" and len(token) > 1:
            words = [*tokens[:end], token[:-1]]
            counts = sum(word.isdigit() for word in words)
            if counts == 1 and not words[0].isdigit() and all(
                    word.isdigit() or _PLAIN_WORD.match(word) for word in words) and all(
                    rules.step_column_rank(word) is None for word in words):
                return tokens[:end + 1]
            return None
    return None


def _plain_tokens(line: str, lead_end: int) -> tuple[list[str], int]:
    """The tokens of a plain print after its Rich log frame and log prefix (a date, a time, a
    level name), a number and its rate unit glued; and how many log prefix tokens were
    skipped."""
    tokens = line[lead_end:].split()
    if tokens and RICH_SOURCE_TAIL.match(tokens[-1]):
        tokens.pop()
    skipped = 0
    while skipped < len(tokens) and _PLAIN_LOG_TOKEN.match(tokens[skipped]):
        skipped += 1  # a log prefix: "2026-12-04 10:00:00 | INFO | train | epoch 001 | ..."
        if skipped + 2 < len(tokens) and _PROGRAM_PID.match(tokens[skipped + 1]):
            skipped += 2  # SYSLOG_LEAD: "... 10:00:00 host trainer[412] INFO ..."
    if (skipped and skipped + 1 < len(tokens) and tokens[skipped - 1].rstrip(":") in _LOG_LEVEL
            and _CHANNEL_TOKEN.match(tokens[skipped]) and not rules.phase_of(tokens[skipped])):
        skipped += 1  # CHANNEL_LEAD: a logger's name after the level ("NOTICE: trainer.eval:")
    if skipped:
        tokens = tokens[skipped:]
    if tokens and tokens[-1][:1].isalpha():
        tokens = drop_value_units(tokens, _NUMBER_ONLY.match)  # UNIT_VALUE: "mean 66.29 ms"
    if "±" in line or "+/-" in line or "+-" in line:
        tokens = _drop_spreads(tokens)  # PLAIN_SPREAD: "return 500.0 +/- 0.0"
    if "/" in line:
        tokens = _glue_rates(tokens)
    if "(" in line:
        tokens = _open_asides(_closing_count(tokens))
    if "," in line or "|" in line:
        tokens = _timed_fields(tokens)
    if "|" in line and "|" in tokens:
        tokens = _pipe_fields(tokens)
    if ":" in line:
        tokens = _mid_phases(tokens)
    return tokens, skipped


def _mid_phases(tokens: list[str]) -> list[str]:
    """MID_PHASES (rules): a phase word and a colon after the line's first value (``epoch 1 |
    train: loss 1.41 acc 0.92 | valid: loss 1.46``) left out, the first word of each name
    after it qualified by its phase (``train/loss``, ``train/acc``, ``val/loss``)."""
    out: list[str] = []
    phase = None
    name_starts = False
    for token in tokens:
        if token[-1:] == ":" and token[:-1].isalpha() and rules.phase_of(token) and any(
                map(_NUMBER_ONLY.match, out)):
            phase, name_starts = rules.phase_of(token), True
            continue
        if phase and name_starts and _PLAIN_WORD.match(token):
            token = rules.qualify(phase, token)
        name_starts = bool(_NUMBER_ONLY.match(token.rstrip(",;%"))) or token in _SEPARATORS
        out.append(token)
    return out


_FIELD_COUNT = LazyPattern(r"(?:[^\W\d]+ )?\d+ ?/ ?\d+(?: [^\W\d]+)?\Z")  # "200/ 2983 batches", "rep 1/4", "iter 1 / 10"
_FIELD_UNIT = LazyPattern(r"[^\W\d_]{1,5}\Z")  # "min", "ms", "MB" after a field's number
_HAS_DIGIT = LazyPattern(r"\d")
_FIELD_STEP_WORDS = frozenset("epoch step iteration iter batch round ep".split())


def _pipe_fields(tokens: list[str]) -> list[str]:
    """PIPE_FIELDS (rules): the tokens of a ``|``-separated line with a progress count's field
    (``| 200/ 2983 batches |``) left out and a field of words ending in a step word and number
    (``| end of epoch 1 |``) read as that step word and number."""
    out: list[str] = []
    field: list[str] = []
    for token in [*tokens, "|"]:
        if token != "|":
            field.append(token)
            continue
        if len(field) > 2 and field[-2].lower() in _FIELD_STEP_WORDS and field[-1].isdigit() and (
                all(_PLAIN_WORD.match(word) for word in field[:-1])):
            # "end of epoch 1": the step the line reports; a phase opening the sentence
            # ("validation at step 40") labels the fields after it (PHASES)
            field = [field[0], "|", *field[-2:]] if rules.phase_of(field[0]) else field[-2:]
        if len(field) > 2 and _FIELD_UNIT.match(field[-1]) and _NUMBER_ONLY.match(field[-2]):
            field = field[:-1]  # "max wait 99.6032 min": the unit of the field's one value
        prose = not any(map(_HAS_DIGIT.search, field)) and any(  # "| End of training |" too
            word.lower() in PROSE_WORDS or word[:1] in "'\"" for word in field)
        if field and not prose and not _FIELD_COUNT.match(" ".join(field)):
            out += [*field, "|"]  # a sentence of a field after the first ("valid on 'x'") left out
        field = []
    return out[:-1] if out and tokens[-1:] != ["|"] else out


_TIME_UNITS = frozenset("s sec secs second seconds ms min mins minute minutes h hr hrs hours".split())
_GLUED_TIME = LazyPattern(r"\d+(?:\.\d*)?(?:s|sec|ms|min|h)\Z")  # "0.18s", "3min"
_TIMING_WORDS = frozenset("in took after elapsed spent done finished".split())


def _timed_fields(tokens: list[str]) -> list[str]:
    """TIMED_FIELD (rules): `tokens` without a field after the first (fields end at a ``,`` or
    a ``|``) that says how long something took: it ends in a time amount (``0.1797 sec``,
    ``0.18s``) and opens with a number or holds a timing word (``50 iterations in 0.1797 sec``,
    ``took 2.1s``)."""
    out: list[str] = []
    field: list[str] = []
    for at, token in enumerate(tokens, 1 - len(tokens)):
        field.append(token)
        if not (token == "|" or token[-1:] == "," or at == 0):
            continue
        words = [t.rstrip(",|").lower() for t in field]
        words = [w for w in words if w]
        timed = len(words) > 1 and (_GLUED_TIME.match(words[-1]) is not None or (
            words[-1] in _TIME_UNITS and _NUMBER_ONLY.match(words[-2]) is not None))
        if not (out and timed and words and (
                _NUMBER_ONLY.match(words[0]) or any(w in _TIMING_WORDS for w in words))):
            out += field
        field = []
    return out


def _open_asides(tokens: list[str]) -> list[str]:
    """ASIDE_PAIR (rules): `tokens` with the parentheses of an aside ``(lr 0.5)`` dropped, when
    it holds one to three words and then one number, and nothing else."""
    out: list[str | None] = list(tokens)
    for at, token in enumerate(tokens):
        if token[:1] == "(" and at and out[at - 1] and (stop := _qualifier_end(tokens, at)):
            out[at - 1] = " ".join(tokens[at - 1:stop])  # "f1-score (micro avg) 0.49": a qualifier
            out[at:stop] = [None] * (stop - at)
            continue
        if token[:1] != "(" or ")" in token or len(token) < 2:
            continue
        for end in range(at + 1, min(at + 4, len(tokens))):
            if tokens[end][-1:] == ")":
                core = tokens[end][:-1].rstrip("%")
                if ("(" not in tokens[end] and _NUMBER_ONLY.match(core) and all(
                        _PLAIN_WORD.match(word) for word in [token[1:], *tokens[at + 1:end]])):
                    out[at], out[end] = token[1:], tokens[end][:-1]
                    if end == at + 1 and token[1:].lower() in _SPREAD_WORDS:
                        out[at] = out[end] = None  # "97.9 (std 7.2)": dropped, as "± 7.2" is
                break
    return [token for token in out if token is not None]


def _qualifier_end(tokens: list[str], at: int) -> int | None:
    """PLAIN_NAMES (rules), its qualifier: where a qualifier in parentheses that `tokens[at]`
    opens ends, when it holds one or two words, follows a name's word and comes before a
    number (``F-score (micro) 0.88``, ``f1-score (micro avg) 0.49``); None otherwise."""
    if at == 0 or not _PLAIN_WORD.match(tokens[at - 1]):
        return None
    for end in (at, at + 1):
        if end + 1 >= len(tokens):
            return None
        if tokens[end][-1:] == ")":
            words = " ".join(tokens[at:end + 1])[1:-1].split()
            if words and all(_PLAIN_WORD.match(word) and word.lower() not in _SPREAD_WORDS
                             for word in words) and _NUMBER_ONLY.match(tokens[end + 1]):
                return end + 1
            return None
    return None


_COUNT_ASIDE = LazyPattern(r"\(\d{1,9}\Z")


def _closing_count(tokens: list[str]) -> list[str]:
    """COUNT_ASIDE (rules): `tokens` without an aside closing the line that counts what the
    values were measured over (``acc 94.2%  (360 samples)``): a count and one word, no pair."""
    if len(tokens) > 2 and _COUNT_ASIDE.match(tokens[-2]) and tokens[-1][-1:] == ")" and (
            _PLAIN_WORD.match(tokens[-1][:-1])) and tokens[-1][:-1].lower() not in _SPREAD_WORDS:
        return tokens[:-2]
    return tokens


_SPREAD_WORDS = frozenset("std stdev sd sem stderr".split())  # a spread beside the value before
_SPREAD_MARK = LazyPattern(r"(?:±|\+/?-)(" + NUMBER + r")?%?\Z")  # "±", "+/-", "+-0.2", "±1.2%"


def _drop_spreads(tokens: list[str]) -> list[str]:
    """PLAIN_SPREAD (rules): `tokens` without the spread after a value (``500.0 +/- 0.0``,
    ``0.91 ±0.02``): the value is the measure, as in a table's cell (SPREAD_CELLS); a mark
    without a value before it, or without a number after it, stays (and the line is prose)."""
    out: list[str] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        mark = _SPREAD_MARK.match(token.rstrip(",;")) if out and _NUMBER_ONLY.match(
            out[-1].rstrip("%")) else None
        if mark is not None and mark.group(1) is not None:
            out[-1] += token[len(token.rstrip(",;")):]  # the field's end stays: "±0.02,"
            at += 1  # the spread glued to its mark: "±0.02"
            continue
        spread = tokens[at + 1].rstrip(",;%") if mark is not None and at + 1 < len(tokens) else ""
        if spread and _NUMBER_ONLY.match(spread):
            if tokens[at + 1][-1:] in ",;":
                out[-1] += tokens[at + 1][-1]  # the field's end stays: "0.5 ± 0.1, acc 0.9"
            at += 2
            continue
        out.append(token)
        at += 1
    return out


_RATE_UNIT = LazyPattern(r"[^\W\d_]{1,6}/[^\W\d_]{1,6}\Z")  # "ms/iter", "it/s", "tok/s"


def _glue_rates(tokens: list[str]) -> list[str]:
    """`tokens` with a number and the rate unit after it (``2.85``, ``ms/iter``) as one token
    (``2.85ms/iter``), the way a unit glued to its number is spelt; not a name that a number
    follows (``0.47  acc/valid 0.73``: a pair of its own, PLAIN_NAMES)."""
    glued: list[str] = []
    for at, token in enumerate(tokens):
        if glued and _RATE_UNIT.match(token) and _NUMBER_ONLY.match(glued[-1]) and not (
                at + 1 < len(tokens) and _NUMBER_ONLY.match(tokens[at + 1].rstrip(",;%"))):
            glued[-1] += token
        else:
            glued.append(token)
    return glued
