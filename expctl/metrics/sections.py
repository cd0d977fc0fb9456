"""Results printed as nested sections (RESULT_SECTION in `rules`).

A script that reports several things' results often prints them as YAML does, a section per
thing with its results indented under it (``yaml.dump(results)``, a hand-written loop)::

    resnet18:                     <- a section: the thing the results are of
      accuracy: 0.91                 resnet18/accuracy
      f1: 0.88                       resnet18/f1
    test:                         <- a phase: test/accuracy
      accuracy: 0.87
    model: vgg16                  <- a key and a word over indented lines (no YAML): the word
      accuracy: 0.85                 vgg16/accuracy

The same shape holds a configuration dump (``model:`` over ``  lr: 0.1``), so only what the
keys say tells them apart: an indented ``key: number`` whose key names a result (RESULT_WORDS:
``accuracy``, ``loss``; not ``loss_weight``) is a result, wherever it is printed; any other key
stays what CONFIG_BLOCK makes of it. Its name is made from the sections it is nested in,
outermost first: a section naming results (``results:``, ``metrics:``) adds nothing, any other
is the thing measured, ``<section>/<key>``, so two things' ``accuracy`` never share a series; a
phase word qualifies the whole name (PHASES: ``test/holdout/accuracy``).
"""

from __future__ import annotations

from . import rules
from .solved import is_solved
from .printed_config import is_result_key, read_yaml_line

_LOOK = 24  # lines looked back at for the sections over a line


def section_keys(before: list[str], line: str) -> list[str]:
    """The keys of the sections `line` is indented under, outermost first, from the
    contiguous YAML-like lines printed before it (oldest first); [] for none."""
    own = read_yaml_line(line)
    if own is None or own.indent == 0:
        return []
    keys: list[str] = []
    indent = own.indent
    for text in reversed(before[-_LOOK:]):
        entry = read_yaml_line(text)
        if entry is None:
            return []  # not in a run of such lines: no section of ours
        if entry.indent < indent and (entry.value is None or not entry.numeric):
            # a key with a word over indented lines ("model: gbm") is no YAML: a label
            keys.insert(0, entry.key if entry.value is None else entry.value.strip("'\""))
            indent = entry.indent
            if indent == 0:
                return keys
    return []


def result_name(before: list[str], line: str, pair: tuple[str, str],
                after: list[str]) -> str | None:
    """RESULT_SECTION: the name of the lone pair `pair` of indented `line` when its key names
    a result, it is nested in sections (``resnet18/accuracy``, ``test/accuracy``) and every
    number beside it in its section (`before`, `after`: the lines around) is a result too;
    None for any other line (a setting, a step, a line under no section, a section of
    settings: ``trainer:`` over ``precision: 16`` and ``max_epochs: 10``)."""
    key = pair[0]
    if " = " in line and is_solved(line, before, after):
        return key  # SOLVED_VALUE: "n = 63.76561" among given "d = 0.5", "power = 0.8"
    if not is_result_key(key):
        return None
    keys = section_keys(before, line)
    if not keys or not _all_results(line, before, after):
        return None
    labels, phase = [], None
    for section in keys:
        found = rules.phase_of(section) if " " not in section else None
        if found is not None:
            phase = found  # the innermost phase, put first as PHASES puts it: test/gbm/auc
        elif rules.heading_kind(section) != "metrics":
            labels.append(section)
    name = "/".join([*labels, key])
    return name if phase is None else rules.qualify(phase, name)


def _all_results(line: str, before: list[str], after: list[str]) -> bool:
    """True when every numeric entry at `line`'s indent in its section, above and below it up
    to the section's end, has a key naming a result (text values are allowed: a name)."""
    own = read_yaml_line(line)
    if own is None:
        return False
    for side in (reversed(before[-_LOOK:]), after[:_LOOK]):
        for text in side:
            entry = read_yaml_line(text)
            if entry is None or entry.indent < own.indent:
                break  # the section's end, or its own line
            if entry.indent == own.indent and entry.numeric and not is_result_key(entry.key):
                return False
    return True
