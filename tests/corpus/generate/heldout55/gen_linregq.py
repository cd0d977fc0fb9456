"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

A PyTorch linear regression printing as qianjr2002/pytorch_learning ``linear_regression.py``:
``print('Epoch = ', epoch, 'loss = ', loss.item())`` at every 100th epoch and at epoch 999
(print's own spaces, the loss unformatted), then ``print('w=', ...)``, ``print('b=', ...)``
and ``print('y_pred = ', y_test.item())``. The same three points (y = 2x + 1), model
(``Linear(1,1)``, ``MSELoss(reduction='sum')``) and SGD 0.01, 1000 epochs.

Truth: ``loss`` at the printed epoch (0-based as printed). Optional: ``w``, ``b`` and
``y_pred`` (parameters and a prediction, no training metric).
"""

from _toy import *  # noqa: F401,F403
from _capture import HELDOUT55, Truth, main


def run() -> None:
    import torch

    x_data = torch.tensor([[1.0], [2.0], [3.0]])
    y_data = torch.tensor([[3.0], [5.0], [7.0]])

    class LinearModel(torch.nn.Module):
        def __init__(self):
            super(LinearModel, self).__init__()
            self.linear = torch.nn.Linear(1, 1)

        def forward(self, x):
            return self.linear(x)

    torch.manual_seed(2)
    model = LinearModel()
    criterion = torch.nn.MSELoss(reduction='sum')
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    truth = Truth()
    for epoch in range(1000):
        y_pred = model(x_data)
        loss = criterion(y_pred, y_data)
        if epoch % 100 == 0 or epoch == 999:
            print('Epoch = ', epoch, 'loss = ', loss.item())
            truth.add(at=epoch, loss=loss.item())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print('w=', model.linear.weight.item())
    print('b=', model.linear.bias.item())
    x_test = torch.tensor([[4.0]])
    y_test = model(x_test)
    print('y_pred = ', y_test.item())
    truth.allow(w=model.linear.weight.item(), b=model.linear.bias.item(), y_pred=y_test.item())
    truth.write("the script's loss.item() next to each print", libraries=("torch",), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"linregq": run}, root=HELDOUT55)
