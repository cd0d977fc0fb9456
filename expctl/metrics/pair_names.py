"""A pair's name: the word before its ``:`` or ``=``, and the words before that which belong to it.

`formats.find_pairs` finds a pair by its separator and value; `full_name` decides what it is
called: the matched word alone, or with the words before it when they open a field
(``Validation score: 0.3``, ``Test set: Average loss: 0.1``), no name at all when those words are a
sentence (PROSE_WORDS, PROSE_KEY) or the name is a version or a secret. Called once a pair: no
work here for a line without one.
"""

from __future__ import annotations

import re

from ..capture.secret_rules import is_secret_name
from ..lazyre import LazyPattern
from . import rules
from .fields import LABEL_CAPS, field_words_before, padded_field, past_left_value
from .grammar import FUNCTION_ARGS, NUMBER, PROSE_WORDS, STATISTIC_WORDS, STEP_COUNT_WORDS, VERSION, WORD
from .restated import restated_identifier  # RESTATED_IDENTIFIER

_NUMBER_ONLY = LazyPattern(NUMBER + r"\Z")
_SPAN_WORD = LazyPattern(r"\d{1,4}-[a-z]{2,12}\Z")  # SPAN_WORD (rules): a count and its unit, one word
_TIMES_SIGNS = frozenset(("x", "×", "*"))  # SPAN_WORD: a factor's sign, "2 x log-likelihood"
_FACTOR = LazyPattern(r"-?\d{1,3}\Z")  # SPAN_WORD: the factor, a small whole number ("-2 × log L")
_RANK_WORDS = frozenset(("top", "best", "worst", "bottom", "first", "last"))  # RANKED_COUNT
_PLAIN_WORD = LazyPattern(WORD + FUNCTION_ARGS + r"?\Z")  # FUNCTION_NAME: "CCSD(T) correction"

# Words before a name make it a name of several words when they open a field (at the line start
# or after a separator); MAX_NAME_WORDS words or more are a sentence, and the pair is dropped.
MAX_NAME_WORDS = 4
# Words after the value of a pair start the next field: "Avg accuracy: 0.91 Avg loss: 0.30".
_AFTER_VALUE = LazyPattern(rf"[:=]\s*{NUMBER}%?\.{{0,3}}\s\Z")  # STOP_LIST: "loss: 0.91. Hit ratio: 12.5", "0.91.. "
# STOPPED_NAME (rules): a word of five letters or more and a full stop ends a sentence before a name
_STOPPED = LazyPattern(r"[^\W\d_]{5,}\.\Z|[^\W\d_]{2,}\.\.\.\Z")  # "completed.", "simulations..."
# RESULT_ON_SPLIT: what may follow the value: the line's end, or a separator opening other fields
# ("accuracy on test set: 67%   [correct: 269 , total: 400 ]"), never a sentence going on
_CLOSES_FIELD = LazyPattern(r"[ \t%]*(?:\Z|[,;|\[]|  (?!\())")
_ANGLED_COUNT = LazyPattern(r"<\d+>\Z")  # a count in angle brackets closing the text before a name
_ARTICLES = frozenset(("the", "a", "an"))  # a name after one ends a sentence (PROSE_WORDS)
_LINKS = frozenset(("in", "of", "into", "than"))  # PROSE_KEY: "candidates in heap=659"
# RATIO_NAME: a value divided by another after it is the ratio's top term, not the ratio
_QUOTIENT = LazyPattern(rf"%? ?/ ?{NUMBER}")


# EXTREME_OF (rules): "max trunc_err = 1e-9", "min grad_norm: 0.2": the extreme of an
# identifier's values is a quantity of its own, named by both words as a statistic's is.
_OF_WORDS = STATISTIC_WORDS | frozenset(("max", "min", "maximum", "minimum"))
# WINDOW_NAME (rules): a measure over the last steps, "Average reward of last 30 episodes",
# "mean score over the last 100 games": a name, its "of"/"over" and number no sentence.
_WINDOW_NAME = LazyPattern(rf"(?:[^\W\d][\w-]* ){{1,3}}(?:of|over|for|in) (?:the )?last \d+ "
                           rf"(?ai:(?:{'|'.join(STEP_COUNT_WORDS)}|game|run|batch|update|trial)(?:e?s)?)\Z")


