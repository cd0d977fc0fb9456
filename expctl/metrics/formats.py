"""The built-in formats: pure functions that read name/value pairs out of one printed line.

Here: key-value pairs (`find_pairs`; the words that name a pair in `pair_names`), plain prints
(`read_plain`), and `read_line`, which runs every format on a line. JSON and dict lines are read in `objects`, boosting rounds and step
prefixes in `prefixes`; how each is spelt (numbers, names, pairs, look-alikes) is defined in
`grammar`; `expctl.metrics.parser` decides their order and each point's step (its docstring has the
rules). Every function here takes one line of text (no line ending, no escape sequences) and never
raises on any input.

All regular expressions are written so that their running time stays linear in the length of
the line: no nested unbounded repetition, possessive quantifiers where a backtrack could
otherwise go quadratic on a long run of digits or letters.
"""

from __future__ import annotations

from .grammar import NAME, NUMBER, PAIR, PAIR_START, PROSE_WORDS, STEP_WORDS, WORD, may_hold_metrics
from . import aside_totals, drawn_ranges, indexed_family, interval_estimates, rules
from ..lazyre import LazyPattern
from .fields import (bare_shares, fielded_pairs, heading_settings, using_settings, list_end, stop_list_values, result_for_label, result_of_label, tab_fields, value_at_step, value_first, padded_cells)
from .equal_runs import equal_runs
from .paren_qualified import paren_qualified
from .uncertain_values import labelled_pairs
from .value_surroundings import second_value, stands_alone
from .source_lines import source_pairs
from .bar_labels import bar_label
from .phase_keys import phase_index, phase_keyed
from .phase_pairs import phase_pair
from .process_tags import TAG_OPENS, untagged
from .unit_fields import unit_fields
from .glued import glued_fields, glued_pair, unglue
from .value_phrase import located_pair, stated_label, stated_value, updated_value, value_phrase, winner_line
from .items import read_items
from .measured_dict import measured_dict
from .label_fields import label_field
from .named_after import named_after
from .of_values import of_values
from .slashed_pairs import unslashed
from .phase_calls import uncalled
from .objects import flatten, load_object, load_repr, pairs_as_dict
from .pair_names import full_name
from .plain import read_plain
from .rates import read_rates
from .amount_sums import read_amount_sum  # AMOUNT_SUM: read by `summary`, no pairs here
from .glosses import unglossed
from .aligned_series import FOOTER
from .bare_results import bare_result, result_before
from .bracketed_lines import unbracketed
from .bar_descriptions import described
from .history_lists import listed_series
from .quoted_spans import quoted_spans, within
from .interval_fields import is_interval
from .field_pairs import covers, field_pairs, named_whole
from .prefixes import (StepPrefix, after_steps, decoration_end, field_count, frame_of, log_lead_end,
                       logged_step_start, logger_end, read_booster, read_step_prefix)
from .steps import STEP_RANK
from .units import drop_units_before_marks
from .cells import unlisted
from .sentences import sentence_result, spaced_colon
from .semicolon_settings import settings_run
from .indexed_labels import indexed_label
from .hypotheses import states_hypothesis

# NUMBERS_ONLY (rules): numbers, times, counts and shares, each with up to three letters of a
# unit glued after it ("2.34s", "12MB"), spaces or a table's bars between, no name.
_NUMBERS_ONLY = LazyPattern(r"[ |│┃║]*[-+.\d][-+.\d:%/]*[^\W\d_]{0,3}"
                            r"(?:[ |│┃║]+[-+.\d][-+.\d:%/]*[^\W\d_]{0,3})*[ |│┃║]*\Z")

# -- key-value pairs: "name: value", "name = value", "name=value" ------------------------------

# PAIR costs tens of ns per character it scans. When the first candidate separator is further
# in than this, start at the word before it instead of the line start.
_SKIP_AHEAD = 32
_WINDOW_WORDS = frozenset(("from", "to", "at", "until"))  # WINDOW_FIELD: "vavg = 0.9 from= 0 to= 1e-3"


