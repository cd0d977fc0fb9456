"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as saurabhbajaj123/GNN_minibatch_vs_fullbatch
``DGL/DGL_reference_implementation/fullBatch/gcn_train.py``: ``Training...``, then every
``log_every`` epochs ``"Epoch {:05d} | Loss {:.4f} | Train Acc {:.4f} | Val Acc {:.4f} | Test Acc
{:.4f}"``. (The original also logs to wandb; ours does not.) Here: a two-layer dense GCN
(no DGL) on a three-community random graph with noisy features, Adam, 60 epochs, log_every 5.

Truth: ``Loss``, ``train/Acc``, ``val/Acc``, ``test/Acc`` (``Train Acc``, ``Val Acc``, ``Test
Acc``) at the printed epoch (``Epoch 00000`` is epoch 0).
"""

from _toy import batches  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    g = torch.Generator().manual_seed(16)
    n, k = 150, 3
    labels = torch.arange(n) % k
    same = labels[:, None] == labels[None, :]
    p = torch.where(same, torch.tensor(0.08), torch.tensor(0.01))
    A = (torch.rand(n, n, generator=g) < p).float()
    A = torch.triu(A, 1)
    A = A + A.T + torch.eye(n)
    d = A.sum(1).rsqrt()
    A_hat = d[:, None] * A * d[None, :]
    feats = torch.randn(n, 16, generator=g) + 0.4 * nn.functional.one_hot(labels, 16).float()
    perm = torch.randperm(n, generator=g)
    train_mask, val_mask, test_mask = perm[:30], perm[30:80], perm[80:]
    torch.manual_seed(16)

    class GCN(nn.Module):
        def __init__(self):
            super().__init__()
            self.l1, self.l2 = nn.Linear(16, 16), nn.Linear(16, k)
            self.drop = nn.Dropout(0.5)

        def forward(self, x):
            return A_hat @ self.l2(self.drop(torch.relu(A_hat @ self.l1(x))))

    model = GCN()
    loss_fcn = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2, weight_decay=5e-4)

    def evaluate():
        model.eval()
        with torch.no_grad():
            pred = model(feats).argmax(1)
            return [((pred[m] == labels[m]).sum().item() * 1.0 / len(m))
                    for m in (train_mask, val_mask, test_mask)]

    truth = Truth()
    print("Training...")
    for epoch in range(60):
        model.train()
        logits = model(feats)
        loss = loss_fcn(logits[train_mask], labels[train_mask])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if epoch % 5 == 0:
            train_acc, val_acc, test_acc = evaluate()
            print("Epoch {:05d} | Loss {:.4f} | Train Acc {:.4f} | Val Acc {:.4f} | Test Acc {:.4f}"
                  .format(epoch, loss.item(), train_acc, val_acc, test_acc))
            truth.add(at=epoch, Loss=loss.item(), **{"train/Acc": train_acc, "val/Acc": val_acc,
                                                     "test/Acc": test_acc})
    truth.write("the script's losses and accuracies", libraries=("torch",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"gcnfull": run}, root=HELDOUT39)
