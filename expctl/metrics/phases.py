"""PHASES and DROPPED_LABELS of the rule table in `expctl.metrics.rules`: which phase a line's
label, a mid-line mark, a logfmt event field or a heading names, and how a name is put under it
(``train/loss``). The readers call these through `expctl.metrics.rules`.
"""

from __future__ import annotations

import re

from ..lazyre import LazyPattern
from .grammar import PROSE_WORDS
from .vocabulary import is_result_name
from .lead_labels import lead_label
from .stat_owners import stat_owner
from .padded_labels import padded_label
from .sibling_labels import sibling_label
from .owned_labels import owned
from .subject_runs import SubjectRuns
from .tagged_owner import tagged_owner

_PHASES = {
    "train": "train", "training": "train",
    "val": "val", "valid": "val", "validation": "val", "validating": "val", "dev": "val",
    "test": "test", "testing": "test",
    "eval": "eval", "evaluation": "eval", "evaluating": "eval",
}
_LABEL_WORD = LazyPattern(r"[^\W\d_]+")
# Any phase word, in any case, as a regex (the longest spelling first): PHASE_STEP's patterns.
PHASE_WORD = "(?ai:" + "|".join(sorted(_PHASES, key=len, reverse=True)) + ")"


def phase_of(label: str) -> str | None:
    """The phase a line's leading label names (its first word), or None; not a word that
    names a statistical test (STATISTICAL_TEST: ``Test of bivariate normality:``)."""
    match = _LABEL_WORD.search(label)
    if match is None or _TEST_OF.match(label, match.end()):
        return None
    return _PHASES.get(match.group().lower())


# STATISTICAL_TEST (rules): a phase word before "of" or "for" names what is tested, no split of data.
_TEST_OF = LazyPattern(r" (?:of|for) ", re.IGNORECASE)


# BEST_PHASE (rules): "best" and a phase word opening a label, as printed ("best valid").
_BEST_PHASE = LazyPattern(
    r"((?ai:best)\s+(?ai:" + "|".join(sorted(_PHASES, key=len, reverse=True)) + r"))(?![\w/])",
    re.IGNORECASE)


def line_phase(label: str, first_kept: bool, prefix, line: str) -> str | None:
    """The phase a line's pairs are under: its leading `label`'s (PHASES; not a phase word
    opening a count, PHASE_FIELD: ``Train steps: 6 ... loss: 0.6``), else its step `prefix`'s
    (``Epoch(val) [1] acc: 0.9``), else its logfmt event field's (EVENT_FIELD), else None."""
    phase = phase_of(label) or _inner_phase(label)
    if phase is not None and (opens_count(label, first_kept) or counts_units(label, prefix)):
        phase = None
    if phase is None and label[:4].lower() == "best" and (best := _BEST_PHASE.match(label)):
        return best.group(1)  # BEST_PHASE: "best valid : {...}" is "best valid/<name>"
    if phase is None and prefix is not None:
        if prefix.phase:
            phase = phase_of(prefix.phase)
        elif (after := _PHASE_AFTER_STEP.match(line, prefix.end)) is not None:
            phase = _PHASES[after.group(1).lower()]  # PHASE_AFTER_STEP: "Epoch 1/8 - Training:  40%|"
    if phase is None and "=" in line:
        phase = event_phase(line) or tagged_owner(line)  # TAGGED_OWNER: "MODEL_PERFS Fit STEP=1 {...}"
    return phase


# PHASE_AFTER_STEP (rules): a phase word right after the step prefix, set off by a dash, a bar or
# brackets and closed by a colon or a bar ("Epoch 1/8 - Training:", "Epoch 3 [Train]:"): a tqdm
# description naming its loop's step, then the phase the bar's fields are of.
# Not a pair named by the phase word ("step 3 test: 0.5"): after its colon a bar's percentage only.
_PHASE_AFTER_STEP = LazyPattern(r"[ \t]*[-|:]?[ \t]*[\[(]?(" + PHASE_WORD + r")[\])]?[ \t]*"
                                r"(?::(?![ \t]*[-+.]?\d)|:[ \t]*\d{1,3}%\||\||\d{1,3}%\|)")


# The words a step prefix counts in: the units of a training loop, which a phase word names the
# loop of ("Valid batch 3/10"); any other unit after it makes the word a verb (PHASE_VERB).
_LOOP_UNITS = frozenset("epoch epochs step steps batch batches iter iteration iterations round "
                        "rounds episode episodes sample samples".split())


