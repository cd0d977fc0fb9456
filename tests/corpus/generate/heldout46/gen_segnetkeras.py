"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as the kept Keras-3 training log of
musmansharif/SegNetModel ``iteration-wise-results.md``: the data-size lines (``Original
training data size: (...), Masks: (...)``, ``Augmented data size``, ``Total training data size
after augmentation``, ``Final training size: ..., validation size: ...``), then per epoch
``Epoch i/N`` and one final progress line ``n/n ━━━━━━━━━━━━━━━━━━━━ 12s 160ms/step -
accuracy: ... - dice_coef: ... - iou_metric: ... - loss: ... - val_accuracy: ... -
val_dice_coef: ... - val_iou_metric: ... - val_loss: ...`` (the form Keras writes when it is not
redrawing a bar). Here: a small encoder-decoder convnet segmenting noisy 8x8 digits into
foreground masks (flip augmentation doubles the set), binary cross-entropy, Adam, 6 epochs;
the train metrics are the means over the epoch's batches, as Keras reports them.

Truth: ``accuracy``, ``dice_coef``, ``iou_metric``, ``loss`` and the four ``val_`` ones at the
epoch of the ``Epoch i/N`` line above. Sizes, seconds and ms/step are no metrics.
"""

from _toy import digit_images
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    X, M, _, _ = digit_images(seed=59)
    X, M = X[:400], M[:400]
    print(f"Original training data size: {tuple(X.shape)}, Masks: {tuple(M.shape)}")
    Xa, Ma = torch.flip(X, dims=[3]), torch.flip(M, dims=[3])
    print(f"Augmented data size: {tuple(Xa.shape)}, Masks: {tuple(Ma.shape)}")
    X, M = torch.cat([X, Xa]), torch.cat([M, Ma])
    print(f"Total training data size after augmentation: {tuple(X.shape)}, Masks: {tuple(M.shape)}")
    perm = torch.randperm(len(X), generator=torch.Generator().manual_seed(59))
    X, M = X[perm], M[perm]
    n_tr = int(0.8 * len(X))
    Xtr, Mtr, Xva, Mva = X[:n_tr], M[:n_tr], X[n_tr:], M[n_tr:]
    print(f"Final training size: {tuple(Xtr.shape)}, validation size: {tuple(Xva.shape)}")
    torch.manual_seed(59)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Conv2d(8, 8, 3, padding=1), nn.ReLU(), nn.Upsample(scale_factor=2),
                          nn.Conv2d(8, 1, 3, padding=1), nn.Sigmoid())
    opt = torch.optim.Adam(model.parameters(), lr=0.01)

    def scores(p, m):
        pb = (p > 0.5).float()
        acc = (pb == m).float().mean().item()
        inter = (p * m).sum().item()
        dice = (2 * inter + 1) / (p.sum().item() + m.sum().item() + 1)
        iou = ((pb * m).sum().item() + 1) / (((pb + m) > 0).float().sum().item() + 1)
        return acc, dice, iou

    truth = Truth()
    epochs, bs = 6, 32
    n_batches = (len(Xtr) + bs - 1) // bs
    for epoch in range(epochs):
        print(f"Epoch {epoch + 1}/{epochs}")
        start = time.time()
        sums = [0.0, 0.0, 0.0, 0.0]
        order = torch.randperm(len(Xtr), generator=torch.Generator().manual_seed(epoch))
        for i in range(n_batches):
            j = order[i * bs:(i + 1) * bs]
            p = model(Xtr[j])
            loss = F.binary_cross_entropy(p, Mtr[j])
            opt.zero_grad()
            loss.backward()
            opt.step()
            a, d, u = scores(p.detach(), Mtr[j])
            for k, v in enumerate((a, d, u, loss.item())):
                sums[k] += v
        acc, dice, iou, loss_ = (s / n_batches for s in sums)
        with torch.no_grad():
            pv = model(Xva)
            vloss = F.binary_cross_entropy(pv, Mva).item()
            vacc, vdice, viou = scores(pv, Mva)
        secs = time.time() - start
        print(f"{n_batches}/{n_batches} {'━' * 20} {int(secs)}s {int(1000 * secs / n_batches)}ms/step"
              f" - accuracy: {acc:.4f} - dice_coef: {dice:.4f} - iou_metric: {iou:.4f} - loss: {loss_:.4f}"
              f" - val_accuracy: {vacc:.4f} - val_dice_coef: {vdice:.4f} - val_iou_metric: {viou:.4f}"
              f" - val_loss: {vloss:.4f}")
        truth.add(at=epoch + 1, accuracy=acc, dice_coef=dice, iou_metric=iou, loss=loss_,
                  val_accuracy=vacc, val_dice_coef=vdice, val_iou_metric=viou, val_loss=vloss)
    truth.write("the loop's epoch means of the batch metrics and the validation metrics",
                libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"segnetkeras": run}, root=HELDOUT46)
