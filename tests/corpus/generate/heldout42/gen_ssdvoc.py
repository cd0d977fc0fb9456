"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written detection loop printing as amdegroot/ssd.pytorch ``train.py``: ``Loading the
dataset...``, ``Training SSD on: VOC0712``, ``Using the specified args:``, the ``Namespace(...)``
of the arguments, then every 10 iterations ``print('timer: %.4f sec.' % (t1 - t0))`` and
``print('iter ' + repr(iteration) + ' || Loss: %.4f ||' % (loss.item()), end=' ')`` (so each
``timer:`` line continues the previous ``iter`` line), and ``Saving state, iter: N`` at the
save interval. Here: a toy one-dimensional "detector" (an MLP predicting a box centre and width
with smooth-L1 and a class with cross-entropy, the loss their sum as ``loss_l + loss_c``) on
synthetic signals with one bump, SGD with momentum, 320 iterations, saving every 160 (nothing is
written).

Truth: ``Loss`` at the iteration ``iter N`` states. The arguments are ``params``; the timer and
the saved iteration are no metrics.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import argparse
    import time

    import torch
    import torch.nn as nn

    args = argparse.Namespace(dataset='VOC', dataset_root='data/VOCdevkit/',
                              basenet='vgg16_reducedfc.pth', batch_size=32, resume=None,
                              start_iter=0, num_workers=4, cuda=False, lr=0.01, momentum=0.9,
                              weight_decay=0.0005, gamma=0.1, visdom=False,
                              save_folder='weights/')
    torch.manual_seed(22)
    g = torch.Generator().manual_seed(22)

    def sample(n):
        c = torch.rand(n, generator=g) * 0.8 + 0.1
        w = torch.rand(n, generator=g) * 0.1 + 0.05
        cls = torch.randint(0, 3, (n,), generator=g)
        t = torch.linspace(0, 1, 40)
        sig = (cls[:, None] + 1) * torch.exp(-((t[None] - c[:, None]) / w[:, None]) ** 2)
        return sig + 0.1 * torch.randn(n, 40, generator=g), torch.stack([c, w], 1), cls

    net = nn.Sequential(nn.Linear(40, 64), nn.ReLU(), nn.Linear(64, 5))
    optimizer = torch.optim.SGD(net.parameters(), lr=args.lr, momentum=args.momentum,
                                weight_decay=args.weight_decay)
    print('Loading the dataset...')
    print('Training SSD on:', 'VOC0712')
    print('Using the specified args:')
    print(args)
    truth = Truth()
    for iteration in range(args.start_iter, 320):
        x, box, cls = sample(args.batch_size)
        t0 = time.time()
        out = net(x)
        optimizer.zero_grad()
        loss_l = nn.functional.smooth_l1_loss(out[:, :2], box) * 10
        loss_c = nn.functional.cross_entropy(out[:, 2:], cls)
        loss = loss_l + loss_c
        loss.backward()
        optimizer.step()
        t1 = time.time()
        if iteration % 10 == 0:
            print('timer: %.4f sec.' % (t1 - t0))
            print('iter ' + repr(iteration) + ' || Loss: %.4f ||' % (loss.item()), end=' ')
            truth.add(at=iteration, Loss=loss.item())
        if iteration != 0 and iteration % 160 == 0:
            print('Saving state, iter:', iteration)
    truth.write("the script's batch losses", libraries=("torch",), params=vars(args),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"ssdvoc": run}, root=HELDOUT42)
