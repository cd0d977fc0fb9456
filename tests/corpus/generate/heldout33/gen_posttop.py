"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written PyTorch token tagger printing as PostToP/postToP-NER ``src/model/train.py``
(commit 089281af) does: ``Running training with seed 42...``, ``Dataset stats:`` with counts, a
tqdm bar per epoch described ``Epoch {epoch + 1}/{EPOCHS}`` (one ahead of the epoch, as in the
original) with ``set_postfix({"loss": total_loss / (progress_bar.n + 1)})`` each batch, then
``Epoch {epoch:04d} | train_loss {:.4f} | val_loss {:.4f} | val_f1_micro {:.4f} | val_f1_macro
{:.4f} | val_acc {:.4f}``, ``Final validation metrics: {...}`` (a printed dict),
``Seed 42 | F1 Macro: {:.4f}``, ``Average F1 Macro over seeds: {:.4f}`` and ``F1 Macro Std
Dev: {:.4f}``. Here: an embedding + linear tagger on synthetic tagged token sequences, one
seed, 2 epochs of 3 batches (the checkpoint is not written).

Truth: the postfix's running ``loss`` (no step); ``train_loss``, ``val_loss``, ``val_f1_micro``,
``val_f1_macro``, ``val_acc`` at the epoch; the final dict as ``val/loss``, ``val/f1_micro``,
``val/f1_macro``, ``val/accuracy``; ``F1 Macro``, ``Average F1 Macro over seeds``,
``F1 Macro Std Dev``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import numpy as np
    import torch
    from sklearn.metrics import f1_score
    from tqdm import tqdm

    truth = Truth()
    V, L, T = 30, 12, 4

    def make(rng, n):
        words = rng.integers(0, V, (n, L))
        tags = np.where(words < 8, 1, np.where(words < 14, 2, np.where(words < 18, 3, 0)))
        flip = rng.random((n, L)) < 0.1
        tags = np.where(flip, rng.integers(0, T, (n, L)), tags)
        return torch.tensor(words), torch.tensor(tags)

    def evaluate_model(model, loader):
        model.eval()
        losses, preds, golds = [], [], []
        with torch.no_grad():
            for words, tags in loader:
                logits = model(words)
                losses.append(torch.nn.functional.cross_entropy(logits.view(-1, T), tags.view(-1)).item())
                preds.append(logits.argmax(-1).view(-1).numpy())
                golds.append(tags.view(-1).numpy())
        p, g = np.concatenate(preds), np.concatenate(golds)
        return {"loss": float(np.mean(losses)), "f1_micro": float(f1_score(g, p, average="micro")),
                "f1_macro": float(f1_score(g, p, average="macro")), "accuracy": float((p == g).mean())}

    def run_with_seed(seed, verbose=True):
        torch.manual_seed(seed)
        rng = np.random.default_rng(seed)
        tw, tt = make(rng, 192)
        vw, vt = make(rng, 64)
        if verbose:
            print("Dataset stats:")
            print(f"Train samples: {len(tw)} | Val samples: {len(vw)}")
            print(f"Sequence length: {tw[0].shape[0]} | Token feature dim: {0} | Global feature dim: {0}")
        BATCH_SIZE = 64
        val_loader = [(vw[i:i + BATCH_SIZE], vt[i:i + BATCH_SIZE]) for i in range(0, len(vw), BATCH_SIZE)]
        model = torch.nn.Sequential(torch.nn.Embedding(V, 16), torch.nn.Linear(16, T))
        EPOCHS = 2
        optimizer = torch.optim.AdamW(model.parameters(), lr=0.05)
        criterion = torch.nn.CrossEntropyLoss(ignore_index=-100)
        for epoch in range(1, EPOCHS + 1):
            model.train()
            total_loss = 0.0
            perm = torch.randperm(len(tw))
            train_loader = [(tw[perm[i:i + BATCH_SIZE]], tt[perm[i:i + BATCH_SIZE]]) for i in range(0, len(tw), BATCH_SIZE)]
            progress_bar = tqdm(train_loader, desc=f"Epoch {epoch + 1}/{EPOCHS}")
            for words, tags in progress_bar:
                optimizer.zero_grad()
                logits = model(words)
                loss = criterion(logits.view(-1, T), tags.view(-1))
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                optimizer.step()
                total_loss += loss.item()
                progress_bar.set_postfix({"loss": total_loss / (progress_bar.n + 1)})
                truth.add(loss=total_loss / (progress_bar.n + 1))
            train_loss = total_loss / len(train_loader)
            val_metrics = evaluate_model(model, val_loader)
            if verbose:
                print(
                    f"Epoch {epoch:04d} | train_loss {train_loss:.4f} | val_loss {val_metrics['loss']:.4f} | val_f1_micro {val_metrics['f1_micro']:.4f} | val_f1_macro {val_metrics['f1_macro']:.4f} | val_acc {val_metrics['accuracy']:.4f}"
                )
                truth.add(at=epoch, train_loss=train_loss, val_loss=val_metrics["loss"],
                          val_f1_micro=val_metrics["f1_micro"], val_f1_macro=val_metrics["f1_macro"],
                          val_acc=val_metrics["accuracy"])
        final_metrics = evaluate_model(model, val_loader)
        if verbose:
            print("Final validation metrics:", final_metrics)
            truth.add(**{"val/" + k: v for k, v in final_metrics.items()})
        return final_metrics["f1_macro"]

    SEEDS = [42]
    f1_macros = []
    for seed in SEEDS:
        print(f"Running training with seed {seed}...")
        f1_macro = run_with_seed(seed=seed, verbose=True)
        f1_macros.append(f1_macro)
        print(f"Seed {seed} | F1 Macro: {f1_macro:.4f}")
        truth.add(**{"F1 Macro": f1_macro})
    avg_f1_macro = sum(f1_macros) / len(f1_macros)
    print(f"Average F1 Macro over seeds: {avg_f1_macro:.4f}")
    print(f"F1 Macro Std Dev: {np.std(f1_macros):.4f}")
    truth.add(**{"Average F1 Macro over seeds": avg_f1_macro, "F1 Macro Std Dev": float(np.std(f1_macros))})
    truth.write("the script's running postfix loss, its epoch and final validation metrics and "
                "the seed summary", libraries=("torch", "tqdm", "scikit-learn"), rel=5e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"posttop": run}, root=HELDOUT33)
