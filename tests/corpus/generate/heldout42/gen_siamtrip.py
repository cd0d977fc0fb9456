"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing through adambielski/siamese-triplet ``trainer.py``'s
``fit``, ``train_epoch`` and ``test_epoch`` with the ``AccumulatedAccuracyMetric`` of its
``metrics.py`` (name ``Accuracy``, value ``100 * correct / total`` unformatted): every
``log_interval`` batches ``Train: [{}/{} ({:.0f}%)]\\tLoss: {:.6f}`` (samples seen, dataset size,
percent; the mean of the batch losses since the last report) followed by ``\\tAccuracy: {}``,
and per epoch one message of two lines ``Epoch: {}/{}. Train set: Average loss: {:.4f}\\tAccuracy:
{}`` and ``Epoch: {}/{}. Validation set: Average loss: {:.4f}\\tAccuracy: {}``. Here: the
classification setting (an MLP embedding net with a linear classifier head, NLL of
log-softmax) on sklearn's digits, Adam with a step schedule, 5 epochs, log_interval 8.

Truth: the batch lines' ``train/Loss`` and ``train/Accuracy`` (``Train:`` heads the line), no step
(their bracket counts samples within the epoch); the epoch lines' ``train/Average loss``,
``train/Accuracy``, ``val/Average loss``, ``val/Accuracy`` at the printed epoch.
"""

from _toy import batches, chunks, digits
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class AccumulatedAccuracyMetric:
        def __init__(self):
            self.correct, self.total = 0, 0

        def __call__(self, outputs, target, loss):
            pred = outputs[0].data.max(1, keepdim=True)[1]
            self.correct += pred.eq(target[0].data.view_as(pred)).cpu().sum()
            self.total += target[0].size(0)
            return self.value()

        def reset(self):
            self.correct, self.total = 0, 0

        def value(self):
            return 100 * float(self.correct) / self.total

        def name(self):
            return 'Accuracy'

    Xtr, ytr, Xva, yva, _, _ = digits(seed=20)
    torch.manual_seed(20)
    model = nn.Sequential(nn.Linear(64, 32), nn.PReLU(), nn.Linear(32, 2), nn.PReLU(),
                          nn.Linear(2, 10))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, 8, gamma=0.1)
    truth = Truth()
    metrics = [AccumulatedAccuracyMetric()]
    n_epochs, log_interval = 5, 8

    def loss_fn(out, target):
        return F.nll_loss(F.log_softmax(out, -1), target)

    for epoch in range(n_epochs):
        for metric in metrics:
            metric.reset()
        model.train()
        losses, total_loss = [], 0.0
        train_loader = list(batches(Xtr, ytr, 64, epoch))
        for batch_idx, (data, target) in enumerate(train_loader):
            optimizer.zero_grad()
            outputs = (model(data),)
            loss = loss_fn(outputs[0], target)
            losses.append(loss.item())
            total_loss += loss.item()
            loss.backward()
            optimizer.step()
            for metric in metrics:
                metric(outputs, (target,), loss)
            if batch_idx % log_interval == 0:
                message = 'Train: [{}/{} ({:.0f}%)]\tLoss: {:.6f}'.format(
                    batch_idx * len(data), len(Xtr), 100. * batch_idx / len(train_loader),
                    np.mean(losses))
                truth.add(**{"train/Loss": np.mean(losses)})
                for metric in metrics:
                    message += '\t{}: {}'.format(metric.name(), metric.value())
                    truth.add(**{"train/Accuracy": metric.value()})
                print(message)
                losses = []
        train_loss = total_loss / (batch_idx + 1)
        scheduler.step()
        message = 'Epoch: {}/{}. Train set: Average loss: {:.4f}'.format(epoch + 1, n_epochs,
                                                                         train_loss)
        truth.add(at=epoch + 1, **{"train/Average loss": train_loss})
        for metric in metrics:
            message += '\t{}: {}'.format(metric.name(), metric.value())
            truth.add(at=epoch + 1, **{"train/Accuracy": metric.value()})
        for metric in metrics:
            metric.reset()
        model.eval()
        val_loss = 0.0
        val_loader = list(chunks(Xva, yva, 64))
        with torch.no_grad():
            for data, target in val_loader:
                outputs = (model(data),)
                val_loss += loss_fn(outputs[0], target).item()
                for metric in metrics:
                    metric(outputs, (target,), None)
        val_loss /= len(val_loader)
        message += '\nEpoch: {}/{}. Validation set: Average loss: {:.4f}'.format(
            epoch + 1, n_epochs, val_loss)
        truth.add(at=epoch + 1, **{"val/Average loss": val_loss})
        for metric in metrics:
            message += '\t{}: {}'.format(metric.name(), metric.value())
            truth.add(at=epoch + 1, **{"val/Accuracy": metric.value()})
        print(message)
    truth.write("the trainer's losses and the metric's values", libraries=("torch",),
                rel=1e-4, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"siamtrip": run}, root=HELDOUT42)
