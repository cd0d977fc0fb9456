"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A U-Net loop printing as Divyansh5555/unet-segmentation ``train_unet.py``: each epoch a bare
``tqdm(dataloader)`` bar and ``print(f"Epoch {epoch+1}/{args.epochs}, Loss: {loss:.4f}")`` (the
epoch's mean BCE), then ``Model saved to unet_trained.pth`` (not saved here). Here: the script's
two-level U-Net (CBR blocks, transposed convolutions, skip connections) with 8 and 16 channels
instead of 64 to 256, on 16x16 synthetic images of bright blobs ("polyps") with their masks,
Adam 1e-3 instead of 1e-4, batch 4, 12 epochs.

Truth: ``Loss`` at the printed epoch.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import numpy as np
    import torch
    from torch import nn
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm

    class UNet(nn.Module):
        def __init__(self):
            super().__init__()

            def CBR(i, o):
                return nn.Sequential(nn.Conv2d(i, o, 3, padding=1), nn.BatchNorm2d(o), nn.ReLU(inplace=True))

            self.enc1 = nn.Sequential(CBR(3, 8), CBR(8, 8))
            self.pool1 = nn.MaxPool2d(2)
            self.bottleneck = nn.Sequential(CBR(8, 16), CBR(16, 16))
            self.up1 = nn.ConvTranspose2d(16, 8, 2, stride=2)
            self.dec1 = nn.Sequential(CBR(16, 8), CBR(8, 8))
            self.final = nn.Conv2d(8, 1, kernel_size=1)

        def forward(self, x):
            enc1 = self.enc1(x)
            bottleneck = self.bottleneck(self.pool1(enc1))
            dec1 = self.dec1(torch.cat([self.up1(bottleneck), enc1], dim=1))
            return torch.sigmoid(self.final(dec1))

    rng = np.random.default_rng(23)
    yy, xx = np.mgrid[:16, :16]
    imgs, masks = [], []
    for _ in range(48):
        cy, cx, r = rng.uniform(4, 12), rng.uniform(4, 12), rng.uniform(2, 4)
        m = ((yy - cy) ** 2 + (xx - cx) ** 2 < r ** 2).astype(np.float32)
        img = rng.normal(0.4, 0.15, size=(3, 16, 16)) + m * np.array([0.5, 0.1, 0.2])[:, None, None]
        imgs.append(img.astype(np.float32))
        masks.append(m[None])
    torch.manual_seed(23)
    train_loader = DataLoader(TensorDataset(torch.tensor(np.stack(imgs)), torch.tensor(np.stack(masks))),
                              batch_size=4, shuffle=True)
    model = UNet()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.BCELoss()
    truth = Truth()
    epochs = 12
    for epoch in range(epochs):
        model.train()
        total_loss = 0
        for images, masks_ in tqdm(train_loader):
            loss = loss_fn(model(images), masks_)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
        loss = total_loss / len(train_loader)
        print(f"Epoch {epoch+1}/{epochs}, Loss: {loss:.4f}")
        truth.add(at=epoch + 1, Loss=loss)
    print("Model saved to unet_trained.pth")
    truth.write("the script's epoch mean losses", libraries=("torch", "tqdm"), rel=1e-5, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"divyunet": run}, root=HELDOUT60)
