"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written metric-learning loop printing as bnu-wangxun/Deep_Metric does (commit 4b8bb642):
``utils/HyperparamterDisplay.py``'s ``display(args)`` first (``'Learn Rate  \t%.1e'``,
``'Epochs  \t%05d'``, ``'Log Path \t%s'``, ``'Network \t %s'``, ``'Data Set \t %s'``, ``'Batch Size
\t %d'``, ``'Num-Instance  \t %d'``, ``'Embedded Dimension \t %d'``, ``'Loss Function \t%s'``,
``'Alpha \t %d'``, ``'Begin to fine tune %s Network'``, 40 ``#``), then ``trainer.py``'s
``'Epoch: [{0:03d}][{1}/{2}]\tTime {batch_time.avg:.3f}\tLoss {loss.avg:.4f} \tAccuracy
{accuracy.avg:.4f} \tPos {pos.avg:.4f}\tNeg {neg.avg:.4f} \t'`` every ``freq`` batches (running
AverageMeter means over the epoch) and ``-- HA-HA-HA-HA-AH-AH-AH-AH --`` after the very first
batch. Here: a PyTorch linear embedding of Gaussian-blob points trained with a contrastive
loss on cosine similarities (margin 0.5), 6 epochs of 8 batches, print_freq 4; Accuracy is the
share of anchors whose hardest positive is more similar than their hardest negative, Pos and Neg
the mean positive and negative similarities.

Truth: ``Loss``, ``Accuracy``, ``Pos``, ``Neg``, no step (epoch and batch both printed). The
display is configuration: ``params``, under the args' names (``lr``, ``epochs``, ...). Time is a
time.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import time
    from argparse import Namespace
    import torch
    import torch.nn.functional as F
    from _toy import blobs

    args = Namespace(lr=1e-2, epochs=6, save_dir="ckps/contrastive/toy/toy-64", net="Linear",
                     data="toy", batch_size=32, num_instances=4, dim=16, loss="Contrastive",
                     alpha=40, print_freq=4)

    def display(args):
        print('Learn Rate  \t%.1e' % args.lr)
        print('Epochs  \t%05d' % args.epochs)
        print('Log Path \t%s' % args.save_dir)
        print('Network \t %s' % args.net)
        print('Data Set \t %s' % args.data)
        print('Batch Size  \t %d' % args.batch_size)
        print('Num-Instance  \t %d' % args.num_instances)
        print('Embedded Dimension \t %d' % args.dim)
        print('Loss Function \t%s' % args.loss)
        print('Alpha \t %d' % args.alpha)
        print('Begin to fine tune %s Network' % args.net)
        print(40 * '#')

    class AverageMeter:
        def __init__(self):
            self.sum, self.count, self.avg = 0.0, 0, 0.0

        def update(self, v):
            self.sum += v
            self.count += 1
            self.avg = self.sum / self.count

    display(args)
    xa, ya = blobs(256, classes=8, dim=12, seed=26, spread=1.4)
    x, y = torch.tensor(xa, dtype=torch.float32), torch.tensor(ya)
    torch.manual_seed(26)
    model = torch.nn.Linear(12, args.dim)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    n_batches = len(x) // args.batch_size
    truth = Truth()
    for epoch in range(args.epochs):
        losses, batch_time, accuracy, pos_sims, neg_sims = (AverageMeter() for _ in range(5))
        freq = min(args.print_freq, n_batches)
        end = time.time()
        perm = torch.randperm(len(x))
        for i in range(n_batches):
            idx = perm[i * args.batch_size:(i + 1) * args.batch_size]
            e = F.normalize(model(x[idx]), dim=1)
            sim = e @ e.t()
            same = (y[idx][:, None] == y[idx][None, :])
            eye = torch.eye(len(idx), dtype=torch.bool)
            pos = same & ~eye
            neg = ~same
            loss = (1 - sim[pos]).mean() + F.relu(sim[neg] - 0.5).mean()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            with torch.no_grad():
                hard_pos = torch.where(pos, sim, torch.full_like(sim, 2.0)).min(1).values
                hard_neg = torch.where(neg, sim, torch.full_like(sim, -2.0)).max(1).values
                inter_ = float((hard_pos > hard_neg).float().mean())
                dist_ap, dist_an = float(sim[pos].mean()), float(sim[neg].mean())
            batch_time.update(time.time() - end)
            end = time.time()
            losses.update(loss.item())
            accuracy.update(inter_)
            pos_sims.update(dist_ap)
            neg_sims.update(dist_an)
            if (i + 1) % freq == 0 or (i + 1) == n_batches:
                print('Epoch: [{0:03d}][{1}/{2}]\t'
                      'Time {batch_time.avg:.3f}\t'
                      'Loss {loss.avg:.4f} \t'
                      'Accuracy {accuracy.avg:.4f} \t'
                      'Pos {pos.avg:.4f}\t'
                      'Neg {neg.avg:.4f} \t'.format
                      (epoch + 1, i + 1, n_batches, batch_time=batch_time,
                       loss=losses, accuracy=accuracy, pos=pos_sims, neg=neg_sims))
                truth.add(Loss=losses.avg, Accuracy=accuracy.avg, Pos=pos_sims.avg,
                          Neg=neg_sims.avg)
            if epoch == 0 and i == 0:
                print('-- HA-HA-HA-HA-AH-AH-AH-AH --')
    params = {k: v for k, v in vars(args).items() if k != "print_freq"}
    truth.write("the script's AverageMeter means of the batch loss, accuracy and similarities",
                libraries=("torch", "numpy"), params=params, rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"deepmetric": run}, root=HELDOUT34)
