"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written loop printing as dichev/deep-learning-from-scratch
``examples/mnist_classification.py``: ``Fit {N} training samples in model: {net}`` and a tqdm
``trange(1, EPOCHS+1, desc='EPOCH')`` whose postfix is set after each epoch with
``pbar.set_postfix(cost=loss, accuracy=accuracy, lr=optimizer.lr)`` (tqdm shows three
significant digits). The original's own ``Module`` repr and ``net.summary()`` table (its
library, not read) are stood in for by a torch ``Sequential`` repr; its tensorboard writer is
left out. Here: the original's 4-layer ReLU MLP (hidden 100/50/25) on sklearn's digits, plain
SGD written out by hand with a step decay of the rate, 12 epochs of full passes in batches.

Truth: ``cost`` and ``accuracy`` per epoch, each postfix state once, with no step (the bar's
count is an unlabelled progress count); ``lr`` is optional (a setting).
"""

from _toy import digits
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import trange

    Xtr, ytr, _, _, _, _ = digits(seed=13)
    torch.manual_seed(13)
    net = nn.Sequential(nn.Linear(64, 100), nn.ReLU(), nn.Linear(100, 50), nn.ReLU(),
                        nn.Linear(50, 25), nn.ReLU(), nn.Linear(25, 10))
    lr, EPOCHS, BATCH_SIZE = 0.05, 12, 64
    N = len(Xtr)
    print(f'Fit {N} training samples in model: {net}')
    truth = Truth()
    pbar = trange(1, EPOCHS + 1, desc='EPOCH')
    for epoch in pbar:
        accuracy, loss = 0, 0
        indices = torch.randperm(N, generator=torch.Generator().manual_seed(epoch))
        for i in range(0, N, BATCH_SIZE):
            batch = indices[i:i + BATCH_SIZE]
            y = ytr[batch]
            logits = net(Xtr[batch])
            cost = F.cross_entropy(logits, y)
            net.zero_grad()
            cost.backward()
            with torch.no_grad():
                for p in net.parameters():
                    p -= lr * p.grad
            loss += cost.item() * len(batch) / N
            accuracy += (logits.argmax(1) == y).float().mean().item() * len(batch) / N
        pbar.set_postfix(cost=loss, accuracy=accuracy, lr=lr)
        truth.add(cost=loss, accuracy=accuracy)
        truth.allow(lr=lr)
        if epoch % 4 == 0:
            lr = max(lr * 0.9, 1e-5)
    truth.write("the script's epoch losses and accuracies as set into the postfix",
                libraries=("torch", "tqdm"), rel=5e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"dichev": run}, root=HELDOUT46)
