"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A small fully-convolutional segmentation net trained with Adam, printing as VillaHsu/DLCV
``hw2/train.py`` (DLCV homework 2, semantic segmentation): ``===> prepare dataloader ... ``,
``===> prepare model ... ``, ``===> start training ... ``, for every batch ``'Epoch:
[{0}][{1}/{2}]'.format(epoch, idx+1, len(train_loader))`` followed by ``' loss:
{:4f}'.format(loss)`` (a width of 4, not a precision: six decimals), and every ``val_epoch``
epochs ``'Epoch [{}]: mean IoU: {}'.format(epoch, mIoU)`` with the unformatted float. The
course's ``test.evaluate`` was not read; here it returns the mean over classes of
intersection over union on the validation pixels and prints nothing. Checkpoints and
tensorboard are left out. Here: sklearn's 8x8 digits as images, each pixel labelled by its ink
level (3 classes), batches of 150, 3 epochs, validation every epoch.

Truth: ``loss`` at the printed epoch (the ``[idx/len]`` counter restarts each epoch); ``mean
IoU`` at the printed epoch.
"""

from _toy import Loader, digits
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim

    Xtr, _, Xva, _, _, _ = digits(seed=2)
    def seg(X):
        img = X.view(-1, 1, 8, 8)
        raw = img - img.amin(dim=(2, 3), keepdim=True)
        raw = raw / raw.amax(dim=(2, 3), keepdim=True)
        return img, (raw > 0.33).long().squeeze(1) + (raw > 0.66).long().squeeze(1)
    imgs_tr, segs_tr = seg(Xtr)
    imgs_va, segs_va = seg(Xva)
    truth = Truth()

    def evaluate(model, val_loader, n_class=3):
        inter = torch.zeros(n_class)
        union = torch.zeros(n_class)
        model.eval()
        for imgs, segs in val_loader:
            pred = model(imgs).argmax(1)
            for c in range(n_class):
                inter[c] += ((pred == c) & (segs == c)).sum()
                union[c] += ((pred == c) | (segs == c)).sum()
        return float((inter / union).mean())

    print('===> prepare dataloader ... ')
    train_loader = Loader(imgs_tr, segs_tr, 150, seed=8)
    val_loader = Loader(imgs_va, segs_va, 150, shuffle=False)
    print('===> prepare model ... ')
    torch.manual_seed(8)
    model = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(),
                          nn.Conv2d(16, 16, 3, padding=1), nn.ReLU(), nn.Conv2d(16, 3, 1))
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.Adam(model.parameters(), lr=0.01, weight_decay=0.0005)
    print('===> start training ... ')
    iters = 0
    for epoch in range(1, 3 + 1):
        model.train()
        for idx, (imgs, segs) in enumerate(train_loader):
            train_info = 'Epoch: [{0}][{1}/{2}]'.format(epoch, idx + 1, len(train_loader))
            iters += 1
            output = model(imgs)
            loss = criterion(output, segs)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            train_info += ' loss: {:4f}'.format(loss.data.cpu().numpy())
            print(train_info)
            truth.add(at=epoch, loss=loss.item())
        if epoch % 1 == 0:
            with torch.no_grad():
                mIoU = evaluate(model, val_loader)
            print('Epoch [{}]: mean IoU: {}'.format(epoch, mIoU))
            truth.add(at=epoch, **{"mean IoU": mIoU})
    truth.write("each batch's loss and the mean class IoU on the validation pixels",
                libraries=("torch",), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"dlcvseg": run}, root=HELDOUT59)
