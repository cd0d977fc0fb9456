"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A hand-written style-transfer loop printing as mystic123/tensorflow-style-transfer
``transfer.py``: every 10th step ``'step: {}/{} loss: style: {}, content: {}, tvd: {}, total:
{} | time: {:.2f} s/step'`` with the four losses as the session returned them (float32 values
printed by ``{}``, their shortest repr). Here: the image is optimised with Adam through a small
fixed random convolutional feature extractor (a stand-in for VGG-16), a content image made from
one sklearn digit and a style image from another, Gram-matrix style loss on two layers,
content loss on one, total-variation loss; 100 steps.

Truth: ``style``, ``content``, ``tvd``, ``total`` (the labels after ``loss:``) at the printed
step; the seconds per step are not metrics.
"""

from _toy import digits
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    X, y, _, _, _, _ = digits(seed=3, scale=False)
    up = lambda v: F.interpolate(v.view(1, 1, 8, 8), size=(24, 24), mode="bilinear",
                                 align_corners=False).repeat(1, 3, 1, 1) * 255.0
    content_image, style_image = up(X[0]), up(X[7])
    mean = torch.tensor([123.68, 116.779, 103.939]).view(1, 3, 1, 1)

    torch.manual_seed(0)
    conv1 = nn.Conv2d(3, 8, 3, padding=1)
    conv2 = nn.Conv2d(8, 16, 3, padding=1)
    conv3 = nn.Conv2d(16, 16, 3, padding=1)
    for p in list(conv1.parameters()) + list(conv2.parameters()) + list(conv3.parameters()):
        p.requires_grad_(False)

    def features(img):
        h1 = F.relu(conv1((img - mean) / 64.0))
        h2 = F.relu(conv2(F.avg_pool2d(h1, 2)))
        h3 = F.relu(conv3(h2))
        return [h1, h2], [h3]

    def gram(f):
        c = f.shape[1]
        m = f.permute(0, 2, 3, 1).reshape(-1, c)
        return m.t() @ m / m.numel()

    style_feats, _ = features(style_image)
    _, content_feats = features(content_image)
    style_grams = [gram(f) for f in style_feats]

    torch.manual_seed(1)
    image = (content_image * (1 + 0.01 * torch.randn_like(content_image))).clamp(0, 255)
    image.requires_grad_(True)
    opt = torch.optim.Adam([image], lr=2.0)
    steps = 100
    truth = Truth()
    for step in range(steps):
        t0 = time.time()
        s_feats, c_feats = features(image)
        style_loss = 1e5 * sum(torch.sum((gram(a) - g) ** 2) for a, g in zip(s_feats, style_grams))
        content_loss = 1e3 * sum(0.5 * torch.sum((a - c) ** 2) / a.numel()
                                 for a, c in zip(c_feats, content_feats))
        tvd_loss = 1e-2 * (torch.sum(torch.abs(image[:, :, 1:, :] - image[:, :, :-1, :]))
                           + torch.sum(torch.abs(image[:, :, :, 1:] - image[:, :, :, :-1])))
        loss = style_loss + content_loss + tvd_loss
        vals = [np.float32(v.item()) for v in (style_loss, content_loss, tvd_loss, loss)]
        opt.zero_grad()
        loss.backward()
        opt.step()
        t = time.time() - t0
        if step % 10 == 0:
            format_str = ('step: {}/{} loss: style: {}, content: {}, tvd: {}, total: {} | '
                          'time: {:.2f} s/step')
            print(format_str.format(step, steps, *[str(v) for v in vals], t))
            truth.add(at=step, style=float(vals[0]), content=float(vals[1]), tvd=float(vals[2]),
                      total=float(vals[3]))
    truth.write("the four losses the loop printed, as float32 values", libraries=("torch",),
                rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"styletf": run}, root=HELDOUT50)
