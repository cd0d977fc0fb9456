"""Hand-written training loops that report with the standard library only, in the styles people
write: ``print`` (``plain``, ``plain-tutorial``, ``plain-nanogpt``), `logging` with common
formats (``logging``) and JSON lines (``jsonl``).

The model is real: a logistic regression trained with minibatch SGD in pure Python on a fixed
random data set, so the numbers behave like training numbers. The truth is what the script
reported: the values it passed to ``print``/`logging`/`json.dumps`, under the names it printed
them with. Steps are in the truth where the line carries a step key (``epoch``, ``step``,
``iter``) as a name/number pair.
"""

from _capture import Truth, main

EPOCHS, BATCHES, BATCH = 3, 6, 16


def training():
    """Yield (epoch, batch, loss, acc) of a real logistic regression, then (epoch, None,
    val_loss, val_acc) after each epoch."""
    import math
    import random

    rng = random.Random(0)
    true_w = [1.5, -2.0, 0.5, 0.0]

    def sample():
        x = [rng.gauss(0, 1) for _ in true_w]
        p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(true_w, x))))
        return x, 1.0 if rng.random() < p else 0.0

    train = [sample() for _ in range(BATCHES * BATCH)]
    valid = [sample() for _ in range(64)]
    w = [0.0] * len(true_w)

    def evaluate(rows):
        loss = acc = 0.0
        for x, y in rows:
            p = min(max(1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x)))), 1e-9), 1 - 1e-9)
            loss -= y * math.log(p) + (1 - y) * math.log(1 - p)
            acc += (p > 0.5) == (y == 1.0)
        return loss / len(rows), acc / len(rows)

    for epoch in range(1, EPOCHS + 1):
        for batch in range(BATCHES):
            rows = train[batch * BATCH:(batch + 1) * BATCH]
            loss, acc = evaluate(rows)
            grad = [0.0] * len(w)
            for x, y in rows:
                p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))
                grad = [g + (p - y) * xi / len(rows) for g, xi in zip(grad, x)]
            w = [wi - 0.5 * g for wi, g in zip(w, grad)]
            yield epoch, batch, loss, acc
        yield (epoch, None, *evaluate(valid))


def plain() -> None:
    """The issue's own example, ``key=value`` lines and ``|``-separated columns."""
    truth = Truth()
    step, lr = 0, 0.5
    for epoch, batch, loss, acc in training():
        if batch is None:
            print(f"epoch {epoch} loss {loss:.4f} val_acc {acc:.3f}")
            truth.add(epoch, epoch=epoch, loss=loss, val_acc=acc)
            print(f"epoch {epoch} | val_loss {loss:.4f} | val_acc {acc:.4f} | lr {lr:.3e}")
            truth.add(epoch, epoch=epoch, val_loss=loss, val_acc=acc, lr=lr)
            continue
        step += 1
        lr = 0.5 / (1 + 0.1 * step)
        print(f"step={step} loss={loss:.4f} acc={acc:.4f} lr={lr:.2e}")
        truth.add(step, step=step, loss=loss, acc=acc, lr=lr)
    truth.write("the values the script printed", abs_tol=5e-4)


def plain_tutorial() -> None:
    """The PyTorch tutorials' formats: ``Epoch [1/3], Step [2/6], Loss: 0.6931`` and the MNIST
    example's ``Train Epoch: 1 [16/96 (17%)]\\tLoss: 0.693147``."""
    truth = Truth()
    for epoch, batch, loss, acc in training():
        if batch is None:
            continue
        print(f"Epoch [{epoch}/{EPOCHS}], Step [{batch + 1}/{BATCHES}], Loss: {loss:.4f}")
        truth.add(Loss=loss)
        seen = (batch + 1) * BATCH
        print(f"Train Epoch: {epoch} [{seen}/{BATCHES * BATCH} "
              f"({100. * (batch + 1) / BATCHES:.0f}%)]\tLoss: {loss:.6f}")
        truth.add(**{"Train Epoch": epoch, "train/Loss": loss})  # the line opens with its phase
    truth.write("the values the script printed; '[2/6]' and '(17%)' are progress, not metrics; "
                "'Train Epoch: 1' names the training phase: 'train/Loss'",
                abs_tol=5e-5)