def find_pairs(line: str, spans: list[int] | None = None) -> list[tuple[str, str]]:
    """Key-value pairs (name, number text) in `line`, in printed order. With `spans`, the start
    of each pair's match is appended to it."""
    candidate = PAIR_START.search(line)
    if candidate is None:
        return []
    line = list_end(line)  # FULL_STOP: "error=0.02, variation=1.8e-08." ends a list
    start = candidate.start()
    if start > _SKIP_AHEAD:
        # The name sits before the separator, after the last space before it (the spaces allowed
        # before "=" or ":" are skipped first), or further back for a name of several words.
        name_end = len(line[:start].rstrip())
        start = line.rfind(" ", 0, name_end) + 1
    else:
        start = 0
    pairs: list[tuple[str, str]] = []
    quoted = quoted_spans(line)
    for match in PAIR.finditer(line, start):
        name = full_name(line, match)
        if name and stands_alone(line, match) and name.lower() not in _WINDOW_WORDS and not (
                quoted and within(quoted, match.start(2))) and not aside_totals.orphan_total(line, match, pairs) and not (
                match.start(1) > match.start() and "=" in line[match.end(1):match.start(2)]):  # QUOTED_ASSIGN (rules)
            pairs.append((name, match.group(2)))
            if spans is not None:
                spans.append(match.start(1) + len(match.group(1)) - len(name))
            if (second := second_value(line, match)) is not None:
                pairs.append((name, second))  # SECOND_VALUE: "D(G(z)): 0.5061 / 0.5049"
                if spans is not None:
                    spans.append(spans[-1])
    if any(value[-1:] == "." for _, value in pairs):
        pairs = stop_list_values(line, pairs)  # STOP_LIST: "Round: 3. Hits: 12. Loss: 0.4."
    return indexed_family.family_names(pairs, spans)  # INDEXED_FAMILY: "final state x1 = 0.1, x2 = 0.2"


# -- one line, every format -------------------------------------------------------------------


class Reading:
    """What the built-in formats read in one line: `pairs` (name, number text or float) in
    printed order; `round`, the boosting round's text for a booster line; `prefix`, the step
    prefix the line opens with; `templatable`, True when `find_pairs` alone explains the pairs
    and the line has no prefix (a learned template can then stand for lines of its shape);
    `spans`, where each pair starts in the line when known; `config`, the config entries of a
    line that is printed configuration (then `pairs` is empty); `record`, True for a JSON or
    dict line (a record that gives its own step or none: it never takes a carried one);
    `settings`, a record's config entries when it may be printed configuration (the parser
    decides, CONFIG_RECORD). Never change a reading: one serves every ask of a text (`readings`)."""

    __slots__ = ("pairs", "round", "prefix", "templatable", "spans", "config", "line", "record",
                 "settings", "opens", "lists")

    def __init__(self, pairs, round=None, prefix=None, templatable=False, spans=None,
                 config=None, line="", record=False, settings=None, opens=False, lists=()):
        self.pairs, self.round, self.prefix, self.templatable = pairs, round, prefix, templatable
        self.spans, self.config, self.line, self.record = spans, config, line, record
        self.settings = settings  # a record's entries, when it reads as settings (CONFIG_RECORD)
        self.lists = lists  # HISTORY_LISTS: a record's result lists, as (pairs, step) steps
        self.opens = opens  # its config heads a section of output (HEADING_SETTING)


# TENSOR_VALUE: a tensor of one element in a list too ("tensor([9.5703], device='cuda:0')", a top-k
# accuracy's): its number; not a tensor of several ("tensor([0.1, 0.2])")
_TENSOR = LazyPattern(rf"\b(?:tensor|(?:np|numpy)\.(?:float|int|uint)\d*)\(\s*(\[\s*)?({NUMBER})(?(1)\s*\])[^()]{{0,80}}\)")
# SCALAR_REPR (rules): a pair's value printed as a repr of one number and keyword arguments
# only (JAX's "loss=Array(2.1391697, dtype=float32)", TensorFlow's "tf.Tensor(0.5, shape=(),
# dtype=float32)"), right after the pair's "=" or ": ": the number.
_SCALAR_REPR = LazyPattern(rf"(?:(?<==)|(?<=[=:] ))[^\W\d][\w.]*\(\s*({NUMBER})"
                           r"(?:\s*,\s*[^\W\d]\w*=(?:[^(),]|\(\))*)*\s*\)(?![ \t]*=)")  # not a name: "chi2(1) = 11.1"

