"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A 1-D CNN on spectra printing as Andrew3927/OpenSA ``OpenSA/Regression/CNN.py`` (commit
1264cd29) with ``OpenSA/Evaluate/RgsEvaluate.py``: ``Start Training!``, then per epoch
``Epoch:{}, TRAIN:rmse:{}, R2:{}, mae:{}``, ``lr:{}, avg_train_loss:{}`` and
``EPOCH：{}, TEST: rmse:{}, R2:{}, mae:{}`` (a full-width colon after EPOCH, as in the original),
all unformatted NumPy floats. RMSE, R2 and MAE are computed per batch after the MinMaxScaler's
inverse transform and averaged over the batches; ``avg_train_loss`` is the mean of every batch
loss since the first epoch, as the original never resets that list. Here: synthetic
near-infrared spectra (120 wavelengths, a few absorption peaks whose depths set the target),
240 training and 60 test samples, batch sizes 16 and 240, a small convolutional net in place of
the repository's ``AlexNet``, Adam as in its optimiser table, six epochs. ReduceLROnPlateau's
``verbose=1`` is left out (torch 2.13 no longer takes it; with patience 20 it would print nothing
in six epochs).

Truth: ``train/rmse``, ``train/R2``, ``train/mae`` and ``avg_train_loss`` at the epoch of the
TRAIN line, ``test/rmse``, ``test/R2``, ``test/mae`` at the epoch of the TEST line; the
learning rate is optional.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
    from sklearn.preprocessing import MinMaxScaler, StandardScaler

    truth = Truth()
    BATCH_SIZE, TBATCH_SIZE = 16, 240

    def ModelRgsevaluatePro(y_pred, y_true, yscale):
        y_true = yscale.inverse_transform(y_true)
        y_pred = yscale.inverse_transform(y_pred)
        mse = mean_squared_error(y_true, y_pred)
        return np.sqrt(mse), r2_score(y_true, y_pred), mean_absolute_error(y_true, y_pred)

    # synthetic spectra: a baseline, three absorption bands, noise; the target is band depth
    rng = np.random.default_rng(1264)
    n, w = 300, 120
    grid = np.linspace(0, 1, w)
    depth = rng.uniform(0.2, 1.0, (n, 3))
    y = 10 + 25 * depth[:, 0] + 8 * depth[:, 1] - 5 * depth[:, 2]
    X = (0.5 + 0.3 * grid + rng.normal(0, 0.05, (n, 1)) * grid
         - sum(depth[:, [k]] * np.exp(-((grid - c) / 0.04) ** 2)
               for k, c in enumerate([0.25, 0.55, 0.8]))
         + rng.normal(0, 0.01, (n, w)))
    X_train, X_test, y_train, y_test = X[:240], X[240:], y[:240], y[240:]

    standscale = StandardScaler()
    X_train_Nom = standscale.fit_transform(X_train)[:, np.newaxis, :]
    X_test_Nom = standscale.transform(X_test)[:, np.newaxis, :]
    yscaler = MinMaxScaler()
    y_train = yscaler.fit_transform(y_train.reshape(-1, 1))
    y_test = yscaler.transform(y_test.reshape(-1, 1))

    def loader(Xs, ys, size, seed):
        Xt, yt = torch.tensor(Xs, dtype=torch.float32), torch.tensor(ys, dtype=torch.float32)
        g = torch.Generator().manual_seed(seed)

        class L:
            def __iter__(self):
                order = torch.randperm(len(Xt), generator=g)
                for i in range(0, len(Xt), size):
                    yield Xt[order[i:i + size]], yt[order[i:i + size]]
        return L()

    train_loader = loader(X_train_Nom, y_train, BATCH_SIZE, 1)
    test_loader = loader(X_test_Nom, y_test, TBATCH_SIZE, 2)

    torch.manual_seed(3927)
    model = nn.Sequential(nn.Conv1d(1, 8, 7, padding=3), nn.ReLU(), nn.MaxPool1d(2),
                          nn.Conv1d(8, 16, 5, padding=2), nn.ReLU(), nn.MaxPool1d(2),
                          nn.Flatten(), nn.Linear(16 * 30, 32), nn.ReLU(), nn.Linear(32, 1))
    criterion = nn.MSELoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001, weight_decay=0.001)
    scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, "min", factor=0.5,
                                                           eps=1e-06, patience=20)
    print("Start Training!")
    train_losses = []
    EPOCH = 6
    for epoch in range(EPOCH):
        model.train()
        train_rmse, train_r2, train_mae = [], [], []
        for inputs, labels in train_loader:
            output = model(inputs)
            loss = criterion(output, labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            pred, y_true = output.detach().numpy(), labels.detach().numpy()
            train_losses.append(loss.item())
            rmse, R2, mae = ModelRgsevaluatePro(pred, y_true, yscaler)
            avg_train_loss = np.mean(train_losses)
            train_rmse.append(rmse)
            train_r2.append(R2)
            train_mae.append(mae)
        avgrmse, avgr2, avgmae = np.mean(train_rmse), np.mean(train_r2), np.mean(train_mae)
        print("Epoch:{}, TRAIN:rmse:{}, R2:{}, mae:{}".format((epoch + 1), avgrmse, avgr2, avgmae))
        print("lr:{}, avg_train_loss:{}".format((optimizer.param_groups[0]["lr"]), avg_train_loss))
        truth.add(at=epoch + 1, **{"train/rmse": avgrmse, "train/R2": avgr2, "train/mae": avgmae,
                                   "avg_train_loss": avg_train_loss})
        truth.allow(lr=optimizer.param_groups[0]["lr"])
        with torch.no_grad():
            model.eval()
            test_rmse, test_r2, test_mae = [], [], []
            for inputs, labels in test_loader:
                outputs = model(inputs)
                rmse, R2, mae = ModelRgsevaluatePro(outputs.numpy(), labels.numpy(), yscaler)
                test_rmse.append(rmse)
                test_r2.append(R2)
                test_mae.append(mae)
            avgrmse, avgr2, avgmae = np.mean(test_rmse), np.mean(test_r2), np.mean(test_mae)
            print("EPOCH：{}, TEST: rmse:{}, R2:{}, mae:{}".format((epoch + 1), avgrmse, avgr2,
                                                                  avgmae))
            truth.add(at=epoch + 1, **{"test/rmse": avgrmse, "test/R2": avgr2,
                                       "test/mae": avgmae})
            scheduler.step(rmse)
    truth.write("the batch means of RMSE, R2 and MAE on the inverse-scaled targets, and the "
                "running mean of all batch losses", libraries=("torch", "scikit-learn"),
                rel=1e-6, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"opensa": run}, root=HELDOUT52)
