"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as ChatterMonkey/MNIST-test-neural-net ``train.py``: every
``log_interval`` batches ``"LOSS IS {}".format(loss)`` (the loss tensor through ``format``,
which prints its value as a full-precision float), ``"Training batch {}"`` and ``'Train Epoch:  [{}/{} ({:.0f}%)]\\tLoss: {:.6f}'``
(the epoch field left out as in the original: samples seen, dataset size, percent, loss). Here:
a small network with log-softmax output on sklearn's digits, SGD, nll loss, ``train`` called for
2 epochs (the repository's main script was not read), 12 batches of 64, log_interval 2.

Truth: ``LOSS`` (the tensor's value; ``IS`` taken as the verb of the sentence, not part of the
name) and ``train/Loss`` (the ``Train Epoch:`` line), both without step (no epoch is printed,
the bracket counts samples and restarts).
"""

from _toy import batches, digits
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, _, _, _, _ = digits(seed=5, limit=768)
    torch.manual_seed(5)
    network = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10), nn.LogSoftmax(1))
    optimizer = torch.optim.SGD(network.parameters(), lr=0.05, momentum=0.5)
    log_interval, train_batch_size = 2, 64
    n_batches = len(Xtr) // train_batch_size
    truth = Truth()

    def train(epoch):
        network.train()
        for batch, (data, target) in enumerate(batches(Xtr, ytr, train_batch_size, epoch)):
            optimizer.zero_grad()
            output = network(data)
            loss = torch.nn.functional.nll_loss(output, target)
            loss.backward()
            optimizer.step()
            if batch % log_interval == 0:
                print("LOSS IS {}".format(loss))
                print("Training batch {}".format(batch))
                print('Train Epoch:  [{}/{} ({:.0f}%)]\tLoss: {:.6f}'.format(
                    batch * train_batch_size, len(Xtr), 100. * batch / n_batches, loss.item()))
                truth.add(LOSS=loss.item(), **{"train/Loss": loss.item()})

    for epoch in range(2):
        train(epoch)
    truth.write("the script's batch losses", libraries=("torch",), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"chatter": run}, root=HELDOUT44)