# PADDED_LABEL (rules): three or more words set right, a colon, one value ("    % Var explained: 82.2")
_PADDED_LABEL = LazyPattern(rf"\s{{4,}}((?:%|[^\W\d_][\w.%-]*)(?: {{1,2}}[\w@%.-]+){{2,11}}): ({NUMBER})\s?%?\s*\Z")
# QUALIFIED_LABEL (rules): a label closed by its settings in brackets, then one "= value".
_QUALIFIED = LazyPattern(rf"\s*([^\W\d][^=\[\]]*\[[^\[\]]*=[^\[\]]*\])\s*=\s*({NUMBER})\s*\Z")


def _whole_line(line: str, pairs: list, spans: list[int]) -> Reading | None:
    """The one pair of a line that a label closed by bracketed settings names
    (QUALIFIED_LABEL: ``AP @[ IoU=0.50 ] = 0.38``), or a sentence (SENTENCE_RESULT: ``Accuracy
    of the network on the 10000 test images: 54 %``) when fewer than two pairs were `found`;
    a labelled line of rated fields (UNIT_FIELDS) when they are more than the pairs `found`;
    a label with a worded aside (WORDED_ASIDE: ``Score (logrank) test = 30.5``), values with
    their errors (UNCERTAIN_VALUE: ``estimated -9.3067 +/- 0.2631``)."""
    if (labelled := labelled_pairs(line, pairs, spans)) is not None:  # WORDED_ASIDE, UNCERTAIN_VALUE
        return Reading(labelled[0], line=line, spans=labelled[1])
    if " of " in line and " : " in line and (owned := result_of_label(line)) is not None:
        return Reading([owned[:2]], line=line, spans=[owned[2]])  # RESULT_OF_LABEL: "Accuracy of plane : 55 %"
    found = len(pairs)
    if "/s" in line and (fields := unit_fields(line)) is not None and len(fields[0]) > found:
        return Reading(fields[0], spans=fields[1], line=line)  # UNIT_FIELDS: "read: IOPS=11.3k, BW=44.2MiB/s"
    if line.rstrip()[-1:].isdigit() and "] =" in line and (qualified := _QUALIFIED.match(line)):
        return Reading([(qualified.group(1), qualified.group(2))], line=line,
                       spans=[qualified.start(1)])
    if not found and "= " in line and (first := value_first(line)) is not None:
        return Reading([first[:2]], line=line, spans=[first[2]])  # VALUE_FIRST: "0.93 = Score"
    return (_sentence(line) if found < 2 and (": " in line or " = " in line or " is " in line) else None) or (Reading(located[0], line=line, spans=located[1]) if " at " in line and (located := located_pair(line))[0] else None)  # LOCATED_VALUE


def _sentence(line: str) -> Reading | None:
    """SENTENCE_RESULT: the one pair of a line that is a sentence opened by a result word, a
    colon and its value, or None."""
    if line[:4] == "    " and (padded := _PADDED_LABEL.match(line)):  # PADDED_LABEL
        return Reading([(padded.group(1), padded.group(2))], line=line, spans=[padded.start(1)])
    sentence = sentence_result(line) or (spaced_colon(line) if " : " in line else None)  # SPACED_COLON
    if sentence is None and " is " in line and (labelled := result_for_label(line)):
        return Reading([labelled[:2]], line=line, spans=[labelled[2]])  # RESULT_FOR_LABEL
    return None if sentence is None else Reading([sentence[:2]], line=line, spans=[sentence[2]])


# STEP_IN_NAME (rules): a name, a preposition, a step word and number, a colon, the value.
_STEP_IN_NAME = LazyPattern(
    rf"(?:(?<=[\s\]|:-])|^)((?:{WORD} ){{0,2}}{NAME}) (?ai:after|at|for|in|of|on|@) "
    rf"((?ai:epoch|step|iteration|iter|batch|round|ep|episode|generation|update)) (\d++)"
    rf"(?:,? (?ai:batch|step|iteration|iter) \d++)?:\s+({NUMBER})"  # NESTED_COUNTER: "for epoch 0, batch 1:"
    r"(?=[\s,;]|\.[ \t]+[A-Z]|:\s|\Z)")  # a colon and a space: a bar's description closed


