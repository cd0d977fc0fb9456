"""Plain data shared by the store, the capture code and the commands. No I/O here.

Records are `collections.namedtuple`s: `expctl run` loads them on every call, and the
alternatives cost start-up there (importing `dataclasses` and processing each class about 25 ms,
`typing.NamedTuple` about 15 ms; `collections` is loaded with the interpreter).
"""

from __future__ import annotations

from collections import namedtuple

# A param's value: int, float, bool or str.
ParamValue = (int, float, bool, str)

# A run's life: it is `running` from the moment its row exists (before the child starts) until the
# recorder finalises it; `crashed` is set when the recorder died without finalising.
RUNNING = "running"
FINISHED = "finished"
FAILED = "failed"
INTERRUPTED = "interrupted"
CRASHED = "crashed"
STATUSES = (RUNNING, FINISHED, FAILED, INTERRUPTED, CRASHED)


def record(name: str, fields: str, defaults: tuple = ()):
    """A named tuple type; `defaults` apply to the last fields. Subclass it to add a docstring."""
    return namedtuple(name, fields.split(), defaults=defaults)


class Param(record("Param", "name value text source", ("argv",))):
    """One parameter: `name`; `value` typed (int, float, bool, str); `text` as written;
    `source`, one of PARAM_SOURCES, says where it came from."""

    __slots__ = ()


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


class ParamOrigin(record("ParamOrigin", "source origin count problem", (0, None))):
    """Where params of `source` came from: `origin` a config file's path or the hook's
    `argparse`/`hydra`; `count` params taken from it; `problem` None, or why it was not read
    (or read only in part), said where the user looks (`show`)."""

    __slots__ = ()


class GitInfo(record(
    "GitInfo", "commit branch dirty remote_url root patch patch_truncated untracked",
    (None, None, None, False, ()),
)):
    """The code state a run started from: `commit` (None before the first commit), `branch` (None
    when detached), `dirty` (tracked changes), `remote_url` (credentials removed), `root`, `patch`
    (`git diff HEAD --binary`, size-capped; `patch_truncated`), `untracked` file names."""

    __slots__ = ()


class MetricSummary(record("MetricSummary", "name last min max count last_step")):
    """Kept up to date as points arrive, so listing runs never scans the points. `last`, `min`
    and `max` are NaN when unknown (every value NaN); `last_step` is a float or None."""

    __slots__ = ()


class Run(record(
    "Run", "id uuid name experiment command cwd status exit_code signal started_at ended_at "
           "host user pid tags notes params metrics resources",
)):
    """One recorded run. Times are seconds since the epoch; `command` is the redacted argv;
    `params` maps name -> Param, `metrics` name -> MetricSummary; `resources` is a dict."""

    __slots__ = ()

    @property
    def duration_s(self) -> float | None:
        if self.ended_at is None:
            return None
        return max(0.0, self.ended_at - self.started_at)


class StoreInfo(record("StoreInfo", "path reason schema_version counts")):
    """What `expctl info` reports: the store file, why it was chosen, schema version, counts."""

    __slots__ = ()


def peak_memory_mb(resources: dict) -> float | None:
    """A run's peak memory: the larger of the sampled peak of its whole process tree and the
    largest single process's maximum RSS from the kernel (exact, but per process). Samples can
    miss a short run's peak; the kernel figure cannot see a tree's sum: together they are the
    best estimate. None when neither was recorded."""
    known = [v for v in (resources.get("peak_rss_mb"), resources.get("max_rss_mb")) if v]
    return max(known) if known else None
