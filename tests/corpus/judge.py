"""Score the default metric parser against the corpus of real training output.

Each fixture folder of ``tests/corpus/`` holds a run's raw ``stdout.txt`` and ``stderr.txt`` and
its ``truth.json`` (format in ``tests/corpus/README.md``). `parse_fixture` feeds the raw bytes
through the real parser the way the recorder does; `score_points` matches what it found against
the truth; `score_corpus` does both for every fixture. ``tests/test_corpus.py`` asserts on the
result and ``bench/corpus_table.py`` prints it.

The matching rule, for one fixture:

* A parsed point ``(name, step, value)`` is a **true positive** when `name` is a truth name and
  `value` matches a not-yet-matched truth value of that name: within
  ``max(rel·|truth|, abs)`` (the fixture's printed rounding), nan matching nan and ±inf the
  same infinity; or, printed with at most four decimals and not as a whole number, equal to
  the truth value rounded to its decimals (a line printing coarser than the fixture's finest:
  ``0.04`` for 0.0388). Where the truth gives that value a step, the parsed step must match it too,
  within the same tolerance. A name's points and truth values are paired by a maximum
  matching, so the count does not depend on the order the points come in.
* Otherwise, when it matches a not-yet-matched ``optional`` value of its name (labelled numbers
  that are no training metric, such as a model summary's ``Total params: 74``), it counts
  neither way.
* Otherwise, when its name is no truth metric name but a step word (``epoch``, ``step``,
  ``iteration``, ``global_step``, ``Epoch``: `STEP_WORDS`, by the name's last word) and its value
  is its own step, it is a line's step key or a table's step column kept as a series too, and
  counts neither way, as if ``optional``: the step is printed, and whether a tracker also keeps
  it as a series is its design (Keras and Lightning log ``epoch`` as a metric, others take it as
  the step only). A truth that lists it as a metric still needs it. A value the printed
  config gave that name is not excused, unless the name counts steps (three values or more
  at their own steps).
* Otherwise, when its name is no truth metric name but a schedule's (a learning rate or an
  exploration rate: ``lr``, ``learning_rate``, ``epsilon``, ``eps``, or a name ending in one:
  `SCHEDULE_WORDS`), and no printed config key, it counts neither way. The corpus holds both
  conventions: the libraries' own logs list ``lr`` as a metric (Keras's history, the Trainer's
  ``learning_rate``), where a truth needs it; the hand-written loops' truths call it a setting,
  optional at most. Issue 11 calls an ``lr`` printed per step a real series. (Before the
  twenty-sixth session it counted as a false positive where the truth left it out.)
* Otherwise it is a **false positive**: a wrong name, a wrong value, a wrong step, or one point
  too many (the same value stored twice).
* A point whose name is one of the truth's ``params`` (configuration the program printed, see
  the README; ``optimizer.lr`` also names ``lr``, its own line in a YAML dump) and that matched
  no truth value is a false positive even where an ``optional`` value would have excused it:
  printed configuration must never become a metric. These are also counted as ``param_fp``.
* Truth points left unmatched are **missed**. precision = TP / (TP + FP) (1.0 when nothing was
  parsed), recall = TP / truth points (1.0 when the truth is empty).

Names are compared by `name_key`: case, and runs of spaces, ``_``, ``-``, ``.`` and ``/``, do not
matter, and a leading phase word is taken in one spelling (``Training Results`` and ``train``,
``Validation``/``valid``/``dev`` (the development split) and ``val``, ``evaluation`` and ``eval``, ``testing`` and ``test``). So
``val/Avg accuracy`` in a truth is matched by ``val/avg_accuracy``, ``validation/avg-accuracy``
or ``Validation Avg accuracy``; ``Avg accuracy`` alone is another name.

**Name precision** counts distinct names: a parsed name is right when it is a truth metric name,
neutral when all its points matched ``optional`` values, and wrong otherwise (a config key, a
count, a merged section); name precision = right / (right + wrong).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from expctl.metrics import LineSplitter, MetricParser

CORPUS = Path(__file__).resolve().parent
STREAMS = ("stdout", "stderr")
CHUNK = 4096  # the recorder gets a pty's or pipe's reads: a few KiB at a time
HELDOUT = CORPUS / "heldout"  # the held-out half: scored only on request (bench --heldout)
HELDOUT3 = CORPUS / "heldout3"  # the third held-out half: scored once (bench --heldout3)
HELDOUT4 = CORPUS / "heldout4"  # the fourth held-out half: scored once (bench --heldout4)
HELDOUT5 = CORPUS / "heldout5"  # the fifth held-out half: scored once (bench --heldout5)
HELDOUT6 = CORPUS / "heldout6"  # the sixth held-out half: scored once (bench --heldout6)
HELDOUT7 = CORPUS / "heldout7"  # the seventh held-out half: scored once (bench --heldout7)
HELDOUT8 = CORPUS / "heldout8"  # the eighth held-out half: scored once (bench --heldout8)
HELDOUT9 = CORPUS / "heldout9"  # the ninth held-out half: scored once (bench --heldout9)
HELDOUT10 = CORPUS / "heldout10"  # the tenth held-out half: scored once (bench --heldout10)
HELDOUT11 = CORPUS / "heldout11"  # the eleventh held-out half: scored once (bench --heldout11)
HELDOUT12 = CORPUS / "heldout12"  # the twelfth held-out half: scored once (bench --heldout12)
HELDOUT13 = CORPUS / "heldout13"  # the thirteenth held-out half: scored once (bench --heldout13)
HELDOUT14 = CORPUS / "heldout14"  # the fourteenth held-out half: scored once (bench --heldout14)
HELDOUT15 = CORPUS / "heldout15"  # the fifteenth half: OPEN, a development half (bench --heldout15)
HELDOUT16 = CORPUS / "heldout16"  # the sixteenth held-out half: scored once (bench --heldout16)
HELDOUT17 = CORPUS / "heldout17"  # the seventeenth held-out half: scored once (bench --heldout17)
HELDOUT18 = CORPUS / "heldout18"  # the eighteenth held-out half: scored once (bench --heldout18)
HELDOUT19 = CORPUS / "heldout19"  # the nineteenth held-out half: scored once (bench --heldout19)
HELDOUT20 = CORPUS / "heldout20"  # the twentieth held-out half: scored once (bench --heldout20)
HELDOUT21 = CORPUS / "heldout21"  # the twenty-first held-out half: scored once (bench --heldout21)
HELDOUT22 = CORPUS / "heldout22"  # the twenty-second held-out half: scored once (--heldout22)
HELDOUT23 = CORPUS / "heldout23"  # the twenty-third held-out half: scored once (--heldout23)
HELDOUT24 = CORPUS / "heldout24"  # the twenty-fourth held-out half: scored once (--heldout24)
HELDOUT25 = CORPUS / "heldout25"  # the twenty-fifth held-out half: scored once (--heldout25)
HELDOUT26 = CORPUS / "heldout26"  # the twenty-sixth held-out half: scored once (--heldout26)
HELDOUT27 = CORPUS / "heldout27"  # the twenty-seventh held-out half: scored once (--heldout27)
HELDOUT28 = CORPUS / "heldout28"  # the twenty-eighth held-out half: scored once (--heldout28)
HELDOUT29 = CORPUS / "heldout29"  # the twenty-ninth held-out half: scored once (--heldout29)
HELDOUT30 = CORPUS / "heldout30"  # the thirtieth held-out half: scored once (--heldout30)
HELDOUT31 = CORPUS / "heldout31"  # the thirty-first held-out half: scored once (--heldout31)
HELDOUT32 = CORPUS / "heldout32"  # the thirty-second held-out half: scored once (--heldout32)
HELDOUT33 = CORPUS / "heldout33"  # the thirty-third held-out half: scored once (--heldout33)
HELDOUT34 = CORPUS / "heldout34"  # the thirty-fourth held-out half: scored once (--heldout34)
HELDOUT35 = CORPUS / "heldout35"  # the thirty-fifth held-out half: scored once (--heldout35)
HELDOUT36 = CORPUS / "heldout36"  # the thirty-sixth held-out half: scored once (--heldout36)
HELDOUT37 = CORPUS / "heldout37"  # the thirty-seventh held-out half: scored once (--heldout37)
HELDOUT38 = CORPUS / "heldout38"  # the thirty-eighth held-out half: scored once (--heldout38)
HELDOUT39 = CORPUS / "heldout39"  # the thirty-ninth held-out half: scored once (--heldout39)
HELDOUT40 = CORPUS / "heldout40"  # the fortieth held-out half: scored once (--heldout40)
HELDOUT41 = CORPUS / "heldout41"  # the forty-first held-out half: scored once (--heldout41)
HELDOUT42 = CORPUS / "heldout42"  # the forty-second held-out half: scored once (--heldout42)
HELDOUT43 = CORPUS / "heldout43"  # the forty-third held-out half: scored once (--heldout43)
HELDOUT44 = CORPUS / "heldout44"  # the forty-fourth held-out half: scored once (--heldout44)
HELDOUT45 = CORPUS / "heldout45"  # the forty-fifth held-out half: scored once (--heldout45)
HELDOUT46 = CORPUS / "heldout46"  # the forty-sixth held-out half: scored once (--heldout46)
HELDOUT47 = CORPUS / "heldout47"  # the forty-seventh held-out half: scored once (--heldout47)
HELDOUT48 = CORPUS / "heldout48"  # the forty-eighth held-out half: scored once (--heldout48)
HELDOUT49 = CORPUS / "heldout49"  # the forty-ninth held-out half: scored once (--heldout49)
HELDOUT50 = CORPUS / "heldout50"  # the fiftieth held-out half: scored once (--heldout50)
HELDOUT51 = CORPUS / "heldout51"  # the fifty-first held-out half: scored once (--heldout51)
HELDOUT52 = CORPUS / "heldout52"  # the fifty-second held-out half: scored once (--heldout52)
HELDOUT53 = CORPUS / "heldout53"  # the fifty-third held-out half: scored once (--heldout53)
HELDOUT54 = CORPUS / "heldout54"  # the fifty-fourth held-out half: scored once (--heldout54)
HELDOUT55 = CORPUS / "heldout55"  # the fifty-fifth held-out half: scored once (--heldout55)
HELDOUT56 = CORPUS / "heldout56"  # the fifty-sixth held-out half: scored once (--heldout56)
HELDOUT57 = CORPUS / "heldout57"  # the fifty-seventh held-out half: scored once (--heldout57)
HELDOUT58 = CORPUS / "heldout58"  # the fifty-eighth held-out half: scored once (--heldout58)
HELDOUT59 = CORPUS / "heldout59"  # the fifty-ninth held-out half: scored once (--heldout59)
HELDOUT60 = CORPUS / "heldout60"  # the sixtieth held-out half: scored once (--heldout60)
HELDOUT61 = CORPUS / "heldout61"  # the sixty-first held-out half: scored once (--heldout61)
# A leading phase word in its one spelling (see the module docstring).
PHASES = {"training": "train", "valid": "val", "validation": "val", "dev": "val",
          "evaluation": "eval", "testing": "test"}
# Words whose key is a step, not a result: a point so named at its own value is a step key.
STEP_WORDS = frozenset({"epoch", "ep", "step", "it", "iter", "iteration", "round", "episode",
                        "generation", "gen", "trial", "batch", "timestep"})
# Schedules a run steps through: a point so named counts neither way unless the truth lists it.
SCHEDULE_WORDS = ("lr", "learning_rate", "epsilon", "eps")
_NAME_SEPARATORS = re.compile(r"[\s_\-./]+")
ROUNDED_DECIMALS = 4  # a parsed value's decimals up to which its printed rounding is judged too


class Point(NamedTuple):
    """A parsed point. A value (or step) that is nan equals nan here, unlike floats: the same
    point parsed twice is equal to itself, and ``==``, sets and `collections.Counter` of points
    compare the points of two ways of parsing as they should (`same_points`). A harness that
    compared plain tuples saw every fixture that prints nan (jsonl's ``"grad_norm": NaN``)
    "differ" from itself."""

    name: str
    step: float
    value: float

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, tuple) and len(other) == 3
                and all(a == b or _both_nan(a, b) for a, b in zip(self, other)))

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(tuple("nan" if _both_nan(x, x) else x for x in self))


def _both_nan(a, b) -> bool:
    return isinstance(a, float) and isinstance(b, float) and a != a and b != b


def same_points(a: Iterable[Point], b: Iterable[Point]) -> bool:
    """Whether two ways of parsing gave the same points, in any order (nan equals nan)."""
    return Counter(map(_point, a)) == Counter(map(_point, b))


def _point(point) -> Point:
    return point if type(point) is Point else Point(*point)


class Score(NamedTuple):
    """One fixture's (or the corpus's) counts; the lists name what went wrong."""

    fixture: str
    truth: int  # truth points
    parsed: int  # points the parser returned
    tp: int
    fp: int
    optional: int  # parsed points that matched an optional value
    false_points: list[Point]
    missed: list[Point]
    param_fp: int = 0  # false positives whose name is a printed config key (truth "params")
    names: int = 0  # distinct parsed names, less those that only matched optional values
    wrong_names: tuple[str, ...] = ()  # parsed names that are no truth metric

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.truth if self.truth else 1.0

    @property
    def name_precision(self) -> float:
        return 1.0 - len(self.wrong_names) / self.names if self.names else 1.0


def name_key(name: str) -> str:
    """The form names are compared in: case-folded, separators alike, leading phase canonical."""
    words = [w for w in _NAME_SEPARATORS.split(name.strip().lower()) if w]
    if words:
        words[0] = PHASES.get(words[0], words[0])
    return "_".join(words)


def fixture_dirs(root: Path = CORPUS) -> list[Path]:
    """Every fixture folder (one holding a truth.json), by name."""
    return sorted(p.parent for p in root.glob("*/truth.json") if not p.parent.name.startswith("."))


def load_truth(fixture: Path) -> dict:
    return json.loads((fixture / "truth.json").read_text())


def reads(data: bytes, live: bool = False) -> list[bytes]:
    """`data` cut as the recorder reads it: `CHUNK` bytes at a time, or one line per read
    when `live` (a training loop printing a line, then pausing: ``\r`` ends a read too)."""
    if live:
        return data.splitlines(keepends=True)
    return [data[start:start + CHUNK] for start in range(0, len(data), CHUNK)]


def parse_fixture(fixture: Path, live: bool = False, by_line: bool = False) -> list[Point]:
    """What the default parser stores for this fixture, fed as the recorder feeds it
    (`expctl.record.digest`): one `LineSplitter` per stream, one `MetricParser` for the run,
    `parse_text` on each read's block of lines (`reads`), then each splitter's `flush_text`.
    stdout is fed before stderr (the arrival order of the real run is not kept; steps from
    per-name counters are not judged). `by_line`: `parse_lines` on each read's lines instead
    (`feed`, blank ones too), the parser's other way in, which must give the same points.
    Compare two ways with `same_points` (nan equals nan, any order)."""
    parser = MetricParser()
    series: dict = {}
    for stream in STREAMS:
        data = (fixture / f"{stream}.txt").read_bytes()
        splitter = LineSplitter()
        for piece in reads(data, live):
            if by_line:
                parser.parse_lines(splitter.feed(piece), 0.0, series)
            else:
                parser.parse_text(splitter.feed_text(piece), 0.0, series)
        if by_line:
            parser.parse_lines(splitter.flush(), 0.0, series)
        else:
            parser.parse_text(splitter.flush_text(), 0.0, series)
    parser.finish(0.0, series)  # what the parser held for later lines, as the recorder ends
    return [Point(name, step, value) for name, s in series.items()
            for step, value in zip(s.steps, s.values)]


def score_fixture(fixture: Path, live: bool = False) -> Score:
    return score_points(fixture.name, load_truth(fixture), parse_fixture(fixture, live))


def score_corpus(root: Path = CORPUS, live: bool = False) -> list[Score]:
    return [score_fixture(fixture, live) for fixture in fixture_dirs(root)]


def total(scores: Iterable[Score]) -> Score:
    """The corpus-wide counts: sums over fixtures (so precision and recall are pooled)."""
    scores = list(scores)
    return Score("all", sum(s.truth for s in scores), sum(s.parsed for s in scores),
                 sum(s.tp for s in scores), sum(s.fp for s in scores),
                 sum(s.optional for s in scores),
                 [p for s in scores for p in s.false_points], [p for s in scores for p in s.missed],
                 sum(s.param_fp for s in scores), sum(s.names for s in scores),
                 tuple(f"{s.fixture}:{n}" for s in scores for n in s.wrong_names))


def score_points(fixture: str, truth: dict, points: list[Point]) -> Score:
    """Match `points` against `truth` (a parsed truth.json) by the rule in the module docstring."""
    tolerance = truth.get("tolerance", {})
    rel, abs_tol = float(tolerance.get("rel", 1e-3)), float(tolerance.get("abs", 0.0))
    metrics, steps, spelling = _truth_by_key(truth)
    optional: dict[str, list[float]] = {}
    for name, values in truth.get("optional", {}).items():
        optional.setdefault(name_key(name), []).extend(_number(v) for v in values)
    params: dict[str, list] = {}
    for name, value in truth.get("params", {}).items():
        for n in (name, _leaf(name)):
            params.setdefault(name_key(n), []).append(value)
    by_key: dict[str, list[int]] = {}
    for i, point in enumerate(points):
        by_key.setdefault(name_key(point.name), []).append(i)
    tp, optional_hits, param_fp, false_points, missed = 0, 0, 0, [], []
    names, wrong_names = 0, []
    for key in sorted(set(by_key) | set(metrics)):
        indexes = by_key.get(key, [])
        values = metrics.get(key, [])
        name_steps = steps.get(key) or [None] * len(values)

        def matches(i: int, j: int) -> bool:
            point, truth_step = points[i], name_steps[j]
            return _close(point.value, values[j], rel, abs_tol) and (
                truth_step is None or _close(point.step, truth_step, rel, abs_tol))

        pairs = _max_matching(indexes, range(len(values)), matches)
        tp += len(pairs)
        matched = set(pairs.values())
        missed += [Point(spelling[key], name_steps[j], values[j])
                   for j in range(len(values)) if j not in matched]
        allowed = [] if key in params else list(optional.get(key, []))
        wrong = 0
        for i in indexes:
            if i in pairs:
                continue
            hit = next((k for k, v in enumerate(allowed)
                        if _close(points[i].value, v, rel, abs_tol)), None)
            if hit is None and not values and (_step_key(key, points[i], params.get(key, ()),
                                                         counter=_counts_steps(points, indexes))
                                                or _schedule_key(key) and key not in params):
                optional_hits += 1
            elif hit is None:
                false_points.append(points[i])
                param_fp += key in params
                wrong += 1
            else:
                del allowed[hit]
                optional_hits += 1
        if indexes and (values or wrong):
            names += 1
            if not values:
                wrong_names.append(points[indexes[0]].name)
    n_truth = sum(len(values) for values in metrics.values())
    return Score(fixture, n_truth, len(points), tp, len(false_points), optional_hits,
                 false_points, missed, param_fp, names, tuple(wrong_names))


def _step_key(key: str, point: Point, config: Iterable, counter: bool = False) -> bool:
    """Whether a point keyed `key` is a step stored as a series: a step word (singular or
    plural) at its own step's value, and not a value the printed `config` gave that key (a
    dumped ``epoch: 0`` stays a config value become a metric) unless the name is a `counter`
    (mealpy's ``Epoch: 1`` .. ``Epoch: 20`` reaches the configured ``epoch=20``)."""
    word = key.rsplit("_", 1)[-1]
    return ((word in STEP_WORDS or word[:-1] in STEP_WORDS) and point.value == point.step
            and (counter or all(point.value != value for value in config)))


def _schedule_key(key: str) -> bool:
    """Whether a name keyed `key` is a schedule's value the run steps through (a learning rate,
    an exploration rate): ``lr``, ``learning_rate``, ``epsilon``, ``eps``, or a name ending in
    one of them (``train/lr``)."""
    return any(key == word or key.endswith("_" + word) for word in SCHEDULE_WORDS)


def _counts_steps(points: list[Point], indexes: list[int]) -> bool:
    """Whether the points at `indexes` (one name's) count steps: three values or more, each
    at its own step: a step key kept as a series, not a config value read once."""
    return len({points[i].value for i in indexes if points[i].value == points[i].step}) >= 3


def _leaf(param: str) -> str:
    """A flattened config key's last part (``optimizer.lr`` → ``lr``): what a YAML dump shows
    on the key's own line."""
    return param.rsplit(".", 1)[-1]


def _truth_by_key(truth: dict) -> tuple[dict[str, list], dict[str, list], dict[str, str]]:
    """The truth's values and steps by `name_key` (names differing only in spelling merge),
    and the truth's first spelling of each key (to name missed points)."""
    metrics: dict[str, list] = {}
    steps: dict[str, list] = {}
    spelling: dict[str, str] = {}
    given_steps = truth.get("steps", {})
    for name, values in truth["metrics"].items():
        key = name_key(name)
        spelling.setdefault(key, name)
        metrics.setdefault(key, []).extend(_number(v) for v in values)
        name_steps = given_steps.get(name) or [None] * len(values)
        steps.setdefault(key, []).extend(None if s is None else _number(s) for s in name_steps)
    return metrics, steps, spelling


def _max_matching(left: list[int], right: Iterable[int], edge) -> dict[int, int]:
    """A maximum matching between parsed points `left` and truth points `right`, where
    `edge(i, j)` says point i may stand for truth j; returns {point: truth}.

    Kuhn's augmenting paths: at most a few hundred points per name, so the simple algorithm
    is plenty. First-come greedy pairing would undercount: a point that could stand for either
    of two truth values (one with a step, one without) may take the one a later point needs.
    """
    right = list(right)
    adjacent = {i: [j for j in right if edge(i, j)] for i in left}
    owner: dict[int, int] = {}  # truth -> point

    def augment(i: int, seen: set[int]) -> bool:
        for j in adjacent[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in left:
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _close(parsed: float, truth: float, rel: float, abs_tol: float) -> bool:
    """Whether a printed (and parsed) value is `truth` within the printed rounding."""
    if math.isnan(truth) or math.isnan(parsed):
        return math.isnan(truth) and math.isnan(parsed)
    if math.isinf(truth) or math.isinf(parsed):
        return parsed == truth
    # The slack: a value exactly half a printed unit away (0.3125 printed as "3.12e-01") is
    # within the rounding, whatever the last bit of the float difference says.
    if abs(parsed - truth) <= max(rel * abs(truth), abs_tol) * (1 + 1e-9):
        return True
    return _printed_rounding(parsed, truth)


def _printed_rounding(parsed: float, truth: float) -> bool:
    """Whether `parsed`, printed with at most `ROUNDED_DECIMALS` decimals (its shortest form
    has them, not a whole number), is `truth` rounded to them: a capture prints values at
    several roundings (iminuit's errors at two digits beside its values at four, a table's
    six decimals beside a summary line's four), and the fixture's tolerance is the finest."""
    text = repr(parsed)
    if "e" in text or "." not in text or text.endswith(".0"):
        return False
    decimals = len(text) - text.index(".") - 1
    return decimals <= ROUNDED_DECIMALS and abs(round(truth, decimals) - parsed) < 10.0 ** -(decimals + 3)


def _number(value) -> float:
    """A truth.json number: a JSON number, or one of the strings "nan", "inf", "-inf"."""
    return float(value)


def render_table(scores: list[Score]) -> str:
    """The per-format table (a Markdown table), with a pooled last row."""
    header = ("| format | truth | parsed | TP | FP | optional | missed | precision | recall |\n"
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    rows = [_row(s) for s in scores] + [_row(total(scores), bold=True)]
    return "\n".join([header, *rows])


def _row(score: Score, bold: bool = False) -> str:
    recall = f"{score.recall:.3f}" if score.truth else "–"
    cells = [score.fixture, score.truth, score.parsed, score.tp, score.fp, score.optional,
             len(score.missed), f"{score.precision:.3f}", recall]
    if bold:
        cells = [f"**{c}**" for c in cells]
    return "| " + " | ".join(map(str, cells)) + " |"


def describe_errors(scores: list[Score], limit: int = 5) -> str:
    """For each fixture with errors, its first false positives and missed points."""
    out = []
    for s in scores:
        if s.false_points or s.missed:
            out.append(f"{s.fixture}: {s.fp} false positive(s), {len(s.missed)} missed")
            out += [f"  FP   {p.name!r} = {p.value!r} (step {p.step!r})"
                    for p in s.false_points[:limit]]
            out += [f"  MISS {p.name!r} = {p.value!r} (step {p.step!r})" for p in s.missed[:limit]]
    return "\n".join(out)
