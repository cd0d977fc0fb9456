"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A two-phase classifier printing as Davfyx07/Clasificacion-Estadios-Alzheimer ``train_resnet.py``
(in Spanish): ``Dispositivo: cpu``, ``Modelo: ResNet50_CBAM``, ``Train: N imgs | Val: N imgs |
Test: N imgs``, ``Parámetros totales:     N`` and ``Parámetros entrenables: N`` (thousands
separators), a ``FASE 1`` banner between rules of 55 ``=``, per epoch ``f"  Época {ep+1:2d}/{E} |
Loss {tr_loss:.4f}/{vl_loss:.4f} | Acc {tr_acc:.4f}/{vl_acc:.4f} | F1 {vl_f1:.4f} |
{elapsed:.1f}s"`` (train/validation pairs split by a slash, the validation macro F1), a ``FASE
2`` banner with ``Parámetros entrenables Fase 2: N``, the same lines again, an ``EVALUACIÓN
FINAL — TEST`` banner, sklearn's ``classification_report`` over the four class names, and
``Macro F1-Score:``, ``Balanced Accuracy:``, ``Accuracy global:``, ``Tiempo total: ... min`` and
``✅ Resultados guardados en: ...``. Here: a small CNN (a frozen convolutional stem and a head
in phase 1, everything in phase 2) on sklearn's digits 0 to 3 under the script's four class
names, AdamW 1e-3 then 1e-2 (the script has 1e-4 in phase 2; its plateau scheduler and files are left out), 3 + 3
epochs.

