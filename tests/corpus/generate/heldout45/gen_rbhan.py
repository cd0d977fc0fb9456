"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written character-level LSTM printing as rbhan/char-rnn-pytorch ``train.py``
(``train_model``): ``START TRAINING for 15 Epochs``, each epoch ``Epoch=0/15: Loss=41.27593``
(the epoch's summed batch losses, a float32 printed by ``format``'s ``{}``), ``Sample: `` and a
50-character sample indented by 8 spaces, and at the end ``DONE TRAINING for 15 Epochs``. Here:
an LSTM over one-hot characters of a Markov pseudo-English text, batches of 16 sequences of 32,
the learning rate decayed by 0.95 each epoch.

Truth: ``Loss`` at the printed epoch (0-based, ``i/N``).
"""

from _toy import text
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(2)
    np.random.seed(2)
    txt = text(2400, seed=2)
    chars = sorted(set(txt))
    c2i = {c: i for i, c in enumerate(chars)}
    V = len(chars)
    enc = torch.tensor([c2i[c] for c in txt])
    rnn, fc = nn.LSTM(V, 64, batch_first=True), nn.Linear(64, V)
    params = [*rnn.parameters(), *fc.parameters()]
    opt = torch.optim.Adam(params, lr=0.01)
    eye = torch.eye(V)
    seq = 32
    n_seq = (len(enc) - 1) // seq
    xs = enc[:n_seq * seq].view(n_seq, seq)
    ys = enc[1:n_seq * seq + 1].view(n_seq, seq)

    def sample_model(prime, length):
        out, h = prime, None
        x = eye[[c2i[c] for c in prime]][None]
        with torch.no_grad():
            for _ in range(length):
                o, h = rnn(x, h)
                p = torch.softmax(fc(o[0, -1]), 0).numpy()
                i = np.random.choice(V, p=p / p.sum())
                out += chars[i]
                x = eye[[i]][None]
        return out

    def indent_text(t, indentation=8):
        return "\n".join([" " * indentation + line for line in t.splitlines()])

    num_epochs = 15
    truth = Truth()
    print("START TRAINING for {} Epochs".format(num_epochs))
    for epoch in range(num_epochs):
        batch_loss = 0
        perm = torch.randperm(n_seq)
        for i in range(0, n_seq - 15, 16):
            j = perm[i:i + 16]
            out, _ = rnn(eye[xs[j]])
            loss = nn.functional.cross_entropy(fc(out).reshape(-1, V), ys[j].reshape(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 5.0)
            opt.step()
            batch_loss += np.float32(loss.item())
        print("Epoch={}/{}: Loss={}".format(epoch, num_epochs, batch_loss))
        truth.add(at=epoch, Loss=float(batch_loss))
        print("Sample: ")
        print(indent_text(sample_model("the ", 50)))
        for group in opt.param_groups:
            group['lr'] *= 0.95
    print("DONE TRAINING for {} Epochs".format(num_epochs))
    truth.write("the script's summed batch losses (float32)", libraries=("torch",), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"rbhan": run}, root=HELDOUT45)
