"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

A two-layer GCN node classifier printing as TristCrocker/PopulationDisaggregationDiss
``dissGNN/train_validate.py``: every 10th epoch ``print("Epoch Number: ", epoch, ", Loss: ",
loss, ", Validation Accuracy: ", accuracy, ".")`` (print's own spaces; the training loss as a
Python float and the validation accuracy as ``int(correct) / int(mask.sum())``, both
unformatted). The same ``train``/``validate`` split (cross-entropy on the training mask,
argmax accuracy on the validation mask). Here a dense-adjacency GCN in plain PyTorch on a
synthetic three-community graph (``_toy.community_graph``) instead of PyG on census areas,
Adam 0.01, 240 epochs.

Truth: ``Loss`` and ``Validation Accuracy`` at the printed epoch (0-based, as printed).
"""

from _toy import community_graph
from _capture import HELDOUT55, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    A, X, y, train_mask, val_mask = community_graph()
    torch.manual_seed(4)

    class GCN(nn.Module):
        def __init__(self):
            super().__init__()
            self.l1 = nn.Linear(8, 16)
            self.l2 = nn.Linear(16, 3)

        def forward(self, x, adj):
            return self.l2(adj @ torch.relu(self.l1(adj @ x)))

    model = GCN()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=5e-4)
    loss_fn = nn.CrossEntropyLoss()
    truth = Truth()

    def train():
        model.train()
        optimizer.zero_grad()
        output = model(X, A)
        loss = loss_fn(output[train_mask], y[train_mask])
        loss.backward()
        optimizer.step()
        return loss.item()

    def validate():
        model.eval()
        output = model(X, A)
        prediction = output.argmax(dim=1)
        correct = (prediction[val_mask] == y[val_mask]).sum()
        return int(correct) / int(val_mask.sum())

    for epoch in range(240):
        loss = train()
        accuracy = validate()
        if epoch % 10 == 0:
            print("Epoch Number: ", epoch, ", Loss: ", loss, ", Validation Accuracy: ", accuracy, ".")
            truth.add(at=epoch, **{"Loss": loss, "Validation Accuracy": accuracy})
    truth.write("train()'s loss and validate()'s accuracy next to each print",
                libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"popgnn": run}, root=HELDOUT55)
