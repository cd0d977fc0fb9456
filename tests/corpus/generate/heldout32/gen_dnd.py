"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written fine-tuning loop as MLDovakin/gpt-2-finetuned-DnD ``train_loop.py`` writes it:
one ``tqdm.auto`` bar over all ``num_epochs * len(train_dataloader)`` steps (``update(1)`` each
step, on stderr), AdamW with a linear schedule, and after each epoch ``print({'epoch': epoch,
'loss': loss.item()})`` (a dict printed with its repr: the last batch's loss, unformatted).
Here: a tiny next-character model (embedding, GRU, linear) on a repeated phrase, AdamW at
5e-3 with ``LambdaLR`` decaying linearly to zero, 3 epochs of 12 batches.

Truth: the script's ``loss.item()`` of each epoch's last batch, ``loss``, at the epoch the dict
states (0-based, as printed).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from torch.optim import AdamW
    from tqdm.auto import tqdm

    torch.manual_seed(32)
    text = "the dragon sleeps under the mountain and the party rolls for initiative. " * 40
    chars = sorted(set(text))
    ids = torch.tensor([chars.index(c) for c in text])
    V = len(chars)

    class LM(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(V, 24)
            self.rnn = nn.GRU(24, 48, batch_first=True)
            self.out = nn.Linear(48, V)

        def forward(self, x):
            return self.out(self.rnn(self.emb(x))[0])

    train_dataloader = []
    for k in range(12):
        starts = torch.randint(0, len(ids) - 33, (16,))
        batch = torch.stack([ids[s:s + 33] for s in starts])
        train_dataloader.append(batch)
    model = LM()
    optimizer = AdamW(model.parameters(), lr=5e-3)
    num_epochs = 3
    num_training_steps = num_epochs * len(train_dataloader)
    lr_scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: max(0.0, 1 - s / num_training_steps))
    progress_bar = tqdm(range(num_training_steps))
    truth = Truth()
    model.train()
    for epoch in range(num_epochs):
        for batch in train_dataloader:
            logits = model(batch[:, :-1])
            loss = nn.functional.cross_entropy(logits.reshape(-1, V), batch[:, 1:].reshape(-1))
            loss.backward()
            optimizer.step()
            lr_scheduler.step()
            optimizer.zero_grad()
            progress_bar.update(1)
        print({'epoch': epoch, 'loss': loss.item()})
        truth.add(at=epoch, loss=loss.item())
    truth.write("the script's loss.item() of each epoch's last batch",
                libraries=("torch", "tqdm"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"dnd": run}, root=HELDOUT32)
