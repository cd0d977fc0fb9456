"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

Neural networks in JavaScript with Neataptic (1.4.7, npm's ``neataptic`` in
``/tmp/heldout14-node``, under Node): a perceptron (1-8-1) trained by backpropagation to fit a
sine on 40 points (``network.train`` with ``log: 100``, momentum and a step rate policy), then
``network.test`` on 20 held-out points printed with ``console.log('test', result)`` (Node's
``{ error: ..., time: ... }``); and a network evolved with NEAT to compute XOR
(``network.evolve`` with ``log: 5``), then ``console.log('evolved', result)`` (the returned
``{ error, iterations, time }``). Neataptic prints ``iteration 100 error 0.0123 rate 0.3``
while training and ``iteration 5 fitness -0.33 error 0.25`` while evolving, numbers in full.

Truth: the values Neataptic hands its ``schedule`` callback at the same iterations as the log
(``{error, iteration}`` while training; ``{fitness, error, iteration}`` while evolving),
written to JSON by the same Node script; ``rate`` is the rate policy's own value at that
iteration (``methods.rate.STEP``'s function, called with the base rate and the iteration, as
``train`` calls it); the results ``test``, ``train`` and ``evolve`` return (``error``;
``time`` in ms and ``iterations`` optional). Judgement: the log lines' ``iteration`` is their
step (``error``, ``rate``, ``fitness`` at that step); the evolution's points follow the
training's under the same names at their own iterations; the returned objects' lines state
no step (``test``'s error is the held-out error: ``test/error``, the phase word before the
object qualifies it, as a phase label does elsewhere in the corpus, so that the held-out error
is no point of the training series). Settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

NODE_DIR = Path("/tmp/heldout14-node")  # npm install neataptic
SETTINGS = {"hidden": 8, "rate": 0.3, "momentum": 0.9, "iterations": 600, "log": 100,
            "policy": "STEP(0.9, 200)", "evolve iterations": 25, "evolve log": 5}

SCRIPT = r"""
const fs = require('fs');
const { Network, architect, methods } = require('neataptic');

const s = JSON.parse(process.env.SETTINGS);
const points = (n, offset) => Array.from({ length: n }, (_, i) => {
  const x = (i + offset) / n;
  return { input: [x], output: [0.5 + 0.4 * Math.sin(2 * Math.PI * x)] };
});
const record = { train: [], evolve: [] };

async function main() {
  const policy = methods.rate.STEP(0.9, 200);
  const net = new architect.Perceptron(1, s.hidden, 1);
  const trained = net.train(points(40, 0), {
    rate: s.rate, momentum: s.momentum, iterations: s.iterations, error: 1e-6, log: s.log,
    ratePolicy: policy,
    schedule: { iterations: s.log, function: (d) => record.train.push(
      { iteration: d.iteration, error: d.error, rate: policy(s.rate, d.iteration) }) },
  });
  record.trained = trained;
  const test = net.test(points(20, 0.5));
  console.log('test', test);
  record.test = test;

  const xor = [{ input: [0, 0], output: [0] }, { input: [0, 1], output: [1] },
               { input: [1, 0], output: [1] }, { input: [1, 1], output: [0] }];
  const evolving = new Network(2, 1);
  const evolved = await evolving.evolve(xor, {
    mutation: methods.mutation.FFW, equal: true, error: 0.0001, iterations: s['evolve iterations'],
    log: s['evolve log'], threads: 1,
    schedule: { iterations: s['evolve log'], function: (d) => record.evolve.push(d) },
  });
  console.log('evolved', evolved);
  record.evolved = evolved;
  record.version = require('neataptic/package.json').version;
  record.node = process.version;
  fs.writeFileSync(process.env.NEAT_RECORD, JSON.stringify(record));
}
main();
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="neataptic-"))
    script = NODE_DIR / f"neat-{work.name}.js"  # beside node_modules, so require finds it
    script.write_text(SCRIPT)
    record = work / "record.json"
    try:
        subprocess.run(["node", str(script)], check=True,
                       env={**os.environ, "NEAT_RECORD": str(record),
                            "SETTINGS": json.dumps(SETTINGS)})
    finally:
        script.unlink()
    out = json.loads(record.read_text())
    truth = Truth()
    for d in out["train"]:
        truth.add(d["iteration"], error=d["error"], rate=d["rate"])
    truth.add(**{"test/error": out["test"]["error"]})
    truth.allow(time=out["test"]["time"])
    for d in out["evolve"]:
        truth.add(d["iteration"], fitness=d["fitness"], error=d["error"])
    truth.add(error=out["evolved"]["error"])
    truth.allow(iterations=out["evolved"]["iterations"], time=out["evolved"]["time"])
    truth.write(f"Neataptic {out['version']} under Node {out['node']}: the schedule callback's "
                "values at the logged iterations (error; fitness while evolving), the rate "
                "policy's rate at each, and the error test() and evolve() returned (time, "
                "iterations optional); written to JSON by the same Node script",
                libraries=(), params=SETTINGS, rel=1e-9, abs_tol=1e-12)  # printed in full


if __name__ == "__main__":
    main(__file__, {"neataptic": run}, root=HELDOUT14)
