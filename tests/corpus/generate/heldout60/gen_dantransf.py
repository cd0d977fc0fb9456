"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A small transformer language model logging as DanTheMan38/Transformer-From-Scratch
``train_transformer.py``: ``logging.basicConfig(level=logging.INFO, format='%(asctime)s -
%(levelname)s - %(message)s')`` (so on stderr, with timestamps), the setup messages (``Loading
the processed dataset...``, ``Initializing tokenizer and model...``, ...), every 100th batch
``Epoch [{epoch+1}/{epochs}], Batch [{batch_num}], Loss: {loss:.4f}``, after each epoch ``Epoch
[e/E] completed. Average Loss: {avg_loss:.4f}`` and ``Validation Loss after Epoch [e/E]:
{avg_val_loss:.4f}``, then ``Training complete. Saving the model...`` and ``Model saved
successfully.`` (nothing saved). Here: a two-layer transformer encoder over a 40-token
vocabulary of sequences from a small Markov chain (no GPT-2 tokenizer or dataset on disk),
next-token cross-entropy, Adam, 5 epochs of 24 batches, a line every 10th batch (every 100th
in the script).

Truth: ``Loss`` (the batch's) and ``Average Loss`` at the printed epoch, ``val/Loss``
(``Validation Loss after Epoch [e/E]``) at that epoch.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import logging

    import numpy as np
    import torch
    import torch.nn as nn

    logging.basicConfig(level=logging.INFO, format='%(asctime)s - %(levelname)s - %(message)s')
    logging.info("Loading the processed dataset...")
    rng = np.random.default_rng(38)
    vocab_size, seq, n = 40, 16, 480
    trans = rng.dirichlet(np.full(vocab_size, 0.2), size=vocab_size)
    data = np.zeros((n, seq), dtype=np.int64)
    data[:, 0] = rng.integers(vocab_size, size=n)
    for t in range(1, seq):
        for i in range(n):
            data[i, t] = rng.choice(vocab_size, p=trans[data[i, t - 1]])
    train_data, val_data = torch.tensor(data[:384]), torch.tensor(data[384:])
    logging.info("Initializing tokenizer and model...")

    class TransformerModel(nn.Module):
        def __init__(self, vocab_size, d=32):
            super().__init__()
            self.emb = nn.Embedding(vocab_size, d)
            self.pos = nn.Parameter(torch.zeros(seq, 1, d))
            layer = nn.TransformerEncoderLayer(d, 4, 64, dropout=0.0)
            self.enc = nn.TransformerEncoder(layer, 2, enable_nested_tensor=False)
            self.out = nn.Linear(d, vocab_size)
            self.mask = nn.Transformer.generate_square_subsequent_mask(seq)

        def forward(self, x):
            return self.out(self.enc(self.emb(x) + self.pos[:x.shape[0]], mask=self.mask[:x.shape[0], :x.shape[0]]))

    torch.manual_seed(38)
    model = TransformerModel(vocab_size)
    logging.info("Creating data loaders...")
    batch_size = 16
    logging.info("Setting up optimizer and loss function...")
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    criterion = nn.CrossEntropyLoss()
    truth = Truth()
    epochs = 5
    logging.info("Starting training...")
    n_train = len(train_data) // batch_size
    for epoch in range(epochs):
        model.train()
        total_loss = 0
        order = torch.randperm(len(train_data))
        for batch_num in range(n_train):
            batch = train_data[order[batch_num * batch_size:(batch_num + 1) * batch_size]]
            input_ids = batch[:, :-1].transpose(0, 1)
            labels = batch[:, 1:].transpose(0, 1)
            optimizer.zero_grad()
            outputs = model(input_ids)
            loss = criterion(outputs.reshape(-1, vocab_size), labels.reshape(-1))
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
            if batch_num % 10 == 0:
                logging.info(f"Epoch [{epoch+1}/{epochs}], Batch [{batch_num}], Loss: {loss.item():.4f}")
                truth.add(at=epoch + 1, Loss=loss.item())
        avg_loss = total_loss / n_train
        logging.info(f"Epoch [{epoch+1}/{epochs}] completed. Average Loss: {avg_loss:.4f}")
        truth.add(at=epoch + 1, **{"Average Loss": avg_loss})
        model.eval()
        val_loss = 0
        n_val = len(val_data) // batch_size
        with torch.no_grad():
            for b in range(n_val):
                batch = val_data[b * batch_size:(b + 1) * batch_size]
                outputs = model(batch[:, :-1].transpose(0, 1))
                val_loss += criterion(outputs.reshape(-1, vocab_size),
                                      batch[:, 1:].transpose(0, 1).reshape(-1)).item()
        avg_val_loss = val_loss / n_val
        logging.info(f"Validation Loss after Epoch [{epoch+1}/{epochs}]: {avg_val_loss:.4f}")
        truth.add(at=epoch + 1, **{"val/Loss": avg_val_loss})
    logging.info("Training complete. Saving the model...")
    logging.info("Model saved successfully.")
    truth.write("the script's batch, epoch and validation losses", libraries=("torch",),
                rel=1e-5, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"dantransf": run}, root=HELDOUT60)
