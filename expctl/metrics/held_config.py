"""Printed configuration told from results, as output streams: the parser's side of it.

Lines that are configuration give no points: their entries go to `MetricParser.params`. A line
marked as config (CONFIG_MARKERS) is split at its label; a lone ``key: value`` line printed
before any training output is held back until the output tells (CONFIG_BLOCK): training output
follows (config), its key is printed again (a metric), or the output ends (a metric). The rules
are in `expctl.metrics.rules`, the readers of dumps in `expctl.metrics.printed_config`, the
settings a line's shape tells among its pairs in `expctl.metrics.settings_pairs`.
`ConfigMixin` holds the parser's side of it; `MetricParser` keeps the state it uses (`params`,
`_pending`, `_started`).
"""

from __future__ import annotations

from collections.abc import Callable

from expctl.metrics.fit_records import in_record_block
from expctl.metrics import printed_config, rules, solved, titled, yaml_runs
from expctl.metrics.braced import STATS_LOOK, stats_quantity
from expctl.lazyre import LazyPattern
from expctl.metrics.prefixes import log_lead_end, log_prefix_end
from expctl.metrics.repeated_settings import repeats_settings
from expctl.metrics.restated_settings import restates_settings
from expctl.metrics.result_records import names_result_type
from expctl.metrics.ruled_settings import ruled_settings, ruled_title
from expctl.metrics.worded_settings import worded_settings  # WORDED_SETTINGS
from expctl.metrics.aligned_settings import aligned_settings  # ALIGNED_SETTINGS
from expctl.metrics import section_again  # SECTION_AGAIN
from expctl.metrics.headed import ANGLED_HEADING, HEADING, heading_line
from expctl.metrics.sections import result_name
from expctl.metrics.settings_lines import SettingsLineMixin
from expctl.metrics.settings_heading import under_settings_heading, under_settings_title
from expctl.metrics.dash_tree import tree_name, under_tree_settings
from expctl.metrics.settings_pairs import (is_located, is_run_with_settings, run_with_entries, settings_aside,
                                            settings_group_end, start_asides)
from expctl.metrics.steps import STEP_RANK
from expctl.metrics.tallies import untallied
from expctl.metrics.tables import TableReader
from expctl.metrics.units import timed_statistic

Point = tuple[str, float, float]  # (name, step, value)
CONFIG_LOOK = 24  # lines looked at around a "key: value" line to tell a config dump
CALL_LOOK = 16  # lines of a call printed over lines looked back at for its opening line
_OPENED_CALL = LazyPattern(r"[^\W\d][\w.]*\(")  # "LGBMClassifier(": a call, not "(3)"
HEADED_LOOK = 64  # lines of a block of "key: value" lines looked back at for its heading
_LONE_PAIR = LazyPattern(r"\s*+(?:\|[ \t]+)?['\"]?[^\W\d][\w./-]*['\"]?\s*[:=]\s*(?:\S[^:=]*|[{\[].*[}\]]\s*)\Z")
# Inside a block of settings, a blank line or a comment (gin's "# Parameters for SGD:") between
# its sections: the block goes on.
_BLOCK_ASIDE = LazyPattern(r"\s*(?:#.*)?\Z")


_CHANNEL = LazyPattern(r"[\w.]{1,40}:[ \t]+")
# NONE_SETTINGS (rules): a field left unset ("limit: None", "gen_kwargs: (None)", "seed=None").
_NONE_FIELD = LazyPattern(r"(?:^|(?<=[\s,(]))[^\W\d][\w.-]*\s*(?::\s+|=)\(?None\)?(?=[,;\s)]|\Z)")
# PHASE_HEADING: a heading closing a line, past whatever opens it ("05 Dec 07:12  INFO  valid
# result: "): a word, up to three more one space apart, a colon; "On" before it ("On Test Data:").
_BANNER = "banner:"  # PHASE_BANNER: a framed sentence's phase, as a heading's kind
_BANNER_PAIR = LazyPattern(r"\s*[^\W\d][\w./-]*(?: [^\W\d][\w./-]*){0,3}\s*[:=]\s*\S+\s*\Z")
_TEST_OF = LazyPattern(r"(?i:test) (?:for|of) ")  # STATISTICAL_TEST (rules)
_CLOSING_HEADING = LazyPattern(r"(?:^|(?<=\s))(?:(?:[Oo]n|ON) )?([^\W\d]+)(?: [^\W\d][\w./-]*){0,3}:\s*\Z")


