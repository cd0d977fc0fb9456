"""What opens a line and gives its step: a boosting round (``[5]\\t``, ``0:\\t``) with its
tab-separated fields, or a step prefix (``Epoch 3/10``, ``Iteration 3,``, ``INFO:root:step 100:``,
``[1/200]``, timm's ``Train: 1 [ 50/100 (50%)]``).

How the parser uses them (which step a line's points get) is in `expctl.metrics.parser`.
"""

from __future__ import annotations

import re

from . import rules, steps
from .step_prefix import StepPrefix, at_step_heading
from .counter_leads import counter_lead
from .grammar import NUMBER, STEP_COUNT_WORDS
from .phases import PHASE_WORD
from ..lazyre import LazyPattern

# XGBoost and LightGBM: "[5]\tvalidation_0-logloss:0.31" / "[10]\tvalid_0's l2: 0.2".
_BOOSTER_ROUND = LazyPattern(r"\[(\d++)\]\t")
# CatBoost: "0:\tlearn: 0.68\ttest: 0.69\tbest: 0.69 (0)\ttotal: 5ms\tremaining: 1s".
_CATBOOST_ROUND = LazyPattern(r"(\d++):\t")
# A field's value may carry CatBoost's best round "(3)" or lgb.cv's spread "+ 0.0087" (mean +
# stdv over folds): the mean is the value, the spread is dropped as "0.91 ± 0.02"'s is.
# TAB_COMMA_FIELD (rules): a field may close with a comma before its tab, as torchtuples' do
# ("0:\t[0s / 0s],\t\ttrain_loss: 3.2455,\tval_loss: 3.8414").
_FIELD = LazyPattern(rf"\s*([^\W\d][^\t:]*?)\s*:\s*({NUMBER})"
                     rf"(?:\s+\(\d+\)|\s*(?:\+/-|\+|±)\s*{NUMBER})?\s*[,;]?\s*\Z")


