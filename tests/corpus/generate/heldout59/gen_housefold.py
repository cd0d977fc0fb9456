"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A linear regression on house prices with k-fold validation, printing as stxws/deep_learning
``02_base/14_house_prices_predict.py`` (the d2l "House Prices" exercise, there in MXNet):
``print("train_data.shape =", ...)``, the head of the raw table (``iloc[0:4, [0, 1, 2, 3, -3,
-2, -1]]``), the shape after ``concat``, the numeric columns' ``Index``, the shape after
``get_dummies``, then per fold ``'fold%d, train rmse%f, valid rmse%f'`` (no space between a name
and its number), the file's commented-out summary ``'%d-fold validation: avg train rmse%f, avg
valid rmse%f'`` (run here: the k-fold call above it is commented out in the file too), and the
final fit's ``"train rmse %f"``. Here: a synthetic table of 1000 houses (7 numeric and 3 text
columns), one ``Linear`` layer in PyTorch, Adam with lr 5, the script's L2 loss, 5 folds of 100
epochs, then 100 epochs on all rows.

Truth: ``train rmse`` and ``valid rmse`` of each fold line at the printed fold number; ``avg
train rmse`` and ``avg valid rmse`` of the summary; the final ``train rmse`` without a step.
Values are the script's ``log_rmse`` results.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    import torch
    import torch.nn as nn

    rng = np.random.default_rng(14)
    n_train, n_test = 1000, 400

    def table(n, start):
        df = pd.DataFrame({
            "Id": np.arange(start, start + n),
            "MSSubClass": rng.choice([20, 50, 60, 70, 90, 120], n),
            "MSZoning": rng.choice(["RL", "RM", "FV", "C (all)"], n, p=[.7, .2, .07, .03]),
            "LotFrontage": np.where(rng.random(n) < .15, np.nan, rng.normal(70, 20, n).round()),
            "LotArea": rng.normal(10000, 3000, n).round(),
            "OverallQual": rng.integers(2, 11, n),
            "YearBuilt": rng.integers(1900, 2010, n),
            "GrLivArea": rng.normal(1500, 450, n).round(),
            "SaleType": rng.choice(["WD", "New", "COD"], n, p=[.85, .1, .05]),
            "SaleCondition": rng.choice(["Normal", "Partial", "Abnorml"], n, p=[.8, .12, .08]),
        })
        for col in ("MSZoning", "SaleType", "SaleCondition"):  # text columns as the CSV reader
            df[col] = df[col].astype(object)                   # of the script's pandas gave them
        return df

    train_data = table(n_train, 1)
    score = (0.12 * train_data.OverallQual + 0.00035 * train_data.GrLivArea
             + 0.003 * (train_data.YearBuilt - 1900) + rng.normal(0, 0.12, n_train))
    train_data["SalePrice"] = np.exp(10.4 + score).round().astype(int)
    test_data = table(n_test, n_train + 1)
    truth = Truth()

    print("train_data.shape =", train_data.shape)
    print("test_data.shape =", test_data.shape)
    print(train_data.iloc[0:4, [0, 1, 2, 3, -3, -2, -1]])

    all_features = pd.concat((train_data.iloc[:, 1:-1], test_data.iloc[:, 1:]))
    print("all_features.shape =", all_features.shape)
    mumeric_features = all_features.dtypes[all_features.dtypes != 'object'].index
    print(mumeric_features)
    all_features[mumeric_features] = all_features[mumeric_features].apply(
        lambda x: (x - x.mean()) / (x.std()))
    all_features[mumeric_features] = all_features[mumeric_features].fillna(0)
    all_features = pd.get_dummies(all_features, dummy_na=True)
    print("all_feature.shape =", all_features.shape)

    train_features = torch.tensor(all_features[:n_train].values.astype(np.float32))
    train_labels = torch.tensor(train_data.SalePrice.values, dtype=torch.float32).reshape((-1, 1))

    def get_net():
        net = nn.Linear(train_features.shape[1], 1)
        nn.init.normal_(net.weight, std=0.01)
        nn.init.zeros_(net.bias)
        return net

    def loss(a, b):  # MXNet's L2Loss: half the squared error
        return 0.5 * (a - b) ** 2

    def log_rmse(net, features, labels):
        with torch.no_grad():
            clipped_preds = torch.clamp(net(features), 1, float('inf'))
            rmse = torch.sqrt(2 * loss(clipped_preds.log(), labels.log()).mean())
        return rmse.item()

    def train(net, train_features, train_labels, test_features, test_labels,
              num_epochs, learning_rate, weight_decay, bathch_size):
        train_loss, test_loss = [], []
        trainer = torch.optim.Adam(net.parameters(), lr=learning_rate, weight_decay=weight_decay)
        g = torch.Generator().manual_seed(7)
        for epoch in range(num_epochs):
            order = torch.randperm(len(train_features), generator=g)
            for i in range(0, len(order), batch_size):
                j = order[i:i + batch_size]
                x, y = train_features[j], train_labels[j]
                trainer.zero_grad()
                l = loss(net(x), y).sum() / batch_size
                l.backward()
                trainer.step()
            train_loss.append(log_rmse(net, train_features, train_labels))
            if test_labels is not None:
                test_loss.append(log_rmse(net, test_features, test_labels))
        return train_loss, test_loss

    def get_k_fold_data(k, i, x, y):
        assert k > 1
        fold_size = x.shape[0] // k
        x_train, y_train = None, None
        for j in range(k):
            idx = slice(j * fold_size, (j + 1) * fold_size)
            x_part, y_part = x[idx, :], y[idx]
            if j == i:
                x_valid, y_valid = x_part, y_part
            elif x_train is None:
                x_train, y_train = x_part, y_part
            else:
                x_train = torch.cat((x_train, x_part), dim=0)
                y_train = torch.cat((y_train, y_part), dim=0)
        return x_train, y_train, x_valid, y_valid

    def k_fold(k, x_train, y_train, num_epochs, learning_rate, weight_decay, batch_size):
        train_l_sum, valid_l_sum = 0.0, 0.0
        for i in range(k):
            data = get_k_fold_data(k, i, x_train, y_train)
            torch.manual_seed(i)
            net = get_net()
            train_ls, valid_ls = train(net, *data, num_epochs, learning_rate, weight_decay,
                                       batch_size)
            train_l_sum += train_ls[-1]
            valid_l_sum += valid_ls[-1]
            print('fold%d, train rmse%f, valid rmse%f' % (i, train_ls[-1], valid_ls[-1]))
            truth.add(at=i, **{"train rmse": train_ls[-1], "valid rmse": valid_ls[-1]})
        return train_l_sum / k, valid_l_sum / k

    k = 5
    num_epochs = 100
    lr = 5
    weight_decay = 0
    batch_size = 64
    train_l, valid_l = k_fold(k, train_features, train_labels, num_epochs, lr,
                              weight_decay, batch_size)
    print('%d-fold validation: avg train rmse%f, avg valid rmse%f' % (k, train_l, valid_l))
    truth.add(**{"avg train rmse": train_l, "avg valid rmse": valid_l})

    torch.manual_seed(99)
    net = get_net()
    train_ls, _ = train(net, train_features, train_labels, None, None,
                        num_epochs, lr, weight_decay, batch_size)
    print("train rmse %f" % train_ls[-1])
    truth.add(**{"train rmse": train_ls[-1]})
    truth.write("the script's log_rmse() values: last epoch of each fold, their means, the full fit",
                libraries=("torch", "pandas"), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"housefold": run}, root=HELDOUT59)
