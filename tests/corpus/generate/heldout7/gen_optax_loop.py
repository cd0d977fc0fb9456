"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

A JAX + Optax training loop written the way the JAX ecosystem's tutorials write them (Equinox's
and Optax's examples): a jitted ``train_step``, and progress printed with f-strings' ``=``
specifier, so the names are the variables' names:

* ``config={'learning_rate': 0.003, 'batch_size': 128, 'steps': 600, ...}`` (``print(f"{config=}")``);
* every 25 steps ``print(f"{step=} {loss=}")``, where ``loss`` is a JAX array: ``step=25
  loss=Array(1.2345678, dtype=float32)``;
* every 100 steps the tutorials' evaluation line, ``step=100, train_loss=0.4123456,
  test_loss=0.4567891, test_accuracy=0.8723404`` (``.item()`` values);
* at the end ``final: test_accuracy=0.9574 (best 0.9601 at step 500)``.

The model is a two-layer MLP on scikit-learn's bundled digits, trained with
``optax.adamw`` and a warm-up cosine schedule (``optax.warmup_cosine_decay_schedule``).

Truth: the loop's own JAX values: the batch loss each ``train_step`` returned, at the printed
``step`` (the step; ``step=`` a key on the line); the evaluation's mean training loss over the
25 batches before it (``train_loss``), ``test_loss`` and ``test_accuracy`` from the jitted
evaluation, at the step; the final line's accuracies (``test_accuracy``, ``best``; the step of
the best optional). The config dict is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def run() -> None:
    import jax
    import jax.numpy as jnp
    import numpy as np
    import optax
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    truth = Truth()
    config = {"learning_rate": 0.003, "batch_size": 128, "steps": 600, "warmup_steps": 50,
              "weight_decay": 0.0001, "hidden": 64, "seed": 5}
    print(f"{config=}", flush=True)
    x, y = load_digits(return_X_y=True)
    x = (x / 16.0).astype(np.float32)
    x_tr, x_te, y_tr, y_te = train_test_split(x, y, test_size=0.25, random_state=5)

    key = jax.random.PRNGKey(config["seed"])
    k1, k2 = jax.random.split(key)
    params = {"w1": jax.random.normal(k1, (64, config["hidden"])) * 0.1,
              "b1": jnp.zeros(config["hidden"]),
              "w2": jax.random.normal(k2, (config["hidden"], 10)) * 0.1,
              "b2": jnp.zeros(10)}

    def loss_fn(params, xb, yb):
        hidden = jax.nn.relu(xb @ params["w1"] + params["b1"])
        logits = hidden @ params["w2"] + params["b2"]
        loss = optax.softmax_cross_entropy_with_integer_labels(logits, yb).mean()
        return loss, logits

    schedule = optax.warmup_cosine_decay_schedule(0.0, config["learning_rate"],
                                                  config["warmup_steps"], config["steps"])
    optimizer = optax.adamw(schedule, weight_decay=config["weight_decay"])
    opt_state = optimizer.init(params)

    @jax.jit
    def train_step(params, opt_state, xb, yb):
        (loss, _), grads = jax.value_and_grad(loss_fn, has_aux=True)(params, xb, yb)
        updates, opt_state = optimizer.update(grads, opt_state, params)
        return optax.apply_updates(params, updates), opt_state, loss

    @jax.jit
    def evaluate(params, xb, yb):
        loss, logits = loss_fn(params, xb, yb)
        return loss, (logits.argmax(-1) == yb).mean()

    rng = np.random.default_rng(config["seed"])
    recent, best = [], (0.0, 0)
    for step in range(1, config["steps"] + 1):
        idx = rng.choice(len(x_tr), config["batch_size"], replace=False)
        params, opt_state, loss = train_step(params, opt_state, x_tr[idx], y_tr[idx])
        recent = (recent + [float(loss)])[-25:]
        if step % 25 == 0:
            print(f"{step=} {loss=}", flush=True)
            truth.add(step, loss=float(loss))
        if step % 100 == 0:
            train_loss = jnp.asarray(np.mean(recent, dtype=np.float32))
            test_loss, test_accuracy = evaluate(params, x_te, y_te)
            print(f"{step=}, train_loss={train_loss.item()}, test_loss={test_loss.item()}, "
                  f"test_accuracy={test_accuracy.item()}", flush=True)
            truth.add(step, train_loss=train_loss.item(), test_loss=test_loss.item(),
                      test_accuracy=test_accuracy.item())
            best = max(best, (test_accuracy.item(), -step))
    print(f"final: test_accuracy={test_accuracy.item():.4f} (best {best[0]:.4f} at step "
          f"{-best[1]})", flush=True)
    truth.add(test_accuracy=test_accuracy.item(), best=best[0])
    truth.allow(step=-best[1])
    truth.write("the loop's JAX values: train_step's batch loss at step, the evaluation's "
                "train_loss (mean of the last 25 batch losses), test_loss, test_accuracy at "
                "the step; the final line; config dict = params",
                libraries=("jax", "optax", "numpy"), params=config,
                rel=1e-6, abs_tol=5.1e-5)  # float32 reprs; the final line's 4 decimals


if __name__ == "__main__":
    main(__file__, {"optax-loop": run}, root=HELDOUT7)
