"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A character-level LSTM printing as ek-ok/deep-cupid ``char_rnn.py`` (its ``CharRNN.train``):
every 200th iteration ``step: {i} loss: {loss:.4f}`` (then a silent checkpoint save), nothing
else. Here: a two-layer LSTM of 64 units with output dropout (keep 0.5) on ``_toy.TEXT``,
batches of 8 sequences of 25 characters carried over with the hidden state, Adam 5e-3 with
gradient clipping at 5, 2,400 iterations.

Truth: ``loss`` at the printed step.
"""

from _toy import TEXT
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    chars = sorted(set(TEXT))
    c2i = {c: i for i, c in enumerate(chars)}
    data = torch.tensor([c2i[c] for c in TEXT * 4])
    n_s, n_c, V = 8, 25, len(chars)
    per = len(data) // n_s
    stream = data[:per * n_s].reshape(n_s, per)
    torch.manual_seed(15)
    lstm = nn.LSTM(V, 64, num_layers=2, batch_first=True)
    drop, out = nn.Dropout(0.5), nn.Linear(64, V)
    params = list(lstm.parameters()) + list(out.parameters())
    opt = torch.optim.Adam(params, lr=5e-3)
    loss_fn = nn.CrossEntropyLoss()
    truth = Truth()
    state, pos = None, 0
    for i in range(2400):
        if pos + n_c + 1 > per:
            pos, state = 0, None
        x, y = stream[:, pos:pos + n_c], stream[:, pos + 1:pos + n_c + 1]
        pos += n_c
        o, state = lstm(nn.functional.one_hot(x, V).float(), state)
        state = tuple(s.detach() for s in state)
        loss = loss_fn(out(drop(o)).reshape(-1, V), y.reshape(-1))
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(params, 5)
        opt.step()
        loss = loss.item()
        if i % 200 == 0:
            print(f'step: {i} loss: {loss:.4f}')
            truth.add(at=i, loss=loss)
    truth.write("the script's batch losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cupidrnn": run}, root=HELDOUT58)
