"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A GRU sequence-to-sequence translator printing as LiaoHonghao/nlp_hw3 ``train_rnn.py``: ``Using
device: cpu``, the loading steps with ``Train samples: 480``, ``Valid samples: 24``, ``Test
samples: 24``, ``Building vocabularies...``, ``Creating dataloaders...``, ``Creating model...``,
``Starting training...``; per epoch a ``=`` * 50 banner around ``Epoch 1/2``, a ``tqdm`` bar
described ``Epoch 1`` with the postfix ``{'loss': f'{avg:.4f}', 'lr': f'{lr:.6f}'}`` set each
batch, ``Train Loss: {:.4f} | Time: {:.2f}s``, ``Validating...``, a ``tqdm`` bar described
``Evaluating``, ``Valid Loss: {:.4f}``, ``Valid BLEU-4: {:.4f}``, ``Valid Precision-1: ...`` to
``-4``, and ``New best model saved! BLEU: {:.4f}`` when BLEU-4 rose; then ``Final Evaluation on
Test Set`` between banners, ``Greedy Decoding:`` with ``Test BLEU-4`` and ``Test Precision-n``,
the same after ``Beam Search Decoding (beam_size=3):``, ``Results saved to ...`` and ``Training
complete!``. The script's ``print_model_info`` helper is not reproduced (its output is not in the
file read). Here: a toy language pair (a word-by-word translation of 3 to 6 "source" tokens with
the last two target words swapped), a GRU encoder/decoder with dot attention, teacher forcing
0.5, Adam 1e-2, batch 240, 2 epochs; BLEU-4 and the modified n-gram precisions computed over the
corpus as usual, with a brevity penalty.

Truth: the bar's ``loss`` (the running mean) at the epoch of the bar's description, one state
per batch; ``train/Loss`` at the epoch of the banner; ``val/Loss``, ``val/BLEU-4``,
``val/Precision-1`` .. ``-4`` at the epoch of the banner; ``test/BLEU-4`` and
``test/Precision-n`` twice (greedy, then beam), no step; the ``New best`` BLEU, the sample
counts and the bar's ``lr`` are optional.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT58, Truth, main


