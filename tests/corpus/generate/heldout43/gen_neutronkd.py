"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as 3neutronstar/knowledge-distillation
``Learner/baselearner.py`` (``ClassicLearner``): ``Training 8 epochs``, every ``log_interval``
batches ``print('\\r Train Epoch: {} [{}/{} ({:.0f}%)]\\tLoss: {:.6f}'..., end='')`` (redrawn in
place), then ``print('\\nTrain Loss: {:.6f}'.format(...), 'Learning Time: {:.1f}s'.format(...),
'Accuracy: {}/{} ({:.2f}%)'.format(...))``, ``'\\nTest set: Average loss: {:.4f}, Accuracy:
{}/{} ({:.2f}%)\\n'``, and at the end ``Best Accuracy in evaluation: {:.2f}``. Here: a small CNN
on sklearn's digits, batch size 64 (log interval 50, as the original sets it), SGD with a step
scheduler, 8 epochs. The early-stopping helper of ``utils.py`` is not reproduced (its messages
are not in the file read).

Truth: ``train/Loss`` of each ``Train Epoch`` line at that epoch; the epoch summary's
``train/Loss`` and ``train/Accuracy`` (the percentage) without step; ``test/Average loss`` and
``test/Accuracy`` (percentage) without step. Correct counts and the closing best accuracy (a
best-so-far repeat) are optional.
"""

from _toy import batches, cnn, digits
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn.functional as F

    Xtr, ytr, _, _, Xte, yte = digits(seed=8)
    model = cnn(seed=8)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=4, gamma=0.5)
    log_interval, epochs = 50, 8
    truth = Truth()
    print("Training {} epochs".format(epochs))
    best = 0.0
    for epoch in range(1, epochs + 1):
        tik = time.time()
        model.train()
        running_loss, correct = 0.0, 0
        loader = list(batches(Xtr, ytr, 64, epoch))
        for batch_idx, (data, target) in enumerate(loader):
            optimizer.zero_grad()
            output = model(data)
            loss = F.cross_entropy(output, target)
            pred = output.argmax(dim=1, keepdim=True)
            correct += pred.eq(target.view_as(pred)).sum().item()
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            if batch_idx % log_interval == 0:
                print('\r Train Epoch: {} [{}/{} ({:.0f}%)]\tLoss: {:.6f}'.format(
                    epoch, batch_idx * len(data), len(Xtr), 100.0 * batch_idx / len(loader),
                    loss.item()), end='')
                truth.add(at=epoch, **{"train/Loss": loss.item()})
        running_loss /= len(Xtr)
        tok = time.time()
        print('\nTrain Loss: {:.6f}'.format(running_loss), 'Learning Time: {:.1f}s'.format(
            tok - tik), 'Accuracy: {}/{} ({:.2f}%)'.format(correct, len(Xtr),
                                                           100.0 * correct / len(Xtr)))
        truth.add(**{"train/Loss": running_loss, "train/Accuracy": 100.0 * correct / len(Xtr)})
        truth.allow(**{"train/Accuracy": correct})
        model.eval()
        eval_loss, correct = 0.0, 0
        with torch.no_grad():
            for data, target in batches(Xte, yte, 64, 0):
                output = model(data)
                eval_loss += F.cross_entropy(output, target).item()
                correct += output.argmax(1).eq(target).sum().item()
        eval_loss /= len(Xte)
        acc = 100.0 * correct / len(Xte)
        print('\nTest set: Average loss: {:.4f}, Accuracy: {}/{} ({:.2f}%)\n'.format(
            eval_loss, correct, len(Xte), acc))
        truth.add(**{"test/Average loss": eval_loss, "test/Accuracy": acc})
        truth.allow(**{"test/Accuracy": correct})
        scheduler.step()
        best = max(best, acc)
    print("Best Accuracy in evaluation: {:.2f}".format(best))
    truth.allow(**{"Best Accuracy in evaluation": best})
    truth.write("the script's batch, epoch and test values", libraries=("torch",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"neutronkd": run}, root=HELDOUT43)
