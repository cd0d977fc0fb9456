"""Values passed across the store interface that are not part of the data model proper."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from ..models import Param


@dataclass
class NewRun:
    """What is known about a run before its command starts."""

    uuid: str
    name: str | None
    experiment: str
    command: list[str]
    cwd: str
    started_at: float
    host: str
    user: str
    pid: int | None = None
    pid_started: float | None = None
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    params: dict[str, Param] = field(default_factory=dict)


@dataclass
class Series:
    """A metric's points as three parallel float64 arrays (cheap to fill, pack and store)."""

    steps: array = field(default_factory=lambda: array("d"))
    times: array = field(default_factory=lambda: array("d"))
    values: array = field(default_factory=lambda: array("d"))

    def __len__(self) -> int:
        return len(self.values)


@dataclass
class LogChunk:
    stream: str  # stdout or stderr
    offset: int  # byte offset of `data` within its stream
    data: bytes
