"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written classifier loop printing as Rohchanghyun/Rohchanghyun.github.io
``_posts/2022-03-11-Resnet34_model.md`` (its training cell and output): every 20 iterations and
at the last, ``Iter [ 20/200] | Train Loss 1.4652 | Train Acc 0.7500 | Valid Loss 2.9662 |
Valid Acc 0.1762`` (``%3d``; the train values are the current batch of 4's, the valid values
averages over the validation set). Here: a small CNN on the 8x8 digits, batches of 4 as in the
post, Adam, 200 iterations.

Truth: ``Train Loss``, ``Train Acc``, ``Valid Loss``, ``Valid Acc`` at the iteration of the
``[i/N]`` prefix (issue 11 item 5).
"""

from _toy import digits
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, Xva, yva, _, _ = digits(seed=24)
    Xtr, Xva = Xtr.view(-1, 1, 8, 8)[:800], Xva.view(-1, 1, 8, 8)[:200]
    ytr, yva = ytr[:800], yva[:200]
    torch.manual_seed(24)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                          nn.Linear(8 * 16, 10))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    crit = nn.CrossEntropyLoss()
    truth = Truth()
    n_iter = len(Xtr) // 4
    for it in range(n_iter):
        img, label = Xtr[it * 4:(it + 1) * 4], ytr[it * 4:(it + 1) * 4]
        opt.zero_grad()
        pred = model(img)
        loss = crit(pred, label)
        loss.backward()
        opt.step()
        train_loss = loss.item()
        train_acc = (torch.argmax(pred, 1) == label).sum().item() / len(img)
        if (it % 20 == 0) or (it == n_iter - 1):
            model.eval()
            vl = va = n = 0.0
            with torch.no_grad():
                for j in range(0, len(Xva), 4):
                    p = model(Xva[j:j + 4])
                    vl += crit(p, yva[j:j + 4]).item() * len(p)
                    va += (torch.argmax(p, 1) == yva[j:j + 4]).sum().item()
                    n += len(p)
            valid_loss, valid_acc = vl / n, va / n
            print("Iter [%3d/%3d] | Train Loss %.4f | Train Acc %.4f | Valid Loss %.4f | Valid Acc %.4f" % (it, n_iter, train_loss, train_acc, valid_loss, valid_acc))
            truth.add(at=it, **{"Train Loss": train_loss, "Train Acc": train_acc,
                                "Valid Loss": valid_loss, "Valid Acc": valid_acc})
            model.train()
    truth.write("the script's batch and validation losses and accuracies", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"quickdraw": run}, root=HELDOUT45)
