"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

JavaScript benchmarks with @thi.ng/bench (npm's ``@thi.ng/bench``, in ``/tmp/h17-node``, under
Node): ``suite()`` of three ways to order a 1000-element array (``sort``, ``slice+reverse``,
``typed sort``), 200 iterations of 5 calls after 20 warm-up runs, in its default format: per
case a section ``benchmarking: sort`` with tab-indented lines ``warmup... 18.28ms (20
runs)``, ``total: 230.34ms, runs: 200 (@ 5 calls/iter)``, ``freq: 4341.37 ops/sec``, ``mean:
1.15ms, median: 0.52ms, range: [0.48..12.68]``, ``q1: 0.50ms, q3: 0.62ms``, ``sd: 179.91%``,
then ``Fastest: "slice+reverse"``.

Truth: the ``BenchmarkResult`` objects ``suite()`` returns, written to JSON by the same Node
script: ``total``, ``freq``, ``mean``, ``median``, ``q1``, ``q3``, ``sd`` and ``range`` (two
values: ``min`` and ``max``) as ``<case>/<key>`` (``sort/mean``). Params (printed
configuration): ``runs`` (``iter``). Judgement: each case's lines sit under its
``benchmarking:`` header, so its values are named by the case; ``ms``, ``ops/sec`` and ``%``
are units; the warm-up's time is kept by no returned object (printed, no truth); the timings
differ from run to run.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

NODE_DIR = Path("/tmp/h17-node")  # npm install @thi.ng/bench

SCRIPT = r"""
import fs from 'node:fs';
import { suite } from '@thi.ng/bench';
const arr = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
const typed = Float64Array.from(arr);
const results = suite([
  { title: 'sort', fn: () => [...arr].sort((a, b) => a - b) },
  { title: 'slice+reverse', fn: () => arr.slice().reverse() },
  { title: 'typed sort', fn: () => typed.slice().sort() },
], { iter: 200, warmup: 20, size: 5 });
fs.writeFileSync(process.env.BENCH_RECORD, JSON.stringify(results));
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="thing-bench-", dir=NODE_DIR))  # finds node_modules
    (work / "bench.mjs").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["node", str(work / "bench.mjs")], check=True, cwd=work,
                   env={**os.environ, "BENCH_RECORD": str(record)})
    results = json.loads(record.read_text())
    truth = Truth()
    for r in results:
        case = r["title"]
        truth.add(**{f"{case}/{key}": r[key] for key in ("total", "freq", "mean", "median")})
        truth.add(**{f"{case}/range": r["min"]})
        truth.add(**{f"{case}/range": r["max"]})
        truth.add(**{f"{case}/{key}": r[key] for key in ("q1", "q3", "sd")})
    package = NODE_DIR / "node_modules/@thi.ng/bench/package.json"
    version = json.loads(package.read_text())["version"]
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    truth.write(f"@thi.ng/bench {version} under Node {node}: the BenchmarkResult objects suite() "
                "returns, as <case>/<key> (range: min and max); iter as params; written to "
                "JSON by the same Node script", libraries=(), params={"runs": 200},
                rel=1e-6, abs_tol=5e-3)  # two decimals


if __name__ == "__main__":
    main(__file__, {"thing-bench": run}, root=HELDOUT17)