def read_booster(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(round, pairs) of a gradient-boosting evaluation line, or None. Fields are separated by
    tabs; a field's name is all of its text before the colon, as printed (``valid_0's l2``);
    fields whose value is not a plain number (``total: 5ms``) are skipped; ``mean + stdv``
    (``lgb.cv``) gives the mean."""
    match = _BOOSTER_ROUND.match(line) or _CATBOOST_ROUND.match(line)
    if match is None:
        return None
    pairs = []
    for field in line[match.end():].split("\t"):
        found = _FIELD.match(field)
        if found:
            pairs.append((found.group(1), found.group(2)))
    return (match.group(1), pairs) if pairs else None


# -- step prefixes and headers: "Epoch 3/10", "Iteration 3, loss = 0.41" ----------------------

# A log prefix before a step word: "INFO:root:step 100: ...", "2026-01-01 12:00:00 INFO Epoch 3".
_LOG_PREFIX = (
    r"(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?+(?::(?=\s))?+\s*+"  # a timestamp, a colon maybe after it (nnU-Net's)
    r"|\d\d?/\d\d?(?:/\d{2,4})?[ T]\d\d:\d\d:\d\d(?:[.,]\d+)?+\s*+"  # "12/05 10:00:00"
    r"|\[[^\]\n]{0,60}\]\s*"  # "[12:00:01]", "[__main__][INFO]"
    r"|\{\d+\}\s*"  # a source line number in braces: "{3026} INFO - "
    r"|\d{1,3}%[ \t]+(?=(?ai:epoch|step|iteration|iter|round|episode)[ \t]+\d)"  # LEAD_PERCENT: "10% Epoch 5:"
    r"|(?:INFO|DEBUG|NOTICE)(?::[\w.]*)*:?\s*(?:-\s+(?:[\w.]{1,40}\s+-\s+)?)?"  # logging's "INFO:root:";
    # NAME_AFTER_LEVEL (rules): "... - INFO - root -   msg", the logger's name after the level
    # CHANNEL_LEAD: a logger's name after the level, before a step word ("INFO: trainer: step 4:")
    r"(?:[\w.]{1,40}:?[ \t]+(?=(?ai:epoch|step|iteration|iter|round)[ \t]+\d))?"
    r"|-\s+|[\w.]+\s+-\s+(?=(?:INFO|DEBUG|NOTICE)\b)"  # "... - mmdet - INFO - " (the cookbook's)
    r"|\|\s*+[A-Z]{4,8}\s*+\|\s*+(?:[\w.<>-]+:)*[\w.<>-]*\s+-\s+"  # loguru's "| INFO | m:f:9 - "
    r"|[\w.-]+\s[\w.-]+\[\d+\]:?\s+"  # SYSLOG_LEAD: a host, a program and its pid "vm app[41] "
    r"|I\d{4}\s\d\d:\d\d:\d\d(?:\.\d+)?\s+\d+\s+[\w.-]+:\d+\]\s*"  # GLOG_LEAD: absl/glog's
    r")*"
)
_STEP_PREFIX_BODY = (
    r"\s*+(?:(?:[-=#*>\[(─━═]|\|{2,}+|<(?=\d++>))++\s*+)?"  # decoration: "-- Epoch 1", "=== Epoch 3 ===",
    # "[Epoch 3/10]", "||||| ROUND 1 STATS |||||:" (a run of bars frames a title: STEP_TITLE),
    # a horizontal rule with a title ("──── Epoch 1/5 ────", Rich's Console.rule)
    # "****** Running generation 0 ******"; DONE_STEP (rules): "Completed iteration 3:" heads its lines
    r"(?:(?ai:running|starting|start|begin|completed|finished)[ \t]++)?+"
    # FOLD_STEP (rules): a cross-validation's "fold 2: rmse = 3.04" counts its folds as a step
    # LOOP_STEP (rules): a fitting loop's pass counts as a step ("GAM s.wam loop 3: deviance = 63.1")
    # PASS_STEP (rules): an agent's or a solver's pass counts as an epoch does ("Update 10: Avg
    # return = 25.2", "Cycle 3 | loss 0.2")
    r"(?:(?<!\w)((?ai:epoch|step|iteration|iter|batch|global_step|round|ep|generation|gen|episode|fold|loop"
    r"|updates?|cycle"
    r"|it(?=\.[ \t])))"  # ABBREVIATED_STEP: "It.   0, RSS = 12.8": "it" only so cut, never the pronoun
    r"(?:(?<=[^\W\d_])\.(?=[ \t]))?+"  # ABBREVIATED_STEP: "Iter.  1,", the step word cut short
    r"(?:\(([^\W\d_]{1,12})\))?+"  # a phase in parentheses: MMEngine's "Epoch(val) [1][10/10]"
    r"(?:[ \t]++(?ai:no|number)\.?+:?+[ \t]*+|[ \t]*+\#:?+[ \t]*+"  # "Iteration No: 3", "Epoch number 0", "Epoch #3", "Epoch #: 1"
    # "Epoch [1][50/100]"; "[ep 03/10]": the bracket opened before the step word closes
    r"|[ \t]++|[ \t]*+:?+[ \t]*+\[[ \t]*+(?=\d++(?:[ \t]*+/[ \t]*+\d++)?[ \t]*+\])"
    r"|[ \t]*+\([ \t]*+(?=\d++[ \t]*+/[ \t]*+\d++[ \t]*+\))"  # PADDED_COUNT (rules): "Epoch (    0/ 2500)"  # "Epoch [1/10], Step [100/600]", COLON_BRACKET_STEP (rules): "Epoch: [3][10/50]"
    r"|[ \t]*+:[ \t]*+(?=\d++[ \t]*+/[ \t]*+\d)"  # COUNT_STEP: "iteration: 2/100", "Epoch: 3/10"
    r"|[ \t]*+=[ \t]*+(?=\d++:[ \t])"  # EQUALS_LABEL (rules): "step = 50: loss = 0.0046"
    r"|[ \t]*+-[ \t]*+(?=\d))"  # DASHED_STEP (rules): "Iter-1000; D_loss: 0.91", "epoch - 1/7"
    r"(\d++)\]?+(?:[ \t]*+(?:/|of)[ \t]*+(\d++)\]?+)?"
    # PADDED_BRACKET (rules): the count set in by spaces after its bracket ("[  3/12]")
    r"|()(?:(?:(?<=\[)|(?<=\[ )|(?<=\[  )|(?<=\[   ))[ \t]*+(?=\d++[ \t]*+/[ \t]*+\d++[ \t]*+\])|\A(?=\d++/\d++(?:\([^\W\d_]{1,12}\))?+:[ \t]|\d++/\d++[ \t]++[(\w]))"
    r"(\d++)[ \t]*+/[ \t]*+(\d++)[ \t]*+\]?+"  # "[1/200] 1 tree, ...", "[1 / 5]: ...":
    # a bare progress count in brackets; LEAD_COUNT: opening the line before a colon, a tag between,
    # or before spaces and a word or "(" ("10/80 (epoch 1) loss: 1.84")
    # ("0/3(t): acc=0.59", torchbearer's epoch and phase)
    # COUNT_PREFIX: "[1,000] acc", "<30> log" (not before a step key: "<3> step: 3", a line's id)
    r"|()(?:(?<=\[)|(?<=<)(?=\d++>[ \t]++(?!(?ai:step|epoch|iteration|iter|round|global_step)\b)))"
    r"(\d{1,3}(?:,\d{3})++|\d++)[\]>](?=[ \t]++[^\W\d]))"
    r"(?![\w/]|\.(?![.\s]))"  # ELLIPSIS_FIELD: "Epoch: 1/3.. Training Loss: 0.91.."; STEP_STOP: "Epoch 0. Loss:"
)
_STEP_PREFIX = LazyPattern(_STEP_PREFIX_BODY)
_LOG_LEAD = LazyPattern(_LOG_PREFIX)  # LOG_LEAD (rules)


def log_lead_end(line: str) -> int:
    """Where a log record's prefix (timestamp, level, source, then " - ") ends in `line`; 0
    for none."""
    if " - " not in line or line[:1] not in _LOG_PREFIX_START:
        return 0  # a table row, a plain print: no record's prefix to skip
    return _LOG_LEAD.match(line).end()

# DECORATED_STEP (rules): the marks opening a step prefix (">> Epoch 3 | ...", "=> epoch 3").
_DECORATION = LazyPattern(r"\s*[-=#*>~]++\s++(?=[^\W\d])")


def decoration_end(line: str) -> int:
    """Where a run of marks and the space after it, opening a line before its step word,
    ends (``>> Epoch 3 | loss 0.4``); 0 for none: the plain print is read past it."""
    found = _DECORATION.match(line)
    return found.end() if found is not None else 0


def logged_step_start(line: str, word: str) -> int:
    """Where the step `word` opening `line` past a log record's prefix or a phase word begins
    (LOGGED_STEP: ``INFO:root:Epoch 3 loss 0.4``, ``[12:00:01] Epoch 3``; PHASE_STEP: ``Train
    Epoch 3``); 0 when no such prefix is before it."""
    at = line.find(word)
    if at <= 0:
        return 0
    lead = _LOG_LEAD.match(line, 0, at).end() if line[:1] in _LOG_PREFIX_START else 0
    phase = _PHASE_LEAD.match(line, lead, at) if lead < at else None
    return at if (phase.end() if phase is not None else lead) == at else 0


def log_prefix_end(line: str) -> int:
    """Where a log record's prefix (timestamp, level, source) ends in `line`; 0 for none."""
    return _LOG_LEAD.match(line).end() if line[:1] in _LOG_PREFIX_START else 0


