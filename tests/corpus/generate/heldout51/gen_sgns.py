"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

Skip-gram with negative sampling printing as wizdom13/Word2Vec-NS ``train.py`` (commit
1ee82d18): ``Vocab size is 60`` (``{:,}``), then for every batch ``[Epoch 1/3]\\tIter: 5/12
(42%)\\tLoss: 3.14159`` ended with ``\\r`` (``print(..., end='\\r')``, so each batch overwrites the
last), an empty ``print("")`` after each epoch, and ``Saving Embedding Matrix``, ``Saving
Model...``, ``Done`` (nothing is written). Here: the original's model in small (input and output
embeddings, 5 negatives per context word, a frequency^0.75 noise distribution) on a synthetic
Markov-chain corpus of 60 words, 3 epochs of 12 batches.

Truth: every batch's ``Loss`` at the epoch of its line (each ``\\r`` state once). The ``Iter``
counter and its percentage are not metrics.
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    rng = np.random.default_rng(19)
    torch.manual_seed(19)
    V, window, n_negs, e_dim = 60, 2, 5, 16
    trans = rng.dirichlet(np.full(V, 0.1), size=V)
    corpus = [0]
    for _ in range(3000):
        corpus.append(int(rng.choice(V, p=trans[corpus[-1]])))
    data = []
    for i in range(window, len(corpus) - window):
        data.append((corpus[i], corpus[i - window:i] + corpus[i + 1:i + 1 + window]))
    data = data[:1500]
    wc = np.bincount(corpus, minlength=V).astype(float)
    weights = torch.tensor(np.power(wc / wc.sum(), 0.75) / np.power(wc / wc.sum(), 0.75).sum(),
                           dtype=torch.float)

    class SkipGramNS(nn.Module):
        def __init__(self):
            super().__init__()
            self.ivectors = nn.Embedding(V, e_dim)
            self.ovectors = nn.Embedding(V, e_dim)
            nn.init.uniform_(self.ivectors.weight, -0.5 / e_dim, 0.5 / e_dim)
            nn.init.zeros_(self.ovectors.weight)

        def forward(self, iword, owords, nwords):
            ivec = self.ivectors(iword).unsqueeze(2)
            ovec = self.ovectors(owords)
            nvec = self.ovectors(nwords).neg()
            oloss = torch.bmm(ovec, ivec).squeeze(2).sigmoid().log().mean(1)
            nloss = torch.bmm(nvec, ivec).squeeze(2).sigmoid().log().view(
                -1, owords.size(1), n_negs).sum(2).mean(1)
            return -(oloss + nloss).mean()

    print("Vocab size is {:,}".format(V))
    model = SkipGramNS()
    optim = torch.optim.Adam(model.parameters(), lr=0.01)
    mb, epochs = 128, 3
    total_batches = int(np.ceil(len(data) / mb))
    truth = Truth()
    for epoch in range(1, epochs + 1):
        order = rng.permutation(len(data))
        for batch_idx in range(total_batches):
            idx = order[batch_idx * mb:(batch_idx + 1) * mb]
            iword = torch.tensor([data[i][0] for i in idx])
            owords = torch.tensor([data[i][1] for i in idx])
            batch_size, context_size = iword.size(0), owords.size(1)
            nwords = torch.multinomial(weights, batch_size * context_size * n_negs,
                                       replacement=True).view(batch_size, -1)
            loss = model(iword, owords, nwords)
            optim.zero_grad()
            loss.backward()
            optim.step()
            print("[Epoch {}/{}]\tIter: {}/{} ({:.0%})\tLoss: {:8.5f}".format(
                epoch, epochs, batch_idx + 1, total_batches, (batch_idx + 1) / total_batches,
                loss.item()), end='\r')
            truth.add(at=epoch, Loss=loss.item())
        print("")
    print("Saving Embedding Matrix")
    print("Saving Model...")
    print("Done")
    truth.write("the model's batch losses", libraries=("torch",), rel=1e-5, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"sgns": run}, root=HELDOUT51)