def _heading_kind(line: str) -> str:
    """"config" for a heading naming configuration, the phase a heading opens with
    (``Test results:``, past a log record's prefix), "metrics" for another naming results
    (``Maximum likelihood estimates:``), else ""."""
    if (banner := rules.framed_phase(line)) is not None:
        return _BANNER + banner  # PHASE_BANNER: "** Reported on train data. **"
    start = log_prefix_end(line)
    heading = HEADING.match(line, start) or ANGLED_HEADING.match(line, start)  # GUTTER_SECTION
    if heading is None:
        channel = _CHANNEL.match(line, start)  # a logger's name first: "trainer: Gin config:"
        heading = HEADING.match(line, channel.end()) if channel else None
    if heading is None:
        return ""
    kind = rules.heading_kind(heading.group(1))
    if kind == "config":
        return "config"
    return rules.phase_of(heading.group(1)) or ("metrics" if kind == "metrics" else "")


def _names_labels(above: str, line: str) -> bool:
    """LABELS_HEADER (rules): True when `above` is a header over rows of ``label: values``
    lines: no colon in it, its first word a name ending in the column where `line`'s label does,
    more words after it (a header naming the label column, then the values')."""
    colon = line.find(":")
    words = above.split(None, 1)
    return colon > 0 and len(words) == 2 and ":" not in above and words[0].isidentifier() and (
        above.find(words[0]) + len(words[0]) == colon)


def _computed(value) -> bool:
    """HELD_COMPUTED (rules): a value printed with a float's full precision (14 significant
    digits or more: ``0.6298739346959099``) was computed by the program, never typed as a setting."""
    digits = str(value).lower().lstrip("+-").partition("e")[0].replace(".", "").lstrip("0")
    return len(digits) >= 14 and digits.isdigit()


