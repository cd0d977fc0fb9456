"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Neural networks trained in JavaScript with brain.js (npm's ``brain.js`` 1.6, in
``/tmp/hd16-node``, under Node): a feed-forward ``NeuralNetwork`` (one hidden layer of 4) on
XOR for 2,000 iterations, and a recurrent ``LSTMTimeStep`` on a sampled sine wave for 100
iterations, both with ``log: true``: brain.js prints ``iterations: 200, training error:
0.2592736260428561`` every ``logPeriod`` iterations (200 and 10). The feed-forward network
logs after its 200th, 400th, ... iteration; the LSTM from iteration 0.

Truth: the ``callback`` option of ``train`` at the same period as the log (brain.js hands it
the same ``{iterations, error}`` status its logger prints), written to JSON by the same Node
script: ``training error`` stepped by ``iterations``. Judgement: the two networks restart their iterations (two series of one
name); ``iterations`` is the step, not a metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

NODE_DIR = Path("/tmp/hd16-node")  # npm install brain.js

SCRIPT = r"""
const brain = require('brain.js');
const fs = require('fs');
const record = { runs: [] };
const xor = [{ input: [0, 0], output: [0] }, { input: [0, 1], output: [1] },
             { input: [1, 0], output: [1] }, { input: [1, 1], output: [0] }];
const seen1 = [];
const net = new brain.NeuralNetwork({ hiddenLayers: [4] });
net.train(xor, { iterations: 2000, log: true, logPeriod: 200,
                 callback: (s) => seen1.push(s), callbackPeriod: 200 });
record.runs.push(seen1);
const seq = Array.from({ length: 24 }, (_, i) => Math.sin(i / 3) * 0.4 + 0.5);
const seen2 = [];
const lstm = new brain.recurrent.LSTMTimeStep({ inputSize: 1, hiddenLayers: [6], outputSize: 1 });
lstm.train([seq], { iterations: 100, log: true, logPeriod: 10,
                    callback: (s) => seen2.push(s), callbackPeriod: 10 });
record.runs.push(seen2);
fs.writeFileSync(process.env.BRAIN_RECORD, JSON.stringify(record));
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="brain-", dir=NODE_DIR))  # finds node_modules
    (work / "train.js").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["node", str(work / "train.js")], check=True, cwd=work,
                   env={**os.environ, "BRAIN_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for statuses in out["runs"]:
        for s in statuses:
            truth.add(at=s["iterations"], **{"training error": s["error"]})
    version = json.loads((NODE_DIR / "node_modules/brain.js/package.json").read_text())
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    truth.write(f"brain.js {version['version']} under Node {node}: train's callback at the "
                "log period ({iterations, error}, what the log prints), training error stepped "
                "by iterations", libraries=(), params=None, rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"brain-js": run}, root=HELDOUT16)
