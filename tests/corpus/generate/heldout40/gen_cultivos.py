"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop printing as the training log kept in Antho-321/Proyecto_Cultivos
``utils/estadisticas_de_texto.py`` (a pasted run of its ``train_test4.py``): ``Using device:
cpu``, a class-distribution block (``--- Distribución de clases en ENTRENAMIENTO (post-aug) ---``,
a tqdm bar ``Analizando distribución``, ``Número total de píxeles analizados: N``, ``  Clase 0:
76.1269%  (83816081 píxeles)`` per class, the class weights ``  Clase 0: 0.0457``, a dashed
rule), then per epoch ``--- Epoch 1/4 ---``, a tqdm bar over the batches with ``loss=`` postfix,
``Calculando métricas de entrenamiento...``, ``IoU por clase : [0.90 0.03 ...]`` and
``Dice por clase: [...]`` (NumPy float32 arrays), ``mIoU macro = 0.3376 | Dice macro = 0.4073``,
the same after ``Calculando métricas de validación...``, and ``🔹 Nuevo mejor mIoU: 0.3242 |
Dice: 0.3963  →  guardando modelo…`` when the validation mIoU improves. Here: a small
convolutional segmenter of synthetic 12x12 images into three classes, 4 epochs of 2 batches.

Truth: ``mIoU macro`` and ``Dice macro`` at the epoch of the ``--- Epoch 1/4 ---`` header, a
training and a validation value each (the Spanish section headers are no phase word of issue
11's list, so the two share the names, as printed); the bar's ``loss`` states (no step: a bar
states none). Optional: the per-class arrays (``IoU por clase``, ``Dice por clase``), the
``Nuevo mejor`` repeat of the validation values, the class shares and weights of the
distribution block.
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    truth = Truth()
    torch.manual_seed(7)
    rng = np.random.default_rng(7)
    n_cls, size = 3, 12

    def make(n):
        imgs, masks = [], []
        for _ in range(n):
            m = np.zeros((size, size), dtype=np.int64)
            for c in (1, 2):
                r, q = rng.integers(0, size - 4, 2)
                h, w = rng.integers(2, 5, 2)
                m[r:r + h, q:q + w] = c
            img = np.stack([(m == c).astype(np.float32) for c in range(n_cls)])
            imgs.append(img + rng.normal(scale=0.6, size=img.shape).astype(np.float32))
            masks.append(m)
        return torch.tensor(np.array(imgs)), torch.tensor(np.array(masks))

    Xtr, Ytr = make(96)
    Xva, Yva = make(48)
    print("Using device: cpu")
    print("\n--- Distribución de clases en ENTRENAMIENTO (post-aug) ---")
    counts = np.zeros(n_cls, dtype=np.int64)
    for i in tqdm(range(0, len(Ytr), 16), desc="Analizando distribución"):
        counts += np.bincount(Ytr[i:i + 16].numpy().ravel(), minlength=n_cls)
    total = counts.sum()
    print(f"Número total de píxeles analizados: {total}")
    print("Distribución final de píxeles por clase:")
    for c in range(n_cls):
        print(f"  Clase {c}: {100 * counts[c] / total:.4f}%  ({counts[c]} píxeles)")
        truth.allow(**{f"Clase {c}": 100 * counts[c] / total})
    weights = total / (n_cls * counts)
    weights = weights / weights.sum()
    print("\nPesos de importancia por clase (para CrossEntropy/Focal):")
    for c in range(n_cls):
        print(f"  Clase {c}: {weights[c]:.4f}")
        truth.allow(**{f"Clase {c}": weights[c]})
    print("--------------------------------------------------------")

    model = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.Conv2d(16, n_cls, 1))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    cw = torch.tensor(weights, dtype=torch.float32)

    def metrics(X, Y):
        with torch.no_grad():
            pred = model(X).argmax(1)
        iou, dice = [], []
        for c in range(n_cls):
            p, t = pred == c, Y == c
            inter, union = (p & t).sum().item(), (p | t).sum().item()
            iou.append(inter / union if union else 0.0)
            dice.append(2 * inter / (p.sum().item() + t.sum().item() + 1e-9))
        return np.array(iou, dtype=np.float32), np.array(dice, dtype=np.float32)

    best = -1.0
    epochs = 4
    for epoch in range(epochs):
        print(f"\n--- Epoch {epoch + 1}/{epochs} ---")
        order = torch.randperm(len(Xtr))
        loop = tqdm([order[i:i + 48] for i in range(0, len(Xtr), 48)])
        for idx in loop:
            loss = F.cross_entropy(model(Xtr[idx]), Ytr[idx], weight=cw)
            opt.zero_grad()
            loss.backward()
            opt.step()
            loop.set_postfix(loss=loss.item())
            truth.add(loss=loss.item())
        for title, X, Y in (("entrenamiento", Xtr, Ytr), ("validación", Xva, Yva)):
            print(f"Calculando métricas de {title}...")
            iou, dice = metrics(X, Y)
            print("IoU por clase :", iou)
            print("Dice por clase:", dice)
            truth.allow(**{"IoU por clase": float(iou[0])})
            for v in iou[1:]:
                truth.allow(**{"IoU por clase": float(v)})
            for v in dice:
                truth.allow(**{"Dice por clase": float(v)})
            miou, mdice = float(iou.mean()), float(dice.mean())
            print(f"mIoU macro = {miou:.4f} | Dice macro = {mdice:.4f}")
            truth.add(at=epoch + 1, **{"mIoU macro": miou, "Dice macro": mdice})
        if miou > best:
            best = miou
            print(f"🔹 Nuevo mejor mIoU: {miou:.4f} | Dice: {mdice:.4f}  →  guardando modelo…")
            truth.allow(**{"Nuevo mejor mIoU": miou, "Dice": mdice})
    truth.write("the script's batch losses and mean IoU and Dice", libraries=("torch", "tqdm"),
                rel=5e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cultivos": run}, root=HELDOUT40)