# INNER_PHASE (rules): a label of two to four words closed by a colon, one of them a phase word
# after the first ("Final test metrics:", "Best validation results:"): that phase's line.
_INNER_LABEL = LazyPattern(r"\s*[^\W\d_]+(?: [^\W\d_]+){1,3}:\s*\Z")


def _inner_phase(label: str) -> str | None:
    if ":" not in label or _INNER_LABEL.match(label) is None or _TEST_OF.search(label) or (
            label.rstrip(": \t").rpartition(" ")[2].lower() in _LOOP_UNITS):
        return None  # "Initial test step:": the label names a step of the phase, no results of it
    named = {_PHASES[word.strip(":").lower()] for word in label.split()[1:] if word.strip(":").lower() in _PHASES}
    return named.pop() if len(named) == 1 else None


def counts_units(label: str, prefix) -> bool:
    """PHASE_VERB: the label's phase word is a verb before the unit its count counts (``Train
    tree 3/30``: training tree 3, COUNTED_WORDS), no loop's phase (``Valid batch 3/10``)."""
    if prefix is None or not prefix.total or not prefix.word:
        return False
    words = label.split()
    return len(words) >= 2 and words[1] == prefix.word and words[1].lower() not in _LOOP_UNITS


def opens_count(label: str, first_kept: bool) -> bool:
    """PHASE_FIELD: the label's phase word is the first word of the line's first pair's name
    (it ends the label), and that pair is a count, not kept (``Train steps: 6``)."""
    return not first_kept and _PHASES.get(label.rstrip().rpartition(" ")[2].lower()) is not None


_BRACKETED = LazyPattern(r"\[\s*([^\W\d_]+)\s*\]")


_PHASE_MARK = LazyPattern(
    r"(?<![\w./-])((?ai:" + "|".join(sorted(_PHASES, key=len, reverse=True)) + r"))\s*:(?=\s+[^\W\d]|\s*\[\s*[^\W\d])",  # MID_PHASES: "TRAIN:[loss=0.008]"
    re.IGNORECASE)
_PHASE_STEMS = ("val", "train", "test", "dev")  # one is in each of _PHASES's words


def phase_marks(line: str) -> list[tuple[int, str]]:
    """MID_PHASES: where each phase word with a colon before a name, or before a bracket opening
    one, ends in `line`, and its phase (``epoch 1 | train: loss 1.41 | valid: loss 1.46``:
    train, then val; ``[20 epochs]: TRAIN:[loss=0.008] VALID:[loss=0.01]``)."""
    if ":" not in line or not any(word in line.lower() for word in _PHASE_STEMS):
        return []  # no phase word: the words are matched in ASCII letters only ("teſt" is none)
    return [(match.end(), _PHASES[match.group(1).lower()]) for match in _PHASE_MARK.finditer(line)]


def phase_at(marks: list[tuple[int, str]], at: int) -> str | None:
    """MID_PHASES: the phase of the last mark ending before position `at`, or None."""
    phase = None
    for end, marked in marks:
        if end > at:
            break
        phase = marked
    return phase


def phased(kept: list, pairs: list, spans: list[int], marks: list[tuple[int, str]]) -> list:
    """MID_PHASES: the `kept` of a line's `pairs` (names starting at `spans`), each under the
    phase marked before it (a step key under a phase is the step, no result of it)."""
    from .steps import STEP_RANK

    out = []
    for pair, at in zip(pairs, spans):
        phase = phase_at(marks, at) if pair in kept else ""
        if phase is None:
            out.append(pair)
        elif phase and pair[0] not in STEP_RANK:
            out.append((qualify(phase, pair[0]), pair[1]))
    return out


# EVENT_FIELD: a logfmt record's message or event field (msg=validation, event="eval").
_EVENT_FIELD = LazyPattern(r"(?<![^\s\[(])(?:event|msg|message|type|kind|tag|stage|phase|split|mode)"
                           r"=([\"']?)([^\W\d][\w-]*)\1(?=\s|\Z)")


def event_phase(line: str) -> str | None:
    """EVENT_FIELD: the phase a logfmt record's message or event field names (``msg=validation
    epoch=1 loss=0.48``: val), or None; a logger's name (``logger=job.eval``) names the code
    that logged, not the record."""
    match = _EVENT_FIELD.search(line)
    return _PHASES.get(match.group(2).lower()) if match else None


