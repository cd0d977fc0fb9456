"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

A PyTorch linear regression printing as tiketiskte/MyCode ``Python_code/test.py``: each epoch
``print(epoch, loss.item())`` (two bare numbers), then ``print('w = ', ...)``, ``print('b = ',
...)`` and ``print('y_pred = ', ...)``. The same three points (y = 2x), ``Linear(1,1)``,
``MSELoss(reduction='sum')``, SGD 0.01, 100 epochs.

Truth: none as metrics: the loss is printed with no label. Optional: ``w``, ``b`` and
``y_pred`` (labelled, but parameters and a prediction, no training metric).
"""

from _toy import *  # noqa: F401,F403
from _capture import HELDOUT55, Truth, main


def run() -> None:
    import torch
    from torch import nn

    x_data = torch.tensor([[1.0], [2.0], [3.0]])
    y_data = torch.tensor([[2.0], [4.0], [6.0]])

    class LinearModel(nn.Module):
        def __init__(self):
            super().__init__()
            self.linear = nn.Linear(1, 1)

        def forward(self, x):
            return self.linear(x)

    torch.manual_seed(9)
    model = LinearModel()
    criterion = nn.MSELoss(reduction='sum')
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    for epoch in range(100):
        y_pred = model(x_data)
        loss = criterion(y_pred, y_data)
        print(epoch, loss.item())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print('w = ', model.linear.weight.item())
    print('b = ', model.linear.bias.item())
    x_test = torch.tensor([[4.0]])
    y_test = model(x_test)
    print('y_pred = ', y_test.item())
    truth = Truth()
    truth.allow(w=model.linear.weight.item(), b=model.linear.bias.item(), y_pred=y_test.item())
    truth.write("no labelled training metric is printed; the fitted parameters are optional",
                libraries=("torch",), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"linmodel": run}, root=HELDOUT55)