_LOGGED_STEP_PREFIX = LazyPattern(_LOG_PREFIX + _STEP_PREFIX_BODY)
_LOG_PREFIX_START = LOG_PREFIX_START = frozenset("[0123456789IDN")
# BLANK_TIME: Rich's log leaves its time column blank when a record's time repeats the one
# above ("           INFO     Epoch 2/10 - ..."): the blank run, then a level in its column.
_BLANK_TIME = LazyPattern(r" {2,}+(?=(?:INFO|DEBUG|NOTICE)[ \t])")
_ONLY_DECORATION = LazyPattern(r"[^\w]*\Z")
# STEP_HEADER: a sentence after a step ("Iteration No: 3 started. Evaluating function at random
# point."): words and punctuation, no number, no bar or percentage: the line heads what follows.
_SENTENCE = LazyPattern(r"[ \t.,:;-]*+[^\W\d_][^\d|%/=]*\Z")
# STEP_TITLE (rules): words closed by a frame and a colon ("ROUND 1 STATS |||||:", "Epoch 2
# summary ===:"): a title of the step's section, as a sentence after the step is.
_FRAMED_WORDS = LazyPattern(r"[ \t]++[^\W\d_][^\W\d_ \t]*(?:[ \t][^\W\d_]+){0,3}[ \t]*"
                            r"(?:\|{2,}|[=#*~-]{3,}):?[ \t]*\Z")