def bracketed_phase(lead: str) -> str:
    """A phase word alone in brackets in a line's log prefix (``[test] acc: 0.9``), or ""."""
    for match in _BRACKETED.finditer(lead):
        if match.group(1).lower() in _PHASES:
            return match.group(1)
    return ""


def under_heading(heading: str, name: str) -> str:
    """PHASE_HEADING: `name` of a block under `heading`, qualified by the phase it opens with
    (``Validation results``: ``val/loss``)."""
    phase = phase_of(heading)
    return name if phase is None else qualify(phase, name)


def group_name(label: str, key: str) -> str:
    """GROUPED_PAIRS: the name of a pair `key` printed inside a group labelled `label`
    (``accuracy: (train=0.93, test=0.85)``): a key that is a phase word qualifies the label
    (``train/accuracy``), any other key is a part of it (``loss: (mean=0.5)``: ``loss/mean``)."""
    phase = _PHASES.get(key.lower())
    return qualify(phase, label) if phase is not None else f"{label}/{key}"


def phase_word(label: str) -> str | None:
    """The phase a label that is one phase word names (``test``, ``Validation``), or None."""
    return _PHASES.get(label.strip().lower())


def evaluates(pairs) -> bool:
    """EVALUATED_AT (rules): every name of `pairs` opens with an evaluation's phase word
    (``Validation Loss``, ``val/acc``, ``test_loss``; not ``train``)."""
    for name, _ in pairs:
        first = _LABEL_WORD.match(name)
        if first is None or _PHASES.get(first.group().lower(), "train") == "train":
            return False
    return True


def qualify(phase: str, name: str) -> str:
    """`name` under `phase` (``train/Avg loss``), unless the name already says a phase: its own
    (``train_loss``) or another (``val_loss`` after ``Train steps: 6`` is no ``train/val_loss``)."""
    first = _LABEL_WORD.match(name)
    if first and first.group().lower() in _PHASES:
        return name
    return f"{phase}/{name}"


def name_phase(kept: list, steps, line: str, pairs: list, spans) -> list:
    """NAME_PHASE: a phase word opening the line's first name, a result's name after it
    (``Validation Loss: 2.19 Acc: 37.3%``, ``Test loss: 0.31, accuracy: 0.92``), names the phase
    of the line's other pairs too, when none of them names a phase of its own (step keys, in
    `steps`, stay as printed) and `line` is no list of sentences; else `kept` as it is. A line
    parted by bars is read part by part (``Train Loss: 1.2, Acc: 42% | Val Loss: 1.0, Acc:
    65%``): `pairs` (of which `kept` are some) start at `spans` in `line`."""
    kept = [(_trailing_phase(name), value) for name, value in kept]
    if _STOPS.search(line):  # STOP_LIST: "Train loss: 0.91. Hit ratio: 12.5.": sentences
        return kept
    if "|" not in line or len(spans) != len(pairs):
        return _one_phase(kept, steps)
    parts: dict[int, list[int]] = {}
    j = 0
    for i, (_, value) in enumerate(kept):  # `kept`: some of `pairs`, in order, renamed at most
        while j < len(pairs) and pairs[j][1] != value:
            j += 1
        if j == len(pairs):
            return _one_phase(kept, steps)
        parts.setdefault(line.count("|", 0, spans[j]), []).append(i)
        j += 1
    if len(parts) < 2:
        return _one_phase(kept, steps)
    out = list(kept)
    for indexes in parts.values():
        for i, pair in zip(indexes, _one_phase([kept[i] for i in indexes], steps)):
            out[i] = pair
    return out


def _one_phase(kept: list, steps) -> list:
    at = next((i for i, (name, _) in enumerate(kept) if name not in steps), None)
    if at is None or at == len(kept) - 1 or " " not in (first := kept[at][0].strip()):
        return kept
    word, rest = first.split(" ", 1)
    phase = _PHASES.get(word.lower())
    if phase is None or _TEST_OF.search(first) or not is_result_name(rest) or any(
            word.lower() in _PHASES for name, _ in kept[at + 1:] for word in _LABEL_WORD.findall(name)):
        return kept
    return kept[:at + 1] + [(name if name in steps else qualify(phase, name), value) for name, value in kept[at + 1:]]


