"""HELD-OUT fixture (twelfth half, see generate/heldout12/README.md): do not read while tuning
the parser.

Neural networks in JavaScript with Synaptic under Node (npm's ``synaptic`` 1.1.4, Node 20),
trained with its ``Trainer`` and logged the way its documentation shows, from the
``schedule: {every, do}`` hook: ``console.log('iterations', data.iterations, 'error',
data.error, 'rate', data.rate)``. Two networks: a ``Perceptron(2, 3, 1)`` learning XOR
(mean squared error, rate 0.1, logged every 100 iterations) and a ``Perceptron(2, 8, 1)``
classifying points inside a circle (cross-entropy, a rate schedule ``[0.5, 0.2, 0.05]`` over
the iterations, logged every 25). After each, ``console.log`` of ``train``'s returned object
(Node's inspector: coloured numbers on a terminal, plain on a pipe); the circle network is
then tested on held-out points (``Trainer.test``) and the script prints its test error and
accuracy, and the XOR network's four outputs.

Truth: what Synaptic hands the script: the ``schedule`` hook's ``data`` (``error`` and
``rate`` at the ``iterations`` the line states), ``train``'s returned object (``error``, no
step; its ``iterations`` optional, its ``time`` a timing in neither map), ``test``'s returned
``error`` (``test error``) and the accuracy the script computed from ``activate`` outputs
(``test accuracy``), each written to JSON by the Node script. Optional: the XOR outputs
(``output for [a, b]``). Judgement: ``rate`` is a metric (a schedule's value at each logged
iteration, printed beside the error), the settings line's keys do not share its name. Weights
are drawn from ``Math.random`` (Synaptic has no seed): the truth is that run's.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT12, Truth, main

NODE_DIR = Path("/tmp/heldout12-node")  # npm install synaptic
SETTINGS = {"xor_learning_rate": 0.1, "xor_iterations": 8000, "xor_every": 100,
            "circle_learning_rates": "[0.5, 0.2, 0.05]", "circle_iterations": 900,
            "circle_every": 25, "circle_points": 200, "target_error": 0.0005}

SCRIPT = r"""
const { writeFileSync } = require('node:fs');
const { Architect, Trainer } = require('synaptic');

const [out, settingsJson] = process.argv.slice(2);
const s = JSON.parse(settingsJson);
const record = { xor: [], circle: [] };
const logEvery = (name) => (data) => {
  console.log('iterations', data.iterations, 'error', data.error, 'rate', data.rate);
  record[name].push(data);
};

console.log('== XOR, Perceptron(2, 3, 1)');
const xor = new Architect.Perceptron(2, 3, 1);
const xorSet = [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]]
  .map(([a, b, y]) => ({ input: [a, b], output: [y] }));
const xorResult = new Trainer(xor).train(xorSet, {
  rate: s.xor_learning_rate, iterations: s.xor_iterations, error: s.target_error,
  cost: Trainer.cost.MSE, schedule: { every: s.xor_every, do: logEvery('xor') },
});
console.log(xorResult);
const outputs = xorSet.map(({ input }) => xor.activate(input)[0]);
xorSet.forEach(({ input }, i) => console.log(`output for [${input}]: ${outputs[i].toFixed(4)}`));

console.log('\n== inside a circle, Perceptron(2, 8, 1)');
let seed = 12345;
const rand = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
const points = (n) => Array.from({ length: n }, () => {
  const x = rand() * 2 - 1, y = rand() * 2 - 1;
  return { input: [x, y], output: [x * x + y * y < 0.5 ? 1 : 0] };
});
const train = points(s.circle_points), test = points(s.circle_points / 2);
const net = new Architect.Perceptron(2, 8, 1);
const trainer = new Trainer(net);
const circleResult = trainer.train(train, {
  rate: JSON.parse(s.circle_learning_rates), iterations: s.circle_iterations,
  error: s.target_error, cost: Trainer.cost.CROSS_ENTROPY, shuffle: true,
  schedule: { every: s.circle_every, do: logEvery('circle') },
});
console.log(circleResult);
const tested = trainer.test(test, { cost: Trainer.cost.CROSS_ENTROPY });
const correct = test
  .filter(({ input, output }) => (net.activate(input)[0] > 0.5 ? 1 : 0) === output[0]).length;
const accuracy = correct / test.length;
console.log(`test error: ${tested.error.toFixed(5)}  test accuracy: ${accuracy.toFixed(3)}`);
writeFileSync(out, JSON.stringify({ record, xorResult, circleResult, outputs,
                                   testError: tested.error, accuracy }));
"""


def run() -> None:
    import json
    import subprocess
    import tempfile

    s = SETTINGS
    work = Path(tempfile.mkdtemp(prefix="synaptic-"))
    script = NODE_DIR / "heldout12-synaptic.cjs"  # beside node_modules, for the require
    script.write_text(SCRIPT)
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    out = work / "results.json"
    subprocess.run(["node", str(script), str(out), json.dumps(s)], check=True, cwd=NODE_DIR)
    r = json.loads(out.read_text())
    truth = Truth()
    for name, result in (("xor", r["xorResult"]), ("circle", r["circleResult"])):
        for data in r["record"][name]:
            truth.add(data["iterations"], error=data["error"], rate=data["rate"])
        truth.add(error=result["error"])
        truth.allow(iterations=result["iterations"])
        if name == "xor":
            for (a, b), value in zip(((0, 0), (0, 1), (1, 0), (1, 1)), r["outputs"]):
                truth.allow(**{f"output for [{a},{b}]": value})
    truth.add(**{"test error": r["testError"], "test accuracy": r["accuracy"]})
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    package = json.loads((NODE_DIR / "node_modules/synaptic/package.json").read_text())
    truth.write("Synaptic Trainer: the schedule hook's data (error, rate at iterations), "
                "train()'s returned error, test()'s error and the script's accuracy from "
                "activate(), written to JSON by the same Node script; iterations, XOR outputs "
                f"optional; synaptic {package['version']} under Node {node}",
                libraries=(), params=s, rel=1e-3, abs_tol=5e-5)  # toFixed(4/5/3) lines


if __name__ == "__main__":
    main(__file__, {"synaptic": run}, root=HELDOUT12)
