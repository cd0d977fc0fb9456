"""tqdm: three hand-written training loops whose bar carries the metrics in its postfix.

* ``bar.set_postfix(loss=…, acc=…)`` with floats: tqdm prints them with 3 significant digits,
  keys sorted (``…, 21.3it/s, acc=0.5, loss=0.693]``);
* ``pbar.set_postfix({"loss": f"{loss:.4f}", "lr": lr})`` on a manual bar with ``unit="batch"``;
* ``pbar.set_postfix_str(f"loss={loss:.4f} ppl={ppl:.2f}")``.

tqdm draws to stderr, redrawing with ``\\r``, on a terminal and on a pipe alike. An iteration
takes 30 ms, so the bar's own refresh (every 0.1 s) sometimes redraws the previous postfix
with a new count before `set_postfix` draws the new one.

Truth: every postfix the script sets, as name → value (consecutive identical ones count once:
a redraw of the same postfix is one report). No step is printed.
"""

from _capture import main, write_truth

STEPS = 12
STEP_SECONDS = 0.03


def train() -> None:
    import math
    import random
    import time

    from tqdm import tqdm

    rng = random.Random(0)
    shown: list[dict] = []

    def record(postfix: dict) -> None:
        if not shown or shown[-1] != postfix:
            shown.append(dict(postfix))

    loss, acc = 0.9, 0.5
    bar = tqdm(range(STEPS), desc="Epoch 1")
    for _ in bar:
        time.sleep(STEP_SECONDS)
        loss *= 0.85 + 0.1 * rng.random()
        acc = min(1.0, acc + 0.04 * rng.random())
        bar.set_postfix(loss=loss, acc=acc)
        record({"loss": loss, "acc": acc})

    with tqdm(total=STEPS, unit="batch", desc="fine-tune") as pbar:
        for step in range(STEPS):
            time.sleep(STEP_SECONDS)
            loss *= 0.9 + 0.1 * rng.random()
            lr = 1e-3 * (1 - step / STEPS)
            pbar.update(1)
            pbar.set_postfix({"loss": f"{loss:.4f}", "lr": lr})
            record({"loss": round(loss, 4), "lr": lr})

    pbar = tqdm(range(STEPS), desc="lm")
    for _ in pbar:
        time.sleep(STEP_SECONDS)
        loss *= 0.9 + 0.1 * rng.random()
        ppl = math.exp(loss)
        pbar.set_postfix_str(f"loss={loss:.4f} ppl={ppl:.2f}")
        record({"loss": round(loss, 4), "ppl": round(ppl, 2)})
    pbar.close()

    metrics: dict[str, list[float]] = {}
    for postfix in shown:
        for name, value in postfix.items():
            metrics.setdefault(name, []).append(value)
    write_truth(metrics, libraries=("tqdm",), rel=5e-3,
                source="the values passed to set_postfix/set_postfix_str, consecutive "
                       "identical postfixes once; names as given")


if __name__ == "__main__":
    main(__file__, {"tqdm": train})
