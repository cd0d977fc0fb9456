"""HELD-OUT fixture (tenth half, see generate/heldout10/README.md): do not read while tuning the
parser.

JavaScript micro-benchmarks with Benchmark.js (npm ``benchmark`` 2.1.4, run by Node), the way
its README writes a suite: ``new Benchmark.Suite``, ``.add(name, fn)`` per variant, an
``on('cycle')`` listener printing ``String(event.target)`` (``join x 1,234,567 ops/sec ±1.23%
(45 runs sampled)``) and an ``on('complete')`` listener printing ``Fastest is ...``. Three
suites (string building, summing an array, finding a substring), each variant limited to half a
second of sampling. After the suites the script prints one ``console.table`` of every variant
(ops/sec, mean time per op in nanoseconds, relative margin of error) as people paste into pull
requests. The generator writes the JavaScript file into a temporary folder and runs ``node`` on
it with the capture's stdout and stderr.

Truth: the Benchmark objects themselves: at each ``cycle`` event the script (in JavaScript)
also stores the target's ``hz``, ``stats.rme``, ``stats.mean`` and ``stats.sample.length`` in a
JSON file, which the generator reads back. Names: the cycle line's variant name, then the
printed unit: ``<variant>/ops/sec`` (a point per line, no step); the ``±`` margin optional as
``<variant>/ops/sec_std`` and ``rme``, the sample count optional (``runs sampled``). The
table's rows are different variants: ``<variant>/ops/sec``, ``<variant>/mean (ns)``,
``<variant>/rme (%)`` (the row label is the table's ``name`` column; the unit in parentheses is
part of the printed column header and dropped: ``mean``, ``rme``); its ``(index)`` column is in
neither map. ``Fastest is`` names a variant, no number. The suite settings printed first are
params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT10, Truth, main

NODE_DIR = Path("/tmp/heldout10-node")  # `npm install benchmark@2.1.4` there (see README)
SETTINGS = {"maxTime": 0.5, "minSamples": 5, "array_size": 1000, "seed": 3}

SCRIPT = r"""
const fs = require('fs');
const Benchmark = require('benchmark');
const settings = JSON.parse(process.argv[2]);
const truthFile = process.argv[3];
const records = [];
let state = settings.seed;
function rand() { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; }
const numbers = Array.from({length: settings.array_size}, () => rand());
const words = Array.from({length: 200}, (_, i) => 'w' + i.toString(36));
const haystack = words.join(' ') + ' needle ' + words.join(' ');
console.log('Benchmark.js ' + Benchmark.version + ' on Node ' + process.version);
console.log('settings: maxTime=' + settings.maxTime + 's minSamples=' + settings.minSamples +
            ' array_size=' + settings.array_size + ' seed=' + settings.seed);

function suite(title, cases) {
  return new Promise((resolve) => {
    console.log('\n' + title);
    const s = new Benchmark.Suite(title);
    for (const [name, fn] of cases) {
      s.add(name, fn, {maxTime: settings.maxTime, minSamples: settings.minSamples});
    }
    s.on('cycle', function (event) {
      const b = event.target;
      records.push({suite: title, name: b.name, hz: b.hz, rme: b.stats.rme,
                    mean: b.stats.mean, samples: b.stats.sample.length});
      console.log(String(b));
    });
    s.on('complete', function () {
      console.log('Fastest is ' + this.filter('fastest').map('name'));
      resolve();
    });
    s.run({async: true});
  });
}

(async () => {
  await suite('string building', [
    ['concat +=', () => { let s = ''; for (const w of words) s += w; return s; }],
    ['Array#join', () => words.join('')],
    ['template literal', () => { let s = ''; for (const w of words) s = `${s}${w}`; return s; }],
  ]);
  await suite('sum of an array', [
    ['for loop', () => { let t = 0; for (let i = 0; i < numbers.length; i++) t += numbers[i]; return t; }],
    ['Array#reduce', () => numbers.reduce((a, b) => a + b, 0)],
    ['for...of', () => { let t = 0; for (const x of numbers) t += x; return t; }],
  ]);
  await suite('substring search', [
    ['String#includes', () => haystack.includes('needle')],
    ['RegExp#test', () => /needle/.test(haystack)],
    ['String#indexOf', () => haystack.indexOf('needle') !== -1],
  ]);
  console.log('\nall variants:');
  console.table(records.map((r) => ({name: r.name, 'ops/sec': Math.round(r.hz),
                                     'mean (ns)': Number((r.mean * 1e9).toFixed(1)),
                                     'rme (%)': Number(r.rme.toFixed(2))})));
  fs.writeFileSync(truthFile, JSON.stringify(records));
})();
"""


def run() -> None:
    import json
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="benchmark-js-"))
    (work / "bench.js").write_text(SCRIPT)
    records_file = work / "records.json"
    env = {"NODE_PATH": str(NODE_DIR / "node_modules"), "PATH": "/usr/bin:/bin"}
    sys.stdout.flush()
    subprocess.run(["node", str(work / "bench.js"), json.dumps(SETTINGS), str(records_file)],
                   cwd=work, check=True, env=env)
    truth = Truth()
    records = json.loads(records_file.read_text())
    for r in records:
        name = r["name"]
        truth.add(**{f"{name}/ops/sec": r["hz"]})
        truth.allow(**{f"{name}/ops/sec_std": r["rme"], "rme": r["rme"],
                       "runs sampled": r["samples"]})
    for r in records:
        name = r["name"]
        truth.add(**{f"{name}/ops/sec": r["hz"], f"{name}/mean": r["mean"] * 1e9,
                     f"{name}/rme": r["rme"]})
    version = subprocess.run(["node", "--version"], capture_output=True, text=True)
    package = json.loads((NODE_DIR / "node_modules/benchmark/package.json").read_text())
    truth.write("the Benchmark objects at each cycle event (hz, stats.rme, stats.mean, "
                "stats.sample.length), written to JSON by the script: <variant>/ops/sec per "
                "cycle line, the summary table's columns by row; margins and sample counts "
                f"optional; settings = params; benchmark {package['version']}, node "
                f"{version.stdout.strip()}",
                libraries=(), params=SETTINGS,
                rel=5.1e-3, abs_tol=0.051)  # ops/sec whole above 100, rme 2 decimals, mean 1


if __name__ == "__main__":
    main(__file__, {"benchmark-js": run}, root=HELDOUT10)
