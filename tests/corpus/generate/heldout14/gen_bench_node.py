"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

JavaScript micro-benchmarks with bench-node (0.15, a benchmark module for Node.js; npm's
``bench-node`` in ``/tmp/heldout14-node``, run under ``node --allow-natives-syntax`` as it
requires): a suite of three array operations (a numeric sort, a reduce, a JSON round trip)
with the default text reporter, then a suite of four ways to build a string with one marked
``baseline``. Each benchmark's line: its name padded to 45 columns, ``x 8,019 ops/sec`` (bold
blue on a terminal), ``(12 runs sampled)``, ``min..max=(103.62us...169.23us)`` (green and red);
the baseline suite adds ``Summary (vs. baseline):`` with ``(baseline)`` and ``(1.52x faster)``
or ``(2.10x slower)`` per benchmark, slowest first.

Truth: the result objects ``suite.run()`` resolves with (the very objects handed to the
reporter), written to JSON by the same Node script: ``opsSec`` as ``<name>`` (the line's
value is its ops/sec), ``histogram.min`` and ``.max`` as ``<name>/min`` and ``<name>/max`` in
the unit bench-node's timer picks (ns up to 1e3, us up to 1e6, ms up to 1e9, then s);
optional ``<name>/runs sampled`` (a count). The summary's ratio, computed as bench-node's
``analyze`` does (ops/sec over the baseline's when faster, the baseline's over it when
slower), is ``<name>/faster`` or ``<name>/slower``. Judgement: a line's metric is the
benchmark's ops/sec, named by the benchmark; the ``x`` of a ratio is a unit; the baseline's
``(baseline)`` states no number. Timings are the benchmarks' own metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

NODE_DIR = Path("/tmp/heldout14-node")  # npm install bench-node

SCRIPT = r"""
const fs = require('fs');
const { Suite } = require('bench-node');

const arr = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
const words = arr.map((x) => `w${x}`);

async function main() {
  const arrays = new Suite();
  arrays.add('array sort', () => { const a = arr.slice(); a.sort((x, y) => x - y); return a; });
  arrays.add('array reduce', () => arr.reduce((s, x) => s + x, 0));
  arrays.add('JSON roundtrip', () => JSON.parse(JSON.stringify({ a: arr.slice(0, 50) })));
  const first = await arrays.run();
  console.log('');
  const strings = new Suite();
  strings.add('concat +=', { baseline: true }, () => { let s = ''; for (const w of words) s += w; return s; });
  strings.add('array join', () => words.join(''));
  strings.add('template reduce', () => words.reduce((s, w) => `${s}${w}`, ''));
  strings.add('String.concat', () => ''.concat(...words));
  const second = await strings.run();
  const keep = (rs) => rs.map((r) => ({ name: r.name, opsSec: r.opsSec, baseline: r.baseline,
    samples: r.histogram.samples, min: r.histogram.min, max: r.histogram.max }));
  const version = require('bench-node/package.json').version;
  fs.writeFileSync(process.env.BENCH_RECORD,
    JSON.stringify({ suites: [keep(first), keep(second)], version, node: process.version }));
}
main();
"""


def in_unit(ns: float) -> float:
    """A duration in the unit bench-node's ``timer.format`` prints it in."""
    for size in (1e9, 1e6, 1e3):
        if ns > size:
            return ns / size
    return ns


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="bench-node-"))
    script = NODE_DIR / f"bench-{work.name}.js"  # beside node_modules, so require finds it
    script.write_text(SCRIPT)
    record = work / "record.json"
    try:
        subprocess.run(["node", "--allow-natives-syntax", str(script)], check=True,
                       env={**os.environ, "BENCH_RECORD": str(record)})
    finally:
        script.unlink()
    out = json.loads(record.read_text())
    truth = Truth()
    for suite in out["suites"]:
        for r in suite:
            truth.add(**{r["name"]: r["opsSec"], f"{r['name']}/min": in_unit(r["min"]),
                         f"{r['name']}/max": in_unit(r["max"])})
            truth.allow(**{f"{r['name']}/runs sampled": r["samples"]})
        base = next((r for r in suite if r["baseline"]), None)
        for r in sorted(suite, key=lambda r: r["opsSec"]) if base else ():
            if r is base:
                continue
            if r["opsSec"] > base["opsSec"]:
                truth.add(**{f"{r['name']}/faster": r["opsSec"] / base["opsSec"]})
            else:
                truth.add(**{f"{r['name']}/slower": base["opsSec"] / r["opsSec"]})
    truth.write(f"bench-node {out['version']} under Node {out['node']}: the results suite.run() "
                "resolved with (opsSec as <name>, histogram min/max in the timer's unit; runs "
                "sampled optional), the baseline ratios computed as its analyze() does; written "
                "to JSON by the same Node script; unstepped",
                libraries=(), params=None, rel=1e-3, abs_tol=5e-3)  # toFixed(2), whole ops/sec


if __name__ == "__main__":
    main(__file__, {"bench-node": run}, root=HELDOUT14)
