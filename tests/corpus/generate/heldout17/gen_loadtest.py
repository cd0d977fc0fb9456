"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

An HTTP load test with loadtest (npm's ``loadtest``, in ``/tmp/h17-node``, under Node) through
its API, against a local ``http.createServer`` in the same script (127.0.0.1, answering after
2 ms): two runs, 300 requests from 4 clients and 400 from 8, each result printed by its own
``result.show()``: ``Target URL:``, ``Max requests:        300``, ``Concurrent clients:  4``,
``Agent:  none``, then ``Completed requests:``, ``Total errors:``, ``Total time:   0.519 s``,
``Mean latency:        6.3 ms``, ``Effective rps:       578``, then ``Percentage of requests
served within a certain time`` with rows ``  50%      5 ms`` .. ``  99%      34 ms`` and
`` 100%      35 ms (longest request)``.

Truth: the result object ``loadTest()`` resolves with, written to JSON by the same Node script:
``totalTimeSeconds`` as ``Total time``, ``meanLatencyMs`` as ``Mean latency``,
``effectiveRps`` as ``Effective rps``, ``percentiles`` as ``50%``, ``90%``, ``95%``, ``99%``
and ``maxLatencyMs`` as ``100%`` (each run unstepped). Params (printed configuration):
``Max requests``, ``Concurrent clients`` (the first run's). Optional: ``Completed requests``
(``totalRequests``) and ``Total errors`` (``totalErrors``). Judgement: a percentile row is
named by its printed percentage; ``s`` and ``ms`` are units; the port in the URL is not a
number to take; the timings differ from run to run (they are the load test's results).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

NODE_DIR = Path("/tmp/h17-node")  # npm install loadtest

SCRIPT = r"""
import http from 'node:http';
import fs from 'node:fs';
import {loadTest} from 'loadtest';
const server = http.createServer((req, res) => { setTimeout(() => res.end('ok'), 2); });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;
const results = [];
for (const [maxRequests, concurrency] of [[300, 4], [400, 8]]) {
  const result = await loadTest({url, maxRequests, concurrency, quiet: true});
  result.show();
  results.push(result);
}
server.close();
fs.writeFileSync(process.env.LOADTEST_RECORD, JSON.stringify(results));
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="loadtest-", dir=NODE_DIR))  # finds node_modules
    (work / "load.mjs").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["node", str(work / "load.mjs")], check=True, cwd=work,
                   env={**os.environ, "LOADTEST_RECORD": str(record)})
    results = json.loads(record.read_text())
    truth = Truth()
    for r in results:
        truth.add(**{"Total time": r["totalTimeSeconds"], "Mean latency": r["meanLatencyMs"],
                     "Effective rps": r["effectiveRps"]})
        truth.add(**{f"{p}%": v for p, v in r["percentiles"].items()})
        truth.add(**{"100%": r["maxLatencyMs"]})
        truth.allow(**{"Completed requests": r["totalRequests"],
                       "Total errors": r["totalErrors"]})
    version = json.loads((NODE_DIR / "node_modules/loadtest/package.json").read_text())["version"]
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    truth.write(f"loadtest {version} under Node {node}: the result objects loadTest() resolves "
                "with (totalTimeSeconds, meanLatencyMs, effectiveRps, percentiles, "
                "maxLatencyMs); request and error counts optional; the run's configuration as "
                "params; written to JSON by the same Node script", libraries=(),
                params={"Max requests": 300, "Concurrent clients": 4},
                rel=1e-6, abs_tol=5e-4)  # as the object holds them (three decimals at most)


if __name__ == "__main__":
    main(__file__, {"loadtest": run}, root=HELDOUT17)
