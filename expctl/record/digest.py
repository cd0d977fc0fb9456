"""A run's output turned into metric points, chunk by chunk, with the time it takes bounded.

`InlineMetrics` splits each stream into lines and parses them in this process: the built-in
formats are compiled code whose cost grows with the output, never beyond it.

A user's `--metric-pattern` is another matter: one regex with nested quantifiers can take
minutes, even years, on a single line (catastrophic backtracking), and Python's `re` holds the
interpreter lock all that time, so the passthrough and the signal handlers would stop with it.
`WorkerMetrics` therefore runs the same parsing in a worker process and gives each chunk a time
budget (`budget_for`). A worker that overruns it is killed; the user patterns are abandoned for
the rest of the run with a message the run keeps, and the built-in formats go on in process.
"""

from __future__ import annotations

import marshal
import os
import sys
import time
from array import array

from ..records import Series

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    import subprocess

# `json`, `selectors` and `subprocess` are imported where the worker needs them: `InlineMetrics`,
# every run's parser, is loaded on the digest thread at the first output, and under `ulimit -v`
# those 15 modules were what ran it out of memory (into CPython 3.11's endless retry of the
# exception unwinding that needs an int it cannot allocate, holding the GIL: a hung run).

BUDGET_S = 2.0  # per chunk, plus BUDGET_PER_MIB_S per MiB of it ...
BUDGET_PER_MIB_S = 2.0
START_ALLOWANCE_S = 5.0  # ... and, for the first, the time the worker takes to start
STREAMS = ("stdout", "stderr", "output")
_HEADER = 8  # message length, big-endian


class InlineMetrics:
    """Per-stream line splitting and parsing with `parser`, in this process."""

    def __init__(self, parser):
        from ..metrics import LineSplitter

        self.parser = parser
        # frame_key: a progress bar redrawn with unchanged metrics is one report, not many.
        self.splitters = {stream: LineSplitter(frame_key=parser.frame_key) for stream in STREAMS}

    def feed(self, stream: str, data: bytes, when: float) -> dict[str, Series]:
        points: dict[str, Series] = {}
        text = self.splitters[stream].feed_text(data)
        if text is not None:  # "" is a blank line: it ends blocks of lines
            self.parser.parse_text(text, when, points)
        return points

    def finish(self, when: float) -> dict[str, Series]:
        """The points of every stream's unfinished last line."""
        points: dict[str, Series] = {}
        for splitter in self.splitters.values():
            self.parser.parse_text(splitter.flush_text(), when, points)
        self.parser.finish(when, points)  # what it held for later lines
        return points

    def close(self) -> None:
        pass


class WorkerMetrics:
    """`InlineMetrics` in a worker process, each chunk within its time budget.

    `on_abandon(message)` is called once when the user patterns are given up; parsing then
    goes on in process with the built-in formats when `builtin`, else stops."""

    def __init__(self, patterns, builtin: bool, name: str | None, on_abandon,
                 ignore_metrics=(), only_metrics=()):
        self.config = {"patterns": list(patterns), "builtin": builtin, "name": name,
                       "ignore_metrics": list(ignore_metrics), "metrics": list(only_metrics)}
        self.on_abandon = on_abandon
        self.proc: subprocess.Popen | None = None
        self.fallback: InlineMetrics | None = None
        self.started = False
        self.abandoned = False

    def feed(self, stream: str, data: bytes, when: float) -> dict[str, Series]:
        return self._ask(("chunk", stream, bytes(data), when), len(data),
                         lambda m: m.feed(stream, data, when))

    def finish(self, when: float) -> dict[str, Series]:
        points = self._ask(("finish", "", b"", when), 0, lambda m: m.finish(when))
        self.close()
        return points

    def close(self) -> None:
        if self.proc is not None:
            _stop(self.proc)
            self.proc = None

    def _ask(self, message: tuple, size: int, inline) -> dict[str, Series]:
        if self.abandoned:
            return inline(self.fallback) if self.fallback else {}
        budget = budget_for(size) + (0 if self.started else START_ALLOWANCE_S)
        try:
            if self.proc is None:
                self.proc = _start_worker(self.config)
                self.started = True
            reply = _exchange(self.proc, message, budget)
        except OSError:
            reply = None
        if reply is None:
            self._abandon(budget, size)
            return inline(self.fallback) if self.fallback else {}
        return {name: Series(_floats(steps), _floats(times), _floats(values))
                for name, steps, times, values in reply}

    def _abandon(self, budget: float, size: int) -> None:
        self.abandoned = True
        self.close()
        if self.config["builtin"]:
            self.fallback = InlineMetrics(_parser(dict(self.config, patterns=[])))
        kept = "the built-in formats go on" if self.config["builtin"] else "no metrics from output"
        self.on_abandon(f"--metric-pattern too slow: reading {size:,} bytes of output took over "
                        f"{budget:.0f}s (a regex that backtracks?); user patterns dropped for "
                        f"the rest of the run, {kept}")


