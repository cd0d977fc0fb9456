"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop printing as the kept run of ccc-ai0/minGPT
``ccc/projects/chargpt/chargpt.md`` (minGPT's ``chargpt.py`` on an arithmetic-expression text):
the configuration dump (``system:``, ``data:``, ``model:``, ``trainer:`` sections with
four-space-indented ``key: value`` lines), ``data has 1600 characters, 17 unique.``, ``number
of parameters: 0.03M``, ``running on device cpu``, a line every second iteration ``iter_dt
7797.46ms; iter 2: train loss 2.60938``, and every tenth iteration the prompt and a sampled
completion (the expression lines, then characters the model emits, digits among them) and
``saving model``. Here: a one-block character transformer on generated bracketed arithmetic
expressions, 40 iterations.

Truth: ``train loss`` at the iteration the line states. The configuration dump is ``params``
(nested keys joined with ``.``); ``iter_dt`` is a timing; the sampled text carries no metric; the parameter count is optional.
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import random
    import time

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    truth = Truth()
    random.seed(3407)
    torch.manual_seed(3407)

    def expr(depth=0):
        if depth > 2 or random.random() < 0.3:
            return str(random.randint(1, 9))
        return f"( {expr(depth + 1)} {random.choice('+-*/')} {expr(depth + 1)} )"

    text = ""
    while len(text) < 1600:
        text += expr() + "\n"
    text = text[:1600]
    chars = sorted(set(text))
    stoi = {c: i for i, c in enumerate(chars)}
    data = torch.tensor([stoi[c] for c in text])
    block_size = 32
    config = {
        "system": {"seed": 3407, "work_dir": "./out/chargpt"},
        "data": {"block_size": block_size},
        "model": {"model_type": "gpt-nano", "n_layer": None, "n_head": None, "n_embd": None,
                  "vocab_size": None, "block_size": None, "embd_pdrop": 0.1, "resid_pdrop": 0.1,
                  "attn_pdrop": 0.1},
        "trainer": {"device": "auto", "num_workers": 4, "max_iters": None, "batch_size": 16,
                    "learning_rate": 0.0005, "betas": (0.9, 0.95), "weight_decay": 0.1,
                    "grad_norm_clip": 1.0},
    }
    for section, values in config.items():
        print(f"{section}:")
        for k, v in values.items():
            print(f"    {k}: {v}")
    print()
    print(f"data has {len(text)} characters, {len(chars)} unique.")

    class GPT(nn.Module):
        def __init__(self, vocab, d=48):
            super().__init__()
            self.wte, self.wpe = nn.Embedding(vocab, d), nn.Embedding(block_size, d)
            self.block = nn.TransformerEncoderLayer(d, 3, 4 * d, dropout=0.1, batch_first=True)
            self.head = nn.Linear(d, vocab)

        def forward(self, idx):
            x = self.wte(idx) + self.wpe(torch.arange(idx.shape[1]))
            mask = nn.Transformer.generate_square_subsequent_mask(idx.shape[1])
            return self.head(self.block(x, src_mask=mask, is_causal=True))

    model = GPT(len(chars))
    n_params = sum(p.numel() for p in model.parameters())
    print("number of parameters: %.2fM" % (n_params / 1e6,))
    truth.allow(**{"number of parameters": n_params / 1e6})
    print("running on device cpu")
    opt = torch.optim.AdamW(model.parameters(), lr=5e-4 * 6, betas=(0.9, 0.95), weight_decay=0.1)
    prompt = text[:text.index("\n", 200)]
    t_last = time.time()
    for it in range(41):
        ix = torch.randint(len(data) - block_size - 1, (16,))
        x = torch.stack([data[i:i + block_size] for i in ix])
        y = torch.stack([data[i + 1:i + block_size + 1] for i in ix])
        model.train()
        loss = F.cross_entropy(model(x).view(-1, len(chars)), y.view(-1))
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        now = time.time()
        iter_dt, t_last = now - t_last, now
        if it % 2 == 0:
            print(f"iter_dt {iter_dt * 1000:.2f}ms; iter {it}: train loss {loss.item():.5f}")
            truth.add(at=it, **{"train loss": loss.item()})
        if it % 10 == 0:
            model.eval()
            with torch.no_grad():
                idx = torch.tensor([[stoi[c] for c in prompt[-block_size:]]])
                out = []
                for _ in range(60):
                    probs = F.softmax(model(idx[:, -block_size:])[:, -1], dim=-1)
                    nxt = torch.multinomial(probs, 1)
                    idx = torch.cat([idx, nxt], 1)
                    out.append(chars[nxt.item()])
            print(prompt + "".join(out))
            print("saving model")
    params = {f"{s}.{k}": v for s, values in config.items() for k, v in values.items()}
    truth.write("the loss tensors' .item()", libraries=("torch",), params=params, rel=1e-4,
                abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"mingpt": run}, root=HELDOUT40)
