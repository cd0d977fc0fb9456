"""Step keys: which printed names count a line's step, and the step a line's pairs give.

A line's points take the step of its strongest *step key* (``step: 1200``, ``epoch=3``),
finest first because the finest counter orders the points; see "Steps" in
`expctl.metrics.parser` for the whole order (step keys, boosting rounds, step prefixes, carried
headers, per-name counters).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..lazyre import LazyPattern
from .vocabulary import is_result_name

# "cycle": a solver's iteration (an SCF cycle, PySCF's "cycle= 3 E= -75.98"), ranked as one.
# CJK_EPOCH (rules): "에폭", "エポック", epoch as Korean and Japanese write it (the Korean translation of "Deep
# Learning from Scratch" prints "| 에폭 1 |  반복 1 / 10 | 시간 0[s] | 손실 1.10").
STEP_KEYS = (("step", "timestep"), ("global_step",), ("iteration", "iter", "cycle"), ("it",), ("batch",),
             ("epoch", "ep", "에폭", "エポック"), ("round", "generation", "gen", "episode"))  # the searches' and agents' epochs
STEP_RANK = {  # every spelling of a step key -> its rank (lower is finer)
    spelling: rank
    for rank, keys in enumerate(STEP_KEYS)
    for key in keys
    for spelling in (key, key.capitalize(), key.upper())
}
# INDEX_KEY (rules): a step word's index or id ("batch_idx", "Batch_id", "step_idx") counts as the
# word does: a loop's enumerate() index printed under its variable's name.
STEP_RANK.update({spelling + suffix: rank for spelling, rank in list(STEP_RANK.items())
                  for suffix in ("_idx", "_id") if spelling != spelling.upper()})
# RUNNING_PLURAL (rules): the plural of a step word over a whole number beside a step key of its
# own ("loss: 0.15, epoch: 0, iterations: 1") counts the steps done so far, and ranks as the
# singular does: the progress line states two counters, the finer orders its points.
# "steps" only beside an epoch: an episode's "Steps: 20" is how long it lasted, no counter of the run.
_RUNNING_PLURALS = frozenset(("iterations", "iters"))
# PLURAL_STEP (rules): the plural of a step word opening a line's pairs, over a whole number,
# with a result beside it (``iterations 100 error 0.26``, ``episodes 40 reward 12.5``) or a value
# of four significant digits or more, whatever its name (``iterations 100 zorp 0.2615``): the
# steps done so far, so the step the values hold at, as the singular says. Alone
# (``iterations: 3`` in a summary) or beside settings only (``epochs 10 lr 0.1``) it stays a
# count (COUNTED_PLURAL).
_PLURAL_STEPS = frozenset(
    spelling
    for key in ("step", "iteration", "iter", "epoch", "round", "generation", "episode")
    for spelling in (key + "s", key.capitalize() + "s", key.upper() + "S")
)


def finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def find_step(pairs: Sequence[tuple[str, str | float]]) -> float | None:
    """The value of the strongest step key among `pairs`, or None (none, or not finite)."""
    text: str | float | None
    if pairs and STEP_RANK.get(pairs[0][0]) == 0 and not is_measured_step(pairs[0][1], 0):
        text = pairs[0][1]  # the usual "step: N ..." line: nothing can outrank it, skip the scan
    else:
        text = _strongest_step_text(pairs)
        if text is None:
            return None
    return finite(float(text))


def plural_step(pairs: Sequence[tuple[str, str | float]]) -> float | None:
    """PLURAL_STEP: the whole count of the plural step word opening `pairs` when a result
    stands beside it, or None; asked only for a line with no step key or step prefix, which
    say more than a count does."""
    if not pairs:
        return None
    name, value = pairs[0]
    if not (isinstance(value, str) and value.isdigit()):
        return None
    if is_index_name(name):
        # INDEX_STEP (rules): "k=2 cost=695.0", a one-letter index opening the pairs
        return finite(float(value)) if any(
            is_result_name(other) or "." in str(measured) for other, measured in pairs[1:]) else None
    if name not in _PLURAL_STEPS:
        return None
    return finite(float(value)) if any(
        is_result_name(other) or _is_measured(measured) for other, measured in pairs[1:]) else None


def _is_measured(value: str | float) -> bool:
    """PLURAL_STEP: a decimal value of four significant digits or more
    (``0.2615``, ``12.375``): a measurement, whatever its name; a setting is seldom printed
    with so many (``lr 0.1``, ``dropout 0.25``, ``wd 0.0005``)."""
    text = str(value).lstrip("-")
    if "." not in text or not text.replace(".", "", 1).isdigit():
        return False
    return len(text.replace(".", "", 1).lstrip("0").rstrip("0")) >= 4


def is_index_name(name: str) -> bool:
    """INDEX_STEP: a name that is, or ends in, one lower-case letter (``k``, ``Timing t``)."""
    last = name.rsplit(" ", 1)[-1]
    return len(last) == 1 and last.islower() and last.isalpha()


def without_index(pairs: Sequence[tuple[str, str | float]], step_pairs, step: float | None):
    """`pairs` less the index opening them when it gave the line's `step` (INDEX_STEP): it says
    which point of the sweep the values are, as a step key does, and is no result itself."""
    if step is None or not pairs or not step_pairs:
        return pairs
    name, value = step_pairs[0]
    if not (is_index_name(name) and pairs[0][0] == name and str(value).isdigit()):
        return pairs
    # only when the index gave the step: not a step key, a prefix or a carried header
    return pairs[1:] if find_step(step_pairs) is None and plural_step(step_pairs) == step else pairs


def _strongest_step_text(pairs: Sequence[tuple[str, str | float]]) -> str | float | None:
    """The value of the first step key of the lowest rank among `pairs`, or None."""
    best_rank, best_value = len(STEP_KEYS), None
    counted = None  # RUNNING_PLURAL: whether a step key of its own stands on the line
    for name, value in pairs:
        rank = STEP_RANK.get(name)
        if rank is None and name.lower() in _RUNNING_PLURALS and isinstance(value, str) and value.isdigit():
            if counted is None:
                counted = any(STEP_RANK.get(other) is not None for other, _ in pairs)
            rank = STEP_RANK[name[:-1].lower()] if counted else None
        elif rank is None and name.lower() == "steps" and isinstance(value, str) and value.isdigit() and any(
                STEP_RANK.get(other) == _EPOCH_RANK for other, _ in pairs):
            rank = STEP_RANK["step"]  # RUNNING_PLURAL: "epoch=0, steps=5", the steps done beside an epoch
        if rank is None and " " in name:
            rank = phase_step_rank(name)
            if rank is None and isinstance(value, str) and value.isdigit():
                rank = qualified_step_rank(name)
        if rank is not None and rank < best_rank and not is_measured_step(value, rank):
            best_rank, best_value = rank, value
    return best_value


# NESTED_COUNTER (rules): a finer step key that starts again on a line where a coarser one has
# moved on ("epoch=1 | batch=6", then "epoch=2 | batch=1") counts within it: from then on the
# coarser key gives the step; a batch does so from the first line, the epoch's parts by name. A
# finer key that keeps counting across epochs ("epoch: 1, iterations: 5") orders the points, as
# STEP_KEYS says.
_INNER_RANKS = frozenset(STEP_RANK[key] for key in ("step", "iteration", "it", "batch"))
_OUTER_RANKS = frozenset(STEP_RANK[key] for key in ("epoch", "episode"))
_BATCH_RANK = STEP_RANK["batch"]


def outer_key(names: Sequence[str]) -> int | None:
    """NESTED_COUNTER: the index of the first coarser step key (an epoch's, an episode's) among
    `names` when a finer one (a step's, an iteration's, a batch's) stands among them, or None."""
    ranks = [STEP_RANK.get(name) for name in names]
    if not any(rank in _INNER_RANKS for rank in ranks):
        return None
    return next((i for i, rank in enumerate(ranks) if rank in _OUTER_RANKS), None)


def line_step(nests: dict, step_pairs: Sequence[tuple[str, str | float]], pairs: Sequence,
              line: str | None = None, outer: float | None = None) -> tuple[float | None, Sequence]:
    """The value of the strongest step key among `step_pairs` (the line's pairs as printed),
    and `pairs` to make points of: NESTED_COUNTER, the coarser key's value and `pairs` less the
    finer key, once the finer starts again under it (`nests`: the parser's, see `nest`), or
    `outer`, the step of the line's step prefix, when its step key counts batches; with the
    printed `line`, COARSER_KEY's keys are no points either."""
    if (step := find_step(step_pairs)) is None:
        return None, pairs
    if outer is not None and (batch := _batch_key(step_pairs)) is not None:
        return outer, [pair for pair in pairs if pair[0] != batch]  # NESTED_COUNTER: "Epoch: 1/12 Batch: 100"
    step, inner = nested_step(nests, step_pairs, step)
    if inner is not None:
        return step, [pair for pair in pairs if pair[0] != inner]
    return step, pairs if line is None else _without_coarser(step_pairs, pairs, line)


def _batch_key(step_pairs: Sequence[tuple[str, str | float]]) -> str | None:
    """The name of the batch key among `step_pairs` when it is their finest step key."""
    ranks = [(STEP_RANK[name], name) for name, value in step_pairs if is_step_pair(name, value)]
    return min(ranks)[1] if ranks and min(ranks)[0] == _BATCH_RANK else None


def _without_coarser(step_pairs: Sequence[tuple[str, str | float]], pairs: Sequence, line: str) -> Sequence:
    """COARSER_KEY (rules): `pairs` less the step keys of `step_pairs` coarser than the one that
    gave the step, printed as a label is, with a colon (``epoch: 0, iterations: 1``, ``Episode :
    14  Timestep : 400``): the coarser says which epoch the step falls in, no result of it. A
    record's fields (``epoch=1 step=150``, JSON) are each kept, as the logger keeps them."""
    if sum(name in STEP_RANK or name.lower() in _RUNNING_PLURALS for name, _ in step_pairs) < 2:
        return pairs  # the usual line: one step key
    ranks = {name: STEP_RANK[name] for name, value in step_pairs if is_step_pair(name, value)}
    ranks.update((name, STEP_RANK[name[:-1].lower()]) for name, value in step_pairs  # RUNNING_PLURAL
                 if name.lower() in _RUNNING_PLURALS and str(value).isdigit())
    if len(ranks) < 2:
        return pairs
    finest = min(ranks.values())
    coarser = {name for name, rank in ranks.items()
               if rank > finest and (end := word_end(line, name)) >= 0 and _LABEL_COLON.match(line, end)}
    return [pair for pair in pairs if pair[0] not in coarser] if coarser else pairs


_LABEL_COLON = LazyPattern(r"[ \t]*:")


def word_end(line: str, name: str) -> int:
    """Where the first `name` that stands as a word (no letter, digit or ``_`` glued to it, no
    ``.`` before it) ends in `line`; -1 when none does."""
    at = line.find(name)
    while at >= 0 and (at > 0 and (line[at - 1].isalnum() or line[at - 1] in "_.") or (
            (after := line[at + len(name):at + len(name) + 1]).isalnum() or after == "_")):
        at = line.find(name, at + 1)
    return -1 if at < 0 else at + len(name)


def nested_step(nests: dict, pairs: Sequence[tuple[str, str | float]], step: float) -> tuple[float, str | None]:
    """NESTED_COUNTER: (`step`, None), `step` the value of the line's strongest step key, or
    (the coarser key's value, the finer key's name) once the finer has started again under it:
    an index within the coarser step, no point of its own (`nests` keeps what each pair of keys
    did)."""
    outer = outer_key([name for name, _ in pairs])
    if outer is None:
        return step, None
    inner = next((i for i, (name, _) in enumerate(pairs) if STEP_RANK.get(name) in _INNER_RANKS))
    if float(pairs[inner][1]) != step:
        return step, None  # another key (global_step) gave the step
    outer_value = float(pairs[outer][1])
    return (outer_value, pairs[inner][0]) if nest(nests, pairs[inner][0], step, pairs[outer][0], outer_value) else (
        step, None)


def prefix_step(nests: dict, prefix) -> float | None:
    """The step a step prefix gives (`step_prefix.StepPrefix`): its number, or, where a finer
    counter follows the coarse one with no total (OUTER_PREFIX: ``[epoch 0, it 8]``), the finer
    one's until it starts again under the coarse one (NESTED_COUNTER)."""
    step = finite(float(prefix.value))
    if prefix.inner is None or step is None:
        return step
    inner, value = prefix.inner
    inner_step = float(value)
    return step if nest(nests, inner, inner_step, prefix.word.lower(), step) else inner_step


def prefixed_step(nests: dict, prefix, pairs: Sequence[tuple[str, str | float]], carried: float | None,
                  heading: str) -> tuple[float | None, float | None, str, bool]:
    """A line with a step prefix: (its step, the step carried to the lines after it and that
    step's word, whether the line is a KEYED_HEADER). The prefix's step (`prefix_step`), but
    a batch's (``Batch 5/20``) under an epoch's header (``Epoch 1/4``, `heading` its word) is
    the header's: a batch counts within its epoch (NESTED_COUNTER), and the header's step
    stands. A step's or an iteration's prefix under such a header keeps its own step: a
    Keras-like ``step 4/24`` is the step the log shows."""
    step = prefix_step(nests, prefix)
    word = prefix.word.lower()
    if carried is not None and step is not None and STEP_RANK.get(word) == _BATCH_RANK and (
            STEP_RANK.get(heading) in _OUTER_RANKS):
        return carried, carried, heading, False
    if not (pairs or prefix.header):
        return step, carried, heading, False
    carried, keyed = keyed_header(nests, prefix, pairs, step)
    return step, carried, word, keyed


def keyed_header(nests: dict, prefix, pairs: Sequence[tuple[str, str | float]],
                 step: float | None) -> tuple[float | None, bool]:
    """KEYED_HEADER (rules): (the step a line of a step prefix gives the lines after it, whether
    the line is a header of a step key): `step`, the prefix's, or, where the line's one pair is
    a finer step key over a whole number (``Epoch 1/3, Step: 8``), that key's value until it
    starts again under the prefix's counter (NESTED_COUNTER); the key is then no point."""
    if step is None or len(pairs) != 1 or STEP_RANK.get(pairs[0][0]) not in _INNER_RANKS or not (
            isinstance(value := pairs[0][1], str) and value.isdigit()):
        return step, False
    inner = float(value)
    return (step if nest(nests, pairs[0][0], inner, prefix.word.lower(), step) else inner), True


def nest(nests: dict, inner: str, inner_value: float, outer: str, outer_value: float) -> bool:
    """NESTED_COUNTER: whether the finer key `inner` counts within the coarser key `outer`, on a
    line where they hold these values, given what the two did on the lines before (`nests`)."""
    if not math.isfinite(outer_value):
        return False
    if STEP_RANK.get(inner) == _BATCH_RANK:
        return True  # a batch counts within its epoch from the first line: batches are the epoch's parts
    key = (inner, outer)
    last = nests.get(key)
    nested = last is not None and (last[2] or outer_value > last[1] and inner_value <= last[0])
    nests[key] = (inner_value, outer_value, nested)
    return nested


# PHASE_STEP_KEY (rules): a phase word before a step key ("Train Epoch: 1", "Val step=40")
_PHASE_WORDS = frozenset("train training val valid validation eval evaluation test testing dev".split())


def phase_step_rank(name: str) -> int | None:
    """PHASE_STEP_KEY: the rank of a step key a phase word opens, or two (``Train Epoch``,
    ``Evaluation dev Iter``), or None: the phase says which loop counts, the step word what it
    counts."""
    words = name.split(" ")
    if not 2 <= len(words) <= 3 or any(word.lower() not in _PHASE_WORDS for word in words[:-1]):
        return None
    return STEP_RANK.get(words[-1])


# QUALIFIED_STEP_KEY (rules): words before a step word say which loop counts ("Boosting step",
# "Outer iteration", "Search round"), as a phase word does; not a bound, a count or a pick
# ("Max iteration", "Total step", "Warmup step", "Best epoch": a setting or a result).
_NOT_QUALIFIERS = frozenset("max min maximum minimum total num number no nb n count warmup best last "
                            "first final patience early stopping".split())


def qualified_step_rank(name: str) -> int | None:
    """QUALIFIED_STEP_KEY: the rank of a step key closing two or three words (``Boosting
    step``) over a whole number, or None: the words before it name the loop, none of them a
    bound, count or pick (_NOT_QUALIFIERS)."""
    words = name.split(" ")
    if not 2 <= len(words) <= 3 or words[-1] not in STEP_RANK or not all(word.isalpha() for word in words):
        return None
    if any(word.lower() in _NOT_QUALIFIERS or word.lower() in STEP_RANK for word in words[:-1]):
        return None
    return STEP_RANK[words[-1]]


_EPOCH_RANK = STEP_RANK["epoch"]


def is_measured_step(value: str | float, rank: int | None = None) -> bool:
    """MEASURED_STEP_KEY (rules): a step key's value in exponent notation that is no whole
    number (``it: 2.15e-06``) is a measurement under a letter that spells a step word, not a
    counter: counters, fractional epochs too, are printed fixed-point. A key of a `rank` other
    than the epoch's over a fraction (``cycle: 0.742218``, a CycleGAN's cycle-consistency loss)
    is one too: steps, iterations, batches, rounds and episodes are counted whole; only an
    epoch is passed through in part (``'epoch': 0.33``)."""
    if not isinstance(value, str):
        return False
    if rank is not None and rank != _EPOCH_RANK and "." in value:
        number = float(value)
        return not (math.isfinite(number) and number.is_integer())
    if "e" not in value.lower():
        return False
    number = float(value)
    return not (math.isfinite(number) and number.is_integer())


def is_step_pair(name: str, value: str | float) -> bool:
    """A pair that is a step key and counts (``Epoch: 3``), not MEASURED_STEP_KEY's measurement
    under a step word's spelling (``Gen: 0.61201``, a GAN's generator loss)."""
    rank = STEP_RANK.get(name)
    return rank is not None and not is_measured_step(value, rank)


def is_lone_step(line: str, pair: tuple[str, str], before=None) -> bool:
    """LONE_STEP (rules): `pair`, the line's one pair, is a step key and a whole number, and
    nothing but punctuation stands around it (``Generation = 1``, ``Epoch: 3``): a header for
    the lines after it, as ``Epoch 3`` alone is. Not an indented line right under another
    ``key: value`` line set in as far (`before(1)`: the line above): an entry of a settings
    block (``\tep: 6`` under ``\tbatch_size: 256``), the number of epochs to run."""
    name, value = pair
    if before is not None and line[:1] in " \t" and _in_block(line, before(1)):
        return False
    if " " in name and is_index_name(name) and value.rstrip(".").lstrip("-").isdigit():
        return True  # LONE_INDEX (rules): "Calibration sample t = -1.": words name the index
    if not value.isdigit() or name not in STEP_RANK and (" " not in name or (
            phase_step_rank(name) is None and qualified_step_rank(name) is None)):
        return False  # QUALIFIED too: "Training episode: 19", "current epoch:0"
    rest = line.replace(name, "", 1).replace(value, "", 1)
    if not any(char.isalnum() for char in rest) or _TIME_REST.match(rest) is not None:
        return True
    words = _QUALIFIER_REST.match(rest)  # QUALIFIED: "current epoch:0", a word before the key
    return words is not None and qualified_step_rank(f"{words.group(1)} {name}") is not None


_SETTING_LINE = LazyPattern(r"([ \t]+)[^\W\d][\w.-]*[ \t]*[:=][ \t]*\S")


def _in_block(line: str, above: list[str]) -> bool:
    """LONE_STEP: whether `line` goes on a block of indented ``key: value`` lines (`above`, the
    line before it), set in as far as it is."""
    found = _SETTING_LINE.match(above[-1]) if above else None
    return found is not None and line.startswith(found.group(1)) and not line[len(found.group(1)):][:1].isspace()


_QUALIFIER_REST = LazyPattern(r"[ \t]*([^\W\d_]+(?: [^\W\d_]+)?) [ \t]*[:=]?[ \t]*\Z")
# TIMED_HEADER (rules): a lone step key may carry the time its step took ("Epoch: 01 | Time: 0m 12s",
# "Epoch: 3 | Epoch Time: 1m 4s", "Step: 7 (took 12.3s)"): a header still; the time no metric.
_TIME_REST = LazyPattern(r"\W*(?:(?i:epoch |elapsed |wall )?(?i:time|took|elapsed)[ \t]*[:=]?[ \t]*)?"
                         r"(?:\d+(?:\.\d+)?[ \t]*(?:h|m|min|s|ms)[ \t]*){1,3}\W*\Z")
