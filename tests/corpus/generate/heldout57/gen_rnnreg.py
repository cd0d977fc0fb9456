"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch LSTM regression on a monthly series, printing as zjming1994/deep-learning-homeworks
``rnn_reg.py``: the shapes of the training arrays as tuples (``(99, 1, 2)``, ``(99, 1, 1)``), then
every 100th of 1000 full-batch steps ``'Epoch: {}, Loss: {:.5f}'.format(e + 1, loss.data)``.
Here: a synthetic 144-month seasonal series with trend (the script reads a passengers CSV),
scaled by its range, look-back 2, 70% for training, the script's 2-layer LSTM (hidden 20) and
Adam 1e-2.

Truth: ``Loss`` at the printed epoch.
"""

from _toy import *  # noqa: F401,F403  (sets the import path)
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import numpy as np
    import torch
    from torch import nn

    rng = np.random.default_rng(31)
    t = np.arange(144)
    series = (100 + 2 * t + 40 * np.sin(2 * np.pi * t / 12) * (1 + t / 144)
              + rng.normal(0, 5, 144)).astype('float32')
    dataset = list(map(lambda x: x / (series.max() - series.min()), series.reshape(-1, 1)))

    def create_dataset(dataset, look_back=2):
        dataX, dataY = [], []
        for i in range(len(dataset) - look_back):
            dataX.append(dataset[i:(i + look_back)])
            dataY.append(dataset[i + look_back])
        return np.array(dataX), np.array(dataY)

    data_X, data_Y = create_dataset(dataset)
    train_size = int(len(data_X) * 0.7)
    train_X = data_X[:train_size].reshape(-1, 1, 2)
    train_Y = data_Y[:train_size].reshape(-1, 1, 1)
    print(train_X.shape)
    print(train_Y.shape)
    train_x, train_y = torch.from_numpy(train_X), torch.from_numpy(train_Y)

    class lstm_reg(nn.Module):
        def __init__(self, input_size, hidden_size, output_size=1, num_layers=2):
            super().__init__()
            self.rnn = nn.LSTM(input_size, hidden_size, num_layers)
            self.reg = nn.Linear(hidden_size, output_size)

        def forward(self, x):
            x, _ = self.rnn(x)
            s, b, h = x.shape
            return self.reg(x.view(s * b, h)).view(s, b, -1)

    torch.manual_seed(31)
    net = lstm_reg(2, 20)
    criterion = nn.MSELoss()
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-2)
    truth = Truth()
    for e in range(1000):
        loss = criterion(net(train_x), train_y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if (e + 1) % 100 == 0:
            print('Epoch: {}, Loss: {:.5f}'.format(e + 1, loss.data))
            truth.add(at=e + 1, Loss=loss.item())
    truth.write("the script's full-batch MSE every 100 steps", libraries=("torch",),
                rel=1e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"rnnreg": run}, root=HELDOUT57)
