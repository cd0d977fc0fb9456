"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Ruby's standard library ``benchmark`` (Ruby 3.1, Debian's ``ruby``): ``Benchmark.bm(10)`` of
two ways to sort 20 000 shuffled integers twenty times, then the module documentation's
``Benchmark.benchmark(CAPTION, 7, FORMAT, ">total:", ">avg:")`` of three ways to build a
200 000-element collection, whose block returns the sum and the mean of the reports for the
``>total:`` and ``>avg:`` rows. Each prints a caption ``user     system      total
real`` and one row per report, ``sort         0.034488   0.003495   0.037983 (  0.096109)``
(user, system and user+system CPU seconds, then the real time in parentheses).

Truth: the ``Benchmark::Tms`` objects, written to JSON by the same Ruby process (the arrays the
two calls return, and the two the block returns for the total and mean rows): ``utime``,
``stime``, ``total``, ``real`` as ``<label>/user``, ``<label>/system``, ``<label>/total``,
``<label>/real``. Judgement: the table has rows of different things (the reports), so
``<row>/<column>`` as the earlier halves name such tables; a label's ``>`` and trailing ``:``
are punctuation (``array:`` is ``array``, ``>total:`` is ``total``: ``total/user``); the times
differ from run to run (they are the benchmark's results).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = r"""
require "benchmark"
require "json"
include Benchmark
arr = (1..20000).to_a.shuffle(random: Random.new(1))
rows = []
Benchmark.bm(10) do |x|
  x.report("sort") { 20.times { arr.sort } }
  x.report("sort_by") { 20.times { arr.sort_by { |v| v } } }
end.each { |t| rows << t }
n = 200_000
extra = nil
Benchmark.benchmark(CAPTION, 7, FORMAT, ">total:", ">avg:") do |x|
  ta = x.report("array:") { a = []; n.times { |i| a << i } }
  th = x.report("hash:") { h = {}; n.times { |i| h[i] = i } }
  tu = x.report("upto:") { s = 0; 1.upto(n) { |i| s += i } }
  extra = [ta + th + tu, (ta + th + tu) / 3]
  extra
end.each { |t| rows << t }
extra[0].instance_variable_set(:@label, ">total:")
extra[1].instance_variable_set(:@label, ">avg:")
rows.concat(extra)
out = rows.map { |t| { label: t.label, user: t.utime, system: t.stime, total: t.total,
                       real: t.real } }
File.write(ENV.fetch("BM_RECORD"), JSON.generate({ rows: out, ruby: RUBY_VERSION }))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="rubybm-"))
    (work / "bm.rb").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["ruby", str(work / "bm.rb")], check=True,
                   env={**os.environ, "BM_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for row in out["rows"]:
        label = row["label"].strip().lstrip(">").rstrip(":")  # ">total:" is total
        truth.add(**{f"{label}/{col}": row[col] for col in ("user", "system", "total", "real")})
    truth.write(f"Ruby {out['ruby']} benchmark: the Benchmark::Tms objects (utime, stime, total, "
                "real) as <label>/<column>, the >total: and >avg: rows from the block's "
                "returned Tms; written to JSON by the same Ruby process", libraries=(),
                params=None, rel=1e-9, abs_tol=5e-7)  # six decimals


if __name__ == "__main__":
    main(__file__, {"ruby-benchmark": run}, root=HELDOUT17)
