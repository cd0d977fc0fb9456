"""One metric value per run as two columns, run ids and values: what importance and groups read
of the runs besides their params, without an object per run (at 100,000 runs, a record per run
and per summary was most of their time and memory).

Plain data in, plain data out: the rows come from Store.summary_column, the status rule from
expctl.analyse.selection, the aggregate and NaN rules from expctl.analyse.aggregates, and the
results are those of `samples.observe` on the same runs (tests/test_aggregate_reads.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from itertools import compress, islice, repeat
from operator import gt, itemgetter, ne

from ..errors import ExpctlError
from ..models import Record
from .aggregates import as_float, check_aggregate, finite_mean

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` (ttest's light path reads this module)
if TYPE_CHECKING:
    from typing import Any

_NAN = math.nan


class MetricColumn(Record):
    """The runs that have `metric`, as columns: their `ids` and the `agg` value of each
    (`values`, NaN where it has none), in the order of the selection; `missing`: the ids of
    selected runs without the metric. Read as `samples.Observations` is, by importance and groups."""

    metric: str
    agg: str
    ids: list[int]
    values: list[float]
    missing: list[int]


def summary_field(agg: str) -> str:
    """The summary column Store.summary_column reads for `agg` (`mean` reads the series, and
    the count only tells which runs have the metric)."""
    return "count" if check_aggregate(agg) == "mean" else agg


def status_column(rows: Sequence[tuple]) -> list[str]:
    """The statuses of Store.summary_column's rows, at C speed."""
    return list(map(itemgetter(1), rows))


def observe_column(store, rows: Sequence[tuple], metric: str, agg: str = "last") -> MetricColumn:
    """`samples.observe` of the runs in `rows` (Store.summary_column's, of `summary_field(agg)`),
    as columns: the same values, the same missing runs, the same errors."""
    check_aggregate(agg)
    run_ids, _, has, stored = zip(*rows) if rows else ((), (), (), ())
    return observe_columns(store, run_ids, has, stored, metric, agg)


def observe_columns(store, run_ids: Sequence[int], has: Sequence[bool], stored: Sequence,
                    metric: str, agg: str = "last") -> MetricColumn:
    """observe_column of the rows given as columns (Store.summary_columns' ids, has and
    values, with no tuple per run): the same column, the same errors."""
    check_aggregate(agg)
    if not run_ids:
        raise ExpctlError("no runs match the selection",
                          hint="check the filters; `expctl list --all` shows what is recorded")
    ids = list(compress(run_ids, has))
    missing = [run_id for run_id, present in zip(run_ids, has) if not present] if len(ids) < len(run_ids) else []
    if not ids:
        from .samples import no_metric_error

        raise no_metric_error(store, list(run_ids), metric)
    if agg == "mean":
        values = _means(store, ids, metric)
    else:
        values = list(compress(stored, has))
        if set(map(type, values)) != {float}:  # else as_float of each value is the value itself
            values = [_NAN if value is None else as_float(value) for value in values]
    return MetricColumn(metric, agg, ids, values, missing)


def _means(store, ids: list[int], metric: str) -> list[float]:
    """The mean of each run's finite points (NaN where there is none), read in one pass."""
    means = dict.fromkeys(ids, _NAN)
    for run_id, points in store.iter_metric_values(ids, metric):
        means[run_id] = as_float(finite_mean(points))
    return list(map(means.__getitem__, ids))


# -- grouping runs by their params' values, as columns (seed groups) ---------------------------

def position_of(ids: Sequence[int], levels: dict[str, list[tuple[Any, list[int]]]]) -> Callable[[int], int | None]:
    """run id -> its position in `ids`, None for any other run of `levels`: a list indexed by
    run id when the ids are not too sparse (half the time of a dict's get), else a dict."""
    ends = [(run_ids[0], run_ids[-1]) for found in levels.values() for _, run_ids in found if run_ids]
    lowest = min([min(ids, default=0), *(first for first, _ in ends)])
    top = max([max(ids, default=0), *(last for _, last in ends)])
    if lowest < 0 or top > 4 * len(ids) + 1000:
        return dict(zip(ids, range(len(ids)))).get
    index: list[int | None] = [None] * (top + 1)
    for at, run_id in enumerate(ids):
        index[run_id] = at
    return index.__getitem__


def level_positions(levels: list[tuple[Any, list[int]]],
               position: Callable[[int], int | None]) -> list[tuple[Any, list[int]]]:
    """The levels as (value, positions in the metric's column), runs not in it (no finite
    value) left out, and levels left without a run (Store.param_levels' ids are ascending)."""
    found = []
    for value, run_ids in levels:
        at: list = list(map(position, run_ids))
        if None in at:
            at = [index for index in at if index is not None]
        if at:
            found.append((value, at))
    return found


