"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

JavaScript benchmarks with Vitest's ``bench`` (Vitest 4.1, npm's ``vitest`` in
``/tmp/heldout14-node``, under Node), as its documentation writes them: one ``*.bench.js``
file with two ``describe`` groups (two ways to sort 1,000 integers; two ways to sum them), run
with ``vitest bench --run --outputJson <file>``. Vitest prints its experimental-feature
warning and ``RUN v4.1.12 <root>``, then per group a line with the file, group and duration
and a table ``name hz min max mean p75 p99 p995 p999 rme samples`` (times in ms with four
decimals, ``rme`` as ``±34.93%``), then ``BENCH Summary`` (``10.38x faster than native
sort``) and where the report was written; colours on a terminal.

Truth: the benchmark report Vitest wrote with ``--outputJson`` in the same run (its own
result objects, serialised by it): per benchmark ``<name>/hz``, ``/min``, ``/max``, ``/mean``,
``/p75``, ``/p99``, ``/p995``, ``/p999`` (ms) and ``/rme`` (percent), optional
``<name>/samples`` (``sampleCount``). The summary's ratio (the fastest's ``hz`` over each
other's, as Vitest's reporter computes it) is optional, as ``<fastest>/faster than <other>``:
its only label is the phrase around it. Judgement: a table's rows are benchmarks
(``<row>/<column>``); the group line's duration and the run's header are prose (neither
map). Timings are the benchmarks' own metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

NODE_DIR = Path("/tmp/heldout14-node")  # npm install vitest

BENCH = r"""
import { bench, describe } from 'vitest';

const arr = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);

describe('sorting', () => {
  bench('native sort', () => { arr.slice().sort((a, b) => a - b); });
  bench('typed array sort', () => { Int32Array.from(arr).sort(); });
});

describe('sum', () => {
  bench('reduce', () => arr.reduce((s, x) => s + x, 0));
  bench('for loop', () => {
    let s = 0;
    for (let i = 0; i < arr.length; i++) s += arr[i];
    return s;
  });
});
"""

COLUMNS = ("hz", "min", "max", "mean", "p75", "p99", "p995", "p999", "rme")


def run() -> None:
    import json
    import shutil
    import subprocess
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="vitest-bench-", dir=NODE_DIR))  # finds node_modules
    (root / "numbers.bench.js").write_text(BENCH)
    report = root / "report.json"
    try:
        subprocess.run([str(NODE_DIR / "node_modules/.bin/vitest"), "bench", "--run",
                        "--outputJson", str(report)], check=True, cwd=root)
        out = json.loads(report.read_text())
    finally:
        shutil.rmtree(root)
    truth = Truth()
    for file in out["files"]:
        for group in file["groups"]:
            marks = group["benchmarks"]
            for b in marks:
                truth.add(**{f"{b['name']}/{col}": b[col] for col in COLUMNS})
                truth.allow(**{f"{b['name']}/samples": b["sampleCount"]})
            fastest = max(marks, key=lambda b: b["hz"])
            for b in marks:
                if b is not fastest:
                    truth.allow(**{f"{fastest['name']}/faster than {b['name']}":
                                   fastest["hz"] / b["hz"]})
    version = json.loads((NODE_DIR / "node_modules/vitest/package.json").read_text())["version"]
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    truth.write(f"Vitest {version} under Node {node}: the --outputJson benchmark report of the "
                "same run, <name>/<column> for hz, min, max, mean, p75, p99, p995, p999, rme; "
                "sampleCount and the summary's ratios (hz over hz) optional; unstepped",
                libraries=(), params=None, rel=1e-4, abs_tol=5e-5)  # 4 decimals (ms)


if __name__ == "__main__":
    main(__file__, {"vitest-bench": run}, root=HELDOUT14)
