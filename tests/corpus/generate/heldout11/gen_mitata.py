"""HELD-OUT fixture (eleventh half, see generate/heldout11/README.md): do not read while tuning
the parser.

JavaScript micro-benchmarks with mitata (1.0, the npm package) under Node, as its README runs
them: ``bench(name, fn)`` inside two ``group(...)`` blocks (array building, string search),
then ``await run()``. mitata prints (coloured, on a terminal and on a pipe alike) the clock and
runtime (``clk: ~1.56 GHz``, ``cpu: ...``, ``runtime: node 20.20.2 (x64-linux)``), a header
``benchmark  avg (min … max) p75 / p99  (min … top 1%)``, a ``• group`` line per group, and
three lines per benchmark: the name with its average (``63.22 µs/iter``) and 75th percentile
and a histogram, then ``(33.70 µs … 78.16 µs)`` with the 99th percentile, then the heap use
``( 259.44  b … 260.78  b) 259.58  b``; each time in the unit mitata picks for it (ps, ns, µs,
ms, s).

Truth: the statistics mitata's ``run()`` returns (``benchmarks[].runs[].stats``: ``avg``,
``min``, ``max``, ``p75``, ``p99`` in nanoseconds, and ``heap``), written to JSON by the script,
each converted to the unit mitata prints it in by mitata's own rule (ns below 1 as ps, then
ns, µs, ms, s by powers of 1000; bytes by 1024 as b, kb, mb). A benchmark's times are
``<name>/avg``, ``<name>/min``, ``<name>/max``, ``<name>/p75``, ``<name>/p99`` (the header's
words); the heap line's three values optional (``<name>/heap min``, ``heap max``, ``heap
avg``); ``clk`` optional (the GHz mitata estimates, reported in its context). The settings
line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT11, Truth, main

NODE_DIR = Path("/tmp/heldout11-node")  # npm install mitata there (see the README)
SETTINGS = {"array_length": 1000, "haystack_words": 2000, "needle": "delta-1999"}

SCRIPT = r"""
import fs from 'fs';
import { run, bench, group } from 'mitata';
const s = JSON.parse(process.argv[2]);
const n = s.array_length;
group('array building', () => {
  bench('Array.from', () => Array.from({length: n}, (_, i) => i));
  bench('fill + map', () => new Array(n).fill(0).map((_, i) => i));
  bench('push loop', () => { const a = []; for (let i = 0; i < n; i++) a.push(i); return a; });
});
const words = Array.from({length: s.haystack_words}, (_, i) => `delta-${i}`);
const text = words.join(' ');
const set = new Set(words);
group('string search', () => {
  bench('String#includes', () => text.includes(s.needle));
  bench('Array#indexOf', () => words.indexOf(s.needle));
  bench('Set#has', () => set.has(s.needle));
  bench('RegExp#test', () => new RegExp(s.needle).test(text));
});
const result = await run();
const out = {clk: result.context.cpu?.freq ?? null, runs: []};
for (const b of result.benchmarks) {
  for (const r of b.runs) {
    const st = r.stats;
    out.runs.push({name: r.name, avg: st.avg, min: st.min, max: st.max, p75: st.p75,
                   p99: st.p99, heap: st.heap ? {min: st.heap.min, max: st.heap.max,
                                                  avg: st.heap.avg} : null});
  }
}
fs.writeFileSync(process.argv[3], JSON.stringify(out));
"""


def in_time_unit(ns: float) -> float:
    """The number mitata prints for a time of `ns` nanoseconds (its ``$.time``)."""
    if ns < 1:
        return ns * 1e3
    for _ in range(3):  # ns, µs, ms
        if ns < 1e3:
            return ns
        ns /= 1000
    return ns  # seconds (these benchmarks stay far below a minute)


def in_byte_unit(b: float) -> float:
    """The number mitata prints for `b` bytes (its ``$.bytes``)."""
    if b < 1e3:
        return b
    b /= 1024
    while b >= 1e3:
        b /= 1024
    return b


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    s = SETTINGS
    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="mitata-"))
    script, out = work / "bench.mjs", work / "stats.json"
    script.write_text(SCRIPT)
    (work / "node_modules").symlink_to(NODE_DIR / "node_modules")  # ESM ignores NODE_PATH
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    subprocess.run(["node", str(script), json.dumps(s), str(out)], check=True,
                   env=dict(os.environ))
    data = json.loads(out.read_text())
    if data["clk"]:
        truth.allow(clk=data["clk"])
    for r in data["runs"]:
        name = r["name"]
        truth.add(**{f"{name}/{key}": in_time_unit(r[key])
                     for key in ("avg", "min", "max", "p75", "p99")})
        if r["heap"]:
            truth.allow(**{f"{name}/heap {key}": in_byte_unit(r["heap"][key])
                           for key in ("min", "max", "avg")})
    version = json.loads((NODE_DIR / "node_modules/mitata/package.json").read_text())["version"]
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    truth.write("mitata run() stats written to JSON by the Node script, each in the unit "
                "mitata prints it in: <bench>/avg|min|max|p75|p99; heap and clk optional; "
                f"settings = params; mitata {version} under Node {node}",
                libraries=(), params=s, rel=1e-9, abs_tol=0.0051)  # toFixed(2)


if __name__ == "__main__":
    main(__file__, {"mitata": run}, root=HELDOUT11)
