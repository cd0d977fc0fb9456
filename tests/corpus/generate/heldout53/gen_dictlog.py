"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A word-level LSTM trained and printed as oknelbistan/pytorch-char-rnn-attempt ``train.py``
(``train``): every batch ``print({ 'epoch': epoch, 'batch': batch, 'loss': loss.item() })``,
i.e. a dict repr per line, the epoch and the batch counted from 0, the loss unformatted. Here:
the original's LSTM shape (embedding, 3-layer LSTM, linear) at a small size on the words of a
small Markov text, sequence length 4, batch 16 (``drop_last``), Adam(lr=0.01), 3 epochs of 10
batches; the hidden state carried across batches and detached as in the original; saving the
model after every batch is left out.

Truth: ``loss`` of each line at its epoch (the ``batch`` counter restarts every epoch: optional,
as a number one might keep).
"""

from _toy import markov_text
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import torch
    from torch import nn, optim

    words = markov_text(n_chars=900, seed=8).split()[:164]
    vocab = sorted(set(words))
    w2i = {w: i for i, w in enumerate(vocab)}
    idx = torch.tensor([w2i[w] for w in words])
    seq = 4
    n_items = len(idx) - seq
    torch.manual_seed(8)

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.lstm_size, self.num_layers = 32, 3
            self.embedding = nn.Embedding(len(vocab), 32)
            self.lstm = nn.LSTM(32, 32, num_layers=3, dropout=0.2, batch_first=True)
            self.fc = nn.Linear(32, len(vocab))

        def forward(self, x, prev_state):
            output, state = self.lstm(self.embedding(x), prev_state)
            return self.fc(output), state

        def init_state(self, sequence_length):
            return (torch.zeros(self.num_layers, sequence_length, self.lstm_size),
                    torch.zeros(self.num_layers, sequence_length, self.lstm_size))

    net = Model()
    net.train()
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.Adam(net.parameters(), lr=0.01)
    batch_size = 16
    truth = Truth()
    for epoch in range(3):
        # the original passes sequence_length as the state's batch size; with batch 16 and
        # sequence length 4 that cannot run, so the batch size is used
        state_h, state_c = net.init_state(batch_size)
        for batch in range(n_items // batch_size):
            rows = range(batch * batch_size, (batch + 1) * batch_size)
            x = torch.stack([idx[i:i + seq] for i in rows])
            y = torch.stack([idx[i + 1:i + seq + 1] for i in rows])
            optimizer.zero_grad()
            y_pred, (state_h, state_c) = net(x, (state_h, state_c))
            loss = criterion(y_pred.transpose(1, 2), y)
            state_h = state_h.detach()
            state_c = state_c.detach()
            loss.backward()
            optimizer.step()
            print({'epoch': epoch, 'batch': batch, 'loss': loss.item()})
            truth.add(at=epoch, loss=loss.item())
            truth.allow(batch=batch)
    truth.write("the script's batch losses", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"dictlog": run}, root=HELDOUT53)
