"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

JavaScript benchmarks with cronometro (npm's ``cronometro``, HDR histograms, each test run in
a worker thread; in ``/tmp/hd16-node``, under Node): three ways to sort integers, 300
iterations each (cronometro re-runs the script in each worker: only the main thread's
call resolves with results). cronometro prints its results table in box-drawing characters, coloured even
on a pipe: ``Slower tests | Samples | Result | Tolerance`` rows (``sort copy | 300 | 4302.43
op/sec | ± 28.17 %``) and a ``Fastest test`` row.

Truth: the results object ``cronometro()`` resolves with (its own result objects, written to
JSON by the same Node script): per test ``<test>/Result`` (``1e9 / mean``, as its printer
computes the ops/sec from the mean in nanoseconds) and ``<test>/Tolerance`` (``standardError /
mean * 100``, likewise). Optional: ``<test>/Samples`` (``size``). Judgement: the table's rows
are tests (``<row>/<column>``); ``op/sec`` and ``%`` are units; the section rows (``Slower
tests``, ``Fastest test``) are headers.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

NODE_DIR = Path("/tmp/hd16-node")  # npm install cronometro

SCRIPT = r"""
import cronometro from 'cronometro'
import { writeFileSync } from 'fs'
const arr = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000)
const results = await cronometro({
  'sort copy': () => arr.slice().sort((a, b) => a - b),
  'typed sort': () => Int32Array.from(arr).sort(),
  'insertion sort': () => {
    const a = arr.slice(0, 200)
    for (let i = 1; i < a.length; i++) {
      const x = a[i]; let j = i - 1
      while (j >= 0 && a[j] > x) { a[j + 1] = a[j]; j-- }
      a[j + 1] = x
    }
    return a
  },
}, { iterations: 300 })
// cronometro re-runs this file in each worker, where it resolves with nothing
if (results) writeFileSync(process.env.CRONOMETRO_RECORD, JSON.stringify(results))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="cronometro-", dir=NODE_DIR))  # finds node_modules
    (work / "bench.mjs").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["node", str(work / "bench.mjs")], check=True, cwd=work,
                   env={**os.environ, "CRONOMETRO_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for name, r in out.items():
        truth.add(**{f"{name}/Result": 1e9 / r["mean"],
                     f"{name}/Tolerance": r["standardError"] / r["mean"] * 100})
        truth.allow(**{f"{name}/Samples": r["size"]})
    version = json.loads((NODE_DIR / "node_modules/cronometro/package.json").read_text())
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    truth.write(f"cronometro {version['version']} under Node {node}: the results object, "
                "<test>/Result (1e9/mean) and <test>/Tolerance (standardError/mean*100) as its "
                "printer computes them; size optional; unstepped",
                libraries=(), params=None, rel=1e-6, abs_tol=6e-3)  # toFixed(2)


if __name__ == "__main__":
    main(__file__, {"cronometro": run}, root=HELDOUT16)
