"""Values passed across the store interface that are not part of the data model proper:
what the recorder hands every store, what stores hand back, and the packed form of a metric's
float arrays (the same bytes in every store and in export files)."""

from __future__ import annotations

import sys

from .models import Param, Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from array import array
    from collections.abc import Sequence

_LITTLE = sys.byteorder == "little"


class NewRun(Record):
    """What is known about a run before its command starts: `command` is the redacted argv,
    `pid`/`pid_started` identify the recording process, `params` maps name -> Param."""

    uuid: str
    name: str | None
    experiment: str
    command: list[str]
    cwd: str
    started_at: float
    host: str | None
    user: str | None
    pid: int | None = None
    pid_started: float | None = None
    tags: Sequence[str] = ()
    notes: str | None = ""
    params: dict[str, Param] | None = None


class Series:
    """A metric's points as three parallel float64 arrays (cheap to fill, pack and store)."""

    __slots__ = ("steps", "times", "values")

    def __init__(self, steps: array | None = None, times: array | None = None,
                 values: array | None = None):
        self.steps = floats() if steps is None else steps
        self.times = floats() if times is None else times
        self.values = floats() if values is None else values

    def __repr__(self) -> str:
        return f"Series(steps={self.steps!r}, times={self.times!r}, values={self.values!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Series) and (self.steps, self.times, self.values) == (
            other.steps, other.times, other.values)

    def append(self, step: float, time: float, value: float) -> None:
        self.steps.append(step)
        self.times.append(time)
        self.values.append(value)

    def __len__(self) -> int:
        return len(self.values)


class LogChunk(Record):
    """`data` bytes of `stream` ("stdout" or "stderr") starting at byte `offset` of that stream.
    `size` is how many bytes of the stream the chunk stands for: more or fewer than `len(data)`
    when secrets in it were replaced; None (as a writer may leave it) means `len(data)`."""

    stream: str
    offset: int
    data: bytes
    size: int | None = None

    @property
    def span(self) -> int:
        """How many bytes of the stream the chunk stands for (`size`, else `len(data)`)."""
        return len(self.data) if self.size is None else self.size


def floats() -> array:
    """An empty float64 array. `array` is imported at the first: its module imports
    `collections.abc` (with `collections`, about 8 M instructions), which a run that records
    no metric never needs."""
    from array import array

    return array("d")


def pack(values: array) -> bytes:
    """float64 array -> little-endian bytes (the stored format, whatever the machine)."""
    if _LITTLE:
        return values.tobytes()
    from array import array

    swapped = array("d", values)
    swapped.byteswap()
    return swapped.tobytes()


def unpack(blob: bytes | bytearray) -> array:
    """The inverse of `pack`."""
    values = floats()
    values.frombytes(blob)
    if not _LITTLE:
        values.byteswap()
    return values
