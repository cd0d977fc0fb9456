"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A next-token LSTM language model trained with Adam, printing as Q9-K/nlp ``hw2/train.py``:
``f'Training samples: {len(train_dataset)}'``, ``f'Testing samples: {len(test_dataset)}'``, an
outer tqdm bar ``Training Epochs`` over the epochs with an inner bar ``Training Batches`` per
epoch (both on stderr, no numbers of their own), and after each epoch
``f'Epoch [{epoch+1}/{num_epochs}], Loss: {avg_loss:.4f}'`` on stdout, the mean batch
cross-entropy. Checkpoints and tensorboard are left out. The repository's dataset and model
modules were not read: here sequences of 20 tokens from a 60-word Markov chain (the file's
``vocab_size`` shrunk from 21128 to 64), a 2-layer LSTM of 48 units, batches of 32, lr 0.001,
the file's 10 epochs.

Truth: ``Loss`` at the printed epoch; the sample counts are optional (``Training samples``,
``Testing samples``).
"""

from _toy import markov_sentences
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    torch.manual_seed(42)
    config = {'vocab_size': 64, 'embedding_dim': 32, 'hidden_dim': 48, 'max_seq_len': 20,
              'batch_size': 32, 'learning_rate': 0.001, 'num_epochs': 10}
    truth = Truth()

    def dataset(n, seed):
        rows = []
        for s in markov_sentences(n, 60, seed=seed, min_len=25, max_len=30):
            ids = [int(w[1:]) + 4 for w in s.split()][:config['max_seq_len'] + 1]
            rows.append((torch.tensor(ids[:-1]), torch.tensor(ids[1:])))
        return rows

    train_dataset, test_dataset = dataset(320, 1), dataset(64, 2)
    print(f'Training samples: {len(train_dataset)}')
    print(f'Testing samples: {len(test_dataset)}')
    truth.allow(**{"Training samples": len(train_dataset), "Testing samples": len(test_dataset)})
    train_loader = torch.utils.data.DataLoader(train_dataset, batch_size=config['batch_size'], shuffle=True)

    class LSTM(nn.Module):
        def __init__(self, vocab_size, embedding_dim, hidden_dim, output_dim, n_layers):
            super().__init__()
            self.emb = nn.Embedding(vocab_size, embedding_dim)
            self.rnn = nn.LSTM(embedding_dim, hidden_dim, n_layers, batch_first=True)
            self.fc = nn.Linear(hidden_dim, output_dim)

        def forward(self, x):
            return self.fc(self.rnn(self.emb(x))[0])

    model = LSTM(config['vocab_size'], config['embedding_dim'], config['hidden_dim'],
                 config['vocab_size'], n_layers=2)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=config['learning_rate'])
    num_epochs = config['num_epochs']
    model.train()
    for epoch in tqdm(range(num_epochs), desc="Training Epochs"):
        total_loss = 0
        for batch_idx, (data, target) in tqdm(enumerate(train_loader), total=len(train_loader),
                                              desc="Training Batches"):
            optimizer.zero_grad()
            output = model(data)
            loss = criterion(output.view(-1, config['vocab_size']), target.view(-1))
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
        avg_loss = total_loss / len(train_loader)
        print(f'Epoch [{epoch+1}/{num_epochs}], Loss: {avg_loss:.4f}')
        truth.add(at=epoch + 1, Loss=avg_loss)
    truth.write("the epoch's mean batch cross-entropy", libraries=("torch", "tqdm"),
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"q9klm": run}, root=HELDOUT59)