# STEP_IN_NAME, a count of steps: "KL divergence after 250 iterations with early exaggeration:",
# "training loss in 1 epoch:" (the number before its step word, in the singular too)
_STEPS_IN_NAME = LazyPattern(
    rf"(?:(?<=[\s\]|:-])|^)((?:{WORD} ){{0,2}}{NAME}) (?ai:after|in|at) (\d++) "
    rf"((?ai:epoch|step|iteration|iter|round|episode|generation|update))s?(?: {WORD}){{0,3}}:\s+({NUMBER})"
    r"(?=[\s,;]|:\s|\Z)")
_COUNTED_STEPS = ("epoch", "step", "iter", "round", "episode", "generation", "update")


def _step_in_name(line: str, pairs: list, spans: list[int]) -> Reading | None:
    """STEP_IN_NAME (rules): the one pair of a line whose name says its step, before a colon:
    ``Loss after epoch 3: 0.52``, or a count of steps and words (``KL divergence after 250
    iterations with early exaggeration: 63.02``): the name at that step, and the pairs read
    after it (`pairs` at `spans`: ``Cost after iteration 100: 0.32 - accuracy: 0.96``); None
    otherwise."""
    lower = line.lower()  # each regex needs its words: the usual line is read without them
    named = _STEP_IN_NAME.search(line) if any(word in lower for word in STEP_WORDS) else None
    if named is not None:
        name, word, number, value = named.groups()
    elif (" after " in lower or " in " in lower or " at " in lower) and any(word in lower for word in _COUNTED_STEPS) and (
            named := _STEPS_IN_NAME.search(line)) is not None:
        name, number, word, value = named.groups()
    elif (at_step := value_at_step(line)) is not None:  # VALUE_AT_STEP: "...: 0.12 at epoch 5"
        name, value, word, number, start = at_step
        return Reading([(name, value)], prefix=StepPrefix(word, number, False, False, False), line=line, spans=[start])
    else:
        return None
    if PROSE_WORDS.intersection(name.lower().split()):
        return None
    step = StepPrefix(word, number, False, False, False, True)
    after = [(pair, at) for pair, at in zip(pairs, spans) if at >= named.end()] if len(spans) == len(pairs) else []
    return Reading([(name, value), *(pair for pair, _ in after)], prefix=step, line=line,
                   spans=[named.start(1), *(at for _, at in after)])


_LABEL_STARTS = frozenset("CcLlTtIWDE")  # LABEL_FIELD: a key's first letter, or a tag's ("[INFO]")


# MD_HEADING (rules): a Markdown heading of a section; its number is the section's ordinal. Not a
# step key alone ("### EPOCH: 1"): a header for the lines after it, as "### Epoch 1" is (LONE_STEP).
_HEADING = LazyPattern(r"#{2,6} (?!(?ai:step|epoch|iteration|iter|episode|round|generation)[ \t]*[:=][ \t]*\d+[ \t#]*\Z)[^\W\d]")


