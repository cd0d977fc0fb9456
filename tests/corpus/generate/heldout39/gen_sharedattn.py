"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as nihar245/501 ``Sharedattn.py`` (a GRU seq2seq with
Bahdanau attention): each epoch ``print("Epoch=", e+1, sep="", end=", ")``, ``print("Train
Loss=", round(train_one_epoch(), 4), sep="", end=", ")`` and ``print("Eval Loss=",
round(eval_one_epoch(e, n_epochs), 4), sep="")``; in the last epoch the evaluation prints, for
every validation pair, a dashed rule, ``Source Sentence:``, ``GT Sentence:`` and ``Predicted
Sentence:`` lines, so they land between ``Train Loss=...,`` and ``Eval Loss=``. Here: the same
model on a toy task (reverse a sequence of letter tokens), 8 epochs, 4 validation pairs.

Truth: ``Train Loss`` and ``Eval Loss`` (as rounded by ``round(..., 4)``) at the ``Epoch=``
step of their line (the last epoch's ``Eval Loss=`` line comes after the sentences).
"""

from _toy import batches  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(9)
    V, L = 12, 5  # 0 unk, 1 pad, 2 bos, 3 eos, 4.. letters
    letters = ['<unk>', '<pad>', '<bos>', '<eos>'] + list('abcdefgh')
    g = torch.Generator().manual_seed(9)
    src = torch.randint(4, V, (96, L), generator=g)
    val_src = torch.randint(4, V, (4, L), generator=g)

    def with_eos(s):
        return torch.cat([s, torch.full((len(s), 1), 3)], 1)

    def target(s):
        return torch.cat([torch.full((len(s), 1), 2), s.flip(1), torch.full((len(s), 1), 3)], 1)

    H = 32

    class Encoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.e, self.gru = nn.Embedding(V, 16), nn.GRU(16, H, batch_first=True)

        def forward(self, x):
            return self.gru(self.e(x))

    class Attn(nn.Module):
        def __init__(self):
            super().__init__()
            self.a, self.b, self.s = nn.Linear(H, H), nn.Linear(H, H), nn.Linear(H, 1)

        def forward(self, q, keys):
            keys = self.a(keys)
            w = F.softmax(self.s(torch.tanh(self.b(q).permute(1, 0, 2) + keys)).squeeze(2), -1)
            return torch.bmm(w.unsqueeze(1), keys)

    class Decoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.e, self.gru = nn.Embedding(V, 16), nn.GRU(16 + H, H, batch_first=True)
            self.lin = nn.Linear(H, V)

        def forward(self, x, ctx, h):
            o, h = self.gru(torch.cat((self.e(x), ctx), 2), h)
            return F.log_softmax(self.lin(o), -1), h

    enc, dec, ba = Encoder(), Decoder(), Attn()
    params = list(enc.parameters()) + list(dec.parameters()) + list(ba.parameters())
    opt = torch.optim.Adam(params, lr=0.01)
    loss_fn = nn.NLLLoss(ignore_index=1)

    def train_one_epoch():
        track_loss = 0
        for i in range(0, 96, 16):
            s, t = with_eos(src[i:i + 16]), target(src[i:i + 16])
            outs, h = enc(s)
            yh = []
            for j in range(t.shape[1] - 1):
                p, h = dec(t[:, j].unsqueeze(1), ba(h, outs), h)
                yh.append(p)
            loss = loss_fn(torch.cat(yh, 1).reshape(-1, V), t[:, 1:].reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()
            track_loss += loss.item()
        return track_loss / 6

    def eval_one_epoch(e, n_epochs):
        track_loss = 0
        with torch.no_grad():
            for i in range(len(val_src)):
                s, t = with_eos(val_src[i:i + 1]), target(val_src[i:i + 1])
                outs, h = enc(s)
                inp = t[:, 0]
                yh = []
                pred_sentence = ""
                for j in range(1, t.shape[1]):
                    p, h = dec(inp.unsqueeze(1), ba(h, outs), h)
                    yh.append(p)
                    inp = p.argmax(-1).squeeze(1)
                    pred_sentence += letters[inp.item()] + " "
                    if inp.item() == 3:
                        break
                if e + 1 == n_epochs:
                    print("\n-----------------------------------")
                    print("Source Sentence:", " ".join(letters[k] for k in s[0].tolist()))
                    print("GT Sentence:", " ".join(letters[k] for k in t[0, 1:].tolist()))
                    print("Predicted Sentence:", pred_sentence)
                loss = loss_fn(torch.cat(yh, 1).view(-1, V), t[:, 1:j + 1].reshape(-1))
                track_loss += loss.item()
            if e + 1 == n_epochs:
                print("-----------------------------------")
        return track_loss / len(val_src)

    truth = Truth()
    n_epochs = 8
    for e in range(n_epochs):
        print("Epoch=", e + 1, sep="", end=", ")
        tr = round(train_one_epoch(), 4)
        print("Train Loss=", tr, sep="", end=", ")
        ev = round(eval_one_epoch(e, n_epochs), 4)
        print("Eval Loss=", ev, sep="")
        truth.add(at=e + 1, **{"Train Loss": tr, "Eval Loss": ev})
    truth.write("the script's rounded epoch losses", libraries=("torch",), rel=1e-9,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"sharedattn": run}, root=HELDOUT39)
