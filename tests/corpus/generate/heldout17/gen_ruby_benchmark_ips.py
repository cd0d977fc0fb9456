"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Ruby micro-benchmarks with benchmark-ips (Debian's ``ruby-benchmark-ips``): three ways over a
shuffled array of 1000 integers (``sort``, ``sort_by``, ``minmax``) and three ways to join 50
words (``join``, ``inject``, ``interpolate``), half a second of warm-up
and a second of measurement each, then ``compare!``. It prints ``Warming up ----...`` with one
line per report (``sort     1.017k i/100ms``), ``Calculating ----...`` with one line per report
(``sort     11.221k (±14.4%) i/s -     11.187k in   1.019621s``: iterations per second with
an SI suffix, its relative error, the iterations run and the time taken), then
``Comparison:`` (``min_max:   326667.9 i/s`` for the fastest, then ``sort:    11221.1 i/s -
29.11x  slower``).

Truth: the ``Benchmark::IPS::Report`` that ``Benchmark.ips`` returns, written to JSON by the
same Ruby process: each entry's ``ips`` under its label (listed twice: the ``Calculating``
line and the ``Comparison`` line), and the slowdown against the fastest entry (its ``ips``
over this one's, as ``compare!`` computes it) as ``<label>/slower``. Optional: the warm-up's
iterations per 100 ms (``measurement_cycle``) under the label, the error as ``<label>_std``
in percent (``100 * stats.error / ips``, as the printer computes it), the iterations run as
``<label>/iterations`` and the measuring time in seconds as ``<label>/time``. Judgement: a
benchmark's line is named by its label (as earlier halves named benny's and bencher's); the
warm-up figure is a calibration (optional); ``k`` and ``M`` are SI multipliers of the value
(``11.221k`` is 11221), ``i/s`` and ``i/100ms`` units; the timings differ from run to run.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = r"""
require "benchmark/ips"
require "json"
arr = (1..1000).to_a.shuffle(random: Random.new(1))
words = (1..50).map { |i| "w#{i}" }
report = Benchmark.ips do |x|
  x.config(time: 1, warmup: 0.5)
  x.report("sort") { arr.sort }
  x.report("sort_by") { arr.sort_by { |v| v } }
  x.report("min_max") { arr.minmax }
  x.report("join") { words.join(" ") }
  x.report("inject") { words.inject(+"") { |s, w| s << w << " " } }
  x.report("interpolate") { words.map { |w| "#{w} " }.join }
  x.compare!
end
best = report.entries.max_by(&:ips)
out = report.entries.map do |e|
  { label: e.label, ips: e.ips, error: e.stats.error, iterations: e.iterations,
    microseconds: e.microseconds, cycle: e.measurement_cycle,
    slower: e.equal?(best) ? nil : best.ips / e.ips }
end
File.write(ENV.fetch("IPS_RECORD"), JSON.generate({ entries: out,
                                                    version: Benchmark::IPS::VERSION,
                                                    ruby: RUBY_VERSION }))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="ips-"))
    (work / "bench.rb").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["ruby", str(work / "bench.rb")], check=True,
                   env={**os.environ, "IPS_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for e in out["entries"]:
        label = e["label"]
        truth.allow(**{label: e["cycle"]})
        for _ in range(2):  # the Calculating line and the Comparison line
            truth.add(**{label: e["ips"]})
        truth.allow(**{f"{label}_std": 100 * e["error"] / e["ips"],
                       f"{label}/iterations": e["iterations"],
                       f"{label}/time": e["microseconds"] / 1e6})
        if e["slower"] is not None:
            truth.add(**{f"{label}/slower": e["slower"]})
    truth.write(f"benchmark-ips {out['version']} under Ruby {out['ruby']}: the Report's entries, "
                "ips under the label (Calculating and Comparison lines), best ips / ips as "
                "<label>/slower; warm-up cycle, error, iterations and time optional; written to "
                "JSON by the same Ruby process", libraries=(), params=None,
                rel=1e-4, abs_tol=5e-2)  # 11.221k; the error (±14.4%) to one decimal


if __name__ == "__main__":
    main(__file__, {"ruby-benchmark-ips": run}, root=HELDOUT17)
