"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A ResNet trainer printing as Dori-Nilou/ResNet ``train_resnet.py`` (its ``train`` mode):
``load WHU-RS19: success`` and a blank line, every fifth epoch ``print('lr: {}'.format(...))``
after dividing the learning rate by ten, each epoch ``'epoch: {}, Train Loss: {:.4f}, Train
Acc-top1: {:.4f}, Train Acc-top5: {:.4f}'`` (the means of the batch losses and of the batch top-1
and top-5 accuracies, epochs from 0), and ``save params to<path>: Done`` and a blank line. Here:
a small residual CNN on sklearn's digits (10 classes, so top-5 is meaningful), Adam 1e-3,
batch 64, 10 epochs.

Truth: ``train/Loss``, ``train/Acc-top1``, ``train/Acc-top5`` at the printed epoch; ``lr`` is
optional.
"""

from _toy import digits
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class Block(nn.Module):
        def __init__(self, c):
            super().__init__()
            self.c1 = nn.Conv2d(c, c, 3, padding=1)
            self.c2 = nn.Conv2d(c, c, 3, padding=1)

        def forward(self, x):
            return F.relu(x + self.c2(F.relu(self.c1(x))))

    torch.manual_seed(20)
    g_model = nn.Sequential(nn.Unflatten(1, (1, 8, 8)), nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(),
                            Block(8), nn.AdaptiveAvgPool2d(2), nn.Flatten(), nn.Linear(32, 10))
    Xtr, ytr, _, _, _, _ = digits(seed=20)
    print('load WHU-RS19: success\n')
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(g_model.parameters(), lr=1e-3, betas=(0.9, 0.999), eps=1e-08)
    truth = Truth()
    num_epoches, bs = 10, 64
    for epoch in range(num_epoches):
        train_loss = train_acc1 = train_acc5 = 0
        g_model.train()
        if (epoch + 1) % 5 == 0:
            optimizer.param_groups[0]['lr'] *= 0.1
            print('lr: {}'.format(optimizer.param_groups[0]['lr']))
            truth.allow(lr=optimizer.param_groups[0]['lr'])
        order = torch.randperm(len(Xtr))
        n_batches = 0
        for i in range(0, len(Xtr), bs):
            img, label = Xtr[order[i:i + bs]], ytr[order[i:i + bs]]
            out = g_model(img)
            loss = criterion(out, label)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            train_loss += loss.item()
            _, pred = out.max(1)
            train_acc1 += (pred == label).sum().item() / img.shape[0]
            _, pred1 = out.topk(5, 1, True, True)
            train_acc5 += torch.eq(pred1, label.view(-1, 1)).sum().float().item() / img.shape[0]
            n_batches += 1
        print('epoch: {}, Train Loss: {:.4f}, Train Acc-top1: {:.4f}, Train Acc-top5: {:.4f}'
              .format(epoch, train_loss / n_batches, train_acc1 / n_batches, train_acc5 / n_batches))
        truth.add(at=epoch, **{"train/Loss": train_loss / n_batches,
                               "train/Acc-top1": train_acc1 / n_batches,
                               "train/Acc-top5": train_acc5 / n_batches})
    filename = './model/resnet/resnet20_Adam_NE10_B64_inSIZE_8_ID_1.pth'
    print("save params to" + filename + ": Done\n")
    truth.write("the script's epoch means", libraries=("torch",), rel=1e-5, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"dorires": run}, root=HELDOUT60)
