"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as hkproj/pytorch-transformer ``train.py``: ``Using
device: cpu``, ``Max length of source sentence: N``, ``Max length of target sentence: N``, a tqdm
bar described ``Processing Epoch {epoch:02d}`` with ``set_postfix({"loss":
f"{loss.item():6.3f}"})`` each batch (stderr), and after each epoch the validation examples
written through ``batch_iterator.write``: a rule of console-width dashes, ``    SOURCE: ...``,
``    TARGET: ...``, `` PREDICTED: ...`` for two examples, and a closing rule. Here: a tiny
encoder-decoder transformer learning to reverse digit strings, greedy decoding, 8 epochs (the
console width is read with ``os.get_terminal_size`` instead of ``stty size``, 80 on a pipe).

Truth: the bar is kept (``leave`` defaults to True): each epoch's last postfix state ``loss`` is
a point (no step: the description ``Processing Epoch 00`` names no phase, and a postfix has no
step of its own); the earlier batch states are optional. The texts and lengths are no metrics.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import os

    import torch
    import torch.nn as nn
    from tqdm import tqdm

    torch.manual_seed(5)
    V, L, SOS, EOS, PAD = 13, 6, 10, 11, 12
    g = torch.Generator().manual_seed(5)
    src = torch.randint(0, 10, (480, L), generator=g)
    tgt = src.flip(1)
    dec_in = torch.cat([torch.full((480, 1), SOS), tgt], 1)
    label = torch.cat([tgt, torch.full((480, 1), EOS)], 1)
    print("Using device:", torch.device("cpu"))
    print(f'Max length of source sentence: {L}')
    print(f'Max length of target sentence: {L}')

    class Tiny(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(V, 32)
            self.pos = nn.Parameter(torch.randn(L + 1, 32) * 0.1)
            self.tf = nn.Transformer(32, 4, 1, 1, 64, dropout=0.0, batch_first=True)
            self.proj = nn.Linear(32, V)

        def forward(self, s, d):
            mask = self.tf.generate_square_subsequent_mask(d.size(1))
            h = self.tf(self.emb(s) + self.pos[:s.size(1)], self.emb(d) + self.pos[:d.size(1)],
                        tgt_mask=mask)
            return self.proj(h)

    model = Tiny()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3, eps=1e-9)
    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.1)
    truth = Truth()
    try:
        console_width = os.get_terminal_size(1).columns
    except OSError:
        console_width = 80
    for epoch in range(8):
        model.train()
        order = torch.randperm(480, generator=g)
        loader = [order[i:i + 32] for i in range(0, 480, 32)]
        batch_iterator = tqdm(loader, desc=f"Processing Epoch {epoch:02d}")
        for idx, j in enumerate(batch_iterator):
            out = model(src[j], dec_in[j])
            loss = loss_fn(out.reshape(-1, V), label[j].reshape(-1))
            batch_iterator.set_postfix({"loss": f"{loss.item():6.3f}"})
            if idx == len(loader) - 1:
                truth.add(loss=loss.item())
            else:
                truth.allow(loss=loss.item())
            loss.backward()
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
        model.eval()
        print_msg = batch_iterator.write
        with torch.no_grad():
            for k in range(2):
                s = src[k:k + 1]
                d = torch.tensor([[SOS]])
                while d.size(1) <= L:
                    nxt = model(s, d)[:, -1].argmax(1, keepdim=True)
                    d = torch.cat([d, nxt], 1)
                    if nxt.item() == EOS:
                        break
                source_text = " ".join(str(int(t)) for t in s[0])
                target_text = " ".join(str(int(t)) for t in tgt[k])
                model_out_text = " ".join(str(int(t)) for t in d[0, 1:] if int(t) < 10)
                print_msg('-' * console_width)
                print_msg(f"{f'SOURCE: ':>12}{source_text[:console_width-12]}")
                print_msg(f"{f'TARGET: ':>12}{target_text[:console_width-12]}")
                print_msg(f"{f'PREDICTED: ':>12}{model_out_text[:console_width-12]}")
                if k == 1:
                    print_msg('-' * console_width)
    truth.write("the script's batch losses (postfix states)", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"hkprojtf": run}, root=HELDOUT42)
