"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop printing as the kept log of aakashvardhan/s21-gpt2 ``log.md`` (a
build-nanoGPT follow-along): two runs, first ``Overfit a single batch of data`` (``Using device:
cpu`` and ``step 0, loss: 10.899394989013672`` each step, the loss tensor's ``.item()``
unformatted), then training with its data loader (``Using device: cpu``, ``loaded 2004
tokens``, ``1 epoch = 15 batches``, the step lines again). Here: a tiny character-level
transformer on a repeated verse (``_toy.char_corpus``), 24 steps on one batch and 24 steps over
the loader.

Truth: ``loss`` at the step each line states; the two runs restart their steps and share the
name. Token and batch counts are no metrics.
"""

from _toy import char_corpus
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    truth = Truth()
    text = char_corpus()
    chars = sorted(set(text))
    stoi = {c: i for i, c in enumerate(chars)}
    tokens = torch.tensor([stoi[c] for c in text])
    B, T = 8, 16

    class GPT(nn.Module):
        def __init__(self, vocab, d=32):
            super().__init__()
            self.wte, self.wpe = nn.Embedding(vocab, d), nn.Embedding(T, d)
            self.block = nn.TransformerEncoderLayer(d, 4, 64, dropout=0.0, batch_first=True)
            self.lm_head = nn.Linear(d, vocab)

        def forward(self, idx, targets=None):
            x = self.wte(idx) + self.wpe(torch.arange(idx.shape[1]))
            mask = nn.Transformer.generate_square_subsequent_mask(idx.shape[1])
            logits = self.lm_head(self.block(x, src_mask=mask, is_causal=True))
            loss = F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1))
            return logits, loss

    class DataLoaderLite:
        def __init__(self, B, T):
            self.B, self.T, self.tokens, self.pos = B, T, tokens, 0
            print(f"loaded {len(self.tokens)} tokens")
            print(f"1 epoch = {len(self.tokens) // (B * T)} batches")

        def next_batch(self):
            buf = self.tokens[self.pos:self.pos + self.B * self.T + 1]
            x, y = buf[:-1].view(self.B, self.T), buf[1:].view(self.B, self.T)
            self.pos += self.B * self.T
            if self.pos + (self.B * self.T + 1) > len(self.tokens):
                self.pos = 0
            return x, y

    for use_loader in (False, True):
        device = "cpu"
        print(f"Using device: {device}")
        torch.manual_seed(1337)
        model = GPT(len(chars))
        optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
        if use_loader:
            loader = DataLoaderLite(B, T)
        else:
            buf = tokens[:B * T + 1]
            x, y = buf[:-1].view(B, T), buf[1:].view(B, T)
        for i in range(24):
            if use_loader:
                x, y = loader.next_batch()
            optimizer.zero_grad()
            logits, loss = model(x, y)
            loss.backward()
            optimizer.step()
            print(f"step {i}, loss: {loss.item()}")
            truth.add(at=i, loss=loss.item())
        if not use_loader:
            print()
    truth.write("the loss tensors' .item()", libraries=("torch",), rel=1e-6, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"s21gpt2": run}, root=HELDOUT40)
