"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

An LSTM forecaster printing as smallflyingpig/lstm_stock_pred_pytorch ``lstm_stock_pred.py``
(commit 277e44e5): ``data len:1600`` and ``data len:400`` for the two dataset splits, a plain
tqdm bar over the loader in every training and evaluation pass, ``stage: train, epoch:    0,
loss: 0.123`` after each epoch and ``stage: test, epoch:    0, loss: 0.456`` every few epochs
(``{:5d}``, ``{:6.3f}``). Here: the original's model (a linear embedding, a 2-layer LSTM of 8
units, a linear head) on a synthetic normalised random-walk series with a 10-step window, Adam,
12 epochs, a test pass every 3 (the original: a Chinese stock's daily highs, 100 epochs, a test
every 10; the closing plot is left out).

Truth: ``train/loss`` and ``test/loss`` (the lines' ``stage: train`` and ``stage: test`` name the
phase) at the printed epoch (0-based).
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import tqdm
    from torch.utils.data import DataLoader, Dataset

    rng = np.random.default_rng(22)
    torch.manual_seed(22)
    series = np.cumsum(rng.normal(0, 1, 2000)) + 5 * np.sin(np.arange(2000) / 25)
    series = (series - series.mean()) / series.std()

    class StockDataset(Dataset):
        def __init__(self, T=10, train_flag=True):
            self.T = T
            if train_flag:
                self.data_len = int(0.8 * len(series))
                self.data = series[:self.data_len]
            else:
                self.data_len = int(0.2 * len(series))
                self.data = series[-self.data_len:]
            print("data len:{}".format(self.data_len))

        def __len__(self):
            return self.data_len - self.T

        def __getitem__(self, idx):
            return self.data[idx:idx + self.T], self.data[idx + self.T]

    class LSTMModel(nn.Module):
        def __init__(self, input_dim, rnn_unit):
            super().__init__()
            self.emb_layer = nn.Linear(input_dim, rnn_unit)
            self.out_layer = nn.Linear(rnn_unit, input_dim)
            self.lstm = nn.LSTM(input_size=rnn_unit, hidden_size=rnn_unit, num_layers=2,
                                batch_first=True)

        def forward(self, x):
            output, hidden = self.lstm(self.emb_layer(x))
            return self.out_layer(output[:, -1, :]).squeeze(), hidden

    def l2_loss(pred, label):
        return torch.nn.functional.mse_loss(pred, label)

    def train_once(model, dataloader, optimizer):
        model.train()
        loader = tqdm.tqdm(dataloader)
        loss_epoch = 0
        for idx, (data, label) in enumerate(loader):
            data = data.unsqueeze(2)
            output, _ = model(data.float())
            optimizer.zero_grad()
            loss = l2_loss(output, label.float())
            loss.backward()
            optimizer.step()
            loss_epoch += loss.detach().item()
        return loss_epoch / len(loader)

    def eval_once(model, dataloader):
        model.eval()
        loader = tqdm.tqdm(dataloader)
        loss_epoch = 0
        with torch.no_grad():
            for idx, (data, label) in enumerate(loader):
                output, _ = model(data.unsqueeze(2).float())
                loss_epoch += l2_loss(output, label.float()).item()
        return loss_epoch / len(loader)

    dataset_train = StockDataset()
    dataset_val = StockDataset(train_flag=False)
    g = torch.Generator().manual_seed(22)
    train_loader = DataLoader(dataset_train, batch_size=64, shuffle=True, generator=g)
    val_loader = DataLoader(dataset_val, batch_size=64, shuffle=True, generator=g)
    model = LSTMModel(input_dim=1, rnn_unit=8)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    truth = Truth()
    for epoch_idx in range(12):
        train_loss = train_once(model, train_loader, optimizer)
        print("stage: train, epoch:{:5d}, loss:{:6.3f}".format(epoch_idx, train_loss))
        truth.add(at=epoch_idx, **{"train/loss": train_loss})
        if epoch_idx % 3 == 0:
            eval_loss = eval_once(model, val_loader)
            print("stage: test, epoch:{:5d}, loss:{:6.3f}".format(epoch_idx, eval_loss))
            truth.add(at=epoch_idx, **{"test/loss": eval_loss})
    truth.write("the epochs' mean batch losses", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"stocklstm": run}, root=HELDOUT51)
