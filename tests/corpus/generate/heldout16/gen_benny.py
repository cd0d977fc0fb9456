"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

JavaScript micro-benchmarks with benny (npm's ``benny``, in ``/tmp/hd16-node``, under Node):
two suites as its README writes them (``b.suite(name, b.add(...), ..., b.cycle(),
b.complete(...))``): three ways to fill an array and three ways to join strings, each case
run for at most half a second. benny prints ``Running "arrays" suite...``, a ``Progress: 50%``
line, each finished case (``push:`` then ``1 310 584.9 ops/s, ±13.07%``, its digits grouped
by spaces) and, when the suite completes, the cases again with ``| fastest`` or ``| slowest,
56.33% slower``, then ``Finished 3 cases!`` with the fastest and slowest names. It redraws the
progress and the case lines in place (log-update's cursor moves, on a pipe too: the bytes hold
every frame), so a suite's first case is printed three times, its second twice, its last once;
on a terminal the suite line and the progress are coloured.

Truth: the summary object benny hands to ``b.complete`` (its own result objects, written to
JSON by the same Node script): per case ``<case>`` (``ops``, the printed ops/s) and
``<case>/slower`` (``percentSlower``, for every case but the fastest). Optional: the margin
(``±13.07%``, ``margin``) as ``<case>/margin``. Judgement: a case line's value is named by the
case (as bench-node's lines were in an earlier half); the ``%`` and ``ops/s`` are units; a value
is listed as often as the frames print it (a redrawn frame is printed output), the
``slower`` share once (only the last frame has it).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

NODE_DIR = Path("/tmp/hd16-node")  # npm install benny

SCRIPT = r"""
const b = require('benny');
const fs = require('fs');
const record = { suites: [] };
const keep = (s) => { record.suites.push(s); fs.writeFileSync(process.env.BENNY_RECORD, JSON.stringify(record)); };
const opts = b.configure({ minDisplayPrecision: 2, cases: { maxTime: 0.5, minSamples: 5 } });
async function main() {
  await b.suite('arrays',
    b.add('push', () => { const a = []; for (let i = 0; i < 100; i++) a.push(i); }),
    b.add('prealloc', () => { const a = new Array(100); for (let i = 0; i < 100; i++) a[i] = i; }),
    b.add('Array.from', () => Array.from({ length: 100 }, (_, i) => i)),
    b.cycle(), b.complete(keep), opts);
  const words = Array.from({ length: 50 }, (_, i) => 'w' + i);
  await b.suite('strings',
    b.add('join', () => words.join(' ')),
    b.add('concat loop', () => { let s = ''; for (const w of words) s += w + ' '; return s; }),
    b.add('template reduce', () => words.reduce((s, w) => `${s}${w} `, '')),
    b.cycle(), b.complete(keep), opts);
}
main();
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="benny-", dir=NODE_DIR))  # finds node_modules
    (work / "bench.js").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["node", str(work / "bench.js")], check=True, cwd=work,
                   env={**os.environ, "BENNY_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for suite in out["suites"]:
        cases = suite["results"]
        for i, case in enumerate(cases):
            # every redraw prints the cases finished so far: case i of n appears n - i times
            for _ in range(len(cases) - i):
                truth.add(**{case["name"]: case["ops"]})
                truth.allow(**{f"{case['name']}/margin": case["margin"]})
            if case["percentSlower"]:
                truth.add(**{f"{case['name']}/slower": case["percentSlower"]})
    version = json.loads((NODE_DIR / "node_modules/benny/package.json").read_text())["version"]
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    truth.write(f"benny {version} under Node {node}: the summary objects b.complete receives, "
                "<case> (ops, listed once per frame that prints it) and "
                "<case>/slower (percentSlower); the margin optional; unstepped",
                libraries=(), params=None, rel=1e-6, abs_tol=6e-3)  # two decimals


if __name__ == "__main__":
    main(__file__, {"benny": run}, root=HELDOUT16)