class ConfigMixin(SettingsLineMixin):
    """Printed configuration of `MetricParser`."""

    # What it uses of `MetricParser` (declared for the type checker; defined there).
    params: list[tuple[str, str]]
    _param_names: set[str]
    _pending: list[tuple[str, str, str]]
    _sectioned: dict[str, tuple[str, str]]  # SECTION_AGAIN (section_again)
    _started: bool
    _heading_memo: tuple[str, str] | None  # (a lone pair line, what its heading says)
    _announced: tuple[str, str] | None  # PHASE_ANNOUNCED: (a run's first word, its phase)
    _holding: bool
    _before: Callable[[int], list[str]]
    _context_after: Callable[[int], list[str]]
    _metric_pairs: Callable[..., list]
    _next_count: Callable[[str], float]
    _extra: list[Point]
    _tables: TableReader
    _table_points: Callable[..., list[Point]]
    _filter: rules.NameFilter
    _templates: list  # the learned line shapes (templates): none names a choice

    def _config_split(self, reading) -> list:
        """The line's pairs that are no config (CONFIG_MARKERS); the config ones become params."""
        pairs, spans, line = untallied(reading.line, reading.pairs), reading.spans, reading.line  # TALLIED_VALUE
        if self._is_call_echo(line, pairs):
            return []
        if line.rstrip()[-1:] in ")," and line[:1] not in " \t" and spans:  # WRAPPED_CALL: "(..., k = 1,"
            entries = printed_config.from_call_repr(line)
            if entries is not None:
                self._add_params(entries)  # CALL_ARGS: "Booster(lr=0.2, depth=3)" on one line
                return []
            if (reported := printed_config.reported_call(line)) is not None:  # "Scores(f1=0.91)": the first too
                pairs, spans = reported
                if names_result_type(line):
                    return pairs  # RESULT_RECORD: "TtestResult(statistic=2.1)", whole
        if self._is_marked_settings(line, pairs):
            return []
        if not spans or len(spans) != len(pairs):
            return pairs
        if ";" in line or "=" in line and ": " in line:
            results_from = settings_group_end(line, pairs, spans)
            if results_from is not None:  # "C=1, gamma=0.1;, score=0.93": settings, then results
                pairs = [pair for pair, at in zip(pairs, spans) if at >= results_from]
                spans = [at for at in spans if at >= results_from]
        label_end = config_label_end(line, spans[-1])
        if label_end is None:
            return self._unlabelled_split(reading, pairs, spans)
        return self._labelled_split(line, label_end, pairs, spans)

    def _is_call_echo(self, line: str, pairs: list) -> bool:
        """True when `line` is a piece of a printed call or object, its entries made params
        (CALL_ARGS, SPACED_CALL_ECHO) or left out (MEMBER_REPR)."""
        if line[:1] in " \t" and line.rstrip()[-1:] in ",)}[({" and self._inside_call(line):
            self._add_params(pairs)  # CALL_ARGS: "    learning_rate=0.23, max_bin=63,"
            return True
        if line[:1] in " \t" and (entries := printed_config.indented_call_echo(line)) is not None:
            self._add_params(entries)  # SPACED_CALL_ECHO: "Call:" then "  fracdiff(x = z2, nar = 1)"
            return True
        return line.rstrip()[-1:] == ")" and printed_config.is_member_repr(line)  # MEMBER_REPR: "\t0 NodeGene(key=0, bias=-3.2, activation=sigmoid)"

    def _is_marked_settings(self, line: str, pairs: list) -> bool:
        """True when `line` is settings as a whole by how it is marked (bracketed, tagged, under
        a banner, holding ``None``): its entries are made params."""
        if line.rstrip()[-1:] == "]" and (entries := printed_config.bracketed_settings(line)) is not None:
            self._add_params(entries)  # CALL_ARGS: "[d.tol = 0.0001221, M = 100, h = 4.467e-06]"
            return True
        if line[:1] == "[" and _INPUT_TAG.match(line):
            self._add_params(pairs)  # CONFIG_MARKERS: "[INPUT] charge = 0", a tag says input
            return True
        if " = " in line and line[:1] not in " \t" and rules.under_banner(line, self._before):
            self._add_params(pairs)  # BANNER_SETTINGS: "diis_space = 8" under "*** <class> ***"
            return True
        if "None" in line and _NONE_FIELD.search(line) and not any(
                rules.is_result_name(name) or name in STEP_RANK for name, _ in pairs):
            self._add_params(pairs)  # NONE_SETTINGS: "limit: None, batch_size: 1": settings
            return True
        return False

    def _unlabelled_split(self, reading, pairs: list, spans: list[int]) -> list:
        """The pairs of a line with no config label that are no config: a run's settings
        (RUN_WITH, RESTATED_SETTINGS) and a point's place (AT_POINT) are none, settings in an
        aside (SETTINGS_ASIDE, START_ASIDE) are left out."""
        line = reading.line
        if (not self._started or reading.prefix is None) and (is_run_with_settings(line, pairs, spans) or titled.is_titled_settings(
                line, pairs, spans) or restates_settings(line, pairs, spans, self._param_names, self.params)):
            self._add_params(run_with_entries(pairs))  # RUN_WITH: "Training with lr=0.05"; RESTATED_SETTINGS
            return []
        if is_located(line, spans):
            return []  # AT_POINT: "best cost 0.0013 at x=1.02, y=1.04"
        aside = settings_aside(line, pairs, spans, self._param_names) if (
            line.rstrip()[-1:] == ")") else None
        if aside is not None:  # SETTINGS_ASIDE: "best: acc=0.95 (alpha=0.001, eta0=0.05)"
            pairs, spans = pairs[:aside], spans[:aside]
        starts = start_asides(line, pairs, spans) if "(" in line else None
        if starts:  # START_ASIDE: "amp: 9.03 +/- 0.08 (0.91%) (init = 10)"
            self._add_params([(f"{pairs[at - 1][0]}.{pairs[at][0]}", pairs[at][1])
                              for at in starts])
            return [pair for at, pair in enumerate(pairs) if at not in starts]
        return pairs

    def _labelled_split(self, line: str, label_end: int, pairs: list, spans: list[int]) -> list:
        """The pairs before a config label (``Hyperparameters:``); those after it, or in the
        dict it opens, become params."""
        extent = printed_config.dict_extent(line, label_end)
        if extent is not None:
            inside = [pair for pair, at in zip(pairs, spans) if extent[0] <= at < extent[1]]
            self._add_params(printed_config.from_labelled(line, label_end, inside))
            return [pair for pair, at in zip(pairs, spans) if not extent[0] <= at < extent[1]]
        after = [pair for pair, at in zip(pairs, spans) if at >= label_end]
        self._add_params(after + printed_config.text_settings(line, label_end))
        return [pair for pair, at in zip(pairs, spans) if at < label_end]

    def _hold_as_config(self, line: str, pair: tuple[str, str]) -> bool:
        """True when a ``key: value`` line printed before any metric is config (CONFIG_BLOCK):
        recorded as a param now when its block is plainly config, held back otherwise until
        training output follows it (then a param) or never does (then a metric)."""
        name, value = pair
        if name in STEP_RANK or timed_statistic(name, value, line) or rules.is_rated_measurement(line, self._context_after(1)):
            return False  # STATISTIC_TIME, KEYED_RATE: a benchmark's result
        before = self._before(CONFIG_LOOK)
        run = yaml_runs.block_around(before, line, self._context_after(CONFIG_LOOK))
        if run is None:
            return False
        if printed_config.is_strong_block(run):
            # The whole run, text values and sections included (those lines hold no number,
            # so they are never read on their own).
            self._add_params(printed_config.entries_of_run(run))
            section_again.remember(self._sectioned, [(printed_config.section_path(before, line) + name, name, value)])
            return True
        if rules.is_result_name(name) and not printed_config.section_path(before, line):
            # a result starts the results (RESULT_WORDS): held lines were config, and so are
            # the run's words (MEASURED_VALUE: "model: resnet" by "accuracy: 91.2%")
            self._add_params(printed_config.word_entries(run))
            return False
        param = printed_config.section_path(before, line) + name
        if any(held == name for _, held, _ in self._pending):
            return False  # printed again: not a config dump (released with this line's point)
        self._pending.append((param, name, value))
        return True

    def _under_config_heading(self, line: str, pair: tuple[str, str]) -> bool:
        """HEADED_BLOCK: True when a lone ``key: value`` line (`pair`) is one of a run of such
        lines under a heading that names configuration (``Hyperparameters:``); a key that
        names a result or a step is no setting (``Score: 0.75`` under the same heading)."""
        above = self._before(1)
        memo = self._heading_memo
        if above and memo is not None and memo[0] == above[0]:
            kind = memo[1]  # the line above is of the same block: its heading is known
        else:
            skip = 1 if above and _names_labels(above[0], line) else 0  # LABELS_HEADER
            if skip:  # "  name   start" over "  slope:   0.5": the block's heading is above it
                above = self._before(2)[:-1]
            if above and (_LONE_PAIR.match(above[0]) or _BLOCK_ASIDE.match(above[0])):
                above = self._before(HEADED_LOOK)[:-1]
                while above and (_LONE_PAIR.match(above[-1]) or _BLOCK_ASIDE.match(above[-1])):
                    above.pop()
            kind = _heading_kind(heading_line(above if len(above) > 1 else self._before(2 + skip)[:2])) if (
                above) else ""  # UNDERLINED_HEADING
        self._heading_memo = (line, kind)
        return kind == "config" and pair[0] not in STEP_RANK and not rules.is_result_name(pair[0])

    def _heading_phase(self, line: str) -> str | None:
        """PHASE_HEADING: the phase a heading names (``Test results:``) for an indented lone
        pair `line` of the block under it (after `_under_config_heading` read it), or None."""
        memo = self._heading_memo
        if memo is not None and memo[0] == line and memo[1].startswith(_BANNER):
            # PHASE_BANNER: its block of "key: value" lines, flush left too; a sentence ends it
            return memo[1][len(_BANNER):] if _BANNER_PAIR.match(line, log_lead_end(line)) else None
        if memo is None or memo[0] != line or memo[1] in ("", "config", "metrics") or (
                not line[:1].isspace() and not _BANNER_PAIR.match(line)):
            return None  # PHASE_HEADING: flush left too, a run of "key: value" lines
        return memo[1]

    def _lone_pair(self, line: str, pairs: list) -> list:
        """A lone pair's line: [] when it is config (HEADED_BLOCK under a config heading, or
        CONFIG_BLOCK, held or recorded), else the pair, under the phase of the heading its
        block is indented under (PHASE_HEADING)."""
        if in_record_block(line, self._before, self._context_after):
            return pairs  # RECORD_BLOCK: "     alpha: 10.5" under a repeated record's "Parameters  :"
        if self._under_config_heading(line, pairs[0]) or solved.is_given(line, self._before(CONFIG_LOOK), self._context_after(CONFIG_LOOK)) or (
                under_settings_heading(self._before, line, pairs)) or under_settings_title(self._before, pairs) or (  # HEADED_SETTINGS, UNDERLINED_SETTINGS
                under_tree_settings(self._before, line, pairs)):  # TREE_SETTINGS: "- fast: 10" under "- Params:"
            self._add_params(pairs)
            return []
        if line[:1] == " " and (name := tree_name(self._before, line, pairs[0][0])):
            return [(name, pairs[0][1])]  # TREE_PATH: "- drawdown: 0.94" is "SmaCross/dd/max/drawdown"
        if line[:1] in " \t" and (name := result_name(
                self._before(CONFIG_LOOK), line, pairs[0], self._context_after(CONFIG_LOOK))):
            return [(name, pairs[0][1])]  # RESULT_SECTION: "resnet18:" over "  accuracy: 0.91"
        if line[:1] in " \t" and (quantity := stats_quantity(
                self._before(STATS_LOOK), line, self._context_after(STATS_LOOK))):
            return [(f"{quantity}/{pairs[0][0]}", pairs[0][1])]  # STATS_HEADING
        memo = self._heading_memo  # PHASE_BANNER: a phase's block reports, as under results
        under_results = memo is not None and memo[0] == line and (
            memo[1] == "metrics" or memo[1].startswith(_BANNER))
        if (pairs[0][0], pairs[0][1]) in self.params if under_results else line[:1] not in " \t" and any(
                k != pairs[0][0] and k.lower() == pairs[0][0].lower() and v == pairs[0][1] for k, v in self.params):
            return []  # RESTATED_SETTING (rules): "nlive: 300" after "nlive=300"; flush left as a label: "Threshold: 1" after "threshold = 1"
        if not self._started and self._holding and not under_results and (
                self._hold_as_config(line, pairs[0])):
            return []  # CONFIG_BLOCK, never under a heading naming results (HEADED_BLOCK)
        if self._started and line[:1] in " \t" and self._in_settings_section(line, pairs[0]):
            return []
        if "=" in line and ruled_title(self._before, line, self._context_after, pairs):
            self._add_params(pairs)  # RULED_TITLE: "algo1, lr=0.03" between two rules
            return []
        if self._started and line[:1] not in " \t" and (entries := ruled_settings(
                self._before, line, self._context_after)) is not None:
            self._add_params(entries)  # RULED_SETTINGS: "Keep Elitism: 1" by "Save Solutions: False"
            return []
        if line[:1] not in " \t" and (entries := worded_settings(
                self._before, line, self._context_after)) is not None:
            self._add_params(entries)  # WORDED_SETTINGS: "scaling factor: 1" by "query mode: simple"
            return []
        if self._started and pairs[0][0] in self._param_names and repeats_settings(
                self._before(HEADED_LOOK), line, self._context_after(2)):
            return []  # REPEATED_SETTINGS: "Mtry: 3" in the second model's block of settings
        if " = " in line and line[:1] not in " \t" and (
                entries := printed_config.assigned_settings(
                self._before(CONFIG_LOOK), line, self._context_after(CONFIG_LOOK))) is not None:
            self._add_params(entries)  # ASSIGNED_SETTINGS: "learning rate = 0.5" among settings
            return []
        phase = self._heading_phase(line)
        if phase is not None and pairs[0][0].lower() in STEP_RANK:
            phase = None  # a step's counter is the run's, no phase's ("epoch = 3.0" under a banner)
        if phase is None and self._sectioned and pairs[0][0] in self._sectioned and (first := section_again.taken_back(
                self._sectioned, self._before(CONFIG_LOOK), line, *pairs[0])) is not None:
            return [(pairs[0][0], first), pairs[0]]  # SECTION_AGAIN: the held first value was a point
        return pairs if phase is None else [(rules.qualify(phase, pairs[0][0]), pairs[0][1])]

    def _aligned_settings(self, line: str) -> bool:
        """ALIGNED_SETTINGS: True when `line`, before training output, is one of a run of
        ``Words:   value`` lines padded to one column; the run's entries are then params (its
        lines' pairs, read or not: ``zero thresh. (search dir.): 1.0e-14`` reads as none)."""
        if self._started or line[:1] in " \t" or ": " not in line:
            return False
        entries = aligned_settings(self._before, line, self._context_after)
        if entries is not None:
            self._add_params(entries)
        return entries is not None

    def _in_settings_section(self, line: str, pair: tuple[str, str]) -> bool:
        """SETTINGS_SECTION: True (its entries recorded as params) when indented `line`, after
        training output began, is in a YAML-like run that opens with a section and holds a
        value that is no number (pygmo's ``Extra info:`` over ``\tVariant: 2``, ``\tMemory:
        false`` for each algorithm it runs), no key naming a result or a step."""
        if pair[0] in STEP_RANK or rules.among_cases(line, self._context_after(1)):
            return False  # KEYED_RATE: a benchmark's cases, listed
        above = self._before(1)
        if not above or printed_config.read_yaml_line(above[0], words=True) is None:
            return False  # the usual case: no YAML-like line right above
        head = yaml_runs.block_around(self._before(CONFIG_LOOK), line, ())  # no section opens it: no wait
        run = head and head[0].value is None and yaml_runs.block_around(self._before(CONFIG_LOOK), line, self._context_after(CONFIG_LOOK))
        if not run or not printed_config.is_settings_section(run):
            return False
        self._add_params(printed_config.entries_of_run(run))
        self._extra += self._table_points(self._tables.interrupt())  # it ends a table above
        return True

    def _phase_above(self, reading, bare: bool = True) -> str | None:
        """PHASE_HEADING: the phase a heading names when it closes the line right above one
        opening with its pairs (``... INFO  valid result:`` over ``recall@10 : 0.07  ndcg@10 :
        0.03``): a phase word and up to three words, a colon, nothing after. PHASE_ANNOUNCED
        (rules): ``Eval begin...`` above any line of pairs, step prefix or not. Else None."""
        names = [name for name, _ in reading.pairs]
        announced = self._announced_run(reading.line) or rules.summary_phase(
            self._before, reading.line, names)  # BULLET_SUMMARY
        if announced is not None:  # not over a line whose names say their phases (OWN_PHASES)
            return None if any(rules.phase_of(name) for name in names) else announced
        above = self._before(1)
        if not bare or not reading.spans or reading.line[:reading.spans[0]].strip():
            return None  # the line has a label or a sentence of its own
        if not above or above[0].rstrip()[-1:] != ":":
            return None
        heading = _CLOSING_HEADING.search(above[0])
        if heading is None or _TEST_OF.match(heading.group(0)):
            return None  # STATISTICAL_TEST: "Test for Heterogeneity:" names a test, no split
        return rules.phase_of(heading.group(1))

    def _announced_run(self, line: str) -> str | None:
        """PHASE_ANNOUNCED for `line`: the phase announced above it, or above the run of lines
        opening with its first word that it goes on, however long that run grew (past the lines
        `announced_phase` looks back at, the run keeps the phase it had, never split in two)."""
        first = line.split(None, 1)[:1]
        announced = rules.announced_phase(self._before, line)
        if announced is not None:
            self._announced = (first[0], announced) if first else None
            return announced
        memo = self._announced
        if memo is None:
            return None
        above = self._before(1)
        if not first or first[0] != memo[0] or not above or above[-1].split(None, 1)[:1] != first:
            self._announced = None
            return None
        return memo[1]

    def _begin_training(self) -> None:
        if self._pending:
            self._release_pending(as_metrics=False)
        self._started = True

    def _resolve_pending(self, found, line: str = "") -> list[Point]:
        """Training output (`found`; `line`, its line) follows the held lines: config, unless it
        prints one of their names again or continues their block (HELD_BLOCK): then metrics."""
        held = {name for _, name, _ in self._pending}
        again = held.intersection(item[0] for item in found)
        if 2 * len(again) < len(held):
            again = set()  # SETTINGS_AGAIN (rules): the few that come again were settings too
        block = not again and (any(_computed(value) for _, _, value in self._pending)  # HELD_COMPUTED
                               or rules.held_block(self._before(CONFIG_LOOK), line, [held for _, held, _ in self._pending]))
        return self._release_pending(as_metrics=bool(again) or block, only=None if block else again)

    def _release_pending(self, as_metrics: bool, only=None) -> list[Point]:
        """The held ``key: value`` lines: as metric points, or recorded as params; with `only`,
        the names in it as metric points and the others as params (HELD_AGAIN)."""
        pending, self._pending = self._pending, []
        if only is not None:
            self._add_params([(param, value) for param, name, value in pending if name not in only])
            pending = [entry for entry in pending if entry[1] in only]
        if not as_metrics:
            self._add_params([(param, value) for param, _, value in pending])
            section_again.remember(self._sectioned, pending)  # SECTION_AGAIN: may be taken back
            return []
        pairs = self._metric_pairs([(name, value) for _, name, value in pending])
        return [(name, self._next_count(name), float(value)) for name, value in pairs]

    def _inside_call(self, line: str) -> bool:
        """CALL_ARGS: True when indented `line` continues a call printed over lines (a repr,
        ``LGBMClassifier(colsample_bytree=0.9,``) whose parenthesis is still open, or a dict
        opened after a config label (``INFO  Hyperparameters: {'lr': 0.05,``, wrapped by
        Rich's log handler) whose brace is."""
        depth = braces = 0
        for above in reversed(self._before(CALL_LOOK)):
            depth += above.count("(") - above.count(")")
            braces += above.count("{") - above.count("}")
            if above[:1] not in " \t":
                if braces > 0 and "{" in above and config_label_end(
                        above, above.index("{") + 1) is not None:
                    return True
                return depth > 0 and _OPENED_CALL.search(above) is not None
        return False

    def _add_config(self, reading) -> None:
        """A line of printed configuration: its entries as params. A heading's settings
        (HEADING_SETTING: ``#### system: beam (width=4)``) open the section printed under it:
        what follows is that section's output, as after a step header."""
        self._add_params(reading.config)
        if reading.opens:
            self._begin_training()

    def _add_params(self, entries) -> None:
        for name, text in entries:
            name, text = str(name).strip(), str(text)
            if name and name not in self._param_names:
                self._param_names.add(name)
                self.params.append((name, text))
                if printed_config.is_choice(name, text):
                    self._filter.choose(name)  # CHOICE_NAME (rules): "bound=multi"
                    self._templates[:] = [t for t in self._templates if name not in t.names]


