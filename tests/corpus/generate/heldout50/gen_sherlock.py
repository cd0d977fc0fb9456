"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A next-character LSTM trained with truncated backpropagation, printing as gekas145/char-rnn
``train.py``: ``print("Test shape: ", X_test.shape, "Train shape: ", X_train.shape)`` (torch
sizes), then every ``niter_info`` iterations ``f"[iteration {iterations}] test loss
{loss_test.data:.3f}, train loss {loss_train.data:.3f}"``, where each loss is the sum over the
sequence's sub-sequences of the mean cross-entropy (the test set and an equally large slice of
the training set). Here: a 6000-character Markov text of our own instead of the Sherlock Holmes
books (no ``unidecode`` needed), sequences of 100 characters cut into sub-sequences of 25, a
one-layer LSTM of 64 units on one-hot input, gradient clipping by hook, Adam with the
original's multiplicative decay; 10% test, batches of 8, a line every 2 iterations, 5 epochs;
checkpoints are not written.

Truth: ``test loss`` and ``train loss`` at the iteration of the ``[iteration N]`` prefix (the
labels keep their phase word: they follow the prefix, not lead the line).
"""

from _toy import markov_text
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import torch
    from torch import nn, optim
    from torch.nn import functional as F

    class c:
        main_seq_len, sub_seq_len, nbatch, niter_info, nepochs = 100, 25, 8, 2, 5
        test_ratio, clip_value, lstm_output_size, num_layers, dropout = 0.1, 1.0, 64, 1, 0.0
        lr_decay, decay_after, stop_decay_after = 0.9, 2, 4

    torch.manual_seed(22)
    text = markov_text(6000, seed=22)
    vocab = "".join(sorted(set(text)))
    vocab2idx = dict(zip(vocab, range(len(vocab))))
    text = [vocab2idx[ch] for ch in text]
    text = [text[i:i + c.main_seq_len + 1] for i in range(0, len(text), c.main_seq_len)]
    if len(text[-1]) < c.main_seq_len + 1:
        text.pop(-1)
    text = torch.tensor(text)
    shuffle = lambda X: X[torch.randperm(X.shape[0]), :]
    text = shuffle(text)
    X_test, X_train = text[0:int(text.shape[0] * c.test_ratio), :], text[int(text.shape[0] * c.test_ratio):, :]
    print("Test shape: ", X_test.shape, "Train shape: ", X_train.shape)

    class SherlockNet(nn.Module):
        def __init__(self, n_vocab):
            super().__init__()
            self.lstm = nn.LSTM(n_vocab, c.lstm_output_size, c.num_layers, batch_first=True)
            self.fc = nn.Linear(c.lstm_output_size, n_vocab)

        def forward(self, X, h0, c0):
            out, (h, cc) = self.lstm(X, (h0, c0))
            return self.fc(out), h, cc

    net = SherlockNet(len(vocab))
    for param in net.parameters():
        param.register_hook(lambda grad: torch.clamp(grad, min=-c.clip_value, max=c.clip_value))
    optimizer = optim.Adam(net.parameters(), lr=5e-3)
    scheduler = optim.lr_scheduler.MultiplicativeLR(
        optimizer, lambda epoch: c.lr_decay if c.decay_after <= epoch <= c.stop_decay_after else 1.0)
    criterion = nn.CrossEntropyLoss(reduction="mean")
    zero = lambda n: (torch.zeros((c.num_layers, n, c.lstm_output_size)),
                      torch.zeros((c.num_layers, n, c.lstm_output_size)))

    def get_loss(X, y, h0, c0):
        X = F.one_hot(X, num_classes=len(vocab)).type(torch.float)
        predicted, h0, c0 = net(X, h0, c0)
        loss = criterion(torch.permute(predicted, (0, 2, 1)), y)
        return loss, h0.detach(), c0.detach()

    truth = Truth()
    for epoch in range(c.nepochs):
        X_train = shuffle(X_train)
        for i in range(0, X_train.shape[0], c.nbatch):
            X_batch = X_train[i:i + c.nbatch, :]
            h0, c0 = zero(X_batch.shape[0])
            for j in range(0, c.main_seq_len, c.sub_seq_len):
                optimizer.zero_grad()
                loss, h0, c0 = get_loss(X_batch[:, j:j + c.sub_seq_len],
                                        X_batch[:, j + 1:j + c.sub_seq_len + 1], h0, c0)
                loss.backward()
                optimizer.step()
            iterations = epoch * (X_train.shape[0] // c.nbatch + int(X_train.shape[0] % c.nbatch > 0)) + i // c.nbatch
            if iterations % c.niter_info == 0:
                loss_test, loss_train = 0.0, 0.0
                with torch.inference_mode():
                    for j in range(0, c.main_seq_len, c.sub_seq_len):
                        test, _, _ = get_loss(X_test[:, j:j + c.sub_seq_len],
                                              X_test[:, j + 1:j + c.sub_seq_len + 1],
                                              *zero(X_test.shape[0]))
                        train, _, _ = get_loss(X_train[:X_test.shape[0], j:j + c.sub_seq_len],
                                               X_train[:X_test.shape[0], j + 1:j + c.sub_seq_len + 1],
                                               *zero(X_test.shape[0]))
                        loss_train += train
                        loss_test += test
                print(f"[iteration {iterations}] test loss {loss_test.data:.3f}, train loss {loss_train.data:.3f}")
                truth.add(at=iterations, **{"test loss": loss_test.item(),
                                            "train loss": loss_train.item()})
        scheduler.step()
    truth.write("the summed sub-sequence losses on the test set and a train slice",
                libraries=("torch",), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"sherlock": run}, root=HELDOUT50)
