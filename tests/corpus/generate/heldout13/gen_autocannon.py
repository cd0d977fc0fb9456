"""HELD-OUT fixture (thirteenth half, see generate/heldout13/README.md): do not read while tuning
the parser.

HTTP load tests with autocannon (npm's ``autocannon`` 9.0.0 under Node 20) against a Node
``http`` server the same script starts on 127.0.0.1 (it answers each request after a delay
of 1 to 4 ms, cycling, so that latencies are not all zero). Two bounded runs of 2 seconds,
as autocannon's README runs it from code: ``autocannon({url, connections, duration})`` with
``autocannon.track(instance)``, which draws the progress bar on a terminal and prints what the
command-line tool prints (on stderr): ``Running 2s test @ http://...``, the connection count,
a boxed ``Latency`` table (``2.5% 50% 97.5% 99% Avg Stdev Max`` in ms), a boxed ``Req/Sec`` /
``Bytes/Sec`` table (``1% 2.5% 50% 97.5% Avg Stdev Min``, bytes as ``7.28 MB``), ``# of
samples: 2`` and ``12k requests in 2.01s, 1.55 MB read``. The second run uses 8 connections
and a pipelining factor of 2.

Truth: the result objects autocannon resolves each run with, written to JSON by the same
Node script: ``Latency/<column>`` from ``latency`` (``p2_5``, ``p50``, ``p97_5``, ``p99``,
``average``, ``stddev``, ``max``; ms), ``Req/Sec/<column>`` from ``requests`` (``p1``,
``p2_5``, ``p50``, ``p97_5``, ``average``, ``stddev``, ``min``) and ``Bytes/Sec/<column>`` from
``throughput`` in the decimal unit it is printed in (the largest of B, kB, MB, GB that leaves
the value at least 1, as ``pretty-bytes`` does). Optional: ``# of samples`` (a count). The
totals line is prose with rounded counts (``12k requests``) and a timing: in neither map.
Judgement: a table's row label and column head make the name, as for wrk; the connection
count and the settings line are params. The numbers depend on the machine's load.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT13, Truth, main

NODE_DIR = Path("/tmp/heldout13-node")  # npm install autocannon
SETTINGS = {"duration_s": 2, "runs": "4 connections; 8 connections x pipelining 2",
            "server_delay_ms": "1-4"}

SCRIPT = r"""
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import autocannon from 'autocannon';

const out = process.argv[2];
let served = 0;
const server = http.createServer((req, res) => {
  const delay = 1 + (served++ % 4);
  setTimeout(() => res.end(`hello ${req.url}\n`), delay);
});
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/metrics`;
  const results = [];
  for (const opts of [{ connections: 4 }, { connections: 8, pipelining: 2 }]) {
    const instance = autocannon({ url, duration: 2, ...opts });
    autocannon.track(instance);
    const result = await instance;
    results.push({ latency: result.latency, requests: result.requests,
                   throughput: result.throughput, samples: result.samples });
  }
  writeFileSync(out, JSON.stringify(results));
  server.close();
});
"""

LATENCY = {"2.5%": "p2_5", "50%": "p50", "97.5%": "p97_5", "99%": "p99", "Avg": "average",
           "Stdev": "stddev", "Max": "max"}
RATES = {"1%": "p1", "2.5%": "p2_5", "50%": "p50", "97.5%": "p97_5", "Avg": "average",
         "Stdev": "stddev", "Min": "min"}


def decimal_unit(value: float) -> float:
    """Bytes in the unit pretty-bytes prints them in (1000-based)."""
    for size in (1e9, 1e6, 1e3):
        if value >= size:
            return value / size
    return value


def run() -> None:
    import json
    import subprocess
    import tempfile

    s = SETTINGS
    work = Path(tempfile.mkdtemp(prefix="autocannon-"))
    script = NODE_DIR / "heldout13-autocannon.mjs"  # beside node_modules, for the import
    script.write_text(SCRIPT)
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    out = work / "results.json"
    subprocess.run(["node", str(script), str(out)], check=True, cwd=NODE_DIR)
    truth = Truth()
    for r in json.loads(out.read_text()):
        truth.add(**{f"Latency/{col}": r["latency"][key] for col, key in LATENCY.items()})
        truth.add(**{f"Req/Sec/{col}": r["requests"][key] for col, key in RATES.items()})
        truth.add(**{f"Bytes/Sec/{col}": decimal_unit(r["throughput"][key])
                     for col, key in RATES.items()})
        truth.allow(**{"# of samples": r["samples"]})
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    package = json.loads((NODE_DIR / "node_modules/autocannon/package.json").read_text())
    truth.write("autocannon's resolved result objects written to JSON by the same Node script: "
                "latency, requests, throughput percentiles/average/stddev/min/max as "
                "Latency/<col>, Req/Sec/<col>, Bytes/Sec/<col> (bytes in the printed decimal "
                f"unit); samples optional; autocannon {package['version']} under Node {node}",
                libraries=(), params=s, rel=5e-3, abs_tol=0.005)  # 3 significant digits


if __name__ == "__main__":
    main(__file__, {"autocannon": run}, root=HELDOUT13)
