"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as 0155964/FastNeuralStyleTransfer-PyTorchBigWork
``train.py``: ``开始训练...``, every ``n``-th batch ``Epoch 1/2 [10/60] \\t Content Loss: 123.45
\\t Style Loss: 678.90`` (a tab between spaced fields), ``模型已保存至 ./models/starry_night.pth``.
Here: a small residual transformer network restyling sklearn's 8x8 digits (as 3-channel 0-255
images) towards a fixed stripe "style" image, the losses measured through a fixed random
two-stage conv feature extractor standing in for VGG-16 (no download), content weight 1e3 and
style weight 1e7, Adam, batches of 4, 2 epochs of 60 batches, a line every 10th batch (the
original: COCO, every 500th).

Truth: ``Content Loss`` and ``Style Loss`` at the printed epoch (the ``[b/N]`` batch counter
restarts each epoch).
"""

from _toy import digit_images
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    X, _ = digit_images(seed=18)
    X = X[:480].repeat(1, 3, 1, 1).mul(255)
    torch.manual_seed(18)

    class TransformerNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.inp = nn.Conv2d(3, 8, 3, padding=1, padding_mode="reflect")
            self.in1 = nn.InstanceNorm2d(8, affine=True)
            self.res = nn.Conv2d(8, 8, 3, padding=1, padding_mode="reflect")
            self.out = nn.Conv2d(8, 3, 3, padding=1, padding_mode="reflect")

        def forward(self, x):
            y = torch.relu(self.in1(self.inp(x / 255)))
            y = y + torch.relu(self.res(y))
            return self.out(y) * 255

    class Vgg(nn.Module):
        def __init__(self):
            super().__init__()
            self.slice1 = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU())
            self.slice2 = nn.Sequential(nn.Conv2d(8, 16, 3, padding=1), nn.ReLU())
            for p in self.parameters():
                p.requires_grad = False

        def forward(self, x):
            h1 = self.slice1(x)
            return h1, self.slice2(h1)

    def calc_gram_matrix(y):
        b, ch, h, w = y.size()
        features = y.view(b, ch, w * h)
        return features.bmm(features.transpose(1, 2)) / (ch * h * w)

    def normalize_batch(batch):
        mean = batch.new_tensor([0.485, 0.456, 0.406]).view(-1, 1, 1)
        std = batch.new_tensor([0.229, 0.224, 0.225]).view(-1, 1, 1)
        return (batch / 255.0 - mean) / std

    transformer, vgg = TransformerNet(), Vgg()
    optimizer = torch.optim.Adam(transformer.parameters(), lr=1e-3)
    mse_loss = nn.MSELoss()
    epochs, batch_size, content_weight, style_weight = 2, 4, 1e3, 1e7
    style = torch.zeros(1, 3, 8, 8)
    style[:, 0, ::2, :] = 255
    style[:, 2, :, ::3] = 200
    gram_style = [calc_gram_matrix(y) for y in vgg(normalize_batch(style))]
    n_batches = 60
    truth = Truth()
    print("开始训练...")
    for epoch in range(epochs):
        transformer.train()
        order = torch.randperm(len(X), generator=torch.Generator().manual_seed(epoch))
        for batch_id in range(n_batches):
            x = X[order[batch_id * batch_size:(batch_id + 1) * batch_size]]
            n_batch = len(x)
            optimizer.zero_grad()
            y = transformer(x)
            features_y, features_x = vgg(normalize_batch(y)), vgg(normalize_batch(x))
            content_loss = content_weight * mse_loss(features_y[1], features_x[1])
            style_loss = 0.
            for ft_y, gm_s in zip(features_y, gram_style):
                style_loss += mse_loss(calc_gram_matrix(ft_y), gm_s.expand(n_batch, -1, -1))
            style_loss *= style_weight
            total_loss = content_loss + style_loss
            total_loss.backward()
            optimizer.step()
            if (batch_id + 1) % 10 == 0:
                print(f"Epoch {epoch+1}/{epochs} [{batch_id+1}/{n_batches}] \t "
                      f"Content Loss: {content_loss.item():.2f} \t Style Loss: {style_loss.item():.2f}")
                truth.add(at=epoch + 1, **{"Content Loss": content_loss.item(),
                                           "Style Loss": style_loss.item()})
    print("模型已保存至 ./models/starry_night.pth")
    truth.write("the script's batch content and style losses", libraries=("torch",), rel=1e-3,
                abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"stylenst": run}, root=HELDOUT41)
