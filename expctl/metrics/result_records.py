"""RESULT_RECORD: a record's repr whose type is named as an outcome reports.

A line that is one ``Name(k=v, ...)`` of keyword arguments is read as an object's settings
(CALL_ARGS), unless a field names a result. Many libraries return their results as named
tuples or small records whose *type* says what they are and whose fields are bare symbols:
SciPy's ``TtestResult(statistic=2.1, pvalue=0.04, df=18.0)``, a trend test's
``Mann_Kendall_Test(trend='increasing', h=True, p=0.03, z=2.06, ...)``, an ``InfoStats(...)``.
A word of the type's name (``Result``, ``Test``, ``Stats``, ``Summary``, ...) says the fields are
what was computed, so the repr reports, its word and flag fields (a verdict) included as
text, not as settings.
"""

from __future__ import annotations

from expctl.lazyre import LazyPattern

# The type's name at the start of a line, before "(" and a keyword: "Mann_Kendall_Test(trend="
_TYPE = LazyPattern(r"\s*(?:[\w.]+\.)?([A-Za-z][A-Za-z0-9_]*)\((?=\s*[^\W\d]\w*\s?=)")
# The words of a type's name: "TtestResult" -> "Ttest", "Result"; "Sens_Slope_Test" -> ... "Test"
_WORD = LazyPattern(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_OUTCOME_WORDS = frozenset(
    "result results outcome outcomes test stats statistics summary metrics scores estimate "
    "estimates evaluation report".split())
# A type named for what it sets: "TestConfig", "EvaluationSettings", "ResultOptions"
_SETTING_TYPES = frozenset(
    "config configuration settings setting options params parameters args arguments spec "
    "hparams kwargs".split())


def names_result_type(line: str) -> bool:
    """True when `line` opens with a record's type whose name holds a word naming an outcome,
    its last word naming no settings (RESULT_RECORD): ``TtestResult(statistic=...``,
    ``Modified_Mann_Kendall_Test_Hamed_Rao_Approach(trend=...``; not ``Booster(lr=...`` nor
    ``TestConfig(n=...``."""
    match = _TYPE.match(line)
    if match is None:
        return False
    words = [word.lower() for word in _WORD.findall(match.group(1))]
    return bool(words) and words[-1] not in _SETTING_TYPES and not _OUTCOME_WORDS.isdisjoint(words)