# -- CONFIG_MARKERS (rules): a config label before pairs ---------------------------------------

_INPUT_TAG = LazyPattern(r"\[(?i:input|inputs|config|configuration|settings|params|parameters)\]\s")
_CONFIG_LABEL = LazyPattern(
    r"(?i)(?:^|[\s\](|:-]|(?<![^\s])(?:event|msg|message|type|kind|tag)=[\"']?)"  # EVENT_FIELD
    r"(?:training\s+|model\s+|run\s+|experiment\s+)?"
    r"(?<!free\s)(?<!fitted\s)(?<!estimated\s)(?<!learned\s)(?<!learnt\s)"  # FOUND_HEADING: "Free parameters: c=0.3"
    r"(config|configs|configuration|cfg|conf|args|arguments|hparams|hyperparameters|"
    r"hyperparams|hyper-parameters|parameters|params|settings|options|flags|defaults)"
    r"[\"']?\s*(?::\s(?!\s*[-+]?\.?\d)|:$|=\s*[{(]|\s+(?=[\w.-]+\s*[=:]|\{))"  # CONFIG_MARKERS: "parameters {..}"
    # (VALUED_LABEL: "conf: 0.935, supp: 0.145", a number after the colon: a pair, no label)
    # a config word ending an identifier, before a dict or list ("train_neg_sample_args = {")
    r"|_(?:args|kwargs|params|config|cfg|options|settings)['\"]?\s*(?::|=)\s*(?=[{\[(])"
    r"|(?:^|(?<=\s))schedule:\s*(?=\{)"  # SCHEDULE_DICT: "schedule: {'tmax': 2.5e4, 'steps': 8e4}"
)

# One of these opens each word _CONFIG_LABEL reads (case aside, on an ASCII line: other letters
# fold to ASCII ones under its IGNORECASE).
_LABEL_WORDS = ("conf", "cfg", "arg", "param", "setting", "option", "flag", "default", "schedule")


def config_label_end(line: str, before: int) -> int | None:
    """Where the last config label starting before `before` (a pair's start) ends in `line`,
    or None when there is none: ``config steps=400``, ``Hyperparameters: lr=0.01``,
    ``... and parameters: {'C': 1.5}``."""
    if line.isascii() and not any(word in line.lower() for word in _LABEL_WORDS):
        return None  # the usual case, without the regex: no word a config label needs
    end = None
    for match in _CONFIG_LABEL.finditer(line, 0, len(line)):
        if match.start() >= before:
            break
        end = match.end()
    return end
