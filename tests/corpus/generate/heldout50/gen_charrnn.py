"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A character-level GRU language model printing as Deetjepateeteke/char-rnn ``src/train.py``:
``Training on: cpu``, ``Vocab size: {n}``, ``Dataset size: {n:,} sequences``, ``Batches/epoch:
{n:,}``, ``Trainable parameters: {n:,}``, each epoch a tqdm bar described ``Epoch {epoch+1}``
whose postfix ``{"loss": f"{loss:.4f}", "accuracy": f"{acc * 100:.2f}%"}`` (running means) is
updated at most every 0.3 s (always at the first batch), then a ``Validating`` bar; and ``---
Training complete ---``. As in the original, the validation loop sets its postfix on the
training bar, which is closed by then, so the validation numbers are never shown. Here: a
6000-character Markov text of our own (lower-cased, 80/20 split, sequences of 40 characters,
batches of 16), a one-layer GRU, Adam, ReduceLROnPlateau on the validation loss; 8 epochs;
mixed precision, torchmetrics, TensorBoard and checkpoints are left out.

Truth: each shown postfix state once: ``loss`` and ``accuracy`` (percent) at the epoch of the
bar's description (``Epoch 3``, no phase word). The sizes are counts, optional.
"""

from _toy import markov_text
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from torch.utils.data import DataLoader, Dataset
    from tqdm.auto import tqdm

    torch.manual_seed(20)
    device = "cpu"
    print(f"Training on: {device}")
    text = " ".join(markov_text(6000, seed=20).splitlines()).lower()
    split_idx = int(len(text) * 0.8)
    chars = sorted(set(text))

    class CharDataset(Dataset):
        def __init__(self, text, seq_len):
            self.char2idx = {c: i for i, c in enumerate(chars)}
            self.vocab_size = len(chars)
            ids = torch.tensor([self.char2idx[c] for c in text])
            n = (len(ids) - 1) // seq_len
            self.x = ids[:n * seq_len].view(n, seq_len)
            self.y = ids[1:n * seq_len + 1].view(n, seq_len)

        def __len__(self):
            return len(self.x)

        def __getitem__(self, i):
            return self.x[i], self.y[i]

    seq_len, batch_size, epochs = 40, 16, 8
    train_dataset = CharDataset(text[:split_idx], seq_len)
    val_dataset = CharDataset(text[split_idx:], seq_len)
    train_dataloader = DataLoader(train_dataset, batch_size=batch_size, shuffle=False, drop_last=True)
    val_dataloader = DataLoader(val_dataset, batch_size=batch_size, shuffle=False, drop_last=True)
    print(f"Vocab size: {train_dataset.vocab_size}")
    print(f"Dataset size: {len(train_dataset):,} sequences")
    print(f"Batches/epoch: {len(train_dataloader):,}")

    class CharRNN(nn.Module):
        def __init__(self, vocab_size, hidden_size=64):
            super().__init__()
            self.embedding = nn.Embedding(vocab_size, 16)
            self.gru = nn.GRU(16, hidden_size, batch_first=True)
            self.fc = nn.Linear(hidden_size, vocab_size)
            self.vocab_size, self.hidden_size = vocab_size, hidden_size

        def init_hidden(self, batch_size, device):
            return torch.zeros(1, batch_size, self.hidden_size)

        def forward(self, x, hidden):
            out, hidden = self.gru(self.embedding(x), hidden)
            return self.fc(out), hidden

    model = CharRNN(train_dataset.vocab_size)
    total_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    print(f"Trainable parameters: {total_params:,}")
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(params=model.parameters(), lr=5e-3)
    scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, "min", factor=0.1, patience=2)
    accuracy_fn = lambda p, t: (p == t).float().mean()

    truth = Truth()
    truth.allow(**{"Vocab size": train_dataset.vocab_size, "Dataset size": len(train_dataset),
                   "Batches/epoch": len(train_dataloader), "Trainable parameters": total_params})
    for epoch in range(epochs):
        model.train()
        train_loss = train_acc = 0.0
        hidden = model.init_hidden(batch_size, device=device)
        last_update = float("-inf")
        pbar = tqdm(enumerate(train_dataloader), total=len(train_dataloader), desc=f"Epoch {epoch+1}")
        for batch_idx, (inputs, targets) in pbar:
            logits, hidden = model(inputs, hidden)
            loss = criterion(logits.permute(0, 2, 1), targets)
            preds = torch.softmax(logits, dim=2).argmax(dim=2)
            hidden = hidden.detach()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            train_loss += loss.item()
            train_acc += accuracy_fn(preds, targets).item()
            if pbar.format_dict["elapsed"] - last_update >= 0.3:
                loss = train_loss / (batch_idx + 1)
                acc = train_acc / (batch_idx + 1)
                pbar.set_postfix({"loss": f"{loss:.4f}", "accuracy": f"{acc * 100:.2f}%"})
                truth.add(at=epoch + 1, loss=loss, accuracy=acc * 100)
                last_update = pbar.format_dict["elapsed"]
        model.eval()
        with torch.inference_mode():
            val_loss = val_acc = 0.0
            hidden = model.init_hidden(batch_size, device=device)
            last_update = float("-inf")
            val_pbar = tqdm(enumerate(val_dataloader), total=len(val_dataloader), desc=f"Validating")
            for batch_idx, (inputs, targets) in val_pbar:
                logits, hidden = model(inputs, hidden)
                preds = torch.softmax(logits, dim=2).argmax(dim=2)
                val_loss += criterion(logits.permute(0, 2, 1), targets).item()
                val_acc += accuracy_fn(preds, targets).item()
                if pbar.format_dict["elapsed"] - last_update >= 0.3:
                    loss = val_loss / (batch_idx + 1)
                    acc = val_acc / (batch_idx + 1)
                    pbar.set_postfix({"loss": f"{loss:.4f}", "accuracy": f"{acc * 100:.2f}%"})
                    last_update = pbar.format_dict["elapsed"]
        val_loss /= len(val_dataloader)
        scheduler.step(val_loss)
    print("--- Training complete ---")
    truth.write("the running mean loss and accuracy at each shown postfix state",
                libraries=("torch", "tqdm"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"charrnn": run}, root=HELDOUT50)
