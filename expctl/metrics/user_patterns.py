"""User patterns: ``--metric-pattern`` regexes with named groups ``name``, ``value``, ``step``.

When any user pattern matches a line, the line's points come from user patterns only (every
match of every pattern, pattern by pattern); otherwise the built-in formats apply (unless
`builtin=False`). A match's ``step`` group, when it took part and holds a finite number, is that
point's step; otherwise the line's step key, the carried header, or the counters. A trailing
``%`` on a value is dropped; matches whose value `float` cannot read, or whose name is blank,
are skipped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from expctl.errors import UsageError
from expctl.metrics.steps import find_step

Point = tuple[str, float, float]  # (name, step, value)


def parse_user_patterns(patterns: Sequence[re.Pattern[str]], default_name: str | None,
                        line: str, carried: float | None,
                        next_count: Callable[[str], float]) -> list[Point]:
    """Points from every match of every user pattern; a match's own step group wins, then the
    line's step key, then `carried` (a header's step), then `next_count(name)`."""
    found = []
    for pattern in patterns:
        for match in pattern.finditer(line):
            item = read_user_match(match, default_name)
            if item is not None:
                found.append(item)
    line_step = find_step([(name, value) for name, value, _ in found])
    if line_step is None:
        line_step = carried
    points = []
    for name, value, step in found:
        if step is None:
            step = line_step if line_step is not None else next_count(name)
        points.append((name, step, value))
    return points


def compile_user_pattern(pattern: re.Pattern[str] | str, name: str | None) -> re.Pattern[str]:
    """`pattern` compiled and checked for the groups `parse` needs."""
    try:
        compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    except (re.error, OverflowError, RecursionError) as exc:
        raise UsageError(
            f"metric pattern '{pattern}' is not a valid regular expression: {exc}",
            hint="Patterns use Python's `re` syntax.",
        ) from None
    groups = compiled.groupindex.keys()
    if "value" not in groups:
        raise UsageError(
            f"metric pattern '{compiled.pattern}' lacks the named group value",
            hint=r"Name the groups, e.g. '(?P<name>\w+) is (?P<value>[-+.\deE]+)'.",
        )
    if "name" not in groups and not (name and name.strip()):
        raise UsageError(
            f"metric pattern '{compiled.pattern}' lacks the named group name",
            hint="Add a (?P<name>...) group, or give the metric's name with --metric-name.",
        )
    return compiled


def read_user_match(match: re.Match[str], default_name: str | None
                     ) -> tuple[str, float, float | None] | None:
    """(name, value, step or None) from a user pattern's match, or None if unreadable."""
    groups = match.groupdict()
    name = (groups.get("name") if "name" in groups else default_name) or ""
    name = name.strip()
    value = to_float(groups.get("value"))
    if not name or value is None:
        return None
    step_text = groups.get("step")
    step = to_float(step_text) if step_text is not None else None
    return name, value, step if step is not None and math.isfinite(step) else None


def to_float(text: str | None) -> float | None:
    """`text` as a float (a trailing "%" allowed), or None."""
    if not text:
        return None
    try:
        return float(text.strip().rstrip("%"))
    except ValueError:
        return None