def bleu(refs, hyps):
    import math
    from collections import Counter

    precs = []
    for n in range(1, 5):
        match = total = 0
        for r, h in zip(refs, hyps):
            rc = Counter(tuple(r[i:i + n]) for i in range(len(r) - n + 1))
            hc = Counter(tuple(h[i:i + n]) for i in range(len(h) - n + 1))
            match += sum(min(c, rc[g]) for g, c in hc.items())
            total += max(len(h) - n + 1, 0)
        precs.append(match / total if total else 0.0)
    rl, hl = sum(map(len, refs)), sum(map(len, hyps))
    bp = 1.0 if hl > rl else math.exp(1 - rl / max(hl, 1))
    b4 = bp * math.exp(sum(math.log(p) for p in precs) / 4) if min(precs) > 0 else 0.0
    return {"bleu4": b4, **{f"precision_{n + 1}": p for n, p in enumerate(precs)}}


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    rng = np.random.default_rng(23)
    torch.manual_seed(23)
    SRC_V, PAD, BOS, EOS = 14, 0, 1, 2
    words = ["<pad>", "<bos>", "<eos>"] + [f"w{i}" for i in range(SRC_V)]

    def pair():
        n = int(rng.integers(3, 7))
        src = [3 + int(t) for t in rng.integers(0, SRC_V, n)]
        tgt = [3 + (s - 3 + 5) % SRC_V for s in src]
        tgt[-2], tgt[-1] = tgt[-1], tgt[-2]
        return src, tgt

    def tensor(rows, bos=False):
        L = max(map(len, rows)) + 1 + bos
        return torch.tensor([([BOS] if bos else []) + r + [EOS] + [PAD] * (L - len(r) - 1 - bos)
                             for r in rows])

    print("Using device: cpu")
    print("\nLoading and preprocessing data...")
    train, valid, test = [pair() for _ in range(480)], [pair() for _ in range(24)], [pair() for _ in range(24)]
    print(f"Train samples: {len(train)}")
    print(f"Valid samples: {len(valid)}")
    print(f"Test samples: {len(test)}")
    truth = Truth()
    truth.allow(**{"Train samples": 480, "Valid samples": 24, "Test samples": 24})
    print("\nBuilding vocabularies...")
    print("\nCreating dataloaders...")
    print("\nCreating model...")
    V = SRC_V + 3

    class Seq2Seq(nn.Module):
        def __init__(self):
            super().__init__()
            self.se, self.te = nn.Embedding(V, 24, padding_idx=PAD), nn.Embedding(V, 24, padding_idx=PAD)
            self.enc, self.dec = nn.GRU(24, 48, batch_first=True), nn.GRUCell(24 + 48, 48)
            self.out = nn.Linear(96, V)

        def encode(self, src):
            o, h = self.enc(self.se(src))
            return o, h[0]

        def step(self, tok, h, enc_o, mask):
            att = (enc_o @ h.unsqueeze(2)).squeeze(2).masked_fill(mask, -1e9).softmax(1)
            ctx = (att.unsqueeze(1) @ enc_o).squeeze(1)
            h = self.dec(torch.cat([self.te(tok), ctx], 1), h)
            return self.out(torch.cat([h, ctx], 1)), h

        def forward(self, src, tgt, tf):
            enc_o, h = self.encode(src)
            tok, outs = tgt[:, 0], []
            for t in range(1, tgt.size(1)):
                logit, h = self.step(tok, h, enc_o, src == PAD)
                outs.append(logit)
                tok = tgt[:, t] if rng.random() < tf else logit.argmax(1)
            return torch.stack(outs, 1)

    model = Seq2Seq()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    crit = nn.CrossEntropyLoss(ignore_index=PAD)

    def decode(src, beam):
        enc_o, h = model.encode(src)
        mask = src == PAD
        hyps = [([BOS], 0.0, h)]
        for _ in range(10):
            cand = []
            for toks, score, hh in hyps:
                if toks[-1] == EOS:
                    cand.append((toks, score, hh))
                    continue
                logit, h2 = model.step(torch.tensor([toks[-1]]), hh, enc_o, mask)
                lp = logit.log_softmax(1)[0]
                for t in lp.topk(beam).indices.tolist():
                    cand.append((toks + [t], score + lp[t].item(), h2))
            hyps = sorted(cand, key=lambda c: -c[1])[:beam]
            if all(t[-1] == EOS for t, _, _ in hyps):
                break
        return [t for t in hyps[0][0][1:] if t != EOS]

    def evaluate(data, beam=1):
        model.eval()
        losses, refs, hypos = [], [], []
        with torch.no_grad():
            for k in tqdm(range(0, len(data), 24), desc="Evaluating"):
                rows = data[k:k + 24]
                src, tgt = tensor([r[0] for r in rows]), tensor([r[1] for r in rows], bos=True)
                out = model(src, tgt, 0.0)
                losses.append(crit(out.reshape(-1, V), tgt[:, 1:].reshape(-1)).item())
                for r in rows:
                    refs.append([words[t] for t in r[1]])
                    hypos.append([words[t] for t in decode(tensor([r[0]]), beam)])
        m = bleu(refs, hypos)
        m["loss"] = float(np.mean(losses))
        model.train()
        return m

    print("\nStarting training...")
    best_bleu, epochs = 0.0, 2
    for epoch in range(1, epochs + 1):
        print(f"\n{'='*50}")
        print(f"Epoch {epoch}/{epochs}")
        print(f"{'='*50}")
        t0, tot, cnt = time.time(), 0.0, 0
        order = rng.permutation(len(train))
        pbar = tqdm([order[i:i + 240] for i in range(0, len(train), 240)], desc=f"Epoch {epoch}")
        for idx in pbar:
            rows = [train[i] for i in idx]
            src, tgt = tensor([r[0] for r in rows]), tensor([r[1] for r in rows], bos=True)
            out = model(src, tgt, 0.5)
            loss = crit(out.reshape(-1, V), tgt[:, 1:].reshape(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            tot, cnt = tot + loss.item() * len(rows), cnt + len(rows)
            lr = opt.param_groups[0]["lr"]
            pbar.set_postfix({'loss': f'{tot / cnt:.4f}', 'lr': f'{lr:.6f}'})
            truth.add(at=epoch, loss=tot / cnt)
            truth.allow(lr=lr)
        print(f"Train Loss: {tot / cnt:.4f} | Time: {time.time() - t0:.2f}s")
        truth.add(at=epoch, **{"train/Loss": tot / cnt})
        print("\nValidating...")
        m = evaluate(valid)
        print(f"Valid Loss: {m['loss']:.4f}")
        print(f"Valid BLEU-4: {m['bleu4']:.4f}")
        for n in range(1, 5):
            print(f"Valid Precision-{n}: {m[f'precision_{n}']:.4f}")
        truth.add(at=epoch, **{"val/Loss": m["loss"], "val/BLEU-4": m["bleu4"],
                               **{f"val/Precision-{n}": m[f"precision_{n}"] for n in range(1, 5)}})
        if m["bleu4"] > best_bleu:
            best_bleu = m["bleu4"]
            print(f"New best model saved! BLEU: {best_bleu:.4f}")
            truth.allow(**{"New best model saved! BLEU": best_bleu, "BLEU": best_bleu})
    print("\n" + "=" * 50)
    print("Final Evaluation on Test Set")
    print("=" * 50)
    for title, beam in (("\nGreedy Decoding:", 1), ("\nBeam Search Decoding (beam_size=3):", 3)):
        print(title)
        m = evaluate(test, beam)
        print(f"Test BLEU-4: {m['bleu4']:.4f}")
        for n in range(1, 5):
            print(f"Test Precision-{n}: {m[f'precision_{n}']:.4f}")
        truth.add(**{"test/BLEU-4": m["bleu4"],
                     **{f"test/Precision-{n}": m[f"precision_{n}"] for n in range(1, 5)}})
    print("\nResults saved to checkpoints/rnn/results_dot_GRU.txt")
    print("Training complete!")
    truth.write("the script's losses and BLEU scores", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"nmtbleu": run}, root=HELDOUT58)