_STOPS = LazyPattern(r"\d\.[ \t]+[A-Z]")


# TRAILING_PHASE (rules): a result's name closed by a phase word ("Accuracy Train", "Loss
# (val)"): the phase's, as "Train Accuracy" is ("best val" is no result of val's). "test" and
# "eval" close a statistical test's name as often ("Wald test", "Likelihood ratio test",
# "norm_l2 evaluation"): only capitalised as the name's first word is ("Accuracy Test").
_TRAILING_PHASE = LazyPattern(r"([^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2}) \(?("
                              r"(?ai:train|training|val|valid|validation|test|eval))\)?\Z")  # "dev": a deviation


def _trailing_phase(name: str) -> str:
    if " " not in name or (found := _TRAILING_PHASE.fullmatch(name)) is None or any(
            word.lower() in _PHASES or word.lower() in PROSE_WORDS for word in found.group(1).split()):
        return name
    phase, rest = _PHASES[found.group(2).lower()], found.group(1)
    if not is_result_name(rest) or phase in ("test", "eval") and not (found.group(2)[0].isupper() and rest[0].isupper()):
        return name  # "best val" (the best of val); a statistical test's name
    return f"{phase}/{rest}"


# RESULT_ON_SPLIT (rules): a result measured on a phase's data ("Accuracy on test set", "loss
# on the validation data"): the phase's result, "test/Accuracy".
_ON_SPLIT = LazyPattern(r"([^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?) on (?:the )?(" + PHASE_WORD
                        + r")(?: (?:set|data|dataset|split|images|samples))?")


def split_phase(name: str) -> str:
    """RESULT_ON_SPLIT: `name` as ``<phase>/<result>`` when it says the data it was measured on."""
    if " on " not in name or (found := _ON_SPLIT.fullmatch(name)) is None or not is_result_name(found.group(1)):
        return name
    return f"{_PHASES[found.group(2).lower()]}/{found.group(1)}"


# PHASE_HEADING: a heading of one to three words closed by a colon ("TEST:"); a title drawn
# over a table without one (Rich's centred "Training") names the table, not its phase.
_SHORT_HEADING = LazyPattern(r"\s*[^\W\d_]+(?: [^\W\d_]+){0,2}:\s*\Z")


def table_phase(lines, is_table_line) -> str | None:
    """PHASE_HEADING: the phase a barred table is under: the nearest of `lines` (those above
    its row, oldest first) that is neither the table's (`is_table_line`: a header, a rule) nor
    blank nor marks alone (``...``), when it is a short heading closed by a colon, opening
    with a phase word (``VALIDATION:``, ``Test results:``); None otherwise."""
    for above in reversed(lines):
        text = above.strip()
        if not text or is_table_line(above) or not any(map(str.isalnum, text)):
            continue
        return phase_of(text) if _SHORT_HEADING.match(text) else None
    return None


# PHASE_BANNER (rules): a sentence framed by runs of one mark ("** Reported on train data. **"),
# no number in it, naming one phase among its words: a banner over the block it reports.
_FRAMED = LazyPattern(r"\s*([*=#~-])\1+ +([^\W\d][^\d*=#~]{0,80}?) +\1{2,}\s*\Z")


def framed_phase(line: str) -> str | None:
    """PHASE_BANNER: the one phase a framed sentence names anywhere in it, else None."""
    from .prefixes import log_lead_end  # prefixes reads PHASE_WORD from here

    framed = _FRAMED.match(line, log_lead_end(line) if " - " in line else 0)  # past a log record's prefix
    if framed is None:
        return None
    named = {_PHASES[word.lower()] for word in _LABEL_WORD.findall(framed.group(2))
             if word.lower() in _PHASES}
    return named.pop() if len(named) == 1 else None


# What a leading label may start with and is no part of it: timestamps, bracketed tags, levels,
# logging's "INFO:app.train:" (LOGGER_LABEL (rules): the colon after the level too).
_LABEL_PREFIX = LazyPattern(
    r"(?:\s+|\[[^\]]{0,60}\]|\d[\d:.,/T-]*|(?:INFO|DEBUG|NOTICE)\b|:?[\w.]+:(?=[\w\[])|-|\|"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}(?=\s+\d)"  # "05 Dec 07:12"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}(?=\s+\d))*")  # "Thu 18 May 2023 17:47:24" (RecBole's)