def plain_nanogpt() -> None:
    """nanoGPT's training log: ``iter 10: loss 0.6931, time 12.34ms, mfu 1.23%`` and
    ``step 6: train loss 0.6931, val loss 0.7012``; a time with its unit is no metric."""
    import time

    truth = Truth()
    it = 0
    t0 = time.time()
    for epoch, batch, loss, acc in training():
        if batch is None:
            print(f"step {it}: train loss {loss * 0.98:.4f}, val loss {loss:.4f}")
            truth.add(it, step=it, **{"train loss": loss * 0.98, "val loss": loss})
            continue
        t1 = time.time()
        dt, t0 = t1 - t0, t1
        mfu = 1.5 + acc
        print(f"iter {it}: loss {loss:.4f}, time {dt * 1000:.2f}ms, mfu {mfu:.2f}%")
        truth.add(it, iter=it, loss=loss, mfu=mfu)
        it += 1
    truth.write("the values the script printed; 'time 12.34ms' is a duration, not a metric",
                abs_tol=5e-3)


def logging_formats() -> None:
    """`logging` with the default format, a dated format, the cookbook's dashed format and
    Hydra's default job format, some on stderr (logging's default) and some on stdout."""
    import logging
    import sys

    truth = Truth()
    logging.basicConfig(level=logging.INFO)  # root: INFO:root:message on stderr
    dated = _logger("dated", "%(asctime)s %(levelname)s %(message)s", sys.stdout,
                    datefmt="%Y-%m-%d %H:%M:%S")
    dashed = _logger("trainer", "%(asctime)s - %(name)s - %(levelname)s - %(message)s", sys.stderr)
    hydra = _logger("__main__", "[%(asctime)s][%(name)s][%(levelname)s] - %(message)s", sys.stdout)
    step = 0
    for epoch, batch, loss, acc in training():
        if batch is None:
            dashed.info(f"Epoch {epoch} - val_loss: {loss:.4f} - val_acc: {acc:.4f}")
            truth.add(val_loss=loss, val_acc=acc)
            truth.allow(Epoch=epoch)  # "Epoch 1 - val_loss: …": a header or a pair, either way
            hydra.info(f"epoch={epoch}, val_loss={loss:.4f}")
            truth.add(epoch, epoch=epoch, val_loss=loss)
            continue
        step += 1
        logging.info(f"epoch={epoch} step={step} loss={loss:.4f}")
        truth.add(step, epoch=epoch, step=step, loss=loss)
        dated.info(f"loss: {loss:.4f} acc: {acc:.4f}")
        truth.add(loss=loss, acc=acc)
    truth.write("the values the script logged", abs_tol=5e-5)


def _logger(name: str, fmt: str, stream, datefmt=None):
    import logging

    logger = logging.getLogger(name)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter(fmt, datefmt=datefmt))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger


def json_lines() -> None:
    """One JSON object per line, as loggers of the ``print(json.dumps(record))`` kind write it:
    nested dicts (flattened ``val/acc``), strings and booleans (no metrics), a NaN."""
    import json
    import math

    truth = Truth()
    step = 0
    print(json.dumps({"event": "start", "run": "3fa2b1c9", "config": {"lr": "0.5", "batch": "16"}}))
    for epoch, batch, loss, acc in training():
        if batch is None:
            print(json.dumps({"epoch": epoch, "step": step, "val": {"loss": loss, "acc": acc},
                              "best": acc > 0.8}))
            truth.add(step, epoch=epoch, step=step, **{"val/loss": loss, "val/acc": acc})
            continue
        step += 1
        grad_norm = math.nan if step == 4 else loss * 2.5
        print(json.dumps({"step": step, "loss": loss, "acc": acc, "grad_norm": grad_norm,
                          "phase": "train"}))
        truth.add(step, step=step, loss=loss, acc=acc, grad_norm=grad_norm)
    print(json.dumps({"event": "done", "path": "ckpt/epoch=3-step=18.pt"}))
    truth.write("the numbers of each printed JSON object, nested keys joined with '/'",
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"plain": plain, "plain-tutorial": plain_tutorial,
                    "plain-nanogpt": plain_nanogpt, "logging": logging_formats,
                    "jsonl": json_lines})