# TIMED_HEADER (rules): the time the step took in parentheses after it ("Epoch 2/6 (0.0s)"): a
# header still, the time no value.
_TIMED_REST = LazyPattern(r"[ \t]*\((?:took[ \t]+)?\d+(?:\.\d+)?[ \t]*(?:ms|s|sec|secs|m|min|h)\)[ \t]*:?[ \t]*\Z")
# A phase label, its counter and a progress count: "Train: 1 [  50/100 ( 50%)]"
_PHASE_COUNTER = LazyPattern(r"\s*([^\W\d]+):[ \t]+(\d+)[ \t]+\[[ \t]*\d+/\d+")


# A horizontal rule with a title and no step ("──── Test ────"): it ends the section before it.
_TITLED_RULE = LazyPattern(r"\s*[─━═]{3,}\s+\S.{0,80}?\s+[─━═]{3,}\s*\Z")


def is_titled_rule(line: str) -> bool:
    """True for a horizontal rule with a title (Rich's ``Console.rule``): ``── Test ──``."""
    return line[-1:] in "─━═ " and _TITLED_RULE.match(line) is not None


# LABELLED_COUNT: "Features: 3/4 -- score: 0.91": a label, a count, a separator, then pairs.
_LABELLED_COUNT = LazyPattern(r"([^\W\d]\w*):[ \t]+(\d+)/\d+[ \t]+(?:--?|\|)[ \t]+(?=[^\W\d])")


# COUNTED_WORDS: one or two words, then a progress count and pairs ("Train tree 3/30 loss:0.5",
# "Fitting shard 2/8 acc=0.9"): the count says which of the N units the line reports.
_COUNTED_WORDS = LazyPattern(r"(?:[^\W\d]\w*[ \t]+)?([^\W\d]\w*)[ \t]+(\d+)/\d+[ \t]+(?=[^\W\d])")

# COUNTED_WORDS: a word and its progress count in brackets glued to it, before pairs, in any
# script ("训练轮次[1/12], 平均损失: 2.2709", a training round's count)
_BRACKETED_COUNT = LazyPattern(r"([^\W\d]\w*)\[(\d+)/\d+\][ \t]*[,:]?[ \t]+(?=[^\W\d])")


def _labelled_count(line: str) -> StepPrefix | None:
    """The step of a line opened (past a log prefix) by a label and a progress count before
    a separator (LABELLED_COUNT), or by words and a count before pairs (COUNTED_WORDS), or
    None."""
    lead = _LOG_LEAD.match(line).end() if line[:1] in _LOG_PREFIX_START else 0
    match = _LABELLED_COUNT.match(line, lead)
    if match is None:
        match = _COUNTED_WORDS.match(line, lead) or _BRACKETED_COUNT.match(line, lead)
        if match is None:
            return None
        prefix = StepPrefix(match.group(1), match.group(2), True, False, False)
        prefix.end = match.end()
        return prefix
    prefix = StepPrefix(match.group(1), match.group(2), True, False, False, True)
    prefix.end = match.end()
    return prefix


# TAGGED_STEP: a short tag of a word and a number before a colon ("rank 1: ", a bar's "on 8: "),
# then a step word: the tag says which worker or position printed the line, the step word its step.
# The tag may end in a comma too, and its word in a colon: "Run 2, iteration: 2/100, ...".
_STEP_TAG = LazyPattern(r"[^\W\d]\w{0,15}:?[ \t]\d{1,9}[:,][ \t]+(?=[^\W\d])")


# STEP_LABEL's word: one word before a step label, "best round 5: ...", "final epoch 9: ...",
# an identifier too ("differential_evolution step 3: ..."); a comma may close the label as a
# colon does (LABEL_COMMA (rules): a solver's "Newton iteration 4, residual = 1e-3").
# LOOP_STEP: up to three words before a fitting loop's label, dotted names among them ("GAM
# s.wam loop 3: ..."): the routine whose loop it is.
_STEP_LABEL_WORD = LazyPattern(r"[^\W\d]\w{0,31}[ \t](?=(?ai:epoch|step|iteration|iter|round|ep|"
                               r"gen|generation|loop)[ \t]\d{1,9}[:,][ \t])"
                               r"|(?:[^\W\d][\w.]{0,31}[ \t]){1,3}(?=(?ai:loop)[ \t]\d{1,9}:[ \t])")