_CHANNEL = LazyPattern(r":?\s*(?:[\w.]+:|[^\W\d]\w*(?:\.\w+)+)\s+")  # ": app: ", "app.eval "


def phase_step_key(name: str) -> str | None:
    """PHASE_STEP: the phase of a line's first pair named by a phase word and a step word
    (``Train Epoch: 3``, ``valid step=3``), or by two, the second the split (``Evaluation dev
    Iter 60``: an evaluation on the dev split, val), or None."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[-1].lower() not in _LOOP_UNITS:
        return None
    if len(words) == 3 and _PHASES.get(words[0].lower()) is None:
        return None
    return _PHASES.get(words[-2].lower())


def leading_label(lead: str) -> str:
    """A line's leading label: the text before its first pair, past a log prefix and a
    logger's name after its level (CHANNEL_LEAD: ``NOTICE: trainer.eval: validation at``)."""
    label = lead[_LABEL_PREFIX.match(lead).end():]
    if phase_of(label) is None and (cut := _CHANNEL.match(label)):
        label = label[cut.end():]
    return label or bracketed_phase(lead)  # "[test] step: 25, loss: ..." (PHASES)


# HEADED_LABELS (rules): "  x0: mean 0.99 std 1.00" under "posterior:", each line a thing's
# label, a colon and its pairs: the heading says the block lists things, the label which one.
_LABELLED_LINE = LazyPattern(r"(\s+)([^\W\d][\w.\[\]-]{0,31}):\s+[^\W\d]")
_BLOCK_HEADING = LazyPattern(r"\S.{0,60}:\s*\Z")
_LABELS_LOOK_BACK = 32


# LABEL_RUN (rules): "rouge1: P=0.80 R=0.75" next to "rouge2: P=0.44 R=0.41": lines that are
# each a label, a colon and glued pairs of the same keys: each label says which thing it measures.
_RUN_LINE = LazyPattern(r"\s*([^\W\d][\w.\[\]-]{0,31}):\s+((?:[^\W\d][\w@./-]{0,31}=\S+\s*){2,})\Z")
_RUNS_KEPT = 1024
_RUN_KEY = LazyPattern(r"([^\W\d][\w@./-]{0,31})=")


# FIELD_RUN: "Model: resnet18 | Acc: 0.90 | F1: 0.80" by "Model: vgg16 | Acc: 0.85 | F1: 0.75":
# a first field of a key and a word, then pairs, parted by bars: the word labels the pairs.
_FIELD_RUN_LINE = LazyPattern(r"\s*[^\W\d][\w ]{0,23}?\s*:\s+([^\W\d][\w.+#@-]{0,31})\s*\|"
                              r"((?:\s*[^\W\d][\w@./ -]{0,31}?\s*[:=]\s*\S+\s*(?:\||\Z)){2,})")
_FIELD_KEY = LazyPattern(r"([^\W\d][\w@./ -]{0,31}?)\s*[:=]")


def _run_shape(line: str | None) -> tuple[str, list[str]] | None:
    run = _RUN_LINE.match(line) if line else None
    if run is not None:
        return run.group(1), _RUN_KEY.findall(run.group(2))
    fields = _FIELD_RUN_LINE.match(line) if line and "|" in line else None
    if fields is None:
        return None
    return fields.group(1), [key.strip() for key in _FIELD_KEY.findall(fields.group(2))]


