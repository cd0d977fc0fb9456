"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A physics-informed network trained as ERICwangyiquan/VGPT-PINN ``2D_Euler/E_PINN_train0.py``
(commit 025328fc) trains and prints: one Adam step, ``Epoch: 0 | Loss: {loss}`` (unformatted),
then L-BFGS (``lr=1, max_iter=20``) steps with ``Epoch: {i} | Loss: {:.6f}`` every 100 steps,
and once the loss is below ``tol``
``Epoch: {i} | Loss: {:.6f} (Stopping Criteria Met)``. As in the original, the loss printed is
the one ``optimizer.step`` returns (the loss at the start of that step). Here: in place of the
2-D Euler equations, a small tanh network for the Poisson problem
``u'' = -nu pi^2 sin(pi x)`` on [0, 1] with zero boundary values (64 interior points, residual
plus boundary mean squared errors), trained once for each of four values of ``nu`` one after
another (as the repository trains a full PINN for each selected parameter), ``tol`` 1e-5, at
most 300 steps; a run whose float32 L-BFGS stalls above ``tol`` prints the same loss again every
100 steps, as the original would.

Truth: ``Loss`` at the epoch its line prints, in all four runs (the epochs restart).
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import math

    import torch

    torch.set_default_dtype(torch.float)
    truth = Truth()

    class PINN(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.net = torch.nn.Sequential(torch.nn.Linear(1, 16), torch.nn.Tanh(),
                                           torch.nn.Linear(16, 16), torch.nn.Tanh(),
                                           torch.nn.Linear(16, 1))

        def forward(self, x):
            return self.net(x)

        def loss(self, x_int, x_bc, u_bc, nu):
            x = x_int.clone().requires_grad_(True)
            u = self(x)
            u_x = torch.autograd.grad(u.sum(), x, create_graph=True)[0]
            u_xx = torch.autograd.grad(u_x.sum(), x, create_graph=True)[0]
            residual = u_xx + nu * math.pi ** 2 * torch.sin(math.pi * x)
            return (residual ** 2).mean() + ((self(x_bc) - u_bc) ** 2).mean()

    def pinn_train(PINN, nu, x_int_train, x_bc_train, u_bc_train, epochs_pinn, lr_pinn, tol):
        def closure():
            optimizer.zero_grad()
            loss = PINN.loss(x_int_train, x_bc_train, u_bc_train, nu)
            loss.backward()
            return loss

        optimizer = torch.optim.Adam(PINN.parameters(), lr=lr_pinn)
        loss_values = optimizer.step(closure)
        optimizer = torch.optim.LBFGS(PINN.parameters(), lr=1, max_iter=20)
        print(f"Epoch: 0 | Loss: {loss_values.item()}")
        truth.add(at=0, Loss=loss_values.item())
        for i in range(1, epochs_pinn):
            if loss_values.item() < tol:
                print(f"Epoch: {i} | Loss: {loss_values.item():.6f} (Stopping Criteria Met)")
                truth.add(at=i, Loss=loss_values.item())
                break
            else:
                loss_values = optimizer.step(closure)
                if i % 100 == 0:
                    print(f"Epoch: {i} | Loss: {loss_values.item():.6f}")
                    truth.add(at=i, Loss=loss_values.item())
                    if i == epochs_pinn:
                        print("PINN Training Completed\n")
        return loss_values

    x_int = torch.linspace(0, 1, 66)[1:-1].view(-1, 1)
    x_bc = torch.tensor([[0.0], [1.0]])
    u_bc = torch.zeros(2, 1)
    for nu in (0.1, 0.2, 0.3, 0.4):
        torch.manual_seed(1)
        pinn_train(PINN(), nu, x_int, x_bc, u_bc, 300, 0.001, 1e-5)
    truth.write("the PINN loss optimizer.step returned (residual plus boundary MSE)",
                libraries=("torch",), rel=1e-3, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"vgptpinn": run}, root=HELDOUT52)