# NAMED_TAG: a variable's name (lower case, an underscore in it) and a colon opening the line
# before a step word ("mle_baseline: Epoch   0 Batch 0/20 - ..."), or a capitalised label and
# one token holding a letter ("Experiment: runs/singleview_0 Epoch #: 1"): which model or run
# the line reports on, as a worker's tag does.
_NAMED_TAG = LazyPattern(r"(?:[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,5}:|[A-Z][a-z]{1,20}:[ \t]+(?=[^\s:]{0,60}[^\W\d])[^\s:]{1,60})[ \t]+"
                         r"(?=(?ai:epoch|step|iteration|iter|episode|round)[ \t:#])")


def _tagged_step(line: str):
    """The step prefix after a line's tag (TAGGED_STEP, NAMED_TAG) or the word before a step
    label (STEP_LABEL), or None."""
    if line[:1].isalpha() and (named := _NAMED_TAG.match(line)) is not None:
        return _STEP_PREFIX.match(line, named.end())
    if not any(line[at - 1:at].isdigit() for at in (line.find(": ", 2, 40), line.find(", ", 2, 40))
               if at > 0):
        return None  # no number right before the first ": " or ", ": no tag
    tag = _STEP_TAG.match(line) or _STEP_LABEL_WORD.match(line)
    return _STEP_PREFIX.match(line, tag.end()) if tag is not None else None


# OUTER_TAG (rules): the tag is itself a coarse counter ("Epoch: 1, Step: [128/1197], Loss: 2.16")
# and the step word after it counts, of a total, the progress within it: the line's step is the
# tag's, as in "Epoch [1/5], Step [100/600]" (the inner count restarts in each epoch).
# FOLD_TAG (rules): what parts a fold's number from the step word after it ("Fold 1 | Epoch 3").
_FOLD_TAG_END = LazyPattern(r"[ \t]*[|,;:\-][ \t]*|[ \t]+(?=[^\W\d])")
_EPOCH = steps.STEP_RANK["epoch"]  # "ep" ranks as the word it cuts
# The coarse counters, within whose units a finer one counts (OUTER_TAG, OUTER_PREFIX).
_COARSE = frozenset(("epoch", "ep", "episode", "round", "generation", "gen"))
_OUTER_TAG = LazyPattern(rf"((?ai:{'|'.join(sorted(_COARSE, key=len, reverse=True))})):?[ \t](\d{{1,9}})[:,][ \t]")


def _outer_tag(line: str, inner) -> StepPrefix | None:
    """OUTER_TAG: the prefix of the coarse counter tagging a line whose step word (`inner`, a
    `_STEP_PREFIX` match) counts a total of a finer unit, or None."""
    tag = _OUTER_TAG.match(line)
    if tag is None or inner.group(1) is None or inner.group(4) is None or (
            steps.STEP_RANK.get(inner.group(1).lower(), 99) >= steps.STEP_RANK.get(tag.group(1).lower(), _EPOCH)):
        return None
    prefix = StepPrefix(tag.group(1), tag.group(2), False, False, False, True)
    prefix.end = inner.end()
    return prefix


# AFTER_STEPS (rules), opening the line: "INFO:root:[20 epochs]: TRAIN:[loss=0.008]", the count of
# steps done alone in brackets (past a log prefix), a colon at most, then the line's fields.
_DONE_STEPS = LazyPattern(r"[ \t]*" + _LOG_PREFIX + r"\[[ \t]*(\d{1,9})[ \t]+((?ai:epoch|step|iteration|iter|round|episode|generation))s"
                          r"[ \t]*\]:?[ \t]+(?=[^\W\d])")


# BAR_GLUED_RECORD (rules): a log record written while a progress bar stood unfinished is glued
# to the bar's last draw (" 75%|███▌ | 75/100 [00:00<00:00, 747.36epoch/s]INFO:root:[80 epochs]");
# a record opening with its date, bare or in brackets, is glued so too ("...2.8it/s][2026-01-02 ...").
_BAR_THEN_RECORD = LazyPattern(r"[ \t]*\d{1,3}%\|[^|]{0,200}\|[^\[\]]{0,40}\[[^\[\]]{0,60}\]"
                               r"(?=(?:INFO|DEBUG|NOTICE):|\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d)")


