"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch U-Net loop printing as 00Chenyl/unet-brats ``train.py``: ``logging``
(``%(levelname)s: %(message)s``, stderr) ``INFO: Using device cpu``, the network's
multi-line description, the multi-line ``Starting training:`` block of settings; per epoch a
tqdm bar ``Epoch 1/5`` over images (``unit='img'``) with the postfix ``loss (batch)=0.512``;
five times an epoch ``INFO: Validation Dice score: 0.8123...`` (an unformatted float, logged
while the bar is open), and ``INFO: Checkpoint 1 saved!`` after each epoch. Here: a two-level
U-Net segmenting the strokes (pixels above the mean) of sklearn's 8x8 digits given as four
noisy "modalities", cross-entropy plus multiclass Dice loss, RMSprop (the original's learning
rate 1e-5 and momentum 0.999) with ReduceLROnPlateau on the Dice score, batches of 8, 5 epochs;
wandb and the checkpoint files are left out (the log lines stay).

Truth: ``Validation Dice score`` (no step: the line states none); the bar's ``loss (batch)``
(its description ``Epoch 1/5`` names no phase): each bar's last state (kept, ``leave=True``) is
a point, its earlier states are optional. The ``Starting training:`` block is printed
configuration (params).
"""

from _toy import digit_images
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import logging

    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from torch import optim
    from tqdm import tqdm

    logging.basicConfig(level=logging.INFO, format='%(levelname)s: %(message)s')
    X, _ = digit_images(seed=20)
    g = torch.Generator().manual_seed(20)
    masks = (X[:, 0] > X.mean()).long()
    images = torch.cat([X + 0.15 * torch.randn(X.shape, generator=g) for _ in range(4)], 1)
    training_generator = list(zip(images[:200], masks[:200]))
    valid_generator = list(zip(images[200:248], masks[200:248]))

    class UNet(nn.Module):
        def __init__(self, n_channels, n_classes, bilinear=False):
            super().__init__()
            self.n_channels, self.n_classes, self.bilinear = n_channels, n_classes, bilinear
            self.inc = nn.Sequential(nn.Conv2d(n_channels, 16, 3, padding=1), nn.ReLU())
            self.down = nn.Sequential(nn.MaxPool2d(2), nn.Conv2d(16, 32, 3, padding=1), nn.ReLU())
            self.up = nn.ConvTranspose2d(32, 16, 2, stride=2)
            self.outc = nn.Conv2d(32, n_classes, 1)

        def forward(self, x):
            x1 = self.inc(x)
            return self.outc(torch.cat([x1, self.up(self.down(x1))], 1))

    def dice_coeff(pred, target, eps=1e-6):
        inter = 2 * (pred * target).sum(dim=(-1, -2))
        sets = pred.sum(dim=(-1, -2)) + target.sum(dim=(-1, -2))
        return ((inter + eps) / (sets + eps)).mean()

    def dice_loss(pred, target):
        return 1 - dice_coeff(pred.flatten(0, 1), target.flatten(0, 1))

    def evaluate(model, loader):
        model.eval()
        score, n = 0.0, 0
        with torch.no_grad():
            for image, mask_true in loader:
                pred = F.one_hot(model(image).argmax(1), 2).permute(0, 3, 1, 2).float()
                true = F.one_hot(mask_true, 2).permute(0, 3, 1, 2).float()
                score += dice_coeff(pred[:, 1:], true[:, 1:]).item()
                n += 1
        model.train()
        return score / max(n, 1)

    def batched(data, bs, seed=None):
        order = (torch.randperm(len(data), generator=torch.Generator().manual_seed(seed))
                 if seed is not None else torch.arange(len(data)))
        for i in range(0, len(data), bs):
            chunk = [data[int(j)] for j in order[i:i + bs]]
            yield torch.stack([c[0] for c in chunk]), torch.stack([c[1] for c in chunk])

    logging.info('Using device cpu')
    torch.manual_seed(20)
    model = UNet(n_channels=4, n_classes=2, bilinear=False)
    logging.info(f'Network:\n'
                 f'\t{model.n_channels} input channels\n'
                 f'\t{model.n_classes} output channels (classes)\n'
                 f'\t{"Bilinear" if model.bilinear else "Transposed conv"} upscaling')
    epochs, batch_size, learning_rate = 5, 8, 1e-05
    val_percent, save_checkpoint, img_scale, amp = 0.1, True, 0.5, False
    logging.info(f'''Starting training:
        Epochs:          {epochs}
        Batch size:      {batch_size}
        Learning rate:   {learning_rate}
        Training size:   {len(training_generator)}
        Validation size: {len(valid_generator)}
        Checkpoints:     {save_checkpoint}
        Device:          cpu
        Images scaling:  {img_scale}
        Mixed Precision: {amp}
    ''')
    optimizer = optim.RMSprop(model.parameters(), lr=learning_rate, weight_decay=1e-8,
                              momentum=0.999, foreach=True)
    scheduler = optim.lr_scheduler.ReduceLROnPlateau(optimizer, 'max', patience=5)
    criterion = nn.CrossEntropyLoss()
    truth, global_step = Truth(), 0
    for epoch in range(1, epochs + 1):
        model.train()
        with tqdm(total=len(training_generator), desc=f'Epoch {epoch}/{epochs}', unit='img') as pbar:
            states = []
            for images_b, true_masks in batched(training_generator, batch_size, epoch):
                masks_pred = model(images_b)
                loss = criterion(masks_pred, true_masks)
                loss += dice_loss(F.softmax(masks_pred, dim=1).float(),
                                  F.one_hot(true_masks, model.n_classes).permute(0, 3, 1, 2).float())
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                optimizer.step()
                pbar.update(images_b.shape[0])
                global_step += 1
                pbar.set_postfix(**{'loss (batch)': loss.item()})
                states.append(loss.item())
                division_step = (len(training_generator) // (5 * batch_size))
                if division_step > 0 and global_step % division_step == 0:
                    val_score = evaluate(model, batched(valid_generator, batch_size))
                    scheduler.step(val_score)
                    logging.info('Validation Dice score: {}'.format(val_score))
                    truth.add(**{"Validation Dice score": val_score})
        truth.add(**{"loss (batch)": states[-1]})
        for v in states[:-1]:
            truth.allow(**{"loss (batch)": v})
        logging.info(f'Checkpoint {epoch} saved!')
    truth.write("the script's batch losses and validation Dice scores", libraries=("torch", "tqdm"),
                params={"Epochs": epochs, "Batch size": batch_size,
                        "Learning rate": learning_rate,
                        "Training size": len(training_generator),
                        "Validation size": len(valid_generator), "Checkpoints": save_checkpoint,
                        "Device": "cpu", "Images scaling": img_scale, "Mixed Precision": amp},
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"unetbrats": run}, root=HELDOUT41)