def _read_plain_line(line: str, prefix: StepPrefix | None) -> Reading:
    """A line without pairs: a plain print (past a log record's prefix, loguru's ``... | INFO
    | m:f:9 - ``, or a progress count, ``Epoch 1/8 | lr 1.5 | ...``: neither is a pair), a
    bar's label, or a phase's one pair."""
    if "\t" in line and (tabbed := tab_fields(line)) is not None:
        return Reading(tabbed[0], prefix=prefix, line=line, spans=tabbed[1])  # TAB_FIELDS
    if prefix is None and "/" in line and (rated := read_rates(line)) is not None:
        return Reading(rated, line=line)  # RATE_FIELDS: "BenchmarkX-2  1200  830 ns/op ..."
    label_end: list[int] = []
    lead = prefix.end if prefix is not None and prefix.total else (  # DECORATED_STEP: ">> Epoch"
        log_lead_end(line) if " - " in line else (logged_step_start(line, prefix.word) or decoration_end(line))
        if prefix is not None else 0)  # LOGGED_STEP: "INFO:root:Epoch 3 loss 0.4", past the record's prefix
    plain = read_plain(line[lead:], label_end) or updated_value(line)  # UPDATED_VALUE
    if lead:
        label_end = [end + lead for end in label_end]
        if not plain and prefix is not None:
            plain = bar_label(line, lead, label_end)
    elif not plain and prefix is None and len(line) < 80 and line.lstrip()[:1].isalpha():
        plain = (phase_pair(line, label_end) or glued_pair(line) or glued_fields(line, label_end)
                 or value_phrase(line) or winner_line(line) or padded_cells(line, label_end) or stated_label(line, label_end))  # VALUE_PHRASE, WINNER_LINE, PADDED_CELLS, STATED_LABEL
    if not plain and prefix is not None and " is " in line:
        plain = stated_value(line[prefix.end:])  # STATED_VALUE: "Iteration 50: error is 49.9"
    if not plain and prefix is not None and (bare := bare_result(line, prefix.end, len(line))) is not None:
        return Reading([bare[:2]], prefix=prefix, line=line, spans=[bare[2]])  # BARE_RESULT: "... with reward 49"
    if plain and prefix is None and line.lstrip()[:1] == "|" and plain[0][0] in STEP_RANK and (
            plain[0][1].isdigit()):  # PIPE_FIELDS: "| epoch   1 |", "| end of epoch 1 |"
        prefix, plain = StepPrefix(plain[0][0], plain[0][1], False, False, False), plain[1:]
    if plain and prefix is not None and (prefix.colon or prefix.comma or line[prefix.end:][
            :1] == "\t") and plain[0][0].rsplit(" ", 1)[-1] == prefix.word:
        plain = plain[1:]  # "step 4: loss 0.64", "Iteration 0, inertia 5.2.": it labels the line
    if plain and label_end and rules.CONFIG_WORDS.intersection(
            word.lower() for word in line[:label_end[0]].split()[-3:]):
        return Reading([], config=plain)  # CONFIG_MARKERS: "hyper-parameters → lr 1.4 · ..."
    return Reading(plain, prefix=prefix, line=line, spans=label_end or None)


_WRAPPED_CELL = LazyPattern(r"\|[^|]*(?:\|[ \t]*){2,}\Z")  # text in the first cell only
# An indented quoted label, a colon and a column gap, ending in no "," or "}" (a dict's piece)
_QUOTED_ROW = LazyPattern(r"""(['"])[^'"]{1,60}\1:[ \t]{2,}(?!.*[,{}][ \t]*\Z)""")


def _bare_values(line: str) -> str:
    """`line` with each value printed in a wrapping as its bare number: ``tensor(0.68)``,
    ``np.float64(0.5)``, SCALAR_REPR's ``Array(0.5)``, FRACTION_PERCENT's ``9903/10000 (99%)``."""
    if "(" in line:
        if "tensor(" in line or "np." in line or "numpy." in line:
            line = _TENSOR.sub(r"\2", line)
        if "=" in line or ": " in line:
            line = _SCALAR_REPR.sub(r"\1", line)
        if "ict([(" in line:
            line = pairs_as_dict(line)  # PAIRS_DICT: "OrderedDict([('hit@10', 0.15)])"
    return bare_shares(line) if "%" in line or " = " in line else line


