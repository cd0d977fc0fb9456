"""Which runs an analysis uses: the one rule, for ttest, groups, importance,
`compare --group-by-seed`, `check --baseline` and `report --ttest`.

Analyses use finished runs unless asked: a failed, interrupted or crashed run stopped part-way, and
its metrics would pull every mean and test towards an unfinished state. `--status S` (repeatable)
takes runs with those statuses instead, `--status any` takes every run. The rule holds however
the runs were chosen (by `--where`, by filters, or by reference: `ttest --a 3,5,7`), and runs it
leaves out are never left out silently: the command says how many, and how to include them.

Commands that show runs rather than analyse them (list, show, compare side by side, diff, count)
show every status.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import STATUSES

ANALYSIS_STATUSES = ("finished",)
ANY = "any"
# An option that takes runs either way (ttest --a/--b, check --baseline): text with a comparison
# or a keyword of the --where language is a condition; anything else is run references (the ~
# of last~N is a reference, not the match operator).
_CONDITION = re.compile(r"[=<>!()]|(?<!last)~|\b(and|or|not|in|contains|is)\b", re.IGNORECASE)


def is_condition(text: str) -> bool:
    """Whether runs given as `text` are a --where condition rather than references
    (`3,5,7`, `12..20`, `last~4..last`, names)."""
    return bool(_CONDITION.search(text))


def split_refs(text: str) -> list[str]:
    """Run references written in one option, separated by commas or white space."""
    return [word for word in re.split(r"[\s,]+", text.strip()) if word]


def chosen_statuses(given: Sequence[str] | None, default: Sequence[str] = ANALYSIS_STATUSES) -> tuple[str, ...]:
    """The statuses a command keeps: `given` (its --status values) or `default` (for analyses,
    finished; for commands that show runs, `("any",)`); () means any. The one check of --status
    values: an unknown status is a usage error."""
    chosen = tuple(default if not given else given)
    for value in chosen:
        if value not in STATUSES and value != ANY:
            from ..errors import UsageError

            raise UsageError(f"unknown status '{value}'", hint=f"use one of: {', '.join(STATUSES)}, or {ANY}")
    return () if ANY in chosen else chosen


def keep_analysed(runs: Sequence, statuses: Sequence[str],
                  run_statuses: Sequence[str] | None = None) -> tuple[list, dict[str, int]]:
    """The runs with one of `statuses` (all when empty), in their order, and how many were left
    out per status. `run_statuses`: each run's status, when the runs are rows that do not say
    it as `.status` (columns.status_column)."""
    if run_statuses is None:
        run_statuses = [run.status for run in runs]
    if not statuses or set(run_statuses) <= set(statuses):
        return list(runs), {}
    kept: list = []
    left_out: dict[str, int] = {}
    for run, status in zip(runs, run_statuses):
        if status in statuses:
            kept.append(run)
        else:
            left_out[status] = left_out.get(status, 0) + 1
    return kept, left_out


def left_out_note(left_out: dict[str, int], statuses: Sequence[str], option: str = "--status") -> str | None:
    """One line for stderr on the runs `keep_analysed` left out, or None when there are none."""
    total = sum(left_out.values())
    if not total:
        return None
    detail = ", ".join(f"{count} {status}" for status, count in sorted(left_out.items()))
    kept = " or ".join(statuses)
    return (f"left out {total} run{'s' if total != 1 else ''} that {'is' if total == 1 else 'are'} "
            f"not {kept} ({detail}); {option} any includes {'it' if total == 1 else 'them'}")