Truth: ``train/Loss`` and ``val/Loss`` (the two numbers after ``Loss``), ``train/Acc`` and
``val/Acc``, ``F1``, at the printed epoch (each phase counts from 1); the report's cells as
``<class>/<column>`` (``Non Demented/precision``, ``accuracy/f1-score``, ``macro
avg/recall`` ...), its support column in neither map; ``Macro F1-Score``, ``Balanced
Accuracy``, ``Accuracy global``. The parameter counts and split sizes are optional.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits
    from sklearn.metrics import balanced_accuracy_score, classification_report, f1_score, precision_recall_fscore_support

    MODEL_NAME, EPOCAS_F1, EPOCAS_F2 = "ResNet50_CBAM", 3, 3
    CLASES = ["Non Demented", "Very mild Dementia", "Mild Dementia", "Moderate Dementia"]
    DEVICE = torch.device("cpu")
    t_inicio = time.time()
    torch.manual_seed(42)
    X, y = load_digits(n_class=4, return_X_y=True)
    X = torch.tensor(X / 16.0, dtype=torch.float32).view(-1, 1, 8, 8)
    y = torch.tensor(y)
    perm = torch.randperm(len(X))
    X, y = X[perm], y[perm]
    splits = {"train": (X[:420], y[:420]), "val": (X[420:580], y[420:580]), "test": (X[580:], y[580:])}
    print(f"\nDispositivo: {DEVICE}")
    print(f"Modelo: {MODEL_NAME}")
    print(f"Train: {len(splits['train'][1])} imgs | "
          f"Val: {len(splits['val'][1])} imgs | "
          f"Test: {len(splits['test'][1])} imgs\n")
    truth = Truth()
    truth.allow(**{"Train": len(splits['train'][1]), "Val": len(splits['val'][1]),
                   "Test": len(splits['test'][1])})
    stem = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
    head = nn.Sequential(nn.Flatten(), nn.Linear(16 * 16, 32), nn.BatchNorm1d(32), nn.ReLU(),
                         nn.Dropout(0.4), nn.Linear(32, 4))
    model = nn.Sequential(stem, head)
    criterion = nn.CrossEntropyLoss()
    total = sum(p.numel() for p in model.parameters())
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    print(f"Parámetros totales:     {total:,}")
    print(f"Parámetros entrenables: {trainable:,}")
    truth.allow(**{"Parámetros totales": total, "Parámetros entrenables": trainable})

    def run_epoch(split, optimizer=None):
        training = optimizer is not None
        model.train() if training else model.eval()
        Xs, ys = splits[split]
        order = torch.randperm(len(Xs)) if training else torch.arange(len(Xs))
        total_loss, correct, n = 0, 0, 0
        y_true, y_pred = [], []
        with torch.set_grad_enabled(training):
            for i in range(0, len(Xs), 32):
                j = order[i:i + 32]
                out = model(Xs[j])
                loss = criterion(out, ys[j])
                if training:
                    optimizer.zero_grad()
                    loss.backward()
                    optimizer.step()
                total_loss += loss.item() * len(j)
                preds = out.argmax(1)
                correct += (preds == ys[j]).sum().item()
                n += len(j)
                y_true.extend(ys[j].tolist())
                y_pred.extend(preds.tolist())
        f1 = f1_score(y_true, y_pred, average="macro", zero_division=0)
        return total_loss / n, correct / n, f1, y_true, y_pred

    best_f1, best_state = 0.0, None

    def phase(epochs, optimizer):
        nonlocal best_f1, best_state
        for ep in range(epochs):
            t0 = time.time()
            tr_loss, tr_acc, _, _, _ = run_epoch("train", optimizer)
            vl_loss, vl_acc, vl_f1, _, _ = run_epoch("val")
            elapsed = time.time() - t0
            if vl_f1 > best_f1:
                best_f1 = vl_f1
                best_state = {k: v.clone() for k, v in model.state_dict().items()}
            print(f"  Época {ep+1:2d}/{epochs} | "
                  f"Loss {tr_loss:.4f}/{vl_loss:.4f} | "
                  f"Acc {tr_acc:.4f}/{vl_acc:.4f} | "
                  f"F1 {vl_f1:.4f} | {elapsed:.1f}s")
            truth.add(at=ep + 1, **{"train/Loss": tr_loss, "val/Loss": vl_loss, "train/Acc": tr_acc,
                                    "val/Acc": vl_acc, "F1": vl_f1})

    print(f"\n{'='*55}")
    print("FASE 1 — CBAM + cabezal (backbone congelado)")
    print(f"{'='*55}")
    for p in stem.parameters():
        p.requires_grad = False
    phase(EPOCAS_F1, torch.optim.AdamW(filter(lambda p: p.requires_grad, model.parameters()),
                                       lr=1e-3, weight_decay=1e-5))
    print(f"\n{'='*55}")
    print("FASE 2 — Fine-tuning (layer3 + layer4 + CBAM + cabezal)")
    print(f"{'='*55}")
    for p in stem.parameters():
        p.requires_grad = True
    trainable2 = sum(p.numel() for p in model.parameters() if p.requires_grad)
    print(f"Parámetros entrenables Fase 2: {trainable2:,}\n")
    truth.allow(**{"Parámetros entrenables Fase 2": trainable2})
    phase(EPOCAS_F2, torch.optim.AdamW(filter(lambda p: p.requires_grad, model.parameters()),
                                       lr=1e-2, weight_decay=1e-5))
    print(f"\n{'='*55}")
    print("EVALUACIÓN FINAL — TEST")
    print(f"{'='*55}")
    model.load_state_dict(best_state)
    _, _, _, y_true, y_pred = run_epoch("test")
    macro_f1 = f1_score(y_true, y_pred, average="macro", zero_division=0)
    bal_acc = balanced_accuracy_score(y_true, y_pred)
    acc = sum(t == p for t, p in zip(y_true, y_pred)) / len(y_true)
    t_total = (time.time() - t_inicio) / 60
    print(classification_report(y_true, y_pred, target_names=CLASES, zero_division=0))
    prec, rec, f1s, _ = precision_recall_fscore_support(y_true, y_pred, zero_division=0)
    for k, name in enumerate(CLASES):
        truth.add(**{f"{name}/precision": prec[k], f"{name}/recall": rec[k], f"{name}/f1-score": f1s[k]})
    truth.add(**{"accuracy/f1-score": acc})
    for avg in ("macro", "weighted"):
        p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, average=avg, zero_division=0)
        truth.add(**{f"{avg} avg/precision": p, f"{avg} avg/recall": r, f"{avg} avg/f1-score": f})
    print(f"Macro F1-Score:     {macro_f1:.4f}")
    print(f"Balanced Accuracy:  {bal_acc:.4f}")
    print(f"Accuracy global:    {acc:.4f}")
    print(f"Tiempo total:       {t_total:.1f} min")
    truth.add(**{"Macro F1-Score": macro_f1, "Balanced Accuracy": bal_acc, "Accuracy global": acc})
    print(f"\n✅ Resultados guardados en: resultados/{MODEL_NAME}")
    truth.write("the script's epoch results, sklearn's report values and the test summary",
                libraries=("torch", "scikit-learn"), rel=1e-5, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"davfyalz": run}, root=HELDOUT60)