def level_codes(found: list[tuple[Any, list[int]]], n: int) -> tuple[list[int], list]:
    """A param given as level_positions' levels, as a code per position 0..n-1 (the level's
    index; len(found) where a run lacks the param) and the value of each code (None for that
    last one): what seed groups read of it, a code per run set at C speed a level at a time."""
    codes = [len(found)] * n
    for code, (_, at) in enumerate(found):
        list(map(codes.__setitem__, at, repeat(code)))
    return codes, [value for value, _ in found] + [None]



def group_keys(column: dict, ids: Sequence[int]) -> list:
    """What tells the runs `ids` apart by one param (`column`: run id -> value; None where a run
    lacks it): two runs are alike when their values have one repr (which tells the type: int 1,
    float 1.0, bool True and str '1' differ, so do 0.0 and -0.0, and every NaN is one). The
    values themselves where that is plain equality (one type, and for floats no zero or NaN),
    which keeps the reprs of 100,000 runs unwritten; else the reprs."""
    values = list(map(column.get, ids))
    kinds = set(map(type, values)) - {type(None)}
    if len(kinds) > 1 or (float in kinds and _zero_or_nan(set(values))):
        return list(map(repr, values))
    return values


def _zero_or_nan(distinct: set) -> bool:
    return 0.0 in distinct or any(value != value for value in distinct)


def group_indexes(key_columns: list[list], n: int) -> list[list[int]]:
    """The indexes 0..n-1 grouped by their keys across `key_columns` (one `group_keys` list per
    param), groups in order of first index, indexes in order within each: each index is named
    by the first index with its key (one dict step at C speed), and a stable sort by that name
    brings each group together in order, not a dict lookup and a list append per run in Python."""
    if not n:
        return []
    keys = list(zip(*key_columns)) if key_columns else [()] * n
    first_of: dict[tuple, int] = {}
    first = list(map(first_of.setdefault, keys, range(n)))
    order = sorted(range(n), key=first.__getitem__)
    named = list(map(first.__getitem__, order))
    cuts = [0, *compress(range(1, n), map(ne, named[1:], named[:-1])), n]
    return [order[start:end] for start, end in zip(cuts, cuts[1:])]


def grouped_order(key_columns: list[list], ids: Sequence[int]) -> tuple[list[int], list[int]]:
    """The indexes 0..n-1 of `ids` laid out group after group (keys as for group_indexes: groups
    in order of their first index), each group's in order of run id (equal ids in index order),
    and where each group starts (`cuts`, ending with n): `group_indexes`, each group sorted by
    id, as two sorts of the whole at C speed rather than a sort and a list per group."""
    n = len(ids)
    if all(map(gt, ids, islice(ids, 1, None))):  # newest first, as runs are selected by default
        order = list(range(n - 1, -1, -1))
    else:
        order = sorted(range(n), key=ids.__getitem__)
    if not n or not key_columns:
        return order, [0, n] if n else [0]
    first_of: dict[tuple, int] = {}
    first = list(map(first_of.setdefault, zip(*key_columns), range(n)))
    order.sort(key=first.__getitem__)  # stable: within a group, still in order of run id
    named = list(map(first.__getitem__, order))
    return order, [0, *compress(range(1, n), map(ne, named[1:], named[:-1])), n]


def value_labels(values: list, absent: object = None) -> list:
    """samples.value_label of each value ("" for `absent`, a marker for a missing value; None
    marks none), at C speed when the values are of one kind (text, ints, floats)."""
    kinds = set(map(type, values))
    if kinds == {str}:
        return values
    if kinds == {float}:
        return list(map(repr, values))
    if kinds <= {int, str}:
        return list(map(str, values))
    from .samples import value_label

    return ["" if absent is not None and value is absent else value_label(value) for value in values]


def seed_tuples(seed_columns: list[dict], ids: Sequence[int]) -> list[tuple]:
    """Per run of `ids`, the tuple of its values of the seed-like params (`seed_columns`, in
    order; a param the run lacks is left out)."""
    return seed_value_tuples([list(map(column.get, ids)) for column in seed_columns], len(ids))


def seed_value_tuples(lists: list[list], n: int) -> list[tuple]:
    """seed_tuples of the seed params' values given as lists (a value a run of n, None where
    the run lacks the param)."""
    if not any(None in values for values in lists):
        return list(zip(*lists)) if lists else [()] * n
    return [tuple([value for value in row if value is not None]) for row in zip(*lists)]
