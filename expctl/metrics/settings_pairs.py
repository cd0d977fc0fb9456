"""Settings among a line's pairs, told by the line's shape (SETTINGS_GROUP, SETTINGS_ASIDE,
RUN_WITH and USING_SETTING, AT_POINT, START_ASIDE in `rules`).

Pure functions of one line, its pairs and where each pair starts (`spans`): which pairs are a
run's settings or a point's place rather than results. `held_config.ConfigMixin._config_split`
asks them in turn and records what they find as params.
"""

from __future__ import annotations

from expctl.lazyre import LazyPattern
from expctl.metrics import rules
from expctl.metrics.grammar import NUMBER
from expctl.metrics.steps import STEP_RANK

_ASSIGNMENTS = LazyPattern(r"[^\W\d][\w.]*=[^\s,;]")  # "C=1", "gamma=0.1", even glued to dots
_SETTINGS_RUN = LazyPattern(r"\s*+(?:[^\W\d][\w.]*=[^\s,;:=]+,?\s+)+[^\W\d][\w.]*=[^\s,;:=]+")


def settings_group_end(line: str, pairs, spans: list[int]) -> int | None:
    """SETTINGS_GROUP: where the results of a line start when ``;`` ends a group of two or
    more settings before them (scikit-learn's search: ``C=1, gamma=0.1;, score=0.933``): the
    only ``;`` among the pairs, before which no pair is named as a result or a step and after
    which one is neither a step nor a count, size or time (the group's shape says the rest is
    measured, whatever it is called); or a colon closing a line's opening run of two or more (a grid
    search: ``log2c=1 log2g=-7: Cross Validation Accuracy = 95.1%``). None otherwise."""
    cut = line.rfind(";", 0, spans[-1])
    if cut < 0 and (cut := line.find(": ", 0, spans[-1])) > 0 and not _SETTINGS_RUN.fullmatch(
            line, 0, cut):
        return None
    if cut < 0 or cut < spans[0]:
        return None
    before = [name for (name, _), at in zip(pairs, spans) if at < cut]
    after = [name for (name, _), at in zip(pairs, spans) if at > cut]
    if len(_ASSIGNMENTS.findall(line, 0, cut)) < 2 or ";" in line[spans[0]:cut]:
        return None  # one value ("lr=0.1; loss=0.5"), or ";" between pairs all along
    if any(name not in STEP_RANK and not rules.is_setup_name(name) for name in after) and not any(
            rules.is_result_name(name) or name in STEP_RANK for name in before):
        return cut  # what follows the group is measured, whatever it is called (no count, no step)
    return None


def settings_aside(line: str, pairs, spans: list[int], params: set[str]) -> int | None:
    """SETTINGS_ASIDE: how many of a line's pairs come before a parenthesis closing it that
    holds only pairs named as printed config (`params`), after pairs of which one is a result
    (``best: val_acc=0.95 loss=0.30 (alpha=0.001, eta0=0.05)``); None for any other line."""
    opened = line.rfind("(", 0, spans[-1])
    inside = sum(at > opened for at in spans)
    if opened < spans[0] or not inside or ")" in line[opened:].rstrip()[:-1]:
        return None
    first = len(pairs) - inside
    if any(name not in params for name, _ in pairs[first:]) or (
            not any(rules.is_result_name(name) for name, _ in pairs[:first])):
        return None
    return first


_RUN_WITH_WORDS = ("with", "using")  # USING_SETTING (rules): what a run uses, it is given


def is_run_with_settings(line: str, pairs, spans: list[int]) -> bool:
    """RUN_WITH: the words before a line's first pair end in ``with`` (or ``using``: the
    first pair's name may hold it, ``using l2 regularization = 1e-06``) and no pair names a
    result or a step (``Training with lr=0.05 epochs=4``); a dict or call may open right after
    the ``with`` (``Optimize for 40 iters with {'c1': 0.5, 'w': 0.9}``)."""
    words = line[:spans[0]].rstrip(" \t{('\"").split()
    used = any(word.lower() == "using" for word in pairs[0][0].split()[:-1])
    return (used or bool(words) and words[-1].lower() in _RUN_WITH_WORDS) and not any(
        rules.is_result_name(name) or name in STEP_RANK for name, _ in pairs)


def run_with_entries(pairs) -> list:
    """RUN_WITH's params: the first pair's name past the ``using`` it may hold (USING_SETTING:
    ``Training using lr=0.05`` sets ``lr``)."""
    words = pairs[0][0].split()
    lowered = [word.lower() for word in words[:-1]]
    if "using" not in lowered:
        return list(pairs)
    at = len(lowered) - lowered[::-1].index("using")
    return [(" ".join(words[at:]), pairs[0][1]), *pairs[1:]]


_NUMBER_WORD = LazyPattern(NUMBER + r"\Z")


def is_located(line: str, spans: list[int]) -> bool:
    """AT_POINT: a number, ``at``, then the line's pairs (``best cost 0.0013 at x=1.02,
    y=1.04``): the pairs say where the value before them was found, a point, not results."""
    words = line[:spans[0]].split()
    return (len(words) >= 2 and words[-1].lower() == "at"
            and _NUMBER_WORD.match(words[-2]) is not None)


def start_asides(line: str, pairs: list, spans: list[int]) -> list[int]:
    """START_ASIDE: the indices of pairs in parentheses right after another pair's value whose
    name says where a fit started (``amp: 9.03 +/- 0.08 (0.91%) (init = 10)``): settings."""
    return [at for at in range(1, len(pairs)) if rules.is_start_name(pairs[at][0])
            and line[:spans[at]].rstrip()[-1:] == "("]
