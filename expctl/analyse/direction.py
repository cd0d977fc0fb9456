"""Which way is better for a metric: the one rule, used by compare, check, groups and
`compare --group-by-seed`.

In order, the first that speaks decides:
1. the command's options (`--maximize NAME` / `--minimize NAME`, or a command's own flag for its
   one metric);
2. the project's configuration (`maximize = [...]`, `minimize = [...]`, see expctl.config);
3. the metric's name: lower for loss, error, mse, perplexity, time ...; none for counters and
   schedules (epoch, step, lr); higher for everything else (acc, f1, auc, bleu, r2 ...).

Directions are "max" (higher is better), "min" (lower is better) or None (no best: a counter).
"""

from __future__ import annotations

import re
from typing import Sequence

# A metric whose name has one of these words (or a word ending in loss/error) is better lower.
LOWER_IS_BETTER = frozenset({
    "loss", "error", "err", "mse", "mae", "rmse", "rmsle", "mape", "smape", "nll", "perplexity",
    "ppl", "wer", "cer", "ter", "fid", "time", "latency", "duration", "seconds", "regret",
})
# Counters and schedules: their largest value is not "best".
NO_BEST = frozenset({"epoch", "epochs", "step", "steps", "iter", "iters", "iteration",
                     "iterations", "lr"})


def guess_direction(name: str) -> str | None:
    """The direction a metric's name suggests (rule 3 above)."""
    words = re.findall(r"[a-z]+", name.lower())
    if any(w in LOWER_IS_BETTER or w.endswith(("loss", "error")) for w in words):
        return "min"
    if words and (words[-1] in NO_BEST or words[-2:] == ["learning", "rate"]):
        return None
    return "max"


def metric_direction(name: str, maximize: Sequence[str] = (), minimize: Sequence[str] = (),
                     settings: dict | None = None) -> str | None:
    """The direction of metric `name`: options (`maximize`/`minimize`: metric names), then the
    configuration `settings` (a dict with `maximize`/`minimize` lists; None: none), then the name.
    A metric named in both options is a usage error; in both lists of the configuration, the
    configuration is ignored for it (`expctl config` warns)."""
    if name in maximize and name in minimize:
        from ..errors import UsageError

        raise UsageError(f"--maximize and --minimize both name '{name}'", hint="keep one of them")
    if name in maximize:
        return "max"
    if name in minimize:
        return "min"
    settings = settings or {}
    up, down = name in settings.get("maximize", ()), name in settings.get("minimize", ())
    if up != down:
        return "max" if up else "min"
    return guess_direction(name)


def flag_lists(metric: str, minimize: bool | None) -> tuple[list[str], list[str]]:
    """A command's own `--minimize/--maximize` flag for its one metric as (maximize, minimize)
    name lists; None (neither given) names nothing."""
    if minimize is None:
        return [], []
    return ([], [metric]) if minimize else ([metric], [])


def conflicts(settings: dict) -> list[str]:
    """Metrics the configuration lists under both `maximize` and `minimize` (ignored there)."""
    return sorted(set(settings.get("maximize", ())) & set(settings.get("minimize", ())))


def goal_metrics(settings: dict) -> set[str]:
    """Metrics the configuration gives a direction for: metrics the user cares about."""
    return set(settings.get("maximize", ())) | set(settings.get("minimize", ()))