class LabelRuns:
    """LABEL_RUN: the labels and keys of the runs read so far, so that a line printed again in
    a run's shape (``rouge1: P=... R=...`` for the next system) is of it even when its
    neighbours are not known yet (the end of a chunk of output)."""

    def __init__(self):
        self.seen: set[tuple[str, tuple[str, ...]]] = set()
        self.subjects = SubjectRuns()  # SUBJECT_RUN
        self.leads: set[tuple[int, str, tuple[str, ...]]] = set()  # LEAD_LABEL_AGAIN

    def label(self, line: str, first: int, before, after) -> str | None:
        """The label naming the thing `line`'s pairs measure: a LABEL_RUN's label when the
        line right above or right after (`after()`, when known) has its shape, the same keys
        under another label, or when a run had its label and keys; else `block_label`'s, else
        `lead_label`'s (LEAD_LABEL_RUN), else a ``<method> on <problem>`` label's (SUBJECT_RUN).
        `after(k)`: the k-th line after (the next when k is not given)."""
        own = _run_shape(line) if "=" in line or "|" in line else None
        if own is not None and phase_of(own[0]) is None:
            key = (own[0], tuple(own[1]))
            if key in self.seen or any(
                    other is not None and other[1] == own[1] and other[0] != own[0]
                    for other in map(_run_shape, [*before(1), after()])):
                if len(self.seen) < _RUNS_KEPT:
                    self.seen.add(key)
                return own[0]
        found = stat_owner(line, first, before)  # STAT_OWNER
        if found is None and " :" in line[:first]:
            found = padded_label(line, first, before, after)  # PADDED_LABEL_BLOCK
        if found is None:
            found = block_label(line, first, before)
        if found is None:
            found = lead_label(line, first, before, after, self.leads)  # LEAD_LABEL_RUN
        if found is None and line[:1] == " ":
            found = sibling_label(line, first, before, after)  # SIBLING_LABELS
            found = found and owned(found, line, before)  # OWNER_HEADING: "Variable X has 2 links:"
        if found is None:
            found = self.subjects.label(line, first, before, after)  # SUBJECT_RUN
        return found


def block_label(line: str, first: int, before) -> str | None:
    """The label naming the thing a line's pairs measure (``<label>/<name>``), or None: the line
    is indented ``label: pairs`` (its first pair at `first`), and so is every line above it up
    to a heading closed by a colon (HEADED_LABELS). `before(k)` gives the k lines above."""
    own = _LABELLED_LINE.match(line)
    if own is None or line[own.end(2) + 1:first].strip() or phase_of(own.group(2)) is not None:
        return None
    indent = own.group(1)
    for above in reversed(before(_LABELS_LOOK_BACK)):
        other = _LABELLED_LINE.match(above)
        if other is not None and other.group(1) == indent:
            continue
        return own.group(2) if _BLOCK_HEADING.match(above) is not None else None
    return None


# PHASE_ANNOUNCED (rules): "Eval begin...", "Validating ..." over a line of pairs, or over a run
# of lines opening with that line's first word (a bar's updates: "step 4/8 ...", "step 8/8 ..."):
# a phase word and at most two more words, closed by an ellipsis, no number: a phase starts there.
_ANNOUNCEMENT = LazyPattern(r"\s*([^\W\d_]+)(?: [^\W\d_]+){0,2} ?(?:\.\.\.|…)\s*\Z")
ANNOUNCED_LOOK_BACK = 8


def announced_phase(before, line: str) -> str | None:
    """PHASE_ANNOUNCED: the phase announced as starting (``Eval begin...``) right above `line`
    or above the lines opening with its first word right above it (`before(k)`: the k lines
    above, oldest first), or None: the pairs of `line` are that phase's (``eval/loss``)."""
    first = line.split(None, 1)[:1]
    above = before(1)
    if above and first and above[-1].split(None, 1)[:1] == first:
        above = before(ANNOUNCED_LOOK_BACK)  # a run of the line's form: look past it
    for text in reversed(above):
        if first and text.split(None, 1)[:1] == first:
            continue
        match = _ANNOUNCEMENT.match(text)
        phase = _PHASES.get(match.group(1).lower()) if match else None
        return None if phase == "train" else phase  # "Training..." starts the run's own series
    return None


def summary_phase(before, line: str, names) -> str | None:
    """BULLET_SUMMARY (rules): the phase of a summary line marked by a bullet (`` * Acc@1 55.1
    Acc@5 98.7``) right under a line opening with a phase's label (``Test: [7/8] ...``,
    ``[val] ...``) that prints the same `names`: the bullet sums up those lines, so its
    pairs are that phase's (``test/Acc@1``); unqualified they would merge into the series
    of the same names other phases print. Names of its own merge nothing. Else None."""
    if line.lstrip()[:2] != "* ":
        return None
    above = before(1)
    first = above[-1].split(None, 1) if above else []
    label = first[0] if first else ""
    if not (label.endswith(":") or label[:1] == "[" and label.endswith("]")):
        return None  # no label: a step's line ("Epoch: [0][19/22]" is a step word's)
    if not names or not all(f"{name} " in above[-1] for name in names):
        return None
    return _PHASES.get(label.strip("[]:").lower())
