"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as christianmcb/Deep-Learning-Project ``training.py``
(``Train``): ``Initial learning rate set to `` and the rate (print's two arguments), one tqdm
bar over the training batches and one over the validation batches (no description, no
postfix), ``Saved best model!`` on the first epoch and on each new best validation IOU,
``Learning rate decreased to `` when ReduceLROnPlateau cut it, ``Epoch {}, Train Loss {:3f},
Train IOU {:3f}, Val Loss {:3f}, Val IOU {:3f}`` (``{:3f}``: six decimals) and ``Early stopping
triggered, best val IOU: {}`` (an unformatted float). Here: a tiny fully-convolutional net
segmenting noisy 8x8 digits into foreground masks, BCE loss, Adam with ReduceLROnPlateau
(patience 0), at most 6 epochs, early stopping after 2 epochs without a better IOU; no
files are written.

Truth: ``Train Loss``, ``Train IOU``, ``Val Loss``, ``Val IOU`` at the printed epoch (0-based,
as printed); ``best val IOU`` of the early-stopping line, no step. The learning rates are
optional.
"""

from _toy import digit_images
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    def IOU(outputs, labels):
        pred = (torch.sigmoid(outputs) > 0.5).float()
        inter = (pred * labels).sum()
        union = ((pred + labels) > 0).float().sum()
        return inter / union

    Xtr, Mtr, Xva, Mva = digit_images(seed=11)
    Xtr, Mtr = Xtr[:640], Mtr[:640]
    torch.manual_seed(11)
    model = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.Conv2d(4, 1, 3, padding=1))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.03)
    scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, patience=0, factor=0.5)
    loss_fn = nn.BCEWithLogitsLoss()
    early_stopping, epochs = 1, 6
    Loss = {"val_iou": []}
    patience = 0
    truth = Truth()
    for epoch in range(epochs):
        model.train()
        train_loss, train_iou, val_loss, val_iou = 0, 0, 0, 0
        if epoch != 0:
            if optimizer.param_groups[0]['lr'] < LR:
                print('Learning rate decreased to ', optimizer.param_groups[0]['lr'])
                truth.allow(**{"Learning rate decreased to": optimizer.param_groups[0]['lr']})
        else:
            print('Initial learning rate set to ', optimizer.param_groups[0]['lr'])
            truth.allow(**{"Initial learning rate set to": optimizer.param_groups[0]['lr']})
        LR = optimizer.param_groups[0]['lr']
        g = torch.Generator().manual_seed(epoch)
        order = torch.randperm(len(Xtr), generator=g)
        train_iter = [(Xtr[order[i:i + 64]], Mtr[order[i:i + 64]]) for i in range(0, len(Xtr), 64)]
        for i, data in enumerate(tqdm(train_iter)):
            inputs, labels = data
            optimizer.zero_grad()
            outputs = model(inputs)
            loss = loss_fn(outputs, labels)
            loss.backward()
            optimizer.step()
            train_loss += loss.detach()
            train_iou += IOU(outputs.detach(), labels)
        train_steps = i + 1
        val_iter = [(Xva[i:i + 100], Mva[i:i + 100]) for i in range(0, len(Xva), 100)]
        with torch.no_grad():
            model.eval()
            for i, data in enumerate(tqdm(val_iter)):
                inputs, labels = data
                outputs = model(inputs)
                val_loss += loss_fn(outputs, labels)
                val_iou += IOU(outputs, labels)
            val_steps = i + 1
        avg_train_loss = float(train_loss / train_steps)
        avg_train_iou = float(train_iou / train_steps)
        avg_val_loss = float(val_loss / val_steps)
        avg_val_iou = float(val_iou / val_steps)
        scheduler.step(avg_val_loss)
        if epoch == 0:
            print("Saved best model!")
        elif avg_val_iou > np.max(Loss["val_iou"]):
            print("Saved best model!")
            patience = 0
        else:
            patience += 1
        Loss["val_iou"].append(avg_val_iou)
        print("Epoch {}, Train Loss {:3f}, Train IOU {:3f}, Val Loss {:3f}, Val IOU {:3f}".format(
            epoch, avg_train_loss, avg_train_iou, avg_val_loss, avg_val_iou))
        truth.add(at=epoch, **{"Train Loss": avg_train_loss, "Train IOU": avg_train_iou,
                               "Val Loss": avg_val_loss, "Val IOU": avg_val_iou})
        if patience > early_stopping:
            print("Early stopping triggered, best val IOU: {}".format(np.max(Loss["val_iou"])))
            truth.add(**{"best val IOU": np.max(Loss["val_iou"])})
            break
    truth.write("the script's epoch means of the batch losses and IOUs",
                libraries=("torch", "tqdm"), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"christian": run}, root=HELDOUT46)
