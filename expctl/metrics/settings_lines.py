"""Lines of ``key=value`` settings told from a line of results (SETTINGS_LINE, TEXT_SETTINGS).

A line of pairs printed before any training output may be the run's settings (``base_lr=1.5
decay=0.9 seed=5``): it is held as lone ``key: value`` lines are (`expctl.metrics.held_config`,
CONFIG_BLOCK) until the output tells. A line of pairs one of whose values is a word
(``vol=GARCH, p=1, dist=normal``) is settings wherever it stands. `SettingsLineMixin` holds
`MetricParser`'s side of both.
"""

from __future__ import annotations

from collections.abc import Callable

from expctl.lazyre import LazyPattern
from expctl.metrics import config_records, rules
from expctl.metrics.objects import load_object
from expctl.metrics.phases import LabelRuns
from expctl.metrics.result_records import names_result_type
from expctl.metrics.settings_heading import under_settings_heading, under_settings_title
from expctl.metrics.steps import STEP_RANK, find_step

# SETTINGS_LINE: the program's or a component's name tagging a line ("emcee: nwalkers=32 ...")
_PROGRAM_TAG = LazyPattern(r"[^\W\d][\w.-]{0,30}:\Z")
# TEXT_SETTINGS: a key glued to "=" and a word ("dist=normal", not "path=/a" nor "x=1e-3")
_TEXT_VALUE = LazyPattern(r"(?<![\w./-])([^\W\d]\w*)=([^\W\d][\w.-]*)(?=,|\s|\Z)")
_TEXT_SETTINGS = LazyPattern(r"(?:(?<=\s)|^)(?:[^\W\d][\w.-]*=[^\s,=]+,?\s*)+\Z")


class SettingsLineMixin:
    """SETTINGS_LINE and TEXT_SETTINGS of `MetricParser`."""

    # What it uses of `MetricParser` (declared for the type checker; defined there).
    _pending: list[tuple[str, str, str]]
    _started: bool
    _holding: bool
    _runs: LabelRuns
    _before: Callable[[int], list[str]]
    _next_line: Callable[..., str | None]
    _add_params: Callable[..., None]

    def _settings_line(self, pairs, reading) -> bool:
        """SETTINGS_LINE, TEXT_SETTINGS: True when a line of pairs is settings, recorded as
        params at once (TEXT_SETTINGS) or held (SETTINGS_LINE, before training output)."""
        if reading.line.rstrip()[-1:] == ")" and names_result_type(reading.line):
            return False  # RESULT_RECORD: "TtestResult(statistic=2.1, pvalue=0.04)" reports
        if reading.line[:1] in " \t" and under_settings_heading(self._before, reading.line, pairs) or (
                under_settings_title(self._before, pairs)):  # UNDERLINED_SETTINGS
            self._add_params(pairs)  # HEADED_SETTINGS: "  tol = 1e-8, reltol = 1e-13" under "settings:"
            return True
        if self._text_settings(pairs, reading.line):
            return True
        return not (self._started or not self._holding) and self._hold_line(pairs, reading)

    def _hold_record(self, pairs, line: str) -> bool:
        """SETTINGS_RECORD: True when a one-line Python dict (a repr: ``{'lr': 0.01, 'seed':
        7}``, as a JSON log never spells it) of two numbers or more, none naming a result or a
        step, printed before training output, is held as a SETTINGS_LINE is."""
        if self._started or not self._holding or self._pending or line.lstrip()[:2] != "{'" or len(pairs) < 2:
            return False  # after held lines, it is the output that tells what they were
        if any(rules.is_result_name(name) or name in STEP_RANK for name, _ in pairs) or find_step(pairs) is not None:
            return False
        loaded = load_object(line.strip())
        printed = dict(config_records.flatten(loaded[0])) if loaded is not None else {}
        self._pending += [(name, name, printed.get(name, str(value))) for name, value in pairs]
        return True

    def _text_settings(self, pairs, line: str) -> bool:
        """TEXT_SETTINGS: a line of ``key=value`` pairs, one of whose values is a word
        (``vol=GARCH, p=1, dist=normal``), none naming a result or a step: settings, wherever
        it stands (a run's results are numbers; a word says which thing was chosen)."""
        if "=" not in line or not _TEXT_VALUE.search(line):
            return False
        texts = [(key, value) for key, value in _TEXT_VALUE.findall(line)
                 if value.lower() not in ("nan", "inf", "infinity")]
        if not _mostly_words(pairs, texts) and any(
                rules.is_result_name(name) or name in STEP_RANK for name, _ in pairs):
            return False
        if not texts or not all(f"{name.rsplit('/', 1)[-1]}=" in line for name, _ in pairs):  # "mixed: (g=0): rw=randrw" names "g" "mixed/g"
            return False
        self._add_params([*pairs, *texts])
        return True

    def _hold_line(self, pairs, reading) -> bool:
        """SETTINGS_LINE: True when a line of two or more pairs, at most a program's tag
        before them, none
        naming a result or a step (``base_lr=1.5 decay=0.9 epochs=7 seed=5``), is held as lone
        ``key: value`` lines are (CONFIG_BLOCK): config when training output follows, metrics
        when it prints them again or nothing follows."""
        held = {name for _, name, _ in self._pending}
        if not reading.spans:
            return False
        lead = reading.line[:reading.spans[0]].strip()
        if "=" in lead:  # settings of text values open it ("objective=-branin, trials=7")
            lead = _TEXT_SETTINGS.sub("", lead).rstrip()
        if lead and not (_PROGRAM_TAG.match(lead) and rules.phase_of(lead) is None):
            return False  # words before the pairs: a label, a sentence, a report
        if lead and self._runs.label(reading.line, reading.spans[0], self._before, self._next_line):
            return False  # a thing's report: LABEL_RUN ("rouge1: P=0.8" first), LEAD_LABEL_RUN
        if len(pairs) < 2 or any(rules.is_result_name(name) or name in STEP_RANK or name in held
                                 or rules.is_p_value(name) for name, _ in pairs):  # P_VALUE
            return False
        if find_step(pairs) is not None:
            return False  # PHASE_STEP_KEY, QUALIFIED_STEP_KEY: "Outer iteration: 3" counts the run's steps
        self._pending += [(name, name, value) for name, value in pairs]
        return True


def _mostly_words(pairs, texts) -> bool:
    """WORDY_SETTINGS (rules): a line of ``key=value`` pairs more of whose values are words
    (``amp=False, cache=None, mode=train``) than numbers, five words or more: a dump of a
    program's arguments, whatever its numeric keys spell (``batch=8``, ``box=7.5``)."""
    return len(texts) >= 5 and len(texts) > len(pairs)
