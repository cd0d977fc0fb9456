"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A tiny causal transformer language model printing as HexZoNetwork/AIModelTinyGpt ``train.py``
(Indonesian messages with emoji): ``🔥 Menggunakan device: cpu``, ``💾 Memulai tokenisasi
dataset...`` with a ``tqdm`` bar ``Processing files``, ``✅ Tokenisasi selesai. Total token:
3,999``, dataset sizes, ``🤖 Jumlah parameter model: 0.01 M``, per epoch a ``tqdm`` bar described
``Epoch 1/4`` (``leave=False``) with ``set_postfix(train_loss=loss.item())`` per batch, then
``f"Epoch {ep+1}: Train Loss: {avg_train_loss:.4f}, Val Loss: {avg_val_loss:.4f}, LR:
{scheduler.get_last_lr()[0]:.6f}"``, ``   🏆 Model terbaik disimpan ke checkpoints/best_model.pt``
when the validation loss improves (no file here), and ``🎉 Proses training selesai!``. The
original trains a mixture-of-experts GPT on a BPE-tokenised wiki dump; here a one-layer
character model on a Markov text, 3 batches of 16 sequences per epoch, 4 epochs, cosine LR.

Truth: each postfix state's ``train_loss`` at the epoch its bar's description states (the
description names no phase), and ``Train Loss`` / ``Val Loss`` at the printed epoch; ``LR`` is
optional. Counts (tokens, dataset sizes, parameters) are no metrics.
"""

from _toy import markov_text
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import math

    import torch
    import torch.nn as nn
    from tqdm import tqdm

    device = "cpu"
    EPOCHS, BATCH_SIZE, SEQ, LR = 4, 16, 24, 3e-3
    print(f"🔥 Menggunakan device: {device}")
    files = ["data/wiki_part1.txt", "data/wiki_part2.txt"]
    texts = [markov_text(2000, seed=13), markov_text(2000, seed=14)]
    vocab = sorted(set("".join(texts)))
    ids = []
    print("💾 Memulai tokenisasi dataset...")
    for f, t in tqdm(list(zip(files, texts)), desc="Processing files"):
        ids.extend(vocab.index(c) for c in t)
    print(f"✅ Tokenisasi selesai. Total token: {len(ids):,}")
    data = torch.tensor(ids)
    n_seq = len(data) // (SEQ + 1)
    seqs = data[:n_seq * (SEQ + 1)].view(n_seq, SEQ + 1)
    g = torch.Generator().manual_seed(13)
    seqs = seqs[torch.randperm(n_seq, generator=g)]
    train_ds, val_ds = seqs[:48], seqs[48:64]
    print(f"📚 Ukuran dataset: {len(train_ds)} train, {len(val_ds)} validasi.")
    torch.manual_seed(13)

    class Tiny(nn.Module):
        def __init__(self, v, d=32):
            super().__init__()
            self.emb, self.pos = nn.Embedding(v, d), nn.Embedding(SEQ, d)
            self.block = nn.TransformerEncoderLayer(d, 2, 64, dropout=0.0, batch_first=True)
            self.head = nn.Linear(d, v)

        def forward(self, x, targets):
            mask = nn.Transformer.generate_square_subsequent_mask(x.shape[1])
            h = self.block(self.emb(x) + self.pos(torch.arange(x.shape[1])), src_mask=mask,
                           is_causal=True)
            logits = self.head(h)
            return logits, nn.functional.cross_entropy(logits.flatten(0, 1), targets.flatten())

    model = Tiny(len(vocab))
    print(f"🤖 Jumlah parameter model: {sum(p.numel() for p in model.parameters())/1e6:.2f} M")
    optim = torch.optim.AdamW(model.parameters(), lr=LR)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optim, T_max=EPOCHS)
    best_val_loss = float('inf')
    truth = Truth()
    for ep in range(EPOCHS):
        model.train()
        train_loss = 0.0
        order = torch.randperm(len(train_ds), generator=g)
        train_dl = [train_ds[order[i:i + BATCH_SIZE]] for i in range(0, len(train_ds), BATCH_SIZE)]
        loop = tqdm(train_dl, desc=f"Epoch {ep+1}/{EPOCHS}", leave=False)
        for b in loop:
            xb, yb = b[:, :-1], b[:, 1:]
            optim.zero_grad()
            _, loss = model(xb, targets=yb)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
            optim.step()
            train_loss += loss.item()
            loop.set_postfix(train_loss=loss.item())
            truth.add(at=ep + 1, train_loss=loss.item())
        avg_train_loss = train_loss / len(train_dl)
        model.eval()
        val_loss = 0.0
        with torch.no_grad():
            for i in range(0, len(val_ds), BATCH_SIZE):
                b = val_ds[i:i + BATCH_SIZE]
                _, loss = model(b[:, :-1], targets=b[:, 1:])
                val_loss += loss.item()
        avg_val_loss = val_loss / math.ceil(len(val_ds) / BATCH_SIZE)
        scheduler.step()
        lr = scheduler.get_last_lr()[0]
        print(f"Epoch {ep+1}: Train Loss: {avg_train_loss:.4f}, Val Loss: {avg_val_loss:.4f}, LR: {lr:.6f}")
        truth.add(at=ep + 1, **{"Train Loss": avg_train_loss, "Val Loss": avg_val_loss})
        truth.allow(LR=lr)
        if avg_val_loss < best_val_loss:
            best_val_loss = avg_val_loss
            print("   🏆 Model terbaik disimpan ke checkpoints/best_model.pt")
    print("\n🎉 Proses training selesai!")
    truth.write("the script's batch and epoch losses", libraries=("torch", "tqdm"), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"tinygpt": run}, root=HELDOUT54)