def _record_after_bar(line: str) -> int:
    """BAR_GLUED_RECORD: where a log record glued after a progress bar's draw starts in `line`,
    else 0 (the line's start)."""
    found = _BAR_THEN_RECORD.match(line) if "%|" in line else None
    return 0 if found is None else found.end()


def read_step_prefix(line: str) -> StepPrefix | None:
    """The step word and number a line starts with, or None."""
    match = _STEP_PREFIX.match(line)
    if match is None and line[:1] in _LOG_PREFIX_START and line:
        match = _LOGGED_STEP_PREFIX.match(line)
    if match is None and "%|" in line and (record := _record_after_bar(line)):
        match = _LOGGED_STEP_PREFIX.match(line, record)  # BAR_GLUED_RECORD: the record's own step
    if match is None and line[:2] == "  ":
        blank = _BLANK_TIME.match(line)  # BLANK_TIME: Rich's record under a repeated time
        match = _LOGGED_STEP_PREFIX.match(line, blank.end()) if blank is not None else None
    elif match is None and line[:1] == " " and line[1:2] in _LOG_PREFIX_START:
        match = _LOGGED_STEP_PREFIX.match(line, 1)  # SPACED_LEAD: " [ 12:00:01 ] Finished iteration #3"
    if match is None and line[:1].isalpha():
        match = _tagged_step(line)
        if match is not None and (outer := _outer_tag(line, match)) is not None:
            return outer
    if match is None and (lead := _phase_lead(line)) is not None:
        match = _STEP_PREFIX.match(line, lead)  # PHASE_STEP: "[train] Epoch 3 ...", "INFO:root:train Epoch 3"
    if match is None and (leading := counter_lead(line)) is not None:
        return leading  # ELAPSED_STEP, EPOCH_BATCH_PAIR, TIMED_COUNT, INDEX_COLON
    if match is None and "s]" in line and (done := _DONE_STEPS.match(line, _record_after_bar(line))) is not None:
        prefix = StepPrefix(done.group(2), done.group(1), False, False, False, True)  # AFTER_STEPS
        prefix.end = done.end()
        return prefix
    if match is None:
        if line.rstrip()[-1:] == ":" and (heading := at_step_heading(line)) is not None:
            return heading
        phased = _PHASE_COUNTER.match(line)
        if phased is None or rules.phase_of(phased.group(1)) is None:
            return _labelled_count(line) if "/" in line else None
        # timm's "Train: 1 [  50/100 ( 50%)]  Loss: ...": the phase's own counter, the epoch
        return StepPrefix(phased.group(1), phased.group(2), True, False, False, True)
    if match.group(1) is not None and match.group(1).lower() == "fold" and (
            inner := _FOLD_TAG_END.match(line, match.end())) is not None and (
            within := _STEP_PREFIX.match(line, inner.end())) is not None and within.group(1):
        match = within  # FOLD_TAG: "Fold 1 | Epoch 001/6 | ...": the fold is the run, the epoch the step
    rest = line[match.end():]
    if match.group(1) is None:  # "[i/N]", or "[N] name" (COUNT_PREFIX: the count as printed)
        value = match.group(6) or match.group(9).replace(",", "")
        prefix = StepPrefix("", value, match.group(6) is not None, False,
                            bool(_ONLY_DECORATION.match(rest)))
        prefix.phase = _phase_before(line, (match.start(6) if match.group(6) else match.start(9)) - 1)  # PHASE_STEP
    else:
        header = (_ONLY_DECORATION.match(rest) or _SENTENCE.match(rest) or _FRAMED_WORDS.match(rest)
                  or _TIMED_REST.match(rest))
        # COUNT_STEP: a label, no pair; a bracketed count ("Epoch [1/10], ...") neither
        counted = any(mark in line[match.end(1):match.start(3)] for mark in ":[")
        prefix = StepPrefix(match.group(1), match.group(3), match.group(4) is not None,
                            not counted and match.group(4) is None  # "Epoch 1/12,": a count
                            and rest.lstrip(" \t").startswith(","),
                            header is not None, rest.startswith(":"),
                            match.group(2) or _phase_before(line, match.start(1)))  # PHASE_STEP
    prefix.end = match.end()
    if prefix.word and not prefix.header and (inner := _inner_counter(line, prefix)) is not None:
        prefix.end, prefix.comma = inner[0], False  # OUTER_PREFIX: "Epoch 5 | step 000 Loss: 0.59"
        if not inner[3]:  # NESTED_COUNTER decides, unless it counts of a total ("Batch 0/20")
            prefix.inner = inner[1:3]
    return prefix


