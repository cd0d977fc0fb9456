"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A classifier loop logging as yakunpku/Cifar100-PyTorch ``trainer/trainer.py`` with ``train.py`` and
``config.py``: ``logging.basicConfig(level=INFO, format='%(asctime)s - %(name)s - %(levelname)s -
%(message)s')`` (stderr), logger ``base``; first the argparse ``Namespace`` logged, then per epoch
``"Epoch: {0} / {1}, Cost Time: {2:.3f} s, ETA: {3:.3f} h, LR: {4:.5f} Train Loss: {5:.3f}, Train
Top1: {6:.3f}%, Train Top5: {7:.3f}%, Test Loss: {8:.3f}, Test Top1: {9:.3f}%, Test Top5:
{10:.3f}%"`` (epochs from 0; as in the original the training meters are created once, so the train
figures are running averages over all epochs so far). Here: an MLP on sklearn's digits (10 classes
for CIFAR-100's 100), SGD with momentum and a 2-epoch linear warm-up, 6 epochs of batches of 128.

Truth: ``Train Loss``, ``Train Top1``, ``Train Top5``, ``Test Loss``, ``Test Top1``, ``Test Top5`` at the
printed epoch. Optional: ``LR``. The ``Namespace`` is ``params``.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import argparse
    import logging
    import time

    import torch
    import torch.nn as nn

    logging.basicConfig(level=logging.INFO, format='%(asctime)s - %(name)s - %(levelname)s - %(message)s')
    logger = logging.getLogger('base')
    args = argparse.Namespace(arch='resnet-20', block_name='BasicBlock', num_classes=10, metric='fc',
                              easy_margin=False, loss_type='ce', optimizer='SGD', momentum=0.9, lr=0.05,
                              lr_gamma=0.1, wd=0.0005, scheduler='step_lr', warmup_method='linear',
                              warmup_step=2, num_epochs=6, batch_size=128, seed=10007, checkpoint_cycle=5)
    logger.info(args)
    Xtr, ytr, _, _, Xte, yte = digits(seed=71)
    net = mlp(hidden=48, seed=71)
    opt = torch.optim.SGD(net.parameters(), lr=args.lr, momentum=args.momentum, weight_decay=args.wd)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: min(1.0, (e + 1) / args.warmup_step))
    loss_func = nn.CrossEntropyLoss()

    def topk(out, y):
        t5 = out.topk(5, 1).indices
        return ((t5[:, 0] == y).float().mean().item() * 100, (t5 == y.unsqueeze(1)).any(1).float().mean().item() * 100)

    class Meter:
        def __init__(self):
            self.sum = self.count = 0

        def update(self, v, n):
            self.sum += v * n; self.count += n

        @property
        def avg(self):
            return self.sum / self.count

    losses, top1, top5, times = Meter(), Meter(), Meter(), Meter()
    truth = Truth()
    for epoch in range(args.num_epochs):
        start = time.time()
        net.train()
        for x, y in batches(Xtr, ytr, args.batch_size, epoch):
            out = net(x)
            loss = loss_func(out, y)
            p1, p5 = topk(out.detach(), y)
            losses.update(loss.item(), x.size(0)); top1.update(p1, x.size(0)); top5.update(p5, x.size(0))
            opt.zero_grad(); loss.backward(); opt.step()
        net.eval()
        with torch.no_grad():
            out = net(Xte)
            test_loss = loss_func(out, yte).item()
            t1, t5 = topk(out, yte)
        lr = opt.param_groups[0]['lr']
        cost = time.time() - start
        times.update(cost, 1)
        logger.info("Epoch: {0} / {1}, Cost Time: {2:.3f} s, ETA: {3:.3f} h, LR: {4:.5f}"
                    " Train Loss: {5:.3f}, Train Top1: {6:.3f}%, Train Top5: {7:.3f}%,"
                    " Test Loss: {8:.3f}, Test Top1: {9:.3f}%, Test Top5: {10:.3f}%".format(
                        epoch, args.num_epochs, cost, (times.avg * (args.num_epochs - epoch - 1)) / 3600, lr,
                        losses.avg, top1.avg, top5.avg, test_loss, t1, t5))
        truth.add(at=epoch, **{"Train Loss": losses.avg, "Train Top1": top1.avg, "Train Top5": top5.avg,
                               "Test Loss": test_loss, "Test Top1": t1, "Test Top5": t5})
        truth.allow(LR=lr)
        sched.step()
    truth.write("the script's meters and test evaluation", libraries=("torch",), params=vars(args),
                rel=1e-4, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"cifar100log": run}, root=HELDOUT49)
