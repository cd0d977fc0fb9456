"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written two-layer GCN printing as lightningbaby/gcn_run ``train.py`` (a runnable,
debug-printing version of the TensorFlow GCN): the debug dumps ``features---`` (the sparse
tuple), ``support-- [...]`` with `` num_supports-- 1`` and `` model_func-- <class
'models.GCN'>``, then per epoch ``Epoch: 0001 train_loss= 1.38629 train_acc= 0.25000 val_loss=
... val_acc= ... time= ...`` (print's separate arguments, ``{:.5f}``), ``Early stopping...`` when
the validation loss exceeds the mean of the previous ``early_stopping`` ones,
``Optimization Finished!`` and ``Test set results: cost= ... accuracy= ... time= ...``. Here:
PyTorch instead of TensorFlow 1, a stochastic-block-model graph of 160 nodes in 4 classes
instead of Cora, 16 hidden units, dropout 0.5, weight decay 5e-4 on the first layer, at most
12 epochs, ``early_stopping`` 4.

Truth: ``train_loss``, ``train_acc``, ``val_loss``, ``val_acc`` at the printed epoch (1-based,
``%04d``); ``test/cost`` and ``test/accuracy`` (the line starts with ``Test set results:``), no
step. ``time=`` is no metric.
"""

from _toy import sbm_graph
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    np.random.seed(123)
    torch.manual_seed(123)
    A_hat, X, y, idx_train, idx_val, idx_test, A = sbm_graph(seed=123)
    nz = np.nonzero(X.numpy())
    features = (np.stack(nz, 1)[:6], X.numpy()[nz][:6].round(8), tuple(X.shape))
    print("features---", features)
    rows, cols = np.nonzero(A)
    support = [(np.stack([rows, cols], 1)[:4], A_hat.numpy()[rows, cols][:4], A.shape)]
    print("support--", support, "\n", "num_supports--", 1, "\n", "model_func--", "<class 'models.GCN'>")

    class GCN(nn.Module):
        def __init__(self, n_in, n_hid, n_out):
            super().__init__()
            self.w1 = nn.Linear(n_in, n_hid, bias=False)
            self.w2 = nn.Linear(n_hid, n_out, bias=False)

        def forward(self, x, drop):
            x = F.dropout(x, 0.5, training=drop)
            h = F.relu(A_hat @ self.w1(x))
            h = F.dropout(h, 0.5, training=drop)
            return A_hat @ self.w2(h)

    model = GCN(X.shape[1], 16, 4)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)

    def loss_acc(out, idx, wd=True):
        loss = F.cross_entropy(out[idx], y[idx])
        if wd:
            loss = loss + 5e-4 * 0.5 * (model.w1.weight ** 2).sum()
        return loss, (out[idx].argmax(1) == y[idx]).float().mean()

    def evaluate(idx):
        t_test = time.time()
        with torch.no_grad():
            loss, acc = loss_acc(model(X, False), idx)
        return loss.item(), acc.item(), time.time() - t_test

    truth = Truth()
    cost_val, early_stopping = [], 4
    for epoch in range(12):
        t = time.time()
        loss, acc = loss_acc(model(X, True), idx_train)
        opt.zero_grad()
        loss.backward()
        opt.step()
        cost, vacc, duration = evaluate(idx_val)
        cost_val.append(cost)
        print("Epoch:", '%04d' % (epoch + 1), "train_loss=", "{:.5f}".format(loss.item()),
              "train_acc=", "{:.5f}".format(acc.item()), "val_loss=", "{:.5f}".format(cost),
              "val_acc=", "{:.5f}".format(vacc), "time=", "{:.5f}".format(time.time() - t))
        truth.add(at=epoch + 1, train_loss=loss.item(), train_acc=acc.item(), val_loss=cost,
                  val_acc=vacc)
        if epoch > early_stopping and cost_val[-1] > np.mean(cost_val[-(early_stopping + 1):-1]):
            print("Early stopping...")
            break
    print("Optimization Finished!")
    test_cost, test_acc, test_duration = evaluate(idx_test)
    print("Test set results:", "cost=", "{:.5f}".format(test_cost),
          "accuracy=", "{:.5f}".format(test_acc), "time=", "{:.5f}".format(test_duration))
    truth.add(**{"test/cost": test_cost, "test/accuracy": test_acc})
    truth.write("the script's losses and accuracies", libraries=("torch", "numpy"),
                params={"learning_rate": 0.01, "hidden1": 16, "dropout": 0.5,
                        "weight_decay": 5e-4, "early_stopping": early_stopping},
                rel=1e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"gcnrun": run}, root=HELDOUT46)
