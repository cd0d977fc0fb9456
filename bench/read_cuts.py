"""Do the points a run records depend on how its output was cut into reads?

Feeds every fixture of the development halves through the recorder's own way in
(`expctl.record.digest.InlineMetrics`: one `LineSplitter` per stream with the parser's
`frame_key`, `feed` per read, `finish` at the end, as `expctl run` does) in several cuttings,
and compares the points ``(name, step, value)`` with those of the whole output in one read and
with what `bench/corpus_table.py` scores (`judge.parse_fixture`, 4 KiB reads and ``--live``).

    .venv/bin/python bench/read_cuts.py [--cuts whole,lines,...] [--halves dev,heldout3,...]

Prints one line per fixture and cutting that differs (the first points that differ with
``-v``), then a count. The blind half is never read.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from expctl.metrics import LineSplitter, MetricParser
from expctl.record.digest import InlineMetrics
from tests.corpus import judge

HALVES = ["dev", "heldout"] + [f"heldout{n}" for n in range(3, 62)]  # never a blind half


def _at(data: bytes, bounds) -> list[bytes]:
    cuts = sorted({0, len(data), *(b for b in bounds if 0 < b < len(data))})
    return [data[a:b] for a, b in zip(cuts, cuts[1:])]


def _every(data: bytes, size: int) -> list[bytes]:
    return [data[i:i + size] for i in range(0, len(data), size)] or [b""]


def _small(data: bytes, seed: int = 1) -> list[bytes]:
    rng, out, at = random.Random(seed), [], 0
    while at < len(data):
        step = rng.randint(1, 7)
        out.append(data[at:at + step])
        at += step
    return out


def _random_cuts(seed: int):
    def cut(data: bytes) -> list[bytes]:
        rng = random.Random(seed * 7919 + len(data))
        return _at(data, [rng.randrange(len(data) + 1) for _ in range(rng.randint(1, 60))])
    return cut


def _inside_crlf(data: bytes) -> list[bytes]:
    return _at(data, [i + 1 for i in range(len(data) - 1) if data[i:i + 2] == b"\r\n"])


def _inside_utf8(data: bytes) -> list[bytes]:
    """Cut after every lead byte of a multi-byte UTF-8 sequence (and after its second byte)."""
    bounds = []
    for i, byte in enumerate(data):
        if byte >= 0xC0:
            bounds += [i + 1, i + 2]
    return _at(data, bounds)


def _inside_escapes(data: bytes) -> list[bytes]:
    """Cut after every ESC, after its next byte and before its final byte."""
    bounds = []
    at = data.find(b"\x1b")
    while at >= 0:
        end = at + 2
        while end < len(data) and end < at + 24 and not 0x40 <= data[end] <= 0x7E:
            end += 1
        bounds += [at, at + 1, at + 2, end]
        at = data.find(b"\x1b", at + 1)
    return _at(data, bounds)


CUTS = {
    "whole": lambda data: [data],
    "lines": lambda data: data.splitlines(keepends=True) or [b""],
    "4k": lambda data: _every(data, 4096),
    "1k": lambda data: _every(data, 1000),
    "small": _small,
    "random1": _random_cuts(1),
    "random2": _random_cuts(2),
    "random3": _random_cuts(3),
    "crlf": _inside_crlf,
    "utf8": _inside_utf8,
    "escapes": _inside_escapes,
}


def recorder_points(fixture: Path, cut, merged: bool = False) -> list[str]:
    """The points `InlineMetrics` gives for the fixture's streams cut by `cut`; `merged`: both
    streams in one ("output", as when they go to one pipe or pty)."""
    metrics, out = InlineMetrics(MetricParser()), []
    streams = [(s, (fixture / f"{s}.txt").read_bytes()) for s in judge.STREAMS]
    if merged:
        streams = [("output", b"".join(data for _, data in streams))]
    when = 0.0
    for stream, data in streams:
        for piece in cut(data):
            if piece:
                when += 1.0
                out += _points(metrics.feed(stream, piece, when))
    out += _points(metrics.finish(when + 1.0))
    return sorted(out)


def line_api_points(fixture: Path, cut) -> list[str]:
    """The same reads through the parser's other way in: `LineSplitter.feed` (a list of lines)
    and `MetricParser.parse_lines`, which must give the same points."""
    parser, out = MetricParser(), {}
    for stream in judge.STREAMS:
        splitter = LineSplitter(frame_key=parser.frame_key)
        for piece in cut((fixture / f"{stream}.txt").read_bytes()):
            parser.parse_lines(splitter.feed(piece), 0.0, out)
        parser.parse_lines(splitter.flush(), 0.0, out)
    parser.finish(0.0, out)
    return sorted(_points(out))


def judged_points(fixture: Path, live: bool) -> list[str]:
    return sorted(repr((p.name, p.step, p.value)) for p in judge.parse_fixture(fixture, live))


def _points(series: dict) -> list[str]:
    return [repr((name, step, value)) for name, s in series.items()
            for step, value in zip(s.steps, s.values)]


def run_points(fixture: Path, pty: bool, store: Path) -> list[str]:
    """The points `expctl run` stores for a command printing the fixture's stdout, then its
    stderr to stderr: through pipes, or with stdout on a pseudo-terminal (`--pty`)."""
    expctl = [sys.executable, "-m", "expctl"]
    script = 'cat "$1"; cat "$2" >&2'
    command = [*expctl, "run", "--db", str(store), "-q", "--pty" if pty else "--no-pty", "--",
               "sh", "-c", script, "sh", str(fixture / "stdout.txt"), str(fixture / "stderr.txt")]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        subprocess.run(command, stdout=out, stderr=err, check=True, cwd=store.parent)
    shown = subprocess.run([*expctl, "metrics", "--db", str(store), "last", "-f", "csv"],
                           capture_output=True, check=True, cwd=store.parent, text=True).stdout
    return sorted(repr((row["name"], float(row["step"]), float(row["value"])))
                  for row in csv.DictReader(io.StringIO(shown)))  # csv: nan as printed


def _root(half: str) -> Path:
    return judge.CORPUS if half == "dev" else judge.CORPUS / half


def _diff(a: list[str], b: list[str], limit: int = 4) -> str:
    only_a = [p for p in a if p not in set(b)]
    only_b = [p for p in b if p not in set(a)]
    return f"      only whole: {only_a[:limit]}\n      only cut:   {only_b[:limit]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cuts", default=",".join(CUTS))
    parser.add_argument("--halves", default=",".join(HALVES))
    parser.add_argument("--fixture", default="", help="only fixtures whose path holds this")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--seeds", type=int, default=0, help="this many more random cuttings")
    parser.add_argument("--lines-api", action="store_true",
                        help="also each cutting through feed and parse_lines")
    parser.add_argument("--e2e", default="", metavar="NAMES",
                        help="also `expctl run` through a pipe and a pty for these fixtures "
                             "(comma-separated names, or all)")
    parser.add_argument("--merged", action="store_true",
                        help="also both streams as one ('output'); whole and small reads")
    args = parser.parse_args(argv)
    cuts = args.cuts.split(",")
    halves = [h for h in args.halves.split(",") if h != "heldout22"]
    checked = differ = 0
    for half in halves:
        for fixture in judge.fixture_dirs(_root(half)):
            label = f"{half}/{fixture.name}"
            if args.fixture not in label:
                continue
            whole = recorder_points(fixture, CUTS["whole"])
            others = {"judge-4k": judged_points(fixture, False),
                      "judge-live": judged_points(fixture, True)}
            others.update((name, recorder_points(fixture, CUTS[name])) for name in cuts)
            for seed in range(10, 10 + args.seeds):
                others[f"random{seed}"] = recorder_points(fixture, _random_cuts(seed))
            if args.lines_api:
                others.update((f"api-{name}", line_api_points(fixture, CUTS[name])) for name in cuts)
            if args.e2e and (fixture.name in args.e2e.split(",") or args.e2e == "all"):
                with tempfile.TemporaryDirectory() as folder:
                    store = Path(folder) / "runs.db"
                    others["run-pipe"] = run_points(fixture, False, store)
                    others["run-pty"] = run_points(fixture, True, store)
            if args.merged:
                others["merged"] = recorder_points(fixture, CUTS["whole"], merged=True)
                others["merged-small"] = recorder_points(fixture, _small, merged=True)
            for name, points in others.items():
                checked += 1
                if points != whole:
                    differ += 1
                    print(f"{label:40} {name:10} whole {len(whole)} points, {name} {len(points)}",
                          flush=True)
                    if args.verbose:
                        print(_diff(whole, points), flush=True)
    print(f"{differ} of {checked} (fixture, cutting) pairs differ from the whole read")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
