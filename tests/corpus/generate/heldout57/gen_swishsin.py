"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch regression of sin(x) with a hand-made swish activation, printing as
simi-ck/Deep-learning-homework ``Homework_01/homework_01.py``: ``CPU`` (the device branch), then
every 1000th step ``str(step/1000)+'   Loss=%.4f'%loss`` -- the step in thousands as a float
(``0.0``, ``1.0``, ...), three spaces, ``Loss=`` glued to the number. Here: the script's
two-layer net (100 hidden units, swish), Adam 5e-4, full-batch MSE on 400 points of [0, 6pi],
12000 steps (the script's plotting is left out: it only draws).

Truth: ``Loss`` at the printed step (``step/1000``: 0.0, 1.0, ... as the line shows it).
"""

from _toy import *  # noqa: F401,F403  (sets the import path)
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(17)
    torch.set_num_threads(1)
    x_data = torch.unsqueeze(torch.linspace(0, 6 * np.pi, 400), dim=1)
    y_data = torch.sin(x_data)

    class Act_op(nn.Module):
        def forward(self, x):
            return x * torch.sigmoid(x)

    swish = Act_op()

    class TwolayerNet(nn.Module):
        def __init__(self, D_in, H1, D_out):
            super().__init__()
            self.linear1 = nn.Linear(D_in, H1)
            self.linear2 = nn.Linear(H1, D_out)

        def forward(self, X):
            return self.linear2(swish(self.linear1(X)))

    net = TwolayerNet(1, 100, 1)
    optimizer = torch.optim.Adam(net.parameters(), lr=0.0005)
    loss_func = nn.MSELoss()
    print("CPU")
    truth = Truth()
    for step in range(12000):
        prediction = net(x_data)
        loss = loss_func(prediction, y_data)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if step % 1000 == 0:
            print(str(step / 1000) + '   Loss=%.4f' % loss.data.cpu().numpy())
            truth.add(at=step / 1000, Loss=loss.item())
    truth.write("the script's full-batch MSE every 1000 steps", libraries=("torch",),
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"swishsin": run}, root=HELDOUT57)