def full_name(line: str, match: re.Match[str]) -> str | None:
    """The pair's name: the matched word, with the words before it when they open a field
    ("Validation score: 0.3", "Test set: Average loss: 0.1"); None when the words are a
    sentence ("... in the train set: 200") or the name is a version."""
    name = match.group(1)
    start = match.start(1)
    if line[match.end(1):match.end(1) + 1] == "=":
        if VERSION.search(name) or (len(name) == 1 and name.isupper() and match.group(2).isdigit()):
            return None  # SIZE_LETTER (rules): "L=128", "N=256"; "auc=0.98": one token, but a phase word
        if "_" not in name and line[line.rfind(" ", 0, start - 1) + 1:start - 1].lower() in _LINKS:
            return None  # PROSE_KEY (rules): "candidates in heap=659" ends a sentence
        field = field_words_before(line, start)  # COMMA_FIELD: ", acc. prob=0.6"
        return field or _phase_word_before(line, start) + name  # "BEST val acc=0.7" (PHASES)
    if match.start() == start and start > 1 and line[start - 1] == " ":
        words, head = _words_before(line, start - 1, not _QUOTIENT.match(line, match.end(2)))
        if words and words[-1].isdigit() and _WINDOW_NAME.match(whole := " ".join(words + [name])):
            return whole  # WINDOW_NAME: "Average reward of last 30 episodes: 11.6"
        if words:
            prose = PROSE_WORDS.intersection(word.lower() for word in words)
            per = prose == {"per"} and _per_unit(words)
            if per:
                prose = frozenset()  # PER_UNIT: "Last mean reward per episode: 61.2", a result per unit
            if _opens_field(head) or head.endswith("  ") or not prose and _STEP_HEAD.search(head.rstrip()) or (
                    head.endswith(" ") and _AFTER_VALUE.search(head, max(0, len(head) - 48))):
                if prose and _CLOSES_FIELD.match(line, match.end()) and (
                        whole := " ".join(words + [name])) != rules.split_phase(whole):
                    return whole  # RESULT_ON_SPLIT: "[1/5]: Accuracy on test set: 50.0 %", closing its field
                if len(words) >= MAX_NAME_WORDS + per or prose and not padded_field(line, match, head):
                    return _identifier(name)
                words = past_left_value(head, words, line[match.start(2) - 2:match.start(2)] == "  ")
                if words and words[0] in _VALUE_UNITS and head[-2:-1].isdigit():
                    words = words[1:]  # VALUE_UNIT: "PSNR: 13.4 dB SSIM: 0.49": the unit is the left value's
                while words[1:2] != ["/"] and words and LABEL_CAPS.match(words[0]) and not name.isupper():
                    words = words[1:]  # "RESULT accuracy: 0.98": a shouted label, not a name
                if "_" not in name or "'" in "".join(words) or _OF_WORDS.intersection(
                        w.lower() for w in words[-1:]):  # IDENTIFIER_NAME, STATISTIC_OF (grammar), EXTREME_OF (rules)
                    name = restated_identifier(words, name) or " ".join(words + [name])  # RESTATED_IDENTIFIER
            elif len(words) >= MAX_NAME_WORDS or prose & _ARTICLES:
                return _identifier(name)  # the end of a sentence ("accuracy on the embedding:")
    # A secret-named key is never a metric (`token: 9988776655`): the rule lives in secret_rules.
    return None if VERSION.search(name) or is_secret_name(name) else name


def _per_unit(words: list[str]) -> bool:
    """PER_UNIT (rules): the words before a pair's name say a result per a unit: a result's
    words or an amount of information (``bits``, ``nats``), ``per``, and at most one more word
    before the name (``reward per episode``, ``bits per dimension``)."""
    lowered = [word.lower() for word in words]
    at = len(lowered) - 1 - lowered[::-1].index("per")
    return 0 < at and len(lowered) - at <= 2 and (
        rules.is_result_name(" ".join(words[:at])) or lowered[at - 1] in _INFORMATION)


_INFORMATION = frozenset(("bits", "nats"))  # PER_UNIT: a likelihood in bits per dimension


def _phase_word_before(line: str, start: int) -> str:
    """``"val "`` when a phase word alone stands right before `line[start]`, else ``""``."""
    if start < 2 or line[start - 1] != " ":
        return ""
    begin = line.rfind(" ", 0, start - 1) + 1
    word = line[begin:start - 1]
    return word + " " if word.isalpha() and rules.phase_of(word) and len(word) > 2 else ""


def _identifier(name: str) -> str | None:
    """PROSE_WORDS: the words before a name make a sentence; the name stands alone only when
    it is an identifier (``... and best_valid_accuracy = 0.71``), else there is no pair."""
    return name if "_" in name and not (VERSION.search(name) or is_secret_name(name)) else None


