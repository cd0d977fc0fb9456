"""Idiom runs: whole runs of a hand-written training loop, each drawn at random from the common
parts of such output, and how many the parser reads exactly.

Where bench/idiom_grid.py varies one line's parts, a run here is what a script prints from start
to end: the configuration first (argparse's ``Namespace(...)``, a dict, ``key: value`` lines, a
``key=value`` line, or none), then each epoch's line or lines (both phases on one line; or a
line per phase, the phase named before the step, in brackets, or after it), each field a name,
a joint and a number (a percentage too), with a learning rate or an epoch time among them or
not, after a logging prefix or none, then a final test line or none. The truth is known: each
measurement at its epoch, named with its phase (``train/loss``; the judge takes ``Train loss``
and ``train_loss`` for the same name), the configuration as params (never a metric), a learning
rate optional (a tool may keep it), an epoch time no metric.

Run: ``python bench/idiom_runs.py [--runs 2000] [--errors N]`` with the virtualenv's Python, from
the checkout. It prints the share of runs read exactly, pooled recall and precision, the
failures per drawn part, and with ``--errors N`` the first lines of N failing runs with what
went wrong.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from bench.idiom_grid import JOINTS, PREFIXES, SEPARATORS, STEPS, exact, parsed
from tests.corpus.judge import Score, score_points

EPOCHS = 5
CONFIG = {"learning_rate": 0.01, "batch_size": 32, "epochs": EPOCHS, "seed": 7}
HEADERS = ("none", "namespace", "dict", "yaml", "equals")
LAYOUTS = ("one line", "phase before", "phase in brackets", "phase after step")
PHASES = (("Train", "Val"), ("train", "valid"), ("Training", "Validation"), ("train", "test"))
MEASURES = (("loss", "acc"), ("loss", "accuracy", "f1"), ("loss",), ("nll", "top1", "top5"),
            ("loss", "mae"))
NUMBERS = ("{:.4f}", "{:.3e}", "{:.2f}", "percent")
EXTRAS = ("none", "lr", "time")
FOOTERS = ("none", "test line")
PARTS = ("header", "layout", "phases", "measures", "step", "separator", "joint", "number",
         "extra", "prefix", "footer")


def draw(rng: random.Random) -> dict[str, object]:
    choices = (HEADERS, LAYOUTS, PHASES, MEASURES, STEPS, SEPARATORS, JOINTS, NUMBERS, EXTRAS,
               PREFIXES, FOOTERS)
    return {part: rng.choice(values) for part, values in zip(PARTS, choices)}


def _header(kind: str) -> list[str]:
    if kind == "namespace":
        return ["Namespace(" + ", ".join(f"{k}={v}" for k, v in CONFIG.items()) + ")"]
    if kind == "dict":
        return [repr(CONFIG)]
    if kind == "yaml":
        return [f"{k}: {v}" for k, v in CONFIG.items()]
    if kind == "equals":
        return ["config " + " ".join(f"{k}={v}" for k, v in CONFIG.items())]
    return []


def _value(measure: str, epoch: int, phase: int) -> float:
    """A made-up measurement that moves as training does: losses fall, scores rise."""
    base = 1.0 / (epoch + 0.37 + 0.11 * phase + 0.07 * len(measure))
    return base if measure in ("loss", "nll", "mae") else 1.0 - base / 2


def _field(run: dict, name: str, measure: str, value: float) -> tuple[str, float]:
    """The printed field and the value it prints."""
    number = str(run["number"])
    if number == "percent" and measure not in ("loss", "nll", "mae"):
        shown = f"{100 * value:.2f}"
        return str(run["joint"]).format(k=name, v=shown + "%"), float(shown)
    shown = (number if number != "percent" else "{:.4f}").format(value)
    return str(run["joint"]).format(k=name, v=shown), float(shown)


def printed(run: dict) -> tuple[list[str], dict]:
    """The run's lines and its truth (judge.py's form)."""
    prefix, separator = str(run["prefix"]), str(run["separator"])
    layout, (train, val) = run["layout"], run["phases"]
    metrics: dict[str, list[float]] = {}
    steps: dict[str, list[int]] = {}
    optional: dict[str, list[float]] = {}
    lines = _header(str(run["header"])) + ["Starting training"]

    def fields(phase: str, index: int, epoch: int, qualified: bool) -> list[str]:
        out = []
        for measure in run["measures"]:  # type: ignore[attr-defined]
            name = f"{phase} {measure}" if qualified else measure
            text, value = _field(run, name, measure, _value(measure, epoch, index))
            out.append(text)
            metrics.setdefault(f"{phase}/{measure}", []).append(value)
            steps.setdefault(f"{phase}/{measure}", []).append(epoch)
        return out

    for epoch in range(1, EPOCHS + 1):
        step = str(run["step"]).format(e=epoch, n=EPOCHS)
        extra = []
        if run["extra"] == "lr":
            lr = 0.01 * 0.9 ** epoch
            extra = [str(run["joint"]).format(k="lr", v=f"{lr:.2e}")]
            for name in ("lr", f"{train}/lr"):  # on the training line, a tool may give it the phase
                optional.setdefault(name, []).append(float(f"{lr:.2e}"))
        elif run["extra"] == "time":
            extra = [str(run["joint"]).format(k="time", v=f"{1.5 + epoch / 10:.2f}s")]
        if layout == "one line":
            both = fields(train, 0, epoch, True) + fields(val, 1, epoch, True)
            lines.append(prefix + separator.join([step, *both, *extra]))
            continue
        for index, phase in enumerate((train, val)):
            own = fields(phase, index, epoch, False) + (extra if index == 0 else [])
            if layout == "phase before":
                lines.append(prefix + separator.join([f"{phase} {step}", *own]))
            elif layout == "phase in brackets":
                lines.append(prefix + f"[{phase}] " + separator.join([step, *own]))
            else:
                lines.append(prefix + separator.join([step, f"{phase}:", *own]).replace(":" + separator, ": ", 1))
    if run["footer"] == "test line":
        value = 0.8123
        lines.append(prefix + f"Test accuracy: {value}")
        metrics["test/accuracy"] = [value]
        steps["test/accuracy"] = [None]  # type: ignore[list-item]
    truth = {"metrics": metrics, "steps": steps, "optional": optional,
             "params": dict(CONFIG) if run["header"] != "none" else {}, "tolerance": {"rel": 1e-3}}
    return lines, truth


def score(run: dict) -> tuple[Score, list[str]]:
    lines, truth = printed(run)
    return score_points("run", truth, parsed(lines)), lines


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--runs", type=int, default=2000, help="runs drawn")
    options.add_argument("--seed", type=int, default=0)
    options.add_argument("--errors", type=int, default=0, help="failing runs to print")
    args = options.parse_args(argv)
    rng = random.Random(args.seed)
    results = [(run, *score(run)) for run in (draw(rng) for _ in range(args.runs))]
    good = sum(exact(result) for _, result, _ in results)
    tp, fp, truth = (sum(getattr(r, f) for _, r, _ in results) for f in ("tp", "fp", "truth"))
    print(f"{good} of {len(results)} runs read exactly; recall {tp / truth:.3f}, "
          f"precision {tp / max(tp + fp, 1):.3f}")
    for part in PARTS:
        drawn, failed = Counter(), Counter()
        for run, result, _ in results:
            drawn[str(run[part])] += 1
            failed[str(run[part])] += not exact(result)
        print(f"  {part}: " + ", ".join(f"{value!r} {failed[value]}/{drawn[value]}" for value in drawn))
    shown = 0
    for _run, result, lines in results:
        if exact(result) or shown >= args.errors:
            continue
        shown += 1
        print("----", f"{result.tp} of {result.truth} found, {result.fp} false:",
              [(p.name, p.step, p.value) for p in result.false_points[:3]],
              "missed", [(p.name, p.step) for p in result.missed[:3]])
        for line in lines[:8]:
            print("   ", repr(line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
