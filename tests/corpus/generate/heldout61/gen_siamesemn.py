"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A siamese network with a contrastive loss printing as 804463592/pytorch_siamese_minist
``train_mnist.py``: ``"Args: %s" % args`` (an argparse ``Namespace``), then every
``batchsize``-th batch ``'Train Epoch: {} [{}/{} ({:.0f}%)]\\tLoss:{:.6f}\\tTook:
{:.2f}\\tOut: {}\\tAccu: {:.2f}'`` (no space after ``Loss:``; ``Accu`` is the share of pairs whose
L1 distance under 1.2 matches the label, times 100), and after each epoch ``'Train epoch: {}
\\tTook:{:.2f}'``. Here: pairs of sklearn digits, a small MLP embedding into 2-D, Adam, 3
epochs, batches of 32 pairs; a line every 10th batch (the script tests ``batch_idx %
args.batchsize``, which with its 128-pair batches meant every 128th).

Truth: ``train/Loss`` and ``train/Accu`` (the line is led by ``Train``) at the printed epoch.
``Took`` is a timing and ``Out`` an index: in neither. The ``Namespace`` is the params.
"""

from _toy import digits
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import argparse
    import random
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    args = argparse.Namespace(epoch=3, batchsize=32, no_cuda=False, model='', train_plot=False)
    args.cuda = False
    print("Args: %s" % args)
    random.seed(8)
    torch.manual_seed(8)
    Xtr, ytr, _, _, _, _ = digits(seed=8)
    idx = [np.where(ytr.numpy() == i)[0] for i in range(10)]
    n = min(len(i) for i in idx) - 1
    x0, x1, lab = [], [], []
    for d in range(10):
        for i in range(n):
            x0.append(Xtr[idx[d][i]]); x1.append(Xtr[idx[d][i + 1]]); lab.append(1)
            dn = (d + random.randrange(1, 10)) % 10
            x0.append(Xtr[idx[d][i]]); x1.append(Xtr[idx[dn][i]]); lab.append(0)
    x0, x1, lab = torch.stack(x0), torch.stack(x1), torch.tensor(lab, dtype=torch.float)
    net = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 2))
    opt = torch.optim.Adam(net.parameters(), lr=0.01)

    def contrastive(o1, o2, y, margin=1.0):
        d = torch.sqrt(((o1 - o2) ** 2).sum(1) + 1e-9)
        return (y * d ** 2 + (1 - y) * torch.clamp(margin - d, min=0) ** 2).mean() / 2

    truth = Truth()
    for epoch in range(1, args.epoch + 1):
        start = start_epoch = time.time()
        order = torch.randperm(len(lab))
        nb = (len(lab) + args.batchsize - 1) // args.batchsize
        for batch_idx in range(nb):
            j = order[batch_idx * args.batchsize:(batch_idx + 1) * args.batchsize]
            o1, o2 = net(x0[j]), net(x1[j])
            labels = lab[j]
            loss = contrastive(o1, o2, labels)
            opt.zero_grad()
            loss.backward()
            opt.step()
            accuracy = []
            distance = torch.abs(o1 - o2).sum(dim=1)
            corrects = ((distance < 1.2).long() == labels.long()).sum(dim=0)
            accuracy.append(float(corrects) / float(labels.shape[0]))
            if batch_idx % 10 == 0:
                took = time.time() - start
                for i, accu in enumerate(accuracy):
                    print('Train Epoch: {} [{}/{} ({:.0f}%)]\tLoss:{:.6f}\tTook: {:.2f}\tOut: {}\tAccu: {:.2f}'.format(
                        epoch, batch_idx * len(labels), len(lab),
                        100. * batch_idx / nb, loss.item(),
                        took, i, accu * 100.))
                    truth.add(at=epoch, **{"train/Loss": loss.item(), "train/Accu": accu * 100.})
                start = time.time()
        print('Train epoch: {} \tTook:{:.2f}'.format(epoch, time.time() - start_epoch))
    truth.write("the loop's batch losses and pair accuracies", libraries=("torch",),
                params=vars(args), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"siamesemn": run}, root=HELDOUT61)