def _parser(config: dict):
    """The parser `config` describes (the worker's, or the in-process fallback's)."""
    from ..metrics import MetricParser

    return MetricParser(config["patterns"], builtin=config["builtin"], name=config["name"],
                        ignore_metrics=config["ignore_metrics"], metrics=config["metrics"])


def budget_for(size: int) -> float:
    """Seconds a chunk of `size` bytes may take to parse before its patterns are given up."""
    return BUDGET_S + BUDGET_PER_MIB_S * size / (1 << 20)


def _floats(raw: bytes) -> array:
    values = array("d")
    values.frombytes(raw)
    return values


def _start_worker(config: dict) -> subprocess.Popen:
    import json
    import subprocess

    env = dict(os.environ)
    # The worker imports this very package, wherever it was imported from.
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (root, env.get("PYTHONPATH"))))
    return subprocess.Popen(
        [sys.executable, "-c", "from expctl.record.digest import serve; serve()", json.dumps(config)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
        start_new_session=True,  # a Ctrl-C or a signal to our group is not for it
    )


def _exchange(proc: subprocess.Popen, message: tuple, budget: float):
    """Send `message`, return the reply, or None when it did not come within `budget` s."""
    assert proc.stdin is not None and proc.stdout is not None, "the worker has both pipes"
    _write_message(proc.stdin, message)
    deadline = time.monotonic() + budget
    fd = proc.stdout.fileno()
    header = _read_exactly(fd, _HEADER, deadline)
    if header is None:
        return None
    body = _read_exactly(fd, int.from_bytes(header, "big"), deadline)
    return None if body is None else marshal.loads(body)


def _read_exactly(fd: int, size: int, deadline: float) -> bytes | None:
    import selectors

    parts, left = [], size
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while left:
            wait = deadline - time.monotonic()
            if wait <= 0 or not selector.select(wait):
                return None
            data = os.read(fd, left)
            if not data:
                return None  # the worker died
            parts.append(data)
            left -= len(data)
    return b"".join(parts)


def _write_message(stream, message) -> None:
    body = marshal.dumps(message)
    stream.write(len(body).to_bytes(_HEADER, "big") + body)
    stream.flush()


def _stop(proc: subprocess.Popen) -> None:
    try:
        proc.kill()
        proc.wait()
    except OSError:
        pass
    for pipe in (proc.stdin, proc.stdout):
        try:
            if pipe is not None:
                pipe.close()
        except OSError:
            pass


def serve() -> None:
    """The worker's loop: a message in, the points it gives out, until stdin closes."""
    import json

    config = json.loads(sys.argv[1])
    metrics = InlineMetrics(_parser(config))
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while True:
        header = source.read(_HEADER)
        if len(header) < _HEADER:
            return
        kind, stream, data, when = marshal.loads(source.read(int.from_bytes(header, "big")))
        points = metrics.feed(stream, data, when) if kind == "chunk" else metrics.finish(when)
        reply = [(name, s.steps.tobytes(), s.times.tobytes(), s.values.tobytes())
                 for name, s in points.items()]
        _write_message(sink, reply)
