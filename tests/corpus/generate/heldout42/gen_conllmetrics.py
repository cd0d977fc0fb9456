"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written token-tagging loop printing its summary blocks as the kept results
evanhuang117/cse5525-research-project ``results/conll/shuffle.md``: per run a ``### 1.`` header,
then ``***** train metrics *****``, ``***** best metrics *****``, ``***** eval metrics *****``
and ``***** predict metrics *****`` blocks of ``  key = value`` rows (keys sorted and padded to
the block's widest key, values right-aligned to the widest value, floats rounded to 4 decimals,
runtimes as ``h:mm:ss.ss``), as the Trainer's ``log_metrics`` prints them. Here: a GRU tagger
on synthetic entity-tag sequences, three runs with different shuffling seeds, 6 epochs each.
Nothing is printed during training.

Truth: ``train_loss``; ``eval_accuracy``, ``eval_f1``, ``eval_loss``, ``eval_precision``,
``eval_recall``; ``predict_accuracy``, ``predict_f1``, ``predict_loss``,
``predict_precision``, ``predict_recall`` (keys as printed; the block headers add nothing since
the keys carry their split). One step per block from its own ``epoch`` row (6.0), where the
block has one (the predict block has none: no step). ``best_eval_f1``, ``best_test_f1``,
``best_epoch`` (best-so-far repeats) and the samples and steps per second are optional; the
runtimes and ``epoch`` rows are no metrics.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def log_metrics(split, metrics):
    def fmt(k, v):
        if k.endswith("_runtime"):
            h, rem = divmod(v, 3600)
            m, s = divmod(rem, 60)
            return f"{int(h)}:{int(m):02d}:{s:05.2f}"
        if isinstance(v, float):
            return round(v, 4)
        return v

    formatted = {k: fmt(k, v) for k, v in metrics.items()}
    print(f"***** {split} metrics *****")
    k_width = max(len(str(x)) for x in formatted)
    v_width = max(len(str(x)) for x in formatted.values())
    for key in sorted(formatted):
        print(f"  {key: <{k_width}} = {formatted[key]:>{v_width}}")


def run() -> None:
    import time

    import torch
    import torch.nn as nn

    truth = Truth()
    gdata = torch.Generator().manual_seed(13)
    L, V, C = 10, 30, 5

    def make(n):
        x = torch.randint(0, V, (n, L), generator=gdata)
        y = torch.where(x < 5, 1, torch.where(x < 9, 2, torch.where(x < 12, 3, 0)))
        y = torch.where((x >= 12) & (x < 14) & (torch.roll(y, 1, 1) > 0), 4, y)
        return x, y

    tr, va, te = make(600), make(150), make(150)

    def scores(model, x, y):
        with torch.no_grad():
            out = model(x)
            loss = nn.functional.cross_entropy(out.reshape(-1, C), y.reshape(-1)).item()
            p = out.argmax(-1)
        acc = (p == y).float().mean().item()
        tp = ((p == y) & (y > 0)).sum().item()
        pp, ap = (p > 0).sum().item(), (y > 0).sum().item()
        prec = tp / pp if pp else 0.0
        rec = tp / ap if ap else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"accuracy": acc, "f1": f1, "loss": loss, "precision": prec, "recall": rec}

    for run_i in (1, 2, 3):
        print(f"### {run_i}.")
        if run_i == 2:
            print()
        torch.manual_seed(100 + run_i)
        emb, gru, head = nn.Embedding(V, 16), nn.GRU(16, 24, batch_first=True), nn.Linear(24, C)

        def model(x):
            return head(gru(emb(x))[0])

        params = list(emb.parameters()) + list(gru.parameters()) + list(head.parameters())
        opt = torch.optim.Adam(params, lr=1e-2)
        g = torch.Generator().manual_seed(run_i)
        t0 = time.time()
        losses, best = [], (-1.0, 0, 0.0)
        for epoch in range(1, 7):
            order = torch.randperm(600, generator=g)
            for i in range(0, 600, 32):
                j = order[i:i + 32]
                loss = nn.functional.cross_entropy(model(tr[0][j]).reshape(-1, C),
                                                   tr[1][j].reshape(-1))
                opt.zero_grad()
                loss.backward()
                opt.step()
                losses.append(loss.item())
            ev = scores(model, *va)
            if ev["f1"] > best[0]:
                best = (ev["f1"], epoch, scores(model, *te)["f1"])
        rt = time.time() - t0
        train_loss = sum(losses) / len(losses)
        log_metrics("train", {"epoch": 6.0, "train_loss": train_loss, "train_runtime": rt,
                              "train_samples_per_second": round(3600 / rt, 3),
                              "train_steps_per_second": round(len(losses) / rt, 3)})
        truth.add(at=6.0, train_loss=train_loss)
        truth.allow(train_samples_per_second=round(3600 / rt, 3),
                    train_steps_per_second=round(len(losses) / rt, 3))
        log_metrics("best", {"best_epoch": best[1], "best_eval_f1": best[0],
                             "best_test_f1": best[2], "epoch": 6.0})
        truth.allow(best_epoch=best[1], best_eval_f1=best[0], best_test_f1=best[2])
        for split, data, step in (("eval", va, 6.0), ("predict", te, None)):
            t1 = time.time()
            s = scores(model, *data)
            rt = max(time.time() - t1, 1e-3)
            m = {f"{split}_{k}": v for k, v in s.items()}
            extra = {f"{split}_runtime": rt,
                     f"{split}_samples_per_second": round(150 / rt, 3),
                     f"{split}_steps_per_second": round(10 / rt, 3)}
            if step is not None:
                m["epoch"] = 6.0
            print()
            log_metrics(split, {**m, **extra})
            truth.add(at=step, **{k: v for k, v in m.items() if k != "epoch"})
            truth.allow(**{k: v for k, v in extra.items() if not k.endswith("runtime")})
        print()
    truth.write("the script's metric dicts, rounded to 4 decimals as printed",
                libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"conllmetrics": run}, root=HELDOUT42)