# OUTER_PREFIX (rules): a coarse counter's prefix (epoch, episode, round, generation) followed,
# past a separator, by a finer step word and its number ("Epoch 5 | step 000 Loss: 0.59",
# "Epoch 0 Batch 100 Loss 0.81"): the finer counts within the coarse one, restarting in each;
# the line is at the coarse step, as OUTER_TAG's and "Epoch [1/5], Step [100/600]" are.
_INNER_JOINT = LazyPattern(r"[ \t]*(?:[|,;]|-(?=[ \t]))?[ \t]*")


def _inner_counter(line: str, prefix: StepPrefix) -> tuple[int, str, str, bool] | None:
    """OUTER_PREFIX: (where it ends, its word, its number, whether it counts of a total) of the
    finer counter after `prefix`'s coarse one, or None."""
    if prefix.word.lower() not in _COARSE:
        return None
    start = _INNER_JOINT.match(line, prefix.end).end()
    inner = _STEP_PREFIX.match(line, start)
    if inner is None or inner.group(1) is None:
        it = _INNER_IT.match(line, start)  # "it" after a coarse counter is no pronoun: "[epoch 0, it 8]"
        return None if it is None else (it.end(), "it", it.group(1), False)
    if steps.STEP_RANK.get(inner.group(1).lower(), 99) >= _EPOCH:
        return None
    return inner.end(), inner.group(1).lower(), inner.group(3), inner.group(4) is not None


_INNER_IT = LazyPattern(r"(?ai:it)[ \t]+(\d{1,12})\]?(?![\w/.])")


# PHASE_STEP (rules): a phase word opening a line before its step word, bare or bracketed
# ("Train Epoch 3/10 | loss: 0.4", "[valid] Epoch 3 ...", "INFO:root:[test] Step: 3 ...",
# "Training. Epoch: 1/4, ..."):
# the line's pairs are that phase's.
_PHASE_WORDS = PHASE_WORD
_PHASE_LEAD = LazyPattern(rf"[\[(]?{_PHASE_WORDS}[\])]?(?:[:.]|[ \t]+[|-])?[ \t]+(?=[^\W\d]|\[)")
_PHASE_BEFORE = LazyPattern(rf"(?:\A|[ \t\[(|:])({_PHASE_WORDS})[\])]?[:.]?[ \t]*\Z")


_BASIC_LOGGER = LazyPattern(r"(?:DEBUG|INFO|WARNING|ERROR|CRITICAL):[\w.]*:")


def logger_end(line: str) -> int:
    """Where the prefix of Python logging's basic format (``INFO:root:``) ends; 0 for none."""
    found = _BASIC_LOGGER.match(line) if line[:1] in "DIWEC" else None
    return found.end() if found is not None else 0


_BRACKET = r"|\[[^\]\n]{0,60}\]\s*"
assert _BRACKET in _LOG_PREFIX
# a log record's prefix that leaves a bracketed phase word after it ("... INFO - [train] [1/5]")
_LOG_LEAD_NO_BRACKET = LazyPattern(_LOG_PREFIX.replace(_BRACKET, rf"|\[(?!{_PHASE_WORDS}\])[^\]\n]{{0,60}}\]\s*"))


def _phase_lead(line: str) -> int | None:
    """PHASE_STEP: where the step word after a phase word opening `line` (past a log
    record's prefix: Python logging's basic ``INFO:root:``, a time stamp, a level) begins."""
    start = len(line) - len(line.lstrip(" \t"))  # set in: " train [5] loss: 2.98"
    if line[:1] in _LOG_PREFIX_START:
        start = logger_end(line) or _LOG_LEAD_NO_BRACKET.match(line).end()
    lead = _PHASE_LEAD.match(line, start)
    return lead.end() if lead is not None else None


