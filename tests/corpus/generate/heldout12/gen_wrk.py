"""HELD-OUT fixture (twelfth half, see generate/heldout12/README.md): do not read while tuning
the parser.

HTTP load testing with wrk (Debian's ``wrk`` 4.1.0) against a small server the generator runs
on 127.0.0.1 (Python's ``ThreadingHTTPServer``, in the same process, stopped at the end): two
bounded runs of two seconds each, ``wrk -t2 -c8 -d2s --latency`` on ``/`` (thread stats, the
latency distribution, the totals) and ``wrk -t1 -c4 -d2s`` on ``/json`` (no distribution). A
Lua script given with ``-s`` writes, from wrk's ``done(summary, latency, requests)`` hook, the
statistics wrk hands it to a JSON file of the same run.

Truth: those statistics, each in the unit wrk prints it in (chosen by wrk's own rule: latency
in us below 1 ms, ms below 1 s; request rates plain below 1000, then k; bytes per second in
1024-based KB/MB): ``Latency/Avg``, ``Latency/Stdev``, ``Latency/Max`` (the thread-stats
row and column), ``Req/Sec/Avg``, ``Req/Sec/Stdev``, ``Req/Sec/Max``, the distribution's
``Latency Distribution/50%`` .. ``/99%`` (``latency:percentile``), ``Requests/sec``
(requests / duration) and ``Transfer/sec`` (bytes / duration). Optional: the request count,
duration and bytes read of the totals line. Judgement: the ``+/- Stdev`` column (the share of
samples within one standard deviation) is kept nowhere wrk's Lua API hands out and is in
neither map; the header's thread and connection counts are the settings (params).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT12, Truth, main

RUNS = [{"path": "/", "threads": 2, "connections": 8, "duration": "2s", "latency": True},
        {"path": "/json", "threads": 1, "connections": 4, "duration": "2s", "latency": False}]
SETTINGS = {f"run{i}.{k}": v for i, run in enumerate(RUNS, 1) for k, v in run.items()}

LUA = r"""
done = function(summary, latency, requests)
  local f = io.open(os.getenv("WRK_STATS"), "w")
  local p = {}
  for _, q in ipairs({50, 75, 90, 99}) do
    p[#p + 1] = string.format("%.6f", latency:percentile(q))
  end
  f:write(string.format('{"requests": %d, "duration_us": %d, "bytes": %d, ' ..
    '"lat_mean": %.6f, "lat_stdev": %.6f, "lat_max": %.6f, ' ..
    '"req_mean": %.6f, "req_stdev": %.6f, "req_max": %.6f, "percentiles": [%s]}',
    summary.requests, summary.duration, summary.bytes, latency.mean, latency.stdev,
    latency.max, requests.mean, requests.stdev, requests.max, table.concat(p, ", ")))
  f:close()
end
"""


def us(value: float) -> float:
    """A latency in microseconds in the unit wrk prints it in."""
    return value if value < 1e3 else value / 1e3 if value < 1e6 else value / 1e6


def metric(value: float) -> float:
    for _ in range(3):
        if value < 1000:
            break
        value /= 1000
    return value


def binary(value: float) -> float:
    for _ in range(4):
        if value < 1024:
            break
        value /= 1024
    return value


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            body = (b'{"status": "ok", "items": [1, 2, 3]}' if self.path == "/json"
                    else b"<html><body>" + b"hello " * 150 + b"</body></html>")
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    work = Path(tempfile.mkdtemp(prefix="wrk-"))
    (work / "stats.lua").write_text(LUA)
    truth = Truth()
    print(f"server on 127.0.0.1:{server.server_port}", flush=True)
    for i, r in enumerate(RUNS, 1):
        stats = work / f"run{i}.json"
        argv = ["wrk", f"-t{r['threads']}", f"-c{r['connections']}", f"-d{r['duration']}",
                "-s", str(work / "stats.lua")]
        if r["latency"]:
            argv.append("--latency")
        argv.append(f"http://127.0.0.1:{server.server_port}{r['path']}")
        shown = [a for a in argv if a not in ("-s", str(work / "stats.lua"))]
        print(f"\n$ {' '.join(shown)}", flush=True)
        subprocess.run(argv, check=True, timeout=60, env={**os.environ, "WRK_STATS": str(stats)})
        d = json.loads(stats.read_text())
        truth.add(**{"Latency/Avg": us(d["lat_mean"]), "Latency/Stdev": us(d["lat_stdev"]),
                     "Latency/Max": us(d["lat_max"]), "Req/Sec/Avg": metric(d["req_mean"]),
                     "Req/Sec/Stdev": metric(d["req_stdev"]), "Req/Sec/Max": metric(d["req_max"])})
        if r["latency"]:
            for q, value in zip((50, 75, 90, 99), d["percentiles"]):
                truth.add(**{f"Latency Distribution/{q}%": us(value)})
        seconds = d["duration_us"] / 1e6
        truth.add(**{"Requests/sec": d["requests"] / seconds,
                     "Transfer/sec": binary(d["bytes"] / seconds)})
        truth.allow(requests=d["requests"], duration=seconds, read=binary(d["bytes"]))
    server.shutdown()
    version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "wrk"],
                             capture_output=True, text=True).stdout
    truth.write("wrk's done(summary, latency, requests) Lua hook of the same run, written to "
                "JSON: latency mean/stdev/max and percentiles, per-thread request rate "
                "mean/stdev/max, requests and bytes over the duration; each in wrk's printed "
                f"unit; totals optional; the runs' settings = params; wrk {version}",
                libraries=(), params=SETTINGS, rel=5e-3, abs_tol=0.005)


if __name__ == "__main__":
    main(__file__, {"wrk": run}, root=HELDOUT12)
