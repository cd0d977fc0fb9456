"""A title's settings: RUN_WITH's titled forms, TITLE_ASIDES and KEY_ASIDE (rules).

A program that runs several things one after another names each run in a title line and puts
the run's settings beside the name (``== SNES on rastrigin-8 (popsize=40, stdev_init=2.0)``,
``== NVT run: T = 300 K, dt = 2``, CMA-ES's ``(4_w,9)-aCMA-ES (mu_w=2.8,w_1=49%) in dimension
6 (seed=3, ...)``). Those numbers are what the run was given, not what it did: `held_config`
records them as params.
"""

from __future__ import annotations

from . import rules
from .steps import STEP_RANK

_FRAMES = ("==", "--", "##", "**")  # a title's frame: "== Langevin MD: T = 500 K, dt = 2"


def is_titled_settings(line: str, pairs, spans: list[int]) -> bool:
    """RUN_WITH, a title's aside: the line is words naming a run, then all its pairs in one
    parenthesis closing it (``== SNES on rastrigin-8 (popsize=40, stdev_init=2.0)``), two or
    more, none naming a result or a step; one is an aside (``gaussian (delta BIC = 159.2)``).
    So are two or more after the colon of a framed title (``== NVT run: T = 300 K, dt = 2``),
    and two or more all set in asides around a title (TITLE_ASIDES)."""
    title = line[:spans[0]].rstrip(" \t")
    if title[-1:] == ":" and title.lstrip()[:2] in _FRAMES and len(pairs) >= 2:
        return not any(rules.is_result_name(name) or name in STEP_RANK for name, _ in pairs)
    if any(rules.is_result_name(name) or name in STEP_RANK for name, _ in pairs):
        return False
    if _in_key_aside(line, spans):
        return True  # KEY_ASIDE: "Number of clusters (method 'firstSEmax', SE.factor=1): 2"
    if len(pairs) < 2 or "=" not in line[spans[0]:]:
        return False  # COLON_ASIDE: "(conf: 0.935, supp: 0.145)", a report's "name: value" pairs
    return (title[-1:] == "(" and any(ch.isalpha() for ch in title)
            and "(" not in title[:-1] and ":" not in title
            and line.rstrip()[-1:] == ")" and ")" not in line[spans[0]:].rstrip()[:-1]
            ) or _all_in_asides(line, spans)


def _all_in_asides(line: str, spans: list[int]) -> bool:
    """TITLE_ASIDES: every pair of `line` inside a parenthesis and the words outside them a
    title (``(4_w,9)-aCMA-ES (mu_w=2.8,w_1=49%) in dimension 6 (seed=3, ...)``): the run's
    settings, set aside from the title they are for; no colon outside (a label, a result)."""
    depth, outside, at = 0, [], 0
    for index, char in enumerate(line):
        if at < len(spans) and index == spans[at]:
            if depth == 0:
                return False  # a pair in the open: the line reports
            at += 1
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif depth == 0:
            outside.append(char)
    text = "".join(outside)
    return depth == 0 and ":" not in text and any(ch.isalpha() for ch in text)


def _in_key_aside(line: str, spans: list[int]) -> bool:
    """KEY_ASIDE: every pair of `line` inside one parenthesis that closes a key's words right
    before its colon (``Number of clusters (method 'firstSEmax', SE.factor=1): 2``): how the
    key's value was got, its settings."""
    opened = line.rfind("(", 0, spans[0])
    closed = line.find(")", spans[-1])
    if opened < 0 or closed < 0 or "(" in line[opened + 1:closed] or ")" in line[opened:spans[-1]]:
        return False
    after = line[closed + 1:].lstrip(" \t")
    return after[:1] == ":" and after[1:2] in (" ", "\t") and any(ch.isalpha() for ch in line[:opened])
