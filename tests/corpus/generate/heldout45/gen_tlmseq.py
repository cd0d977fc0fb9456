"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written GRU encoder-decoder printing as threelittlemonkeys/seq2seq-pytorch
``train.py`` with its ``utils.py``: ``cuda: False``, ``loading data...``, ``loading
vocab.src...``, ``loading vocab.tgt...``, ``data size: 256``, ``batch size: 32``, the encoder
and decoder reprs, ``training model...``, then per epoch (``save_checkpoint``) ``epoch = 1,
loss = 9.876543, time = 0.123456``, ``saving model...``, ``saved model at epoch 1``
(``VERBOSE`` off, so no per-iteration lines). Here: a GRU encoder and decoder with teacher
forcing reversing random digit strings, loss summed over the target positions, SGD, 20 epochs.

Truth: ``loss`` (the epoch's mean batch loss) at the printed epoch. ``time`` is seconds;
``data size`` and ``batch size`` are counts.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(19)
    V, L, BS, H = 12, 6, 32, 48
    SOS = 1

    class rnn_encoder(nn.Module):
        def __init__(self, vocab_size):
            super().__init__()
            self.embed = nn.Embedding(vocab_size, 16)
            self.rnn = nn.GRU(16, H, batch_first=True)

        def forward(self, x):
            out, self.hidden = self.rnn(self.embed(x))
            return out

    class rnn_decoder(nn.Module):
        def __init__(self, vocab_size):
            super().__init__()
            self.embed = nn.Embedding(vocab_size, 16)
            self.rnn = nn.GRU(16, H, batch_first=True)
            self.out = nn.Linear(H, vocab_size)
            self.softmax = nn.LogSoftmax(2)

        def forward(self, y, hidden):
            h, hidden = self.rnn(self.embed(y), hidden)
            return self.softmax(self.out(h)), hidden

    print("cuda: %s" % False)
    print("loading data...")
    print("loading %s..." % "vocab.src")
    print("loading %s..." % "vocab.tgt")
    g = torch.Generator().manual_seed(19)
    X = torch.randint(2, V, (256, L), generator=g)
    Y = X.flip(1)
    data = [(X[i:i + BS], Y[i:i + BS]) for i in range(0, 256, BS)]
    print("data size: %d" % (len(data) * BS))
    print("batch size: %d" % BS)
    encoder, decoder = rnn_encoder(V), rnn_decoder(V)
    print(encoder)
    print(decoder)
    eo = torch.optim.SGD(encoder.parameters(), lr=0.5)
    do = torch.optim.SGD(decoder.parameters(), lr=0.5)
    truth = Truth()
    print("training model...")
    for ei in range(1, 21):
        loss_sum = 0
        timer = time.time()
        for x, y in data:
            encoder.zero_grad()
            decoder.zero_grad()
            encoder(x)
            dec_in = torch.cat([torch.full((len(x), 1), SOS), y[:, :-1]], 1)
            out, _ = decoder(dec_in, encoder.hidden)
            loss = sum(F.nll_loss(out[:, t], y[:, t]) for t in range(L))
            loss.backward()
            eo.step()
            do.step()
            loss_sum += loss.item()
        timer = time.time() - timer
        avg = loss_sum / len(data)
        print("epoch = %d, loss = %f, time = %f" % (ei, avg, timer))
        truth.add(at=ei, loss=avg)
        print("saving model...")
        print("saved model at epoch %d" % ei)
    truth.write("the script's epoch mean batch losses (summed over target positions)",
                libraries=("torch",), rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"tlmseq": run}, root=HELDOUT45)
