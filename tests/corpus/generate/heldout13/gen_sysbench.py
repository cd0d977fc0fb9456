"""HELD-OUT fixture (thirteenth half, see generate/heldout13/README.md): do not read while tuning
the parser.

A sysbench (Debian's 1.0.20, LuaJIT) benchmark of a Lua workload, as sysbench's own Lua API
runs one: a script whose ``event()`` does a fixed piece of arithmetic (a loop over 100,000
integers), run twice, with 1 and 2 threads, for 3 seconds with ``--report-interval=1`` and
``--percentile=99``. sysbench prints its banner and options (``Number of threads: 2``,
``Report intermediate results every 1 second(s)``), then one line a second in its default
format: ``[ 1s ] thds: 2 tps: 2071.85 qps: 0.00 (r/w/o: 0.00/0.00/0.00) lat (ms,99%): 1.14
err/s 0.00 reconn/s: 0.00``. The script sets both report hooks as sysbench's documentation
shows (``function sysbench.hooks.report_intermediate(stat) ... sysbench.report_default(stat)
end``), so the final cumulative report is that line too, over the whole run.

Truth: the ``stat`` objects sysbench hands the hooks, written by the script (one JSON line per
report) and read back: ``tps`` = events / time_interval, ``qps`` = (reads + writes + other) /
time_interval, ``lat (ms,99%)`` = latency_pct × 1000, ``err/s`` and ``reconn/s`` =
errors and reconnects / time_interval, as ``report_default`` computes them, at the step each
line states (``[ 3s ]``: time_total rounded). Optional: ``thds`` (threads running, a count)
and the ``r/w/o`` read/write/other rates (a slash-joined triple, named ``r/w/o``; all zero, no
database here). The cumulative line states the run's total time as its step, like the last
interval's line. Judgement: a rate of zero queries is a metric (``qps``) as sysbench reports
it; the banner's options are params. The tps and latency depend on the machine's load.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT13, Truth, main

SETTINGS = {"time": 3, "report-interval": 1, "percentile": 99, "threads": "1, 2",
            "loop": 100000}

LUA = r"""
local out = os.getenv("SYSBENCH_RECORD")

function event()
  local s = 0
  for i = 1, LOOP do s = s + (i % 7) * i end
  return nil
end

local function record(kind, stat)
  local f = io.open(out, "a")
  f:write(string.format('{"kind": "%s", "time_total": %.17g, "time_interval": %.17g, ' ..
    '"threads_running": %d, "events": %d, "reads": %d, "writes": %d, "other": %d, ' ..
    '"latency_pct": %.17g, "errors": %d, "reconnects": %d}\n', kind, stat.time_total,
    stat.time_interval, stat.threads_running, stat.events, stat.reads, stat.writes,
    stat.other, stat.latency_pct, stat.errors, stat.reconnects))
  f:close()
end

function sysbench.hooks.report_intermediate(stat)
  record("intermediate", stat)
  sysbench.report_default(stat)
end

function sysbench.hooks.report_cumulative(stat)
  record("cumulative", stat)
  sysbench.report_default(stat)
end
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    s = SETTINGS
    work = Path(tempfile.mkdtemp(prefix="sysbench-"))
    script = work / "arith.lua"
    script.write_text(LUA.replace("LOOP", str(s["loop"])))
    record = work / "stats.jsonl"
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    for threads in (1, 2):
        subprocess.run(["sysbench", str(script), f"--threads={threads}", f"--time={s['time']}",
                        f"--report-interval={s['report-interval']}",
                        f"--percentile={s['percentile']}", "run"],
                       check=True, env={**os.environ, "SYSBENCH_RECORD": str(record)})
    truth = Truth()
    for line in record.read_text().splitlines():
        stat = json.loads(line)
        seconds = stat["time_interval"]
        truth.add(round(stat["time_total"]), tps=stat["events"] / seconds,
                  qps=(stat["reads"] + stat["writes"] + stat["other"]) / seconds,
                  **{"lat (ms,99%)": stat["latency_pct"] * 1000,
                     "err/s": stat["errors"] / seconds, "reconn/s": stat["reconnects"] / seconds})
        truth.allow(thds=stat["threads_running"])
        for key in ("reads", "writes", "other"):
            truth.allow(**{"r/w/o": stat[key] / seconds})
    version = subprocess.run(["sysbench", "--version"], capture_output=True,
                             text=True).stdout.strip()
    truth.write("sysbench's report hooks' stat objects of the same runs, written to JSON lines "
                "by the Lua script: tps, qps, lat (ms,99%), err/s, reconn/s as report_default "
                "computes them, at the [ Ns ] each line states; thds and r/w/o optional; "
                f"{version}", libraries=(), params=s, rel=1e-4, abs_tol=0.005)  # %4.2f


if __name__ == "__main__":
    main(__file__, {"sysbench": run}, root=HELDOUT13)
