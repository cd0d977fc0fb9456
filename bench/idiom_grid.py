"""Idiom grid: the lines a hand-written training loop prints, built from every combination of
their common parts, and how many the parser reads exactly.

A user's own script prints its progress with an f-string or a logging call: a step field
(``Epoch 3``, ``Epoch [3/10]``, ``epoch=3``, ``Step: 3``, ``[3/10]``, ``| epoch   3``), then its
measurements, each a name (``loss``, ``train_loss``, ``Train Loss``, ``Acc@1``), a joint (``: ``,
``=``, a space, ``:`` glued, `` = ``) and a number (fixed, scientific, general), parted by
spaces, ``, ``, `` | ``, a tab, `` - `` or ``; ``, after no prefix or a logging handler's. The
corpus holds a few of these shapes; the grid holds their product, with the truth known: six
epochs, each measurement at its epoch as printed. A combination is read exactly when every
truth point is found (the judge's rule, `tests/corpus/judge.py`) and nothing else is.

Run: ``python bench/idiom_grid.py [--share 0.05] [--errors N]`` with the virtualenv's Python,
from the checkout. It prints the share of combinations read exactly, the pooled recall and
precision, and for each part the combinations that failed out of those drawn; ``--errors N``
prints N failing lines. ``tests/test_idiom_grid.py`` holds a fixed draw of the grid exact.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from tests.corpus.judge import LineSplitter, MetricParser, Point, Score, score_points

EPOCHS = 6
STEPS = ("Epoch {e}", "Epoch {e}/{n}", "epoch: {e}", "epoch={e}", "[{e}/{n}]", "Epoch [{e}/{n}]",
         "ep {e}", "Iter {e}", "step {e}", "Step: {e}", "Epoch {e:02d}", "epoch {e:3d}",
         "Epoch: {e}/{n}", "| epoch {e:3d}", "Iteration {e}")
SEPARATORS = (" ", ", ", " | ", "\t", " - ", "; ", "  ")
JOINTS = ("{k}: {v}", "{k}={v}", "{k} {v}", "{k}:{v}", "{k} = {v}")
NAMES = (("loss", "acc"), ("train_loss", "val_loss"), ("Train Loss", "Val Acc"),
         ("loss", "accuracy"), ("train loss", "test acc"), ("Loss", "Acc@1"))
NUMBERS = ("{:.4f}", "{:.3e}", "{:.6g}", "{:.2f}")
PREFIXES = ("", "INFO:root:", "2026-01-01 10:00:00,123 - INFO - ", "INFO:__main__:")
PARTS = ("step", "separator", "joint", "names", "number", "prefix")


def combinations(share: float, seed: int = 0) -> Iterator[tuple[str, ...]]:
    """A draw of `share` of the grid's combinations, the same for the same seed."""
    draw = random.Random(seed)
    for combination in itertools.product(STEPS, SEPARATORS, JOINTS, NAMES, NUMBERS, PREFIXES):
        if draw.random() < share:
            yield combination


def printed(combination: tuple[str, ...]) -> tuple[list[str], dict]:
    """The lines the combination prints (after a first line of no metric) and their truth."""
    step, separator, joint, names, number, prefix = combination
    lines, values = ["Starting training"], {name: [] for name in names}
    for epoch in range(1, EPOCHS + 1):
        measured = (1.0 / (epoch + 0.37), 0.5 + epoch / 17.3)
        fields = [joint.format(k=name, v=number.format(value)) for name, value in zip(names, measured)]
        lines.append(prefix + separator.join([step.format(e=epoch, n=EPOCHS), *fields]))
        for name, value in zip(names, measured):
            values[name].append(float(number.format(value)))
    truth = {"metrics": values, "steps": {name: list(range(1, EPOCHS + 1)) for name in names},
             "tolerance": {"rel": 1e-3}}
    return lines, truth


def parsed(lines: list[str]) -> list[Point]:
    """What the default parser stores for `lines`, fed as one read."""
    parser, series, splitter = MetricParser(), {}, LineSplitter()
    parser.parse_text(splitter.feed_text(("\n".join(lines) + "\n").encode()), 0.0, series)
    parser.parse_text(splitter.flush_text(), 0.0, series)
    parser.finish(0.0, series)
    return [Point(name, step, value) for name, s in series.items()
            for step, value in zip(s.steps, s.values)]


def score(combination: tuple[str, ...]) -> tuple[Score, list[str]]:
    lines, truth = printed(combination)
    return score_points("grid", truth, parsed(lines)), lines


def exact(result: Score) -> bool:
    return result.fp == 0 and result.tp == result.truth


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--share", type=float, default=0.05, help="share of the grid drawn")
    options.add_argument("--errors", type=int, default=0, help="failing lines to print")
    args = options.parse_args(argv)
    results = [(combination, *score(combination)) for combination in combinations(args.share)]
    good = sum(exact(result) for _, result, _ in results)
    tp, fp, truth = (sum(getattr(r, f) for _, r, _ in results) for f in ("tp", "fp", "truth"))
    print(f"{good} of {len(results)} combinations read exactly; recall {tp / truth:.3f}, "
          f"precision {tp / max(tp + fp, 1):.3f}")
    for index, part in enumerate(PARTS):
        drawn, failed = Counter(), Counter()
        for combination, result, _ in results:
            drawn[combination[index]] += 1
            failed[combination[index]] += not exact(result)
        print(f"  {part}: " + ", ".join(f"{value!r} {failed[value]}/{drawn[value]}" for value in drawn))
    failing = [(result, lines) for _, result, lines in results if not exact(result)]
    for result, lines in failing[:args.errors]:
        print(f"{lines[2]!r}: {result.tp} of {result.truth} found, {result.fp} false")
    return 0


if __name__ == "__main__":
    sys.exit(main())
