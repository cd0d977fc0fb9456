"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as jbergq/transformer-language-modeling
``src/utils/print.py`` does: ``iter_print`` prints a column table ``f_str = "{: <10} {: <10}
{: <10.5}"`` (``Epoch``, ``Iter``, ``Loss``; the loss to five significant digits), its header
between dashed rules when ``iter % 500 == 0``, each row ending in ``\\r`` unless ``iter % 50 ==
0`` (so a terminal shows one row redrawn in place); ``epoch_print`` prints ``"\\n\\n" + "=" * 45``,
``Epoch {epoch} done!``, ``Total validation loss: {val_loss:.3f}`` (the sum of the validation
batch losses) and a closing rule. Here: a tiny causal convolutional next-token model on
sequences from a random Markov chain, Adam, 2 epochs of 20 iterations (the iteration count
restarting each epoch), 4 validation batches.

Truth: the script's ``loss.item()`` of every row, ``Loss`` (each row is printed, most of them
then overwritten: each listed once), no step (the row states ``Epoch`` and ``Iter``); the summed
validation loss, ``Total validation loss``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    def iter_print(epoch, iter, train_loss):
        l_string = "-" * 45
        f_str = "{: <10} {: <10} {: <10.5}"
        if iter % 500 == 0:
            print(l_string)
            print(f_str.format("Epoch", "Iter", "Loss"))
            print(l_string)
        print(f_str.format(epoch, iter, train_loss), end="\r" if iter % 50 else "\n")

    def epoch_print(epoch, val_losses):
        e_string = "=" * 45
        print("\n\n" + e_string)
        print("Epoch {epoch} done!".format(epoch=epoch))
        print("Total validation loss: {val_loss:.3f}".format(val_loss=sum(val_losses)))
        print(e_string + "\n")

    torch.manual_seed(31)
    rng = np.random.default_rng(31)
    V, T = 16, 24
    trans = rng.dirichlet(np.full(V, 0.2), size=V)
    cum = trans.cumsum(1)

    def sample(n):
        out = np.zeros((n, T + 1), dtype=np.int64)
        out[:, 0] = rng.integers(V, size=n)
        for t in range(T):
            u = rng.random(n)
            out[:, t + 1] = np.minimum((cum[out[:, t]] < u[:, None]).sum(1), V - 1)
        return torch.tensor(out)

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(V, 24)
            self.conv = nn.Conv1d(24, 24, 2)
            self.out = nn.Linear(24, V)

        def forward(self, x):
            h = self.emb(x).transpose(1, 2)
            h = torch.relu(self.conv(nn.functional.pad(h, (1, 0))))
            return self.out(h.transpose(1, 2))

    model = Model()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    lossf = nn.CrossEntropyLoss()
    val = [sample(32) for _ in range(4)]
    truth = Truth()
    for epoch in range(2):
        model.train()
        for it in range(20):
            batch = sample(32)
            logits = model(batch[:, :-1])
            loss = lossf(logits.reshape(-1, V), batch[:, 1:].reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()
            iter_print(epoch, it, loss.item())
            truth.add(Loss=loss.item())
        model.eval()
        with torch.no_grad():
            val_losses = [lossf(model(b[:, :-1]).reshape(-1, V), b[:, 1:].reshape(-1)).item()
                          for b in val]
        epoch_print(epoch, val_losses)
        truth.add(**{"Total validation loss": sum(val_losses)})
    truth.write("the script's loss.item() of each iteration and the sum of its validation losses",
                libraries=("torch", "numpy"), rel=1e-3)


if __name__ == "__main__":
    main(__file__, {"jbergq": run}, root=HELDOUT31)
