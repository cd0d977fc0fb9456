"""Plain data shared by the store, the capture code and the commands. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union

ParamValue = Union[int, float, bool, str]

# A run's life: it is `running` from the moment its row exists (before the child starts) until the
# recorder finalises it; `crashed` is set when the recorder died without finalising.
RUNNING = "running"
FINISHED = "finished"
FAILED = "failed"
INTERRUPTED = "interrupted"
CRASHED = "crashed"
STATUSES = (RUNNING, FINISHED, FAILED, INTERRUPTED, CRASHED)


@dataclass
class Param:
    """One parameter. `value` is typed (int, float, bool, str); `text` is what was written."""

    name: str
    value: ParamValue
    text: str
    source: str = "argv"  # argv: parsed from the command line; cli: given with --param


@dataclass
class GitInfo:
    """The code state a run started from. `patch` is `git diff HEAD` (tracked files), size-capped."""

    commit: str | None
    branch: str | None
    dirty: bool
    remote_url: str | None = None
    root: str | None = None
    patch: str | None = None
    patch_truncated: bool = False
    untracked: list[str] = field(default_factory=list)


@dataclass
class MetricSummary:
    """Kept up to date as points arrive, so listing runs never scans the points."""

    name: str
    last: float
    min: float
    max: float
    count: int
    last_step: float | None


@dataclass
class MetricPoint:
    name: str
    step: float
    time: float  # seconds since the epoch
    value: float


@dataclass
class Run:
    id: int
    uuid: str
    name: str | None
    experiment: str
    command: list[str]
    cwd: str
    status: str
    exit_code: int | None
    signal: int | None
    started_at: float  # seconds since the epoch
    ended_at: float | None
    host: str
    user: str
    pid: int | None = None
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    params: dict[str, Param] = field(default_factory=dict)
    metrics: dict[str, MetricSummary] = field(default_factory=dict)
    resources: dict[str, Any] = field(default_factory=dict)

    @property
    def duration_s(self) -> float | None:
        if self.ended_at is None:
            return None
        return max(0.0, self.ended_at - self.started_at)


@dataclass
class StoreInfo:
    path: str
    reason: str
    schema_version: int
    counts: dict[str, int]
