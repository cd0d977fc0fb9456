"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop printing as the kept log of dhairyag/ShakespeareGPT-Forge
``log.md`` (its ``train_get2-9-speedup9.py``): ``using device: cpu``, ``loaded 2004 tokens``,
``1 epoch = 15 batches``, the weight-decay groups (``num decayed parameter tensors: 6, with
8,448 parameters``), ``using fused AdamW: False``, a ``Model Summary:`` block (``Total
Parameters: 12,345`` with thousands separators, trainable and non-trainable counts, ``Layer
Details:`` with tree-drawn per-module counts), then every 10th step ``step 90 | loss: 3.9687 |
dt: 19132.26ms | tok/sec: 6850.84 | norm: 1.47 | lr: 0.000810``. Here: a tiny character-level
transformer on a repeated verse, warm-up and cosine learning rate, 300 steps printed every 10th
(the original's model architecture repr after the summary is left out).

Truth: ``loss`` at the printed step. Optional: ``norm`` (the gradient norm, a diagnostic),
``lr`` (the schedule), and the parameter counts of the summary; ``dt`` and ``tok/sec`` are
timings.
"""

from _toy import char_corpus
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import math
    import time

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    truth = Truth()
    torch.manual_seed(1337)
    text = char_corpus()
    chars = sorted(set(text))
    stoi = {c: i for i, c in enumerate(chars)}
    tokens = torch.tensor([stoi[c] for c in text])
    B, T = 8, 16
    print("using device: cpu")
    print(f"loaded {len(tokens)} tokens")
    print(f"1 epoch = {len(tokens) // (B * T)} batches")

    class GPT(nn.Module):
        def __init__(self, vocab, d=32):
            super().__init__()
            self.transformer = nn.ModuleDict(dict(
                wte=nn.Embedding(vocab, d), wpe=nn.Embedding(T, d),
                h=nn.ModuleList([nn.TransformerEncoderLayer(d, 4, 64, dropout=0.0, batch_first=True)]),
                ln_f=nn.LayerNorm(d)))
            self.lm_head = nn.Linear(d, vocab, bias=False)

        def forward(self, idx, targets):
            x = self.transformer.wte(idx) + self.transformer.wpe(torch.arange(idx.shape[1]))
            mask = nn.Transformer.generate_square_subsequent_mask(idx.shape[1])
            for block in self.transformer.h:
                x = block(x, src_mask=mask, is_causal=True)
            logits = self.lm_head(self.transformer.ln_f(x))
            return logits, F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1))

    model = GPT(len(chars))
    params = [p for p in model.parameters() if p.requires_grad]
    decay = [p for p in params if p.dim() >= 2]
    nodecay = [p for p in params if p.dim() < 2]
    print(f"num decayed parameter tensors: {len(decay)}, with {sum(p.numel() for p in decay):,} parameters")
    print(f"num non-decayed parameter tensors: {len(nodecay)}, with {sum(p.numel() for p in nodecay):,} parameters")
    print("using fused AdamW: False")
    total = sum(p.numel() for p in model.parameters())
    print("\nModel Summary:")
    print("=" * 50)
    print(f"\nTotal Parameters: {total:,}")
    print(f"Trainable Parameters: {total:,}")
    print("Non-trainable Parameters: 0")
    for k, v in (("Total Parameters", total), ("Trainable Parameters", total),
                 ("Non-trainable Parameters", 0)):
        truth.allow(**{k: v})
    print("\nLayer Details:")
    print("-" * 50)
    n_tr = sum(p.numel() for p in model.transformer.parameters())
    print(f"transformer: ModuleDict ({n_tr:,} parameters)")
    for name, mod in model.transformer.items():
        n = sum(p.numel() for p in mod.parameters())
        print(f"  └─{name}: {type(mod).__name__} ({n:,} parameters)")
    print(f"lm_head: Linear ({sum(p.numel() for p in model.lm_head.parameters()):,} parameters)")
    print()
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1},
                                   {"params": nodecay, "weight_decay": 0.0}], lr=1e-3, betas=(0.9, 0.95))
    max_lr, min_lr, warmup, max_steps = 3e-3, 3e-4, 30, 300

    def get_lr(it):
        if it < warmup:
            return max_lr * (it + 1) / warmup
        ratio = (it - warmup) / (max_steps - warmup)
        return min_lr + 0.5 * (1.0 + math.cos(math.pi * ratio)) * (max_lr - min_lr)

    pos = 0
    for step in range(max_steps):
        t0 = time.time()
        buf = tokens[pos:pos + B * T + 1]
        x, y = buf[:-1].view(B, T), buf[1:].view(B, T)
        pos = 0 if pos + 2 * B * T + 1 > len(tokens) else pos + B * T
        optimizer.zero_grad()
        logits, loss = model(x, y)
        loss.backward()
        norm = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        lr = get_lr(step)
        for group in optimizer.param_groups:
            group["lr"] = lr
        optimizer.step()
        dt = (time.time() - t0) * 1000
        tokens_per_sec = B * T / (dt / 1000)
        if step % 10 == 0:
            print(f"step {step} | loss: {loss.item():.4f} | dt: {dt:.2f}ms | tok/sec: {tokens_per_sec:.2f} | norm: {norm:.2f} | lr: {lr:.6f}")
            truth.add(at=step, loss=loss.item())
            truth.allow(norm=norm.item(), lr=lr)
    truth.write("the loss tensors, clip_grad_norm_'s norm and the schedule's lr",
                libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"shakegpt": run}, root=HELDOUT40)
