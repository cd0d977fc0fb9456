"""A timing repeated, summed up on one line: LISTED_AMOUNTS and STAT_OF_RUNS (rules).

A micro-benchmark times a statement several times and prints the list, or the statistic it
keeps of them::

    raw times: 253 msec, 228 msec, 257 msec            <- raw times = 253, 228, 257
    20000 loops, best of 5: 11.7 usec per loop         <- best of 5 = 11.7

LISTED_AMOUNTS: a label, a colon, then two amounts or more parted by commas, each a number
and the same unit: the label's values, in order (the unit dropped: a value is in the unit
printed). Amounts in different units, or words among them, are prose.

STAT_OF_RUNS: a statistic (best, worst, mean, median, average, min, max), ``of`` and the count
of runs it was taken over, a colon, a value and its unit, ``per`` and the operation at most:
the value is named by the statistic with its count as printed (``best of 5``: the count says
what the statistic was taken over, as ``Acc@1`` says its k). A count of loops before it,
parted by a comma, is bookkeeping.

TRIALS_OF: a count of runs (``trials``, ``runs``, ``iterations``, ``loops``, ``reps``), ``of``
and the case's label, the total time in parentheses closed by ``total``, then the time per run
with its rate unit (Perl's Benchmark::Timer: ``24 trials of sort (225.374ms total),
9.391ms/trial``): ``<label>/total`` and ``<label>/<run>``, named by the unit's denominator, as
the statistic of runs is by its words; the count is bookkeeping.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_LISTED = LazyPattern(rf"\s*([^\W\d][\w./-]*(?: [^\W\d][\w./-]*){{0,2}}):[ \t]+((?:{_NUMBER} "
                      rf"[^\W\d_]{{1,6}},[ \t]*)+{_NUMBER} [^\W\d_]{{1,6}})[ \t]*\Z")
_AMOUNT = LazyPattern(rf"({_NUMBER}) ([^\W\d_]{{1,6}})\Z")
_TRIALS_OF = LazyPattern(
    rf"\s*\d+ (?i:trials|runs|iterations|loops|reps|repetitions|rounds) of (\S[^()]{{0,63}}?) "
    rf"\(({_NUMBER}) ?[^\W\d_]{{1,6}} total\),? ({_NUMBER}) ?[^\W\d_]{{1,6}}/([^\W\d_]{{1,12}})[ \t]*\Z")
_STAT_OF = LazyPattern(
    rf"\s*(?:\d+ [^\W\d]\w*, )?((?i:best|worst|mean|median|average|min|max) of \d{{1,6}}):[ \t]+"
    rf"({_NUMBER}) [^\W\d_]{{1,6}}(?: per [^\W\d]\w{{0,15}})?[ \t]*\Z")


def read_repeats(line: str) -> list[tuple[str, str]] | None:
    """The ``(name, number text)`` pairs of a listed timing or a statistic of runs, else None."""
    listed = _LISTED.match(line)
    if listed is not None:
        amounts = [_AMOUNT.match(item.strip()) for item in listed.group(2).split(",")]
        if all(amounts) and len({amount.group(2) for amount in amounts if amount}) == 1:
            return [(listed.group(1), amount.group(1)) for amount in amounts if amount]
        return None
    stat = _STAT_OF.match(line)
    if stat is None and " of " in line and (trials := _TRIALS_OF.match(line)) is not None:
        label = trials.group(1)  # TRIALS_OF: the case's total and its time per run
        return [(f"{label}/total", trials.group(2)), (f"{label}/{trials.group(4)}", trials.group(3))]
    return [(stat.group(1), stat.group(2))] if stat is not None else None
