"""HELD-OUT fixture (twelfth half, see generate/heldout12/README.md): do not read while tuning
the parser.

JavaScript micro-benchmarks with tinybench under Node (npm's ``tinybench`` 6.2.5, Node 20), as
its README runs them: two ``Bench`` instances (array operations and string operations, three
tasks each), each ``run()`` and then ``console.table(bench.table())`` (a boxed table of the
tasks: mean and median latency in ns with their relative margin of error or median absolute
deviation, mean and median throughput in ops/s, sample counts), preceded by ``bench.name``.
After both, the script logs one task's ``result.latency`` object with ``console.log`` (Node's
inspector: coloured numbers on a terminal, plain on a pipe), as one does to look closer.

Truth: the tasks' own ``result`` objects, written by the script to JSON after the run and read
back: ``<task>/Latency avg (ns)`` = ``latency.mean`` × 10⁶ (tinybench keeps milliseconds,
the table prints ns), ``<task>/Latency med (ns)`` = ``latency.p50`` × 10⁶,
``<task>/Throughput avg (ops/s)`` = ``throughput.mean``, ``<task>/Throughput med (ops/s)`` =
``throughput.p50``; the spreads beside them optional as ``<name>_std`` (``rme`` in percent for
the means, ``mad`` for the medians, as the table prints them), ``<task>/Samples`` optional (a
count). The logged latency object: each numeric key as ``latency/<key>`` (a nested key),
``df`` and ``samplesCount`` optional (counts). Judgement: the table's ``(index)`` column is no
step; the task name cell is the row's name; the bench names and the settings line are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT12, Truth, main

NODE_DIR = Path("/tmp/heldout12-node")  # npm install tinybench
SETTINGS = {"time_ms": 300, "warmupTime_ms": 50, "benches": "array ops, string ops",
            "logged_task": "sort 1k"}

SCRIPT = r"""
import { writeFileSync } from 'node:fs';
import { Bench } from 'tinybench';

const [out, timeMs, warmupMs, logged] = process.argv.slice(2);
const options = { time: Number(timeMs), warmupTime: Number(warmupMs) };
const data = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
const arrays = new Bench({ name: 'array ops', ...options })
  .add('sort 1k', () => { [...data].sort((a, b) => a - b); })
  .add('reduce 1k', () => data.reduce((s, x) => s + x, 0))
  .add('map+filter 1k', () => data.map((x) => x * 2).filter((x) => x % 3 === 0));
const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
const strings = new Bench({ name: 'string ops', ...options })
  .add('join 200', () => words.join(' '))
  .add('template 200', () => { let s = ''; for (const w of words) s += `${w} `; return s; })
  .add('split+join', () => 'a,b,c,d,e,f,g,h'.repeat(50).split(',').join(';'));
const results = {};
for (const bench of [arrays, strings]) {
  await bench.run();
  console.log(bench.name);
  console.table(bench.table());
  for (const task of bench.tasks) {
    const { latency, throughput } = task.result;
    results[task.name] = { latency, throughput };
  }
}
const task = arrays.tasks.find((t) => t.name === logged);
console.log(`${task.name} latency (ms):`);
console.log(task.result.latency);
writeFileSync(out, JSON.stringify(results));
"""


def run() -> None:
    import json
    import subprocess
    import tempfile

    s = SETTINGS
    work = Path(tempfile.mkdtemp(prefix="tinybench-"))
    script = NODE_DIR / "heldout12-tinybench.mjs"  # beside node_modules, for the import
    script.write_text(SCRIPT)
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    out = work / "results.json"
    subprocess.run(["node", str(script), str(out), str(s["time_ms"]), str(s["warmupTime_ms"]),
                    s["logged_task"]], check=True, cwd=NODE_DIR)
    results = json.loads(out.read_text())
    truth = Truth()
    for name, r in results.items():
        lat, thr = r["latency"], r["throughput"]
        truth.add(**{f"{name}/Latency avg (ns)": lat["mean"] * 1e6,
                     f"{name}/Latency med (ns)": lat["p50"] * 1e6,
                     f"{name}/Throughput avg (ops/s)": thr["mean"],
                     f"{name}/Throughput med (ops/s)": thr["p50"]})
        truth.allow(**{f"{name}/Latency avg (ns)_std": lat["rme"],
                       f"{name}/Latency med (ns)_std": lat["mad"] * 1e6,
                       f"{name}/Throughput avg (ops/s)_std": thr["rme"],
                       f"{name}/Throughput med (ops/s)_std": thr["mad"],
                       f"{name}/Samples": lat["samplesCount"]})
    for key, value in results[s["logged_task"]]["latency"].items():
        if isinstance(value, (int, float)):
            if key in ("df", "samplesCount"):
                truth.allow(**{f"latency/{key}": value})
            else:
                truth.add(**{f"latency/{key}": value})
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    package = json.loads((NODE_DIR / "node_modules/tinybench/package.json").read_text())
    truth.write("tinybench tasks' result objects written to JSON by the same Node script: "
                "latency mean/p50 (ms x 1e6 = ns), throughput mean/p50 per task "
                "(<task>/<column>); rme/mad spreads and samples optional; the logged latency "
                f"object as latency/<key>; tinybench {package['version']} under Node {node}",
                libraries=(), params=s, rel=5e-3, abs_tol=0.005)


if __name__ == "__main__":
    main(__file__, {"tinybench": run}, root=HELDOUT12)