def _record_or_config(line: str, spread: bool) -> Reading | None:
    """The reading of a line that is one record or printed configuration as a whole (a JSON
    object or Python dict, a list of items, argparse's Namespace), or of a piece of a table
    that holds no pair; None for any other line."""
    stripped = line.strip()
    if stripped[-2:] == "])" and "ict([(" in stripped[:14]:
        stripped = _bare_values(stripped)  # PAIRS_DICT: a dict printed as its pairs alone, read whole
    if stripped[:1] == "{" and stripped[-1:] == "}":
        loaded = load_object(stripped)
        if loaded is not None:
            from .config_records import from_object, has_flag, settings_of
            config = from_object(loaded[0])
            if config is not None:
                return Reading([], config=config)
            settings = settings_of(loaded[0]) if spread or has_flag(stripped) else None
            return Reading(flatten(*loaded), record=True, settings=settings,
                           lists=listed_series(loaded[0]) if "[" in stripped or "{" in stripped[1:] else ())  # HISTORY_LISTS
    if stripped[-1:] == "}" and stripped[:1] != "{" and (measured := measured_dict(stripped)) is not None:
        lead = len(line) - len(line.lstrip())
        return Reading(measured[0], line=line, spans=[lead + at for at in measured[1]])  # MEASURED_DICT
    if stripped[-2:] == ")]" and (items := read_items(stripped)) is not None:
        return Reading(items, record=True)  # ITEM_LIST: "stats:[('loss', 0.5), ('q', nan)]"
    if stripped[:1] == "|" and _WRAPPED_CELL.match(stripped):
        return Reading([], line=line)  # WRAPPED_CELL: "| _estimators=50)  |   |   |", a cell's last part
    if stripped[:1] in "'\"" and line[:1] in " \t" and _QUOTED_ROW.match(stripped):
        return Reading([])  # QUOTED_ROW: "  'main':    16  [0,8]", a statistics table's row
    if "Namespace(" in line:
        from .printed_config import from_namespace
        config = from_namespace(line)
        if config:
            return Reading([], config=config)
    if stripped[-1:] == ")" and "=" in stripped and (record := load_repr(stripped)) is not None:
        return Reading(flatten(record, True), record=True)  # REPR_RECORD: "Result(train=Metrics(...))"
    located = source_pairs(line) if "=" in stripped else None  # SOURCE_LINE: "work.py:6: size=17 KiB, count=2"
    return None if located is None else Reading(located[0], record=True, spans=located[1], line=line)


def _unframed(line: str) -> str:
    """A line read past a gutter (GUTTER_SECTION: ``| Log-likelihood per word: -4.17``) or a
    progress bar's description alone (BAR_DESCRIPTION: ``loss: 0.52:  10%|#   | 1/8``)."""
    if line[:2] == "| " and line[2:3].isalpha() and "|" not in line[2:]:
        line = line[2:]
    return described(line) if "%|" in line else line


def _whole_reading(line: str, spread: bool) -> Reading | None:
    """What reads `line` whole, before any pair: a table's row of numbers alone, a record or a
    config object, pandas's Series footer; None for the pairs readers."""
    if _NUMBERS_ONLY.match(line) or ("[" in line and is_interval(line)):  # INTERVAL_FIELDS
        return Reading([], line=line)  # NUMBERS_ONLY: a table's row, no format reads a pair in it
    whole = _record_or_config(line, spread)
    if whole is None and "dtype: " in line and FOOTER.match(line):
        return Reading([], line=line)  # SERIES_FOOTER: "Name: 19, dtype: float64" names no metric
    return whole


_ARROW_LEAD = LazyPattern(r"[ \t]*=+>[ \t]+(?=[^\W\d_])")  # ARROW_LEAD (rules)


def _unarrowed(line: str) -> str:
    """ARROW_LEAD: `line` past an arrow opening it (``===> total score: -27``): no part of a name."""
    arrow = _ARROW_LEAD.match(line) if ">" in line[:8] else None
    return line if arrow is None else line[arrow.end():]


def _fielded(line: str, prefix: StepPrefix | None, pairs: list):
    """FIELD_PAIRS: the fields after the step prefix, with where each starts, when they are
    more than the pairs read (`pairs`, or the plain reading's without them), or give a cut name
    its phase word back; else the plain reading (without `pairs`) or None (keep `pairs`)."""
    plain = None if pairs else _read_plain_line(line, prefix)
    if plain is not None and plain.config:
        return plain
    theirs = pairs or plain.pairs  # type: ignore[union-attr]
    if prefix is not None:  # the prefix's own step pair is no field after it
        theirs = [pair for pair in theirs if pair[0] != prefix.word]
    fielded = _fields(line, prefix, len(theirs) - 1)
    if fielded is not None and (covers(fielded[0], theirs) or named_whole(fielded[0], theirs)):
        return fielded  # the others stopped at a field of another kind, or cut a name
    return plain


def _fields(line: str, prefix: StepPrefix | None, found: int):
    if prefix is not None and prefix.total and not prefix.end:
        return None
    return field_pairs(line, prefix.end if prefix is not None else logger_end(line), found, prefix is not None)


