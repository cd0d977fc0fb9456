"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch transformer loop printing as 16srivarshitha/transformer ``trainer.py``:
within each epoch every ``log_every``-th batch ``Batch 0, Loss: 2.4567`` (the batch loss; the
batch counter restarts each epoch), and after the epoch ``Epoch 1/5`` followed by ``Train Loss:
2.1234, Val Loss: 2.0123`` (so the epoch's header comes after its batch lines), ``Best model
saved!`` when the validation loss improved, and a 50-``-`` rule. Here: a one-layer
encoder-decoder ``nn.Transformer`` (d_model 32) learning to reverse sequences of 6 tokens,
label-smoothed cross-entropy ignoring padding, Adam with cosine decay, 5 epochs of 20 batches,
``log_every`` 5.

Truth: ``train/Loss`` and ``val/Loss`` (``Train Loss``, ``Val Loss``) at the epoch of the
``Epoch n/N`` line above them; ``Loss`` of the batch lines without step (their only counter
restarts each epoch, and the epoch is printed after them).
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(25)
    V, L = 12, 6

    def make(n):
        src = torch.randint(3, V, (n, L))
        tgt = torch.cat([torch.ones(n, 1, dtype=torch.long), src.flip(1)], 1)
        return [{"src": src[i:i + 16], "tgt": tgt[i:i + 16]} for i in range(0, n, 16)]

    train_loader, val_loader = make(320), make(64)

    class Seq2Seq(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(V, 32)
            self.pos = nn.Parameter(torch.randn(1, L + 1, 32) * 0.1)
            self.core = nn.Transformer(32, 2, 1, 1, 64, dropout=0.0, batch_first=True)
            self.out = nn.Linear(32, V)

        def forward(self, src, tgt):
            mask = self.core.generate_square_subsequent_mask(tgt.size(1))
            h = self.core(self.emb(src) + self.pos[:, :src.size(1)],
                          self.emb(tgt) + self.pos[:, :tgt.size(1)], tgt_mask=mask)
            return self.out(h)

    model = Seq2Seq()
    num_epochs, log_every = 5, 5
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3, betas=(0.9, 0.98), eps=1e-9)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=num_epochs,
                                                           eta_min=1e-5)
    criterion = nn.CrossEntropyLoss(ignore_index=0, label_smoothing=0.1)
    truth = Truth()

    def step(batch):
        src, tgt = batch['src'], batch['tgt']
        output = model(src, tgt[:, :-1])
        return criterion(output.reshape(-1, output.size(-1)), tgt[:, 1:].reshape(-1))

    best_val_loss = float('inf')
    for epoch in range(num_epochs):
        model.train()
        total_loss = 0
        for batch_idx, batch in enumerate(train_loader):
            optimizer.zero_grad()
            loss = step(batch)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            total_loss += loss.item()
            if batch_idx % log_every == 0:
                print(f'Batch {batch_idx}, Loss: {loss.item():.4f}')
                truth.add(Loss=loss.item())
        train_loss = total_loss / len(train_loader)
        model.eval()
        with torch.no_grad():
            val_loss = sum(step(b).item() for b in val_loader) / len(val_loader)
        scheduler.step()
        print(f'Epoch {epoch+1}/{num_epochs}')
        print(f'Train Loss: {train_loss:.4f}, Val Loss: {val_loss:.4f}')
        truth.add(at=epoch + 1, **{"train/Loss": train_loss, "val/Loss": val_loss})
        if val_loss < best_val_loss:
            best_val_loss = val_loss
            print('Best model saved!')
        print('-' * 50)
    truth.write("the trainer's batch and epoch losses", libraries=("torch",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"srivtrans": run}, root=HELDOUT41)
