"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

A PyTorch linear regression printing as wesliescut/pytorch- ``linear_regression/linear3.py``:
each epoch ``print("Epoch:", epoch+1, "Loss:", loss.item())`` (print's own spaces, the loss
unformatted), then ``print("w=", ...)``, ``print("b=", ...)`` and
``print("x_test=", x_test.data, "\\ny_test=", y_test.data)`` (tensor reprs). The same five
points and model (``Linear(1,1)``, ``MSELoss(reduction='sum')``, SGD 0.01); here 48 epochs and
no ``time.sleep(0.2)`` (the original runs 1000 epochs at 0.2 s each).

Truth: ``Loss`` at the printed epoch. Optional: ``w=`` and ``b=`` (the fitted parameters).
The test tensors are no metrics.
"""

from _toy import *  # noqa: F401,F403
from _capture import HELDOUT55, Truth, main


def run() -> None:
    import torch

    x_data = torch.Tensor([[1.0], [2.0], [3.0], [4.0], [5.0]])
    y_data = torch.Tensor([[1.0], [-1.0], [-3.0], [-5.0], [-7.0]])

    class LinearModel(torch.nn.Module):
        def __init__(self):
            super(LinearModel, self).__init__()
            self.linear = torch.nn.Linear(1, 1)

        def forward(self, x):
            return self.linear(x)

    torch.manual_seed(55)
    model = LinearModel()
    criterion = torch.nn.MSELoss(reduction='sum')
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    truth = Truth()
    for epoch in range(48):
        y_pred = model(x_data)
        loss = criterion(y_pred, y_data)
        print("Epoch:", epoch + 1, "Loss:", loss.item())
        truth.add(at=epoch + 1, Loss=loss.item())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print("w=", model.linear.weight.item())
    print("b=", model.linear.bias.item())
    truth.allow(**{"w": model.linear.weight.item(), "b": model.linear.bias.item()})
    x_test = torch.Tensor([[-3.0], [-1.0], [6.0]])
    y_test = model(x_test)
    print("x_test=", x_test.data, "\ny_test=", y_test.data)
    truth.write("the script's loss.item() next to each print", libraries=("torch",), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"linreg3": run}, root=HELDOUT55)
