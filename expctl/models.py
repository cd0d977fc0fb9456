"""Plain data shared by the store, the capture code and the commands. No I/O here.

Records are written as `typing.NamedTuple` classes (so the type checker sees each field's type)
but built at run time by `Record`, a small stand-in for `collections.namedtuple`: `expctl run`
and the light commands load a few dozen of them on every call, and the alternatives cost
start-up there (importing `typing` about 3 ms and processing each class, `dataclasses` about
25 ms; `collections.namedtuple` itself about 0.1-0.2 ms a class, as it compiles a `__new__` for
each). A record is a tuple subclass with namedtuple's API (`_fields`, `_field_defaults`,
`_make`, `_replace`, `_asdict`, its repr, pickling) and namedtuple's C field accessors.
"""

from __future__ import annotations

import gc

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` (mypy reads either)
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    # The type checker reads every `class X(Record)` as the NamedTuple it is at run time.
    from typing import NamedTuple as Record
else:
    class _RecordMeta(type):
        """Turns `class X(Record): field: type = default ...` into a namedtuple class, as
        `typing.NamedTuple` does: the annotations give the fields (in order), their class
        attributes the defaults; methods, properties and the docstring are the class's own,
        as if on a subclass of the namedtuple. One class, not a namedtuple and a subclass of it:
        making a class costs about 0.1 ms, and `expctl run` loads some twenty records."""

        def __new__(mcls, name, bases, namespace):
            if not any(isinstance(b, _RecordMeta) for b in bases):
                return super().__new__(mcls, name, bases, namespace)
            fields = list(namespace.get("__annotations__", {}))
            first = next((i for i, f in enumerate(fields) if f in namespace), len(fields))
            late = [f for f in fields[first:] if f not in namespace]
            if late:
                raise TypeError(f"{name}: field {late[0]} without a default follows one with")
            defaults = [namespace.pop(f) for f in fields[first:]]
            namespace.pop("__annotations__", None)
            merged = _record_namespace(name, tuple(fields), tuple(defaults), namespace.get("__module__"))
            merged["__doc__"] = None  # unless the class has its own, as a subclass would
            merged.update(namespace)  # the class body's names win, as a subclass's would
            return type(name, (tuple,), merged)

    class Record(metaclass=_RecordMeta):
        """Base of a record class (see the module's docstring)."""

    try:
        from _collections import _tuplegetter  # what namedtuple's fields are made of
    except ImportError:  # another Python: a property does the same, a little slower
        from operator import itemgetter

        def _tuplegetter(index, doc):
            return property(itemgetter(index), doc=doc)

    def _record_namespace(name: str, fields: tuple, defaults: tuple, module) -> dict:
        """The names of the tuple class `namedtuple(name, fields, defaults=...)` would make."""
        size, field_defaults = len(fields), dict(zip(fields[len(fields) - len(defaults):], defaults))

        def __new__(cls, *args, **kwargs):
            if kwargs or len(args) != size:
                args = _bind(name, fields, field_defaults, args, kwargs)
            return tuple.__new__(cls, args)

        namespace = {
            "__slots__": (), "__module__": module, "__doc__": f"{name}({', '.join(fields)})",
            "__new__": __new__, "_fields": fields, "_field_defaults": field_defaults,
            "__match_args__": fields, "_make": classmethod(_make), "_replace": _replace,
            "_asdict": _asdict, "__repr__": _repr, "__getnewargs__": _getnewargs,
        }
        for index, field in enumerate(fields):
            namespace[field] = _tuplegetter(index, f"Alias for field number {index}")
        return namespace

    def _bind(name: str, fields: tuple, defaults: dict, args: tuple, kwargs: dict) -> tuple:
        """The values of a record built from `args` and `kwargs`, refused as a function call
        with the fields as parameters would refuse them."""
        if len(args) > len(fields):
            raise TypeError(f"{name}() takes {len(fields)} positional arguments but "
                            f"{len(args)} were given")
        values = list(args)
        for field in fields[len(args):]:
            if field in kwargs:
                values.append(kwargs.pop(field))
            elif field in defaults:
                values.append(defaults[field])
            else:
                raise TypeError(f"{name}() missing required argument: {field!r}")
        for word in kwargs:
            problem = "multiple values for argument" if word in fields else "an unexpected keyword argument"
            raise TypeError(f"{name}() got {problem} {word!r}")
        return tuple(values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(values)}")
        return tuple.__new__(cls, values)

    def _replace(self, **changes):
        values = self._make(map(changes.pop, self._fields, self))
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return values

    def _asdict(self) -> dict:
        return dict(zip(self._fields, self))

    def _repr(self) -> str:
        pairs = ", ".join(f"{field}={value!r}" for field, value in zip(self._fields, self))
        return f"{self.__class__.__name__}({pairs})"

    def _getnewargs(self) -> tuple:
        return tuple(self)

# A param's value: int, float, bool or str (a runtime union: no `typing` import).
ParamValue = int | float | bool | str

# A run's life: it is `running` from the moment its row exists (before the child starts) until the
# recorder finalises it; `crashed` is set when the recorder died without finalising.
RUNNING = "running"
FINISHED = "finished"
FAILED = "failed"
INTERRUPTED = "interrupted"
CRASHED = "crashed"
STATUSES = (RUNNING, FINISHED, FAILED, INTERRUPTED, CRASHED)


class Param(Record):
    """One parameter: `name`; `value` typed (int, float, bool, str); `text` as written;
    `source`, one of PARAM_SOURCES, says where it came from."""

    name: str
    value: ParamValue
    text: str
    source: str = "argv"


# Where a param's value can come from, weakest first; when two sources give the same name, the
# stronger one's value is the param's and the other is kept as overridden (see `param_wins`):
# output       printed by the command as its configuration (found by the metric parser)
# config-file  read from a config file named on the command line (capture/config_files.py)
# hook         the parsed argparse namespace or Hydra config, from `run --py-hook` (pyhook/)
# argv         parsed from the command line (capture/params.py)
# explicit     given with `expctl run --param` (stored as `cli` before schema 4)
PARAM_SOURCES = ("output", "config-file", "hook", "argv", "explicit")
_PARAM_RANK = {source: rank for rank, source in enumerate(PARAM_SOURCES)}


def param_wins(new_source: str, old_source: str) -> bool:
    """Whether a value from `new_source` replaces one from `old_source` for the same name. A
    source repeating a name replaces its own earlier value (`--lr 1 --lr 2`); what the user typed
    (argv, --param) beats what was read or guessed; the hook, which saw the values the program
    actually parsed, beats the files and the output; an unknown source is weakest."""
    if new_source == old_source:
        return True
    return _PARAM_RANK.get(new_source, -1) > _PARAM_RANK.get(old_source, -1)


def same_param_value(a: Param, b: Param) -> bool:
    """Whether two sources agree on a param: equal values (1 and 1.0 agree; true and 1 do not)."""
    return a.value == b.value and isinstance(a.value, bool) == isinstance(b.value, bool)


class ParamOrigin(Record):
    """Where params of `source` came from: `origin` a config file's path or the hook's
    `argparse`/`hydra`; `count` params taken from it; `problem` None, or why it was not read
    (or read only in part), said where the user looks (`show`)."""

    source: str
    origin: str
    count: int = 0  # type: ignore[assignment]  # a field named like tuple.count (the data's word)
    problem: str | None = None


class GitInfo(Record):
    """The code state a run started from: `commit` (None before the first commit), `branch` (None
    when detached), `dirty` (tracked changes), `remote_url` (credentials removed), `root`, `patch`
    (`git diff HEAD --binary`, size-capped; `patch_truncated`), `untracked` file names."""

    commit: str | None
    branch: str | None
    dirty: bool
    remote_url: str | None = None
    root: str | None = None
    patch: str | None = None
    patch_truncated: bool = False
    untracked: Sequence[str] = ()


# The one home of which aggregates a run's summary answers without reading the metric's points:
# its values (NaN when unknown), and `count`. `expctl.analyse.aggregates` adds `mean` (which reads
# the points) for every --agg; `--where`/`--sort`/`--columns` take these (`metrics.loss.min`).
SUMMARY_VALUES = ("last", "min", "max")
STORED_AGGREGATES = SUMMARY_VALUES + ("count",)


class MetricSummary(Record):
    """Kept up to date as points arrive, so listing runs never scans the points. `last`, `min`
    and `max` are NaN when unknown (every value NaN); `last_step` is a float or None."""

    name: str
    last: float
    min: float
    max: float
    count: int  # type: ignore[assignment]  # a field named like tuple.count (the store's column)
    last_step: float | None


class Run(Record):
    """One recorded run. Times are seconds since the epoch; `command` is the redacted argv;
    `params` maps name -> Param, `metrics` name -> MetricSummary; `resources` is a dict."""

    id: int
    uuid: str
    name: str | None
    experiment: str
    command: list[str]
    cwd: str
    status: str
    exit_code: int | None
    signal: int | None
    started_at: float
    ended_at: float | None
    host: str | None
    user: str | None
    pid: int | None
    tags: list[str]
    notes: str | None
    params: dict[str, Param]
    metrics: dict[str, MetricSummary]
    resources: dict[str, Any]

    @property
    def duration_s(self) -> float | None:
        if self.ended_at is None:
            return None
        return max(0.0, self.ended_at - self.started_at)


class StoreInfo(Record):
    """What `expctl info` reports: the store file, why it was chosen, schema version, counts."""

    path: str
    reason: str
    schema_version: int
    counts: dict[str, int]


class paused_gc:  # named as a function: `with paused_gc():`
    """The cyclic garbage collector held off while many rows become objects. Those objects
    (tuples, dicts, lists of values) hold no cycles, so reference counting frees them all the
    same; left on, the collector walks every one of them again each time its allocation count
    trips, which made reading 100,000 runs' params super-linear (seconds of collection).
    Nested, or when the caller holds it off, it leaves the collector as it found it."""

    def __enter__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc) -> None:
        if self.was_enabled:
            gc.enable()


def peak_memory_mb(resources: dict) -> float | None:
    """A run's peak memory: the larger of the sampled peak of its whole process tree and the
    largest single process's maximum RSS from the kernel (exact, but per process). Samples can
    miss a short run's peak; the kernel figure cannot see a tree's sum: together they are the
    best estimate. None when neither was recorded."""
    known = [v for v in (resources.get("peak_rss_mb"), resources.get("max_rss_mb")) if v]
    return max(known) if known else None
