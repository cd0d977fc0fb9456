"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A digit-pair comparison network printing as jouvemax/DeepLearning ``Proj1/utils_pipeline1.py``
with ``Proj1/print_util.py``: ``train_model(..., logging=True)`` prints a green header
``Epoch       Time    Train loss     Train accuracy      Test loss      Test accuracy`` (each
title ``ljust`` padded, ``\\033[32m`` .. ``\\033[0m``) and, every epoch, ``log_acc_loss(...,
persistent=False)``: ``'\\r' + '[{e+1}/{nb_epoch}]'.ljust(12) + '{time:.0f}s'.ljust(8) +
'{0:.4f}'.format(train_loss).ljust(15) + ..`` with ``end=''`` (one row redrawn in place), then
``print()``; ``evaluate_model`` prints ``Round {i}: accuracy = {a:0.2f}% | loss = {l:0.4f}``
per round and ``cross_validation`` ``aux_loss_alpha = {a} - mean accuracy = {m}``. (The loss is
the sum of batch losses, the accuracy a percentage, as ``test()`` computes them.) Here: pairs of
sklearn's 8x8 digits, target "first digit <= second", an MLP with an auxiliary digit head, SGD
(lr 0.1, momentum 0.9, StepLR gamma 0.97), batch 50; 8 logged epochs, 3 rounds of 4 epochs,
cross-validation of two alphas with K=2 and 3 epochs.

Truth: ``train/loss``, ``train/accuracy``, ``test/loss``, ``test/accuracy`` (the table's columns)
at the epoch of the row; ``accuracy`` and ``loss`` at the printed round; ``mean accuracy`` with
no step (the alpha before it is optional).
"""

from _toy import digits_np
from _capture import HELDOUT56, Truth, main


class Color:
    GREEN = '\033[32m'
    END = '\033[0m'


def log_acc_loss_header(color=''):
    print(color + 'Epoch'.ljust(12) + 'Time'.ljust(8) + 'Train loss'.ljust(15) +
          'Train accuracy'.ljust(20) + 'Test loss'.ljust(15) + 'Test accuracy'.ljust(20) + Color.END)


def log_acc_loss(e, nb_epoch, time, train_loss, train_acc, test_loss, test_acc, color='', persistent=True):
    print('\r' + color +
          '[{0}/{1}]'.format(e + 1, nb_epoch).ljust(12) +
          '{time:.0f}s'.format(time=time).ljust(8) +
          '{0:.4f}'.format(train_loss).ljust(15) +
          '{0:.4f}'.format(train_acc).ljust(20) +
          '{0:.4f}'.format(test_loss).ljust(15) +
          '{0:.4f}'.format(test_acc).ljust(20) +
          Color.END,
          end='\n' if persistent else '')


def run() -> None:
    import time
    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(13)
    X, y = digits_np(seed=13)
    X, y = torch.tensor(X, dtype=torch.float32), torch.tensor(y)
    rng = np.random.default_rng(13)

    def generate(n):
        i, j = rng.integers(0, len(X), n), rng.integers(0, len(X), n)
        inp = torch.stack([X[i], X[j]], 1)
        return inp, (y[i] <= y[j]).long(), torch.stack([y[i], y[j]], 1)

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.digit = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
            self.head = nn.Sequential(nn.Linear(20, 16), nn.ReLU(), nn.Linear(16, 2))

        def forward(self, x):
            a, b = self.digit(x[:, 0]), self.digit(x[:, 1])
            return self.head(torch.cat([a, b], 1)), a

    def test(inp, target, model, criterion, batch_size, with_aux=False, alpha=0.5):
        with torch.no_grad():
            errors, loss_sum = 0, 0
            for inputs, targets in zip(inp.split(batch_size), target.split(batch_size)):
                outputs, aux = model(inputs)
                loss_sum += criterion(outputs, targets)
                errors += int((outputs.argmax(1) != targets).sum())
            return (1 - errors / inp.size(0)) * 100, loss_sum.item()

    def train_model(model, tr, te, nb_epoch, batch_size, logging, alpha=0.5):
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
        scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.97)
        criterion = nn.CrossEntropyLoss()
        if logging:
            log_acc_loss_header(color=Color.GREEN)
            start_time = time.time()
        for e in range(nb_epoch):
            for inputs, targets, classes in zip(tr[0].split(batch_size), tr[1].split(batch_size),
                                                tr[2].split(batch_size)):
                outputs, aux = model(inputs)
                loss = criterion(outputs, targets) + alpha * criterion(aux, classes[:, 0])
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
            scheduler.step()
            if logging:
                train_acc, train_loss = test(tr[0], tr[1], model, criterion, batch_size)
                test_acc, test_loss = test(te[0], te[1], model, criterion, batch_size)
                log_acc_loss(e, nb_epoch, time.time() - start_time, train_loss, train_acc,
                             test_loss, test_acc, persistent=False)
                truth.add(at=e + 1, **{"train/loss": train_loss, "train/accuracy": train_acc,
                                       "test/loss": test_loss, "test/accuracy": test_acc})
        if logging:
            print()

    truth = Truth()
    tr, te = generate(1000), generate(1000)
    train_model(Net(), tr, te, 8, 50, True)
    for rnd in range(3):
        model = Net()
        tr, te = generate(1000), generate(1000)
        train_model(model, tr, te, 4, 50, False)
        accuracy, loss = test(te[0], te[1], model, nn.CrossEntropyLoss(), 50)
        print("Round {i}: accuracy = {a:0.2f}% | loss = {l:0.4f}".format(i=(rnd + 1), a=accuracy, l=loss))
        truth.add(at=rnd + 1, accuracy=accuracy, loss=loss)
    tr = generate(1000)
    for aux_loss_alpha in (0.5, 1.0):
        accuracy_sum = 0
        K = 2
        for i in range(K):
            perm = torch.randperm(1000)
            va, trn = perm[:200], perm[200:]
            model = Net()
            train_model(model, (tr[0][trn], tr[1][trn], tr[2][trn]), None, 3, 50, False, aux_loss_alpha)
            accuracy, _ = test(tr[0][va], tr[1][va], model, nn.CrossEntropyLoss(), 50)
            accuracy_sum += accuracy
        accuracy_mean = accuracy_sum / K
        print('aux_loss_alpha = {a} - mean accuracy = {m}'.format(a=aux_loss_alpha, m=accuracy_mean))
        truth.add(**{"mean accuracy": accuracy_mean})
        truth.allow(aux_loss_alpha=aux_loss_alpha)
    truth.write("the script's test() results per epoch, round and cross-validated alpha",
                libraries=("torch",), rel=1e-9, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"jouvemax": run}, root=HELDOUT56)