def read_line(line: str, spread: bool = False) -> Reading:
    """Read `line` with every format, in the parser's docstring's order: a JSON object or dict, a
    Namespace, a booster line, pairs, a plain print. `spread`: an object joined from several lines."""
    line = uncalled(unslashed(_unarrowed(untagged(line) if line[:2] in TAG_OPENS else line)))  # PROCESS_TAG: "==12939== I1  miss rate:  0.05%"; SLASHED_PAIRS; PHASE_CALL
    if (whole := _whole_reading(line, spread)) is not None:
        return whole
    if "[" in line[:8]:
        line = unbracketed(line)  # BRACKETED_LINE, BRACKETED_NAMES
    line = _bare_values(drawn_ranges.unranged(line) if "│" in line else line)  # DRAWN_RANGE
    if ")" in line and ": " in line and read_amount_sum(line) is not None:
        return Reading([], line=line)
    if line[-1:] in ")]" and (estimate := interval_estimates.interval_estimate(line)) is not None:  # INTERVAL_ESTIMATE
        return Reading([estimate[:2]], line=line, spans=[estimate[2]])
    if "|" in line:
        line = _unframed(line)  # GUTTER_SECTION, BAR_DESCRIPTION
    if ")" in line or "]" in line:
        line = drop_units_before_marks(unlisted(unglossed(line)))  # UNIT_IN_NAME, LISTED_VALUE, GLOSSED_NAME
    if (booster := read_booster(line)) is not None:
        return Reading(booster[1], round=booster[0])
    if ":" in line:
        line = unglue(line)  # GLUED_RUN: "step:23 episode:0 R:23.0", fields glued to colons
    if line[:1] in "[ " and " : " in line and (labelled := indexed_label(line)) is not None:
        return Reading([labelled], line=line)  # INDEXED_LABEL: "[3] supp + dose : 2.8e+14 ±1.1%"
    if ", " in line and (line.rstrip()[-1:].isalpha() or line.rstrip()[-1:] == ")") and (
            after := named_after(line)) is not None:
        return _named_after(line, *after)  # NAMED_AFTER: "E1 train 0.7547 loss, 41.7% correct"
    prefix = read_step_prefix(line)
    spans: list[int] = []
    pairs = [] if line[:2] == "##" and _HEADING.match(line) else find_pairs(line, spans)
    if not pairs and " of " in line:
        pairs, spans = of_values(line, prefix.end if prefix is not None else 0)  # OF_VALUE
    prefix, pairs, spans, bare = _lead_pairs(line, prefix, pairs, spans)  # PHASE_INDEX, BARE_RESULT
    if " = " in line and prefix is None and (runs := equal_runs(line, len(pairs))) is not None:
        return Reading(runs[0], spans=runs[1], line=line)  # SPACED_EQUALS (rules)
    if pairs:
        pairs, spans = fielded_pairs(line, pairs, spans)
        if states_hypothesis(line, spans):
            return Reading([], line=line)  # HYPOTHESIS_VALUE: "Null, mu1-mu2 = 0", given
        if ";" in line and (run := settings_run(line, pairs, spans)):  # SEMICOLON_SETTINGS
            pairs, spans = pairs[run:], spans[run:]
            if not pairs:
                return Reading([], line=line)
        if prefix is None and line.lstrip()[:1] in "#=*~-" and heading_settings(line, pairs, spans):
            return Reading([], config=pairs, opens=True)  # HEADING_SETTING: "### beam (width=4)"
        if prefix is None and "):" in line and (qualified := paren_qualified(line)) is not None:  # PAREN_QUALIFIED
            return Reading(qualified[0], line=line, spans=qualified[1]) if qualified[0] else Reading([], config=pairs)
        if prefix is None and line.lstrip()[:1] in "Uu" and using_settings(line, spans):
            return Reading([], config=pairs)  # USING_LINE: "Using perplexity = 20.0, and ..."
    if len(pairs) < 2 and prefix is None and (": " in line or " is " in line) and (named := _step_in_name(line, pairs, spans)):
        return named  # STEP_IN_NAME: "Loss after epoch 3: 0.52", the name says its step
    if prefix is None and (whole := _whole_line(line, pairs, spans)) is not None:
        return whole  # QUALIFIED_LABEL, SENTENCE_RESULT: one pair named by the whole line
    prefix = prefix or after_steps(line) or field_count(line)  # AFTER_STEPS, FIELD_COUNT
    if isinstance(fielded := _fielded(line, prefix, pairs), Reading):
        return fielded
    if fielded is not None:
        pairs, spans = fielded  # FIELD_PAIRS
    return _unprefixed(line, pairs, spans, not bare) if prefix is None else _prefixed(line, prefix, pairs, spans)


