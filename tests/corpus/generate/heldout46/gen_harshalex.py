"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as harshbhatt7585/deep-learning-papers-implementation
``AlexNet/train.py``: ``print(model)`` of the ``DataParallel``-wrapped network, then every 10th
global step ``step: {total_steps} | Loss: {loss}`` where ``loss`` is the loss *tensor*: an
f-string formats a 0-dimensional tensor through its Python float, so the line shows the full
float repr (``2.2855594158172607``). Here: a shrunken AlexNet-style
stack (three convolutions, two dropout-regularised dense layers) on sklearn's 8x8 digits,
SGD with momentum and weight decay, StepLR, 3 epochs of batches of 16; checkpoint saving
left out.

Truth: ``Loss`` at the printed global step.
"""

from _toy import digits
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    class AlexNet(nn.Module):
        def __init__(self, num_classes):
            super().__init__()
            self.net = nn.Sequential(
                nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.LocalResponseNorm(5, 1e-4, 0.75, 2),
                nn.MaxPool2d(2), nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(),
                nn.Conv2d(32, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
            self.classifier = nn.Sequential(
                nn.Dropout(0.5), nn.Linear(32 * 2 * 2, 64), nn.ReLU(),
                nn.Dropout(0.5), nn.Linear(64, num_classes))

        def forward(self, x):
            return self.classifier(self.net(x).view(x.size(0), -1))

    Xtr, ytr, _, _, _, _ = digits(seed=31)
    Xtr, ytr = Xtr[:800].view(-1, 1, 8, 8), ytr[:800]
    torch.manual_seed(31)
    model = AlexNet(10)
    model = torch.nn.parallel.DataParallel(model, device_ids=[0])
    print(model)
    optim = torch.optim.SGD(model.parameters(), lr=0.03, momentum=0.9, weight_decay=0.0005)
    criterion = nn.CrossEntropyLoss()
    lr_scheduler = torch.optim.lr_scheduler.StepLR(optim, step_size=50, gamma=0.1)
    truth = Truth()
    total_steps = 1
    for epoch in range(3):
        order = torch.randperm(len(Xtr), generator=torch.Generator().manual_seed(epoch))
        for step in range(0, len(Xtr), 16):
            X, y = Xtr[order[step:step + 16]], ytr[order[step:step + 16]]
            optim.zero_grad()
            pred = model(X)
            loss = criterion(pred, y)
            loss.backward()
            optim.step()
            if total_steps % 10 == 0:
                print(f'step: {total_steps} | Loss: {loss}')
                truth.add(at=total_steps, Loss=loss.item())
            total_steps += 1
        lr_scheduler.step()
    truth.write("the script's batch loss tensors", libraries=("torch",), rel=1e-6, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"harshalex": run}, root=HELDOUT46)
