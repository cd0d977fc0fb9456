"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written character RNN printing as the PyTorch run kept in
freelw/recognizing_handwritten_digits ``c++/rnn/readme.md``: ``epoch  25  started.`` and ``epoch
:  25  loss :  1.2534421859384794`` (``print`` with several arguments, the mean loss
unformatted), and after training ``prefix :  time traveller`` and ``predict :  time traveller
...`` (greedy continuation). Here: a one-layer GRU over the characters of a short repeated text,
Adam, 24 epochs of truncated sequences.

Truth: ``loss`` at the epoch the ``epoch : N loss : X`` line states, at full precision. The
``started`` lines and the texts are no metrics.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main

TEXT = ("the time traveller for so it will be convenient to speak of him was expounding a "
        "recondite matter to us his grey eyes shone and twinkled and his usually pale face was "
        "flushed and animated the fire burned brightly ") * 6


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(11)
    chars = sorted(set(TEXT))
    idx = {c: i for i, c in enumerate(chars)}
    data = torch.tensor([idx[c] for c in TEXT])
    V, T = len(chars), 32

    class RNN(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(V, 24)
            self.rnn = nn.GRU(24, 64, batch_first=True)
            self.out = nn.Linear(64, V)

        def forward(self, x, h=None):
            o, h = self.rnn(self.emb(x), h)
            return self.out(o), h

    model = RNN()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    truth = Truth()
    n = (len(data) - 1) // T
    X = data[:n * T].view(n, T)
    Y = data[1:n * T + 1].view(n, T)
    for epoch in range(24):
        print("epoch ", epoch, " started.")
        total = 0.0
        for i in range(0, n, 8):
            out, _ = model(X[i:i + 8])
            loss = nn.functional.cross_entropy(out.reshape(-1, V), Y[i:i + 8].reshape(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            total += loss.item()
        loss_epoch = total / len(range(0, n, 8))
        print("epoch : ", epoch, " loss : ", loss_epoch)
        truth.add(at=epoch, loss=loss_epoch)
    prefix = "time traveller"
    with torch.no_grad():
        out, h = model(torch.tensor([[idx[c] for c in prefix]]))
        s = prefix
        nxt = out[0, -1].argmax().item()
        for _ in range(10):
            s += chars[nxt]
            out, h = model(torch.tensor([[nxt]]), h)
            nxt = out[0, -1].argmax().item()
    print("prefix : ", prefix)
    print("predict : ", s)
    truth.write("the script's epoch mean losses", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"freelwrnn": run}, root=HELDOUT42)
