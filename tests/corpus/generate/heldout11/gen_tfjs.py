"""HELD-OUT fixture (eleventh half, see generate/heldout11/README.md): do not read while tuning
the parser.

TensorFlow.js (``@tensorflow/tfjs`` 4.22, the pure-JavaScript CPU backend) under Node, trained
the way its guides log: without ``tfjs-node`` there is no progress bar (``verbose`` prints
nothing in Node), so the guides' callbacks do the printing. First the getting-started linear
model (``y = 2x - 1``) with ``onEpochEnd: (epoch, log) => console.log(`Epoch ${epoch}: loss =
${log.loss}`)`` (0-based epochs, all digits) and its prediction for x = 10, then a small classifier of synthetic data:
``model.summary()`` (a layer table, ``Total params: 481``, ``Trainable params``,
``Non-trainable params``), one epoch with the API reference's ``onBatchEnd: (batch, logs) =>
console.log('Accuracy', logs.acc)``, then epochs logged as ``Epoch 3: loss = 0.41, acc = 0.83,
val_loss = 0.45, val_acc = 0.80``, and ``model.evaluate`` printed as ``Test loss: 0.43, test
accuracy: 0.81``. TensorFlow.js's own notice about ``tfjs-node`` comes first.

Truth: the values TensorFlow.js hands the callbacks (its ``logs`` objects) and returns from
``evaluate`` (``dataSync()``), and ``countParams()``, written to JSON by the script itself as
it prints them (the same JavaScript numbers): ``loss``, ``acc``, ``val_loss``, ``val_acc`` at
the ``Epoch`` the line states; ``Accuracy`` without a step (no batch number is printed); ``Test
loss`` and ``test accuracy``. The summary's counts (``Total params``, ``Trainable params``,
``Non-trainable params`` and each layer's ``Param #``) optional, and so is the linear model's
``prediction for x = 10`` (an output, no metric). The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT11, Truth, main

NODE_DIR = Path("/tmp/heldout11-node")  # npm install @tensorflow/tfjs there (see the README)
SETTINGS = {"seed": 42, "linear_epochs": 25, "n_samples": 320, "n_features": 6,
            "hidden": 16, "batch_size": 32, "batch_logged_epochs": 1, "epochs": 10,
            "validation_split": 0.25, "learning_rate": 0.01}

SCRIPT = r"""
const fs = require('fs');
const tf = require('@tensorflow/tfjs');
const s = JSON.parse(process.argv[2]);
const records = [];
const rec = (kind, name, value, step) => records.push({kind, name, value, step});

async function linear() {
  console.log('== linear model');
  const model = tf.sequential();
  model.add(tf.layers.dense({units: 1, inputShape: [1],
                             kernelInitializer: tf.initializers.glorotUniform({seed: s.seed})}));
  model.compile({loss: 'meanSquaredError', optimizer: 'sgd'});
  const xs = tf.tensor2d([-1, 0, 1, 2, 3, 4], [6, 1]);
  const ys = tf.tensor2d([-3, -1, 1, 3, 5, 7], [6, 1]);
  await model.fit(xs, ys, {epochs: s.linear_epochs, callbacks: {
    onEpochEnd: (epoch, log) => {
      console.log(`Epoch ${epoch}: loss = ${log.loss}`);
      rec('metric', 'loss', log.loss, epoch);
    }}});
  const prediction = model.predict(tf.tensor2d([10], [1, 1])).dataSync()[0];
  console.log(`prediction for x = 10: ${prediction}`);
  rec('optional', 'prediction for x = 10', prediction, null);
}

async function classifier() {
  console.log('\n== classifier');
  const xs = tf.randomNormal([s.n_samples, s.n_features], 0, 1, 'float32', s.seed);
  const w = tf.randomNormal([s.n_features, 1], 0, 1, 'float32', s.seed + 1);
  const ys = xs.matMul(w).greater(0).toFloat();
  const model = tf.sequential();
  const init = (k) => tf.initializers.glorotUniform({seed: s.seed + k});
  model.add(tf.layers.dense({units: s.hidden, activation: 'relu', inputShape: [s.n_features],
                             kernelInitializer: init(2)}));
  model.add(tf.layers.dense({units: s.hidden, activation: 'relu', kernelInitializer: init(3)}));
  model.add(tf.layers.dense({units: 1, activation: 'sigmoid', kernelInitializer: init(4)}));
  model.compile({optimizer: tf.train.adam(s.learning_rate), loss: 'binaryCrossentropy',
                 metrics: ['accuracy']});
  model.summary();
  rec('optional', 'Total params', model.countParams(), null);
  rec('optional', 'Trainable params', model.countParams(), null);
  rec('optional', 'Non-trainable params', 0, null);
  for (const layer of model.layers) rec('optional', 'Param #', layer.countParams(), null);
  await model.fit(xs, ys, {epochs: s.batch_logged_epochs, batchSize: s.batch_size,
                           shuffle: false, callbacks: {
    onBatchEnd: (batch, logs) => {
      console.log('Accuracy', logs.acc);
      rec('metric', 'Accuracy', logs.acc, null);
    }}});
  await model.fit(xs, ys, {epochs: s.epochs, batchSize: s.batch_size, shuffle: false,
                           validationSplit: s.validation_split, callbacks: {
    onEpochEnd: (epoch, logs) => {
      console.log(`Epoch ${epoch}: loss = ${logs.loss}, acc = ${logs.acc}, ` +
                  `val_loss = ${logs.val_loss}, val_acc = ${logs.val_acc}`);
      for (const name of ['loss', 'acc', 'val_loss', 'val_acc']) {
        rec('metric', name, logs[name], epoch);
      }
    }}});
  const [loss, acc] = model.evaluate(xs, ys, {batchSize: s.batch_size});
  const l = loss.dataSync()[0], a = acc.dataSync()[0];
  console.log(`Test loss: ${l}, test accuracy: ${a}`);
  rec('metric', 'Test loss', l, null);
  rec('metric', 'test accuracy', a, null);
}

(async () => {
  await linear();
  await classifier();
  fs.writeFileSync(process.argv[3], JSON.stringify({version: tf.version.tfjs, records}));
})();
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    s = SETTINGS
    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="tfjs-"))
    script, out = work / "train.js", work / "records.json"
    script.write_text(SCRIPT)
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    env = dict(os.environ, NODE_PATH=str(NODE_DIR / "node_modules"))
    subprocess.run(["node", str(script), json.dumps(s), str(out)], check=True, env=env)
    data = json.loads(out.read_text())
    for r in data["records"]:
        if r["kind"] == "metric":
            truth.add(r["step"], **{r["name"]: r["value"]})
        else:
            truth.allow(**{r["name"]: r["value"]})
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    truth.write("TensorFlow.js callback logs, evaluate() and countParams() written to JSON by "
                "the Node script as it prints them: loss/acc/val_loss/val_acc at the printed "
                "0-based Epoch, Accuracy per batch without step, Test loss and test accuracy; "
                f"summary counts optional; settings = params; tfjs {data['version']} under "
                f"Node {node}",
                libraries=(), params=s, rel=1e-9, abs_tol=1e-12)  # JavaScript's full digits


if __name__ == "__main__":
    main(__file__, {"tfjs": run}, root=HELDOUT11)