def _lead_pairs(line: str, prefix: StepPrefix | None, pairs: list, spans: list[int]):
    """(prefix, pairs, spans, whether BARE_RESULT added one): PHASE_INDEX's step prefix out of the
    line's first pair (``validation: 0 | loss: 11.48``), then BARE_RESULT's pair before the first
    pair (``Game 3 Score 1 Record: 1``)."""
    if prefix is None and pairs and spans and spans[0] < 4 and (indexed := phase_index(pairs, spans)) is not None:
        prefix, pairs, spans = indexed
    if (bare := result_before(line, prefix.end if prefix else 0, pairs, spans)) is not None:
        return prefix, [bare[:2], *pairs], [bare[2], *spans], True
    return prefix, pairs, spans, False


def _unprefixed(line: str, pairs: list, spans: list[int], templatable: bool = True) -> Reading:
    """The reading of a line's `pairs` when no step prefix opens it (`templatable`: `find_pairs`
    read them all)."""
    if spans and (keyed := phase_keyed(pairs, line, spans[0])) is not None:
        return Reading(keyed, spans=spans, line=line)  # PHASE_KEYS: "Accuracy: train=0.91, test=0.85"
    if len(pairs) >= 2 and line.lstrip(" \t[")[:1] in _LABEL_STARTS and (labelled := label_field(line, pairs, spans)):
        return Reading(labelled, line=line)  # LABEL_FIELD: "Class: class_0, Precision: 0.23, F1: 0.16"
    return Reading(pairs, templatable=templatable, spans=spans, line=line)


def _named_after(line: str, pairs: list, spans: list[int], epoch: str | None, start: int) -> Reading:
    """The reading of a line closed by values named after them (NAMED_AFTER), at the epoch
    printed before them when one is."""
    if epoch is None:
        return Reading(pairs, spans=spans, line=line)
    prefix = StepPrefix("Epoch", epoch, False, False, False)
    prefix.end = start
    return Reading(pairs, prefix=prefix, spans=spans, line=line)


def _past_prefix(line: str, end: int, pair: tuple, at: int) -> tuple[tuple, int]:
    """A pair whose name took the step prefix before it (``Epoch-3 loss: 0.5`` read ``Epoch-3
    loss``), named by its words past the prefix (``loss``); an empty name when it has none."""
    name = pair[0]
    if line[at:at + len(name)] != name:
        return ("", pair[1]), at
    rest = line[end:at + len(name)].lstrip(" \t")
    return (rest, pair[1]), at + len(name) - len(rest)


def _prefixed(line: str, prefix: StepPrefix, pairs: list, spans: list[int]) -> Reading:
    """The reading of the `pairs` of a line that opens with a step prefix."""
    if spans and spans[0] < prefix.end and len(spans) == len(pairs):
        # a pair inside the prefix is its tag ("Run: 1, iteration: 2/100, ..."): no metric
        kept = [(pair, at) if at >= prefix.end else _past_prefix(line, prefix.end, pair, at)
                for pair, at in zip(pairs, spans) if at >= prefix.end or at + len(pair[0]) > prefix.end]
        kept = [(pair, at) for pair, at in kept if pair[0]]
        pairs, spans = [pair for pair, _ in kept], [at for _, at in kept]
    if prefix.comma:
        pairs = [(prefix.word, prefix.value), *pairs]
        spans = [0, *spans]
    elif prefix.colon and pairs[0][0] == prefix.word:  # "Train: 1 [...": the label's counter
        pairs, spans = pairs[1:], spans[1:]
    return Reading(pairs, prefix=prefix, spans=spans, line=line)


def frame_key(line: str) -> tuple:
    """What `line` reports by the built-in formats, as (name, value) pairs and a stated step
    (FRAME_STEP): the key `LineSplitter` compares a redraw with the line it overwrites."""
    if not may_hold_metrics(line):
        return ()
    return frame_of(read_line(line))
