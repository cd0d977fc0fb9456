"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A character bigram language model printing as nicaudinet/basicGPT ``train.py``: every
``eval_interval`` iterations ``", ".join([f"step {iter}", f"train loss {losses['train']:.4f}",
f"val loss {losses['val']:.4f}"])`` (each the mean of ``eval_iters`` sampled batches), then after
training a generated sample of 500 characters. Here: the bigram embedding model on a Markov
pseudo-English text, 1500 iterations, an estimate every 100.

Truth: ``train loss`` and ``val loss`` at the printed step (the leading ``step`` is no phase word; the
names stay as printed).
"""

from _toy import markov_text
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(1337)
    text = markov_text(6000, seed=7)
    chars = sorted(set(text))
    stoi = {c: i for i, c in enumerate(chars)}
    itos = {i: c for c, i in stoi.items()}
    data = torch.tensor([stoi[c] for c in text])
    n = int(0.9 * len(data))
    train_data, val_data = data[:n], data[n:]
    block_size, batch_size, eval_iters = 8, 32, 20

    def get_batch(split):
        d = train_data if split == 'train' else val_data
        ix = torch.randint(len(d) - block_size, (batch_size,))
        return (torch.stack([d[i:i + block_size] for i in ix]),
                torch.stack([d[i + 1:i + block_size + 1] for i in ix]))

    class BigramLanguageModel(nn.Module):
        def __init__(self):
            super().__init__()
            self.table = nn.Embedding(len(chars), len(chars))

        def forward(self, idx, targets=None):
            logits = self.table(idx)
            loss = None if targets is None else F.cross_entropy(
                logits.view(-1, len(chars)), targets.view(-1))
            return logits, loss

        def generate(self, idx, max_new_tokens):
            for _ in range(max_new_tokens):
                logits, _ = self(idx)
                probs = F.softmax(logits[:, -1, :], dim=-1)
                idx = torch.cat((idx, torch.multinomial(probs, 1)), dim=1)
            return idx

    model = BigramLanguageModel()

    @torch.no_grad()
    def estimate_loss():
        out = {}
        model.eval()
        for split in ('train', 'val'):
            losses = torch.zeros(eval_iters)
            for k in range(eval_iters):
                X, Y = get_batch(split)
                losses[k] = model(X, Y)[1].item()
            out[split] = losses.mean()
        model.train()
        return out

    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
    truth = Truth()
    for it in range(1500):
        if it % 100 == 0:
            losses = estimate_loss()
            print(", ".join([f"step {it}", f"train loss {losses['train']:.4f}",
                             f"val loss {losses['val']:.4f}"]))
            truth.add(at=it, **{"train loss": losses['train'].item(), "val loss": losses['val'].item()})
        xb, yb = get_batch('train')
        _, loss = model(xb, yb)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
    context = torch.zeros((1, 1), dtype=torch.long)
    print(''.join(itos[i] for i in model.generate(context, max_new_tokens=500)[0].tolist()))
    truth.write("the script's estimate_loss means", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"basicgpt": run}, root=HELDOUT49)
