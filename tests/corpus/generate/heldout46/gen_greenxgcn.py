"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written GCN loop printing as lichaa25/GreenX_project ``hackathon/build_graph.py``
(``train_gcn``): ``Epoch {epoch}, Loss: {loss.item():.4f}`` every 10th epoch and at the last
one. Here: two graph-convolution layers written out with a normalised adjacency instead of
torch_geometric's ``GCNConv``, on a stochastic-block-model graph, NLL loss over all nodes
(``data.y``) as in the original, Adam (lr 0.01, weight decay 5e-4), 100 epochs.

Truth: ``Loss`` at the printed epoch (0-based as printed).
"""

from _toy import sbm_graph
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(47)
    A_hat, X, y, _, _, _, _ = sbm_graph(n_per=30, k=3, seed=47)

    class GCN(nn.Module):
        def __init__(self, in_channels, hidden_channels, out_channels):
            super().__init__()
            self.conv1 = nn.Linear(in_channels, hidden_channels)
            self.conv2 = nn.Linear(hidden_channels, out_channels)

        def forward(self, x):
            x = F.relu(A_hat @ self.conv1(x))
            return F.log_softmax(A_hat @ self.conv2(x), dim=1)

    model = GCN(X.shape[1], 16, 3)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=5e-4)
    epochs = 100
    truth = Truth()
    model.train()
    for epoch in range(epochs):
        optimizer.zero_grad()
        out = model(X)
        loss = F.nll_loss(out, y)
        loss.backward()
        optimizer.step()
        if epoch % 10 == 0 or epoch == epochs - 1:
            print(f"Epoch {epoch}, Loss: {loss.item():.4f}")
            truth.add(at=epoch, Loss=loss.item())
    truth.write("the script's full-graph NLL losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"greenxgcn": run}, root=HELDOUT46)