def _words_before(line: str, space: int, ratio: bool = True) -> tuple[list[str], str]:
    """The words, one space apart, that end at `line[space]` (a space), at most
    MAX_NAME_WORDS + 1 of them, and the text before them. A number spelt with letters (nan)
    ends the run: it is a value, not a word. `ratio`: a slash may join two words (RATIO_NAME)."""
    words: list[str] = []
    while len(words) <= MAX_NAME_WORDS and space > 0 and line[space] == " ":
        begin = line.rfind(" ", 0, space) + 1
        token = line[begin:space]
        paren = token[:1] + token[-1:] == "()" and _PLAIN_WORD.match(token[1:-1]) and _PLAIN_WORD.match(
            line[line.rfind(" ", 0, begin - 1) + 1:begin - 1])  # PAREN_WORD (rules): "Score (logrank) test"
        if not paren and token[:1] in "[(" and _PLAIN_WORD.match(token[1:]) and not _NUMBER_ONLY.match(token):
            words.append(token[1:])  # "[D loss: 0.5]": the field opens at its bracket (BRACKET_FIELD)
            space = begin
            break
        comma = token.rfind(",")  # COMMA_FIELD_GLUED: "64.06%,Model2 Train ACC:65.0": the field opens at the comma
        if comma >= 0 and (token[comma - 1:comma].isdigit() or token[comma - 1:comma] == "%") and _PLAIN_WORD.match(
                token[comma + 1:]) and not _NUMBER_ONLY.match(token[comma + 1:]):
            words.append(token[comma + 1:])
            space = begin + comma
            break
        dots = token.rfind("...")
        if dots > 0 and _PLAIN_WORD.match(token[dots + 3:]) and not _NUMBER_ONLY.match(token[dots + 3:]):
            words.append(token[dots + 3:])  # ELLIPSIS_FIELD: "from 25...best value = 2.5"
            space = begin + dots + 2
            break
        if token.isdigit() and begin > 1 and line[begin - 1] == " " and line[
                line.rfind(" ", 0, begin - 1) + 1:begin - 1].lower() in _RANK_WORDS:
            words.append(token)  # RANKED_COUNT: "Top 5 accuracy", "Best 3 results": the count's
            space = begin - 1  # word stays in the name, read next
            continue
        if token in _TIMES_SIGNS and begin > 1 and line[begin - 1] == " " and _FACTOR.match(
                factor := line[line.rfind(" ", 0, begin - 1) + 1:begin - 1]):
            words += [token, factor]  # SPAN_WORD: "2 x log-likelihood", a factor opens the name
            space = begin - len(factor) - 2
            break
        if _SPAN_WORD.match(token):  # SPAN_WORD: "28-day MAE", a count and its unit
            words.append(token)  # open the name
            space = begin - 1
            break
        if ratio and token == "/" and begin > 1 and line[begin - 1] == " " and not rules.phase_of(
                line[line.rfind(" ", 0, begin - 1) + 1:begin - 1]):
            words.append(token)  # RATIO_NAME: "MAE / Mean: 7.9%", one figure over another
            space = begin - 1
            continue
        if not paren and (not _PLAIN_WORD.match(token) or _NUMBER_ONLY.match(token)) or _STOPPED.match(token):
            break  # STOPPED_NAME: "Training epoch 1 completed. Average loss: 0.91": a sentence ended
        words.append(token)
        space = begin - 1
    if words[-1:] == ["/"]:  # RATIO_NAME: no figure before the slash, no ratio
        words.pop()
        space += 2
    words.reverse()
    return words, line[:space + 1]


def _opens_field(head: str) -> bool:
    """True when words after `head` start a field: at the line start, after a separator or a tab."""
    text = head.rstrip()  # TAB_PARTED_FIELD (rules): "MRR : 0.11 \t\t Filt. MRR : 0.119"
    return not text or "\t" in head[len(text):] or text[-1] in "-|,;:])}[(" or text.endswith("..") or (
        text[-1] == "." and _STOPPED.match(text[text.rfind(" ") + 1:]) is not None) or (  # ELLIPSIS_FIELD
        text[-1] == ">" and _ANGLED_COUNT.search(text) is not None)  # COUNT_PREFIX: "<30> log likelihood"


# VALUE_UNIT (rules): a unit right after a value, before the next pair's name, is the value's.
_VALUE_UNITS = frozenset("dB ms s sec secs seconds min mins h hrs hours B KB MB GB TB KiB MiB GiB "
                         "px fps Hz kHz MHz GHz it/s %".split())


# STEP_HEAD (rules): a step word and its number (and total) right before the words of a name
# ("Epoch 1 Average train loss: 0.65"): the step labels the line, the words open its field;
# not prose words ("Generation 5 has ChiSquare: 2.1": a sentence).
_STEP_HEAD = LazyPattern(rf"(?:^|[\s>\]|])(?ai:{'|'.join(STEP_COUNT_WORDS)}|batch|update)[ \t]+\d+(?:/\d+)?\Z")