def _phase_before(line: str, start: int) -> str | None:
    """PHASE_STEP: the phase word right before the step word at `start`, or None."""
    if start < 3:
        return None
    found = _PHASE_BEFORE.search(line, max(0, start - 14), start)
    if found is None or (line[:1] in "DIWEC" and (logger := _BASIC_LOGGER.match(line)) and found.end(1) < logger.end()):
        return None  # LOGGER_NAME: "INFO:train:epoch 1/15": the logger's name, no phase
    return found.group(1)


# AFTER_STEPS (rules): "final: acc=0.9 after 3 epochs", "best acc 0.95 at epoch 7": a count of
# the run's steps, or a step, closing a line of pairs says at which step the values hold; a
# field of one word may say what happened then ("..., converged after 24 iterations").
_STEP_WORDS = rf"(?ai:{'|'.join(STEP_COUNT_WORDS)})"  # grammar's ENDS_IN_STEP_COUNT lets them in
_AFTER_STEPS = LazyPattern(rf"(?:,[ \t]*[^\W\d_]+)?[ \t,;]+(?ai:after[ \t]+(\d{{1,9}})[ \t]+({_STEP_WORDS})s"
                           rf"|at[ \t]+({_STEP_WORDS})[ \t]+(\d{{1,9}}))[ \t]*\.?\Z")


def closing_step(line: str) -> re.Match[str] | None:
    """Where a closing ``after N epochs`` or ``at epoch N`` stands in `line` (AFTER_STEPS), or
    None: `step_after` reads it."""
    return _AFTER_STEPS.search(line) if " after " in line or " at " in line else None


def after_steps(line: str) -> StepPrefix | None:
    """The step a line of pairs closed by ``after N epochs`` (steps, iterations, rounds ...)
    or ``at epoch N`` reports, as a prefix that opens nothing (AFTER_STEPS), or None."""
    match = closing_step(line)
    if match is None:
        return None
    word, value = (match.group(2), match.group(1)) if match.group(1) else match.group(3, 4)
    return StepPrefix(word, value, False, False, False)


# FIELD_COUNT (rules): a field of a progress message that counts the run's steps, a step word
# and its number of a total ("generation 3 of 25") or the number first ("3 gen from 25"),
# between the pieces' marks ("...", "|", " - ") or at the line's start: the line's step.
_COUNT_WORD = rf"(?ai:{'|'.join(STEP_COUNT_WORDS)}|gen)"
_FIELD_COUNT = LazyPattern(rf"(?:\A[ \t]*|\.\.\.[ \t]*|[ \t]\|[ \t]+|[ \t]-[ \t]+)"
                           rf"(?:(\d{{1,9}})[ \t]+{_COUNT_WORD}s?|{_COUNT_WORD}[ \t]+(\d{{1,9}}))"
                           rf"[ \t]+(?:of|from)[ \t]+\d{{1,9}}[ \t]*(?=\.\.\.|[ \t]\||[ \t]-[ \t]|,)")


def field_count(line: str) -> StepPrefix | None:
    """The step a field counting the run's steps gives a line of pairs (FIELD_COUNT), as a
    prefix that opens nothing, or None."""
    if " of " not in line and " from " not in line:
        return None
    match = _FIELD_COUNT.search(line)
    if match is None:
        return None
    prefix = StepPrefix("", match.group(1) or match.group(2), True, False, False)
    prefix.field = True
    return prefix


def frame_of(reading) -> tuple:
    """The key a redraw is compared by (the splitter's `frame_key`): the (name, value) pairs a
    line's reading (`formats.Reading`) reports and, when a field of it counts the steps
    (FIELD_COUNT), that step (FRAME_STEP): a message redrawn at a new count reports a new
    state, though its values stay (a best-so-far value over generations). A bar's label
    (``Epoch 2: 0%|``) is no such count: a new bar shows the last one's values until updated.
    A NaN equals a NaN here: ``prev_loss=nan`` redrawn is the same state."""
    key = tuple([(name, number if (number := float(value)) == number else "nan")  # NaN != NaN
                 for name, value in reading.pairs])
    prefix = reading.prefix
    return key + (("", prefix.value),) if key and prefix is not None and prefix.field else key
