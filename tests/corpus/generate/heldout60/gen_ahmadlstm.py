"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A stock-price LSTM printing as AhmadRHM/LSTM_stocks_predictor ``train_lstm.py``: the device
(``cpu``) and the parameter count (a bare number), then every 10th batch
``'Epoch: [{0}][{1}/{2}]\\tTime {batch_time.val:.3f} ({batch_time.avg:.3f})\\tLoss {loss.val:.5f}
({loss.avg:.5f})\\t'`` (AverageMeters that are never reset, so the averages run over the whole
run), and after each epoch ``"Epoch: [{0}] - loss of validation {loss:.5f}"`` (the MSE of a
300-step-ahead free-running forecast, here 40 steps). Here: the script's 3-layer LSTM (hidden
64, dropout 0.2, Adam 0.01) on three synthetic min-max-scaled price series, sequences of 30,
epochs 1 to 10 (the script's ``range(1, 20)`` cut), 4 batches an epoch.

Truth: ``Loss`` (the batch's value) at the printed epoch, its running average in parentheses
optional under the same name; ``loss of validation`` at the printed epoch. Times are in neither.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from sklearn.preprocessing import MinMaxScaler

    device = torch.device("cpu")
    print(device)
    train_length, validation_length, seq_size, batch_size = 300, 40, 30, 256

    class AverageMeter(object):
        def __init__(self):
            self.reset()

        def reset(self):
            self.val = 0
            self.avg = 0
            self.sum = 0
            self.count = 0

        def update(self, val, n=1):
            self.val = val
            self.sum += val * n
            self.count += n
            self.avg = self.sum / self.count

    class LSTM_stock_predictor(nn.Module):
        def __init__(self, hidden_dim):
            super().__init__()
            self.lstm = nn.LSTM(1, hidden_dim, num_layers=3, batch_first=True, dropout=0.2)
            self.hidden2price = nn.Linear(hidden_dim, 1)

        def forward(self, prices):
            lstm_out, _ = self.lstm(prices)
            return self.hidden2price(lstm_out)

    rng = np.random.default_rng(9)
    t = np.arange(train_length + validation_length + 20)
    prices = np.stack([50 + 10 * np.sin(t / (15 + 5 * k)) + np.cumsum(rng.normal(0, 0.6, len(t)))
                       for k in range(3)])
    prices_scaled = MinMaxScaler(feature_range=(0, 1)).fit_transform(prices)
    train_data = prices_scaled[:, :train_length]
    val_data = prices_scaled[:, train_length:train_length + validation_length]
    feed_val_data = prices_scaled[:, train_length - seq_size:train_length]
    seqs = np.array([train_data[i, j - seq_size:j] for i in range(3)
                     for j in range(seq_size, train_length)])
    rng.shuffle(seqs)
    train_batches = [seqs[i:min(i + batch_size, len(seqs)), :]
                     for i in range(0, len(seqs), batch_size)]
    torch.manual_seed(9)
    model = LSTM_stock_predictor(64).float().to(device)
    print(sum(p.numel() for p in model.parameters() if p.requires_grad))
    loss_function = nn.MSELoss()
    optimizer = optim.Adam(model.parameters(), lr=0.01)
    batch_time = AverageMeter()
    losses = AverageMeter()
    truth = Truth()
    for epoch in range(1, 11):
        model = model.train()
        end = time.time()
        for i, data in enumerate(train_batches):
            model.zero_grad()
            data = torch.tensor(data, requires_grad=False).float().unsqueeze(dim=2).to(device)
            predicted_prices = model(data)
            loss = loss_function(data[:, 1:, 0], predicted_prices[:, :-1, 0])
            loss.backward()
            optimizer.step()
            losses.update(loss.cpu().item())
            batch_time.update(time.time() - end)
            end = time.time()
            if i % 10 == 0:
                print('Epoch: [{0}][{1}/{2}]\t'
                      'Time {batch_time.val:.3f} ({batch_time.avg:.3f})\t'
                      'Loss {loss.val:.5f} ({loss.avg:.5f})\t'.format(
                          epoch, i, len(train_batches), batch_time=batch_time, loss=losses))
                truth.add(at=epoch, Loss=losses.val)
                truth.allow(Loss=losses.avg)
        val_t = torch.tensor(val_data, requires_grad=False).float()
        predicted_val = torch.zeros_like(val_t)
        feed = torch.tensor(feed_val_data, requires_grad=False).float().unsqueeze(dim=2)
        model = model.eval()
        with torch.no_grad():
            for i in range(validation_length):
                predicted_prices = model(feed)
                predicted_val[:, i] = predicted_prices[:, -1, 0]
                feed[:, :-1, 0] = feed[:, 1:, 0].clone()
                feed[:, -1, 0] = predicted_prices[:, -1, 0]
            vloss = loss_function(predicted_val, val_t).cpu().item()
            print("Epoch: [{0}] - loss of validation {loss:.5f}".format(epoch, loss=vloss))
            truth.add(at=epoch, **{"loss of validation": vloss})
    truth.write("the script's batch and validation losses", libraries=("torch",), rel=1e-4,
                abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"ahmadlstm": run}, root=HELDOUT60)
