"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A crack-segmentation loop printing as Du-danger/Crack_Segmentation ``train_unet.py``: ``create
vgg16 model``, ``total images = N``, ``Started training model from epoch 0``, then for epochs 0
to ``n_epoch`` a tqdm bar over the samples (``total=len(train_loader) * batch_size``) described
``Epoch {epoch}`` whose postfix is set after each batch to ``loss='{:.5f}'.format(losses.avg)``
(the epoch's running mean), and after the epoch, while the bar is still open,
``print(f'\\tvalid_loss = {valid_loss:.5f}')`` before ``tq.close()``. Here: a small
encoder-decoder on 16x16 synthetic images of thin bright lines ("cracks") with their masks,
BCE with logits, SGD with momentum and the script's step decay, ``n_epoch`` 2 (three epochs), 6
batches of 4.

Truth: ``loss`` at each postfix state, at the bar's epoch; ``valid_loss`` per epoch (its line
states no step).
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import tqdm

    class AverageMeter(object):
        def __init__(self):
            self.reset()

        def reset(self):
            self.val = self.avg = self.sum = self.count = 0

        def update(self, val, n=1):
            self.val = val
            self.sum += val * n
            self.count += n
            self.avg = self.sum / self.count

    rng = np.random.default_rng(31)

    def crack_image():
        img = rng.normal(0.3, 0.1, size=(16, 16))
        mask = np.zeros((16, 16))
        r, c = rng.integers(0, 16, size=2)
        dr, dc = rng.choice([-1, 0, 1], size=2)
        for _ in range(14):
            mask[r % 16, c % 16] = 1
            r, c = r + dr + rng.integers(-1, 2), c + (dc or 1)
        img += 0.6 * mask
        return img.astype(np.float32), mask.astype(np.float32)

    pairs = [crack_image() for _ in range(32)]
    X = torch.tensor(np.stack([p[0] for p in pairs]))[:, None]
    Y = torch.tensor(np.stack([p[1] for p in pairs]))[:, None]
    n_epoch, batch_size, lr = 2, 4, 0.05
    img_names = [f"img_{i}.jpg" for i in range(len(pairs))]
    print(f'total images = {len(img_names)}')
    print('create vgg16 model')
    torch.manual_seed(31)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.Conv2d(8, 8, 3, padding=1),
                          nn.ReLU(), nn.Conv2d(8, 1, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr, momentum=0.9, weight_decay=1e-4)
    criterion = nn.BCEWithLogitsLoss()
    train_size = int(0.75 * len(pairs))
    train_loader = [(X[i:i + batch_size], Y[i:i + batch_size]) for i in range(0, train_size, batch_size)]
    valid_loader = [(X[i:i + batch_size], Y[i:i + batch_size]) for i in range(train_size, len(pairs), batch_size)]

    def validate(model, val_loader, criterion):
        losses = AverageMeter()
        model.eval()
        with torch.no_grad():
            for input, target in val_loader:
                losses.update(criterion(model(input), target).item(), input.size(0))
        return {'valid_loss': losses.avg}

    truth = Truth()
    print('Started training model from epoch 0')
    for epoch in range(0, n_epoch + 1):
        for param_group in optimizer.param_groups:
            param_group['lr'] = lr * (0.1 ** (epoch // 30))
        tq = tqdm.tqdm(total=(len(train_loader) * batch_size))
        tq.set_description(f'Epoch {epoch}')
        losses = AverageMeter()
        model.train()
        for i, (input, target) in enumerate(train_loader):
            masks_pred = model(input)
            loss = criterion(masks_pred.view(-1), target.view(-1))
            losses.update(loss)
            tq.set_postfix(loss='{:.5f}'.format(losses.avg))
            truth.add(at=epoch, loss=float(losses.avg))
            tq.update(batch_size)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        valid_loss = validate(model, valid_loader, criterion)['valid_loss']
        print(f'\tvalid_loss = {valid_loss:.5f}')
        truth.add(valid_loss=valid_loss)
        tq.close()
    truth.write("the running means handed to set_postfix and the validation losses",
                libraries=("torch", "tqdm"), rel=1e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"dudcrack": run}, root=HELDOUT60)
