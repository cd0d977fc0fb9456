"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A sequence-to-sequence captioning loop printing as JacobJustice/DeepLearning ``hw2/train.py``
(an S2VT video-caption model): ``print('VOCAB SIZE', vocab_size)``, then every 20th iteration
``"Epoch: %d  iteration: %d , loss: %8f"`` and every 2000th (so the first of each epoch) ``"Epoch:
%d iter: %d save successed!"`` followed by two captions, the reference and the model's own
(``construct_caption_ind``, words joined by spaces). Here: "videos" of eight frames (the eight
rows of a digit image) captioned ``<BOS> a <size> <digit> <EOS>``, a GRU encoder and a GRU decoder
with teacher forcing, batch 10, Adam 1e-3, 5 epochs of 60 iterations.

Truth: ``loss`` (the batch loss, six decimals) at the printed epoch (the line's leading step);
``VOCAB SIZE`` is optional.
"""

from _toy import digits
from _capture import HELDOUT58, Truth, main

WORDS = ["<PAD>", "<BOS>", "<EOS>", "a", "small", "big", "zero", "one", "two", "three", "four",
         "five", "six", "seven", "eight", "nine"]


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, _, _, _, _ = digits(seed=10, n_val=0, n_test=0)
    Xtr, ytr = Xtr[:600], ytr[:600]
    sizes = (Xtr.abs().sum(1) > Xtr.abs().sum(1).median()).long()
    caps = torch.stack([torch.tensor([1, 3, 4 + int(s), 6 + int(d), 2]) for s, d in zip(sizes, ytr)])
    vocab_size = len(WORDS)
    print('VOCAB SIZE', vocab_size)
    truth = Truth()
    truth.allow(**{"VOCAB SIZE": vocab_size})
    torch.manual_seed(10)

    class S2VT(nn.Module):
        def __init__(self, hidden=48):
            super().__init__()
            self.enc = nn.GRU(8, hidden, batch_first=True)
            self.emb = nn.Embedding(vocab_size, 16)
            self.dec = nn.GRU(16, hidden, batch_first=True)
            self.out = nn.Linear(hidden, vocab_size)

        def forward(self, video, caption):
            _, h = self.enc(video)
            o, _ = self.dec(self.emb(caption[:, :-1]), h)
            return self.out(o).reshape(-1, vocab_size)

        def greedy(self, video):
            _, h = self.enc(video)
            tok, words = torch.full((video.size(0), 1), 1), [[1] for _ in range(video.size(0))]
            for _ in range(4):
                o, h = self.dec(self.emb(tok), h)
                tok = self.out(o).argmax(-1)
                for w, t in zip(words, tok[:, 0].tolist()):
                    w.append(t)
            return words

    s2vt = S2VT()
    loss_func = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(s2vt.parameters(), lr=0.001)
    for epoch in range(5):
        order = torch.randperm(len(Xtr), generator=torch.Generator().manual_seed(epoch))
        for i in range(60):
            j = order[i * 10:(i + 1) * 10]
            video, caption = Xtr[j].reshape(-1, 8, 8), caps[j]
            cap_out = s2vt(video, caption)
            logit_loss = loss_func(cap_out, caption[:, 1:].reshape(-1))
            optimizer.zero_grad()
            logit_loss.backward()
            optimizer.step()
            if i % 20 == 0:
                print("Epoch: %d  iteration: %d , loss: %8f" % (epoch, i, logit_loss.item()))
                truth.add(at=epoch, loss=logit_loss.item())
            if i % 2000 == 0:
                print("Epoch: %d iter: %d save successed!" % (epoch, i))
                s2vt.eval()
                with torch.no_grad():
                    pred = s2vt.greedy(video[:1])[0]
                print(" ".join(WORDS[t] for t in caption[0].tolist()))
                print(" ".join(WORDS[t] for t in pred))
                s2vt.train()
    truth.write("the script's batch losses", libraries=("torch",), rel=1e-4, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"s2vtcap": run}, root=HELDOUT58)
