"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

A JAX training loop with Flax NNX and Optax, in the shape of Flax's MNIST tutorial (an MLP on a
synthetic 4-class problem instead of MNIST, on the CPU): ``nnx.MultiMetric(accuracy=Accuracy(),
loss=Average("loss"))`` updated in a jitted train step, computed and reset every 25 steps, and
printed as the tutorial prints it:

``[train] step: 25, loss: 1.100099802017212, accuracy: 55.75``
``[test] step: 25, loss: 0.7818111181259155, accuracy: 72.5``

(JAX scalars formatted by ``str``: full float32 precision; the accuracy multiplied by 100; the
train figures are those of the training steps since the last report). Before training the
script prints its settings, ``config: lr=0.005 batch_size=32 steps=150 eval_every=25``, and the
parameter count, ``Parameters: 420``.

Truth: ``metrics.compute()`` (Flax's metric objects) at each report, named ``train/loss``,
``train/accuracy``, ``test/loss``, ``test/accuracy`` (the bracketed phase leads the line), the
accuracy in percent as printed, step = the printed step. The parameter count is optional; the
config line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main

CONFIG = {"lr": 0.005, "batch_size": 32, "steps": 150, "eval_every": 25}


def make_model(nnx):
    class MLP(nnx.Module):
        def __init__(self, rngs):
            self.hidden = nnx.Linear(8, 32, rngs=rngs)
            self.out = nnx.Linear(32, 4, rngs=rngs)

        def __call__(self, x):
            return self.out(nnx.relu(self.hidden(x)))

    return MLP(nnx.Rngs(0))


def train() -> None:
    import jax
    import jax.numpy as jnp
    import numpy as np
    import optax
    from flax import nnx

    truth = Truth()
    rng = np.random.default_rng(0)
    centers = rng.normal(size=(4, 8)) * 0.8
    labels = rng.integers(0, 4, size=1120)
    x = (centers[labels] + rng.normal(size=(1120, 8))).astype(np.float32)
    train_x, train_y, test_x, test_y = x[:960], labels[:960], x[960:], labels[960:]
    model = make_model(nnx)
    n_params = sum(p.size for p in jax.tree_util.tree_leaves(nnx.state(model, nnx.Param)))
    print(f"config: lr={CONFIG['lr']} batch_size={CONFIG['batch_size']} "
          f"steps={CONFIG['steps']} eval_every={CONFIG['eval_every']}")
    print(f"Parameters: {n_params:,}")
    truth.allow(Parameters=n_params)
    optimizer = nnx.Optimizer(model, optax.adamw(CONFIG["lr"]), wrt=nnx.Param)
    metrics = nnx.MultiMetric(accuracy=nnx.metrics.Accuracy(), loss=nnx.metrics.Average("loss"))

    def loss_fn(model, batch):
        logits = model(batch["x"])
        loss = optax.softmax_cross_entropy_with_integer_labels(logits, batch["y"]).mean()
        return loss, logits

    @nnx.jit
    def train_step(model, optimizer, metrics, batch):
        (loss, logits), grads = nnx.value_and_grad(loss_fn, has_aux=True)(model, batch)
        metrics.update(loss=loss, logits=logits, labels=batch["y"])
        optimizer.update(model, grads)

    @nnx.jit
    def eval_step(model, metrics, batch):
        loss, logits = loss_fn(model, batch)
        metrics.update(loss=loss, logits=logits, labels=batch["y"])

    bs = CONFIG["batch_size"]
    for step in range(1, CONFIG["steps"] + 1):
        start = ((step - 1) * bs) % len(train_x)
        batch = {"x": jnp.asarray(train_x[start:start + bs]),
                 "y": jnp.asarray(train_y[start:start + bs])}
        train_step(model, optimizer, metrics, batch)
        if step % CONFIG["eval_every"] == 0:
            for phase in ("train", "test"):
                if phase == "test":  # the train figures are those of the steps since the last
                    for i in range(0, len(test_x), bs):
                        eval_step(model, metrics, {"x": jnp.asarray(test_x[i:i + bs]),
                                                   "y": jnp.asarray(test_y[i:i + bs])})
                computed = metrics.compute()
                metrics.reset()
                print(f"[{phase}] step: {step}, loss: {computed['loss']}, "
                      f"accuracy: {computed['accuracy'] * 100}")
                truth.add(step, **{f"{phase}/loss": float(computed["loss"]),
                                   f"{phase}/accuracy": float(computed["accuracy"] * 100)})
    truth.write("metrics.compute() of an nnx.MultiMetric at each report, as <phase>/loss and "
                "<phase>/accuracy (percent, as printed), step = the printed step; the parameter "
                "count optional; params = the config line",
                libraries=("flax", "jax", "optax"), params=CONFIG, rel=1e-6, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"flax": train}, root=HELDOUT3)
