"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

GPyTorch's "Simple GP Regression" tutorial loop, as countless scripts copy it: an
``ExactGP`` with a scaled RBF kernel on noisy samples of a sine, Adam for 40 iterations,
printing every iteration

``Iter 1/40 - Loss: 0.957   lengthscale: 0.693   noise: 0.693``

(three spaces between the fields, 3 decimals), then the model's predictions on a test grid:
``Test MAE: 0.0524``, ``Test NLL: -0.8267``, and the learned hyperparameters read back as a
dict of named parameters (``print(dict(model.named_hyperparameters()))``: tensors with
``requires_grad=True``, raw, unconstrained values).

Truth: the marginal log likelihood's loss (``-mll(output, y)``, a tensor) and the kernel's
``lengthscale`` and the likelihood's ``noise`` (GPyTorch's constrained parameters) at each
printed iteration, step = the printed ``Iter`` number (1-based); the test MAE and NLL (GPyTorch's
``gpytorch.metrics.mean_absolute_error`` and ``negative_log_predictive_density``) with no step.
The raw hyperparameters (labelled tensors in a dict, the model's parameters, not results) are
optional under their keys.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main

ITERATIONS = 40


def make_model(train_x, train_y):
    import gpytorch

    class ExactGPModel(gpytorch.models.ExactGP):
        def __init__(self, x, y, likelihood):
            super().__init__(x, y, likelihood)
            self.mean_module = gpytorch.means.ConstantMean()
            self.covar_module = gpytorch.kernels.ScaleKernel(gpytorch.kernels.RBFKernel())

        def forward(self, x):
            return gpytorch.distributions.MultivariateNormal(self.mean_module(x),
                                                             self.covar_module(x))

    likelihood = gpytorch.likelihoods.GaussianLikelihood()
    return ExactGPModel(train_x, train_y, likelihood), likelihood


def train() -> None:
    import math

    import gpytorch
    import torch

    torch.manual_seed(0)
    truth = Truth()
    train_x = torch.linspace(0, 1, 60)
    train_y = torch.sin(train_x * (2 * math.pi)) + torch.randn(train_x.size()) * math.sqrt(0.04)
    model, likelihood = make_model(train_x, train_y)
    model.train()
    likelihood.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
    mll = gpytorch.mlls.ExactMarginalLogLikelihood(likelihood, model)
    for i in range(ITERATIONS):
        optimizer.zero_grad()
        output = model(train_x)
        loss = -mll(output, train_y)
        loss.backward()
        lengthscale = model.covar_module.base_kernel.lengthscale.item()
        noise = model.likelihood.noise.item()
        print('Iter %d/%d - Loss: %.3f   lengthscale: %.3f   noise: %.3f' % (  # noqa: UP031
            i + 1, ITERATIONS, loss.item(), lengthscale, noise))
        truth.add(i + 1, Loss=loss.item(), lengthscale=lengthscale, noise=noise)
        optimizer.step()

    model.eval()
    likelihood.eval()
    test_x = torch.linspace(0, 1, 51)
    test_y = torch.sin(test_x * (2 * math.pi))
    with torch.no_grad(), gpytorch.settings.fast_pred_var():
        predictive = likelihood(model(test_x))
        mae = gpytorch.metrics.mean_absolute_error(predictive, test_y).item()
        nll = gpytorch.metrics.negative_log_predictive_density(predictive, test_y).item()
    print(f"Test MAE: {mae:.4f}")
    print(f"Test NLL: {nll:.4f}")
    truth.add(**{"Test MAE": mae, "Test NLL": nll})
    hyperparameters = dict(model.named_hyperparameters())
    print(hyperparameters)
    for name, value in hyperparameters.items():  # labelled tensors, no training metric
        truth.allow(**{name: value.item()})
    truth.write("-mll(output, y).item(), the kernel's lengthscale and the likelihood's noise "
                "at each printed iteration (step = Iter, 1-based); gpytorch.metrics' MAE and "
                "NLPD on the test grid, no step; the raw hyperparameters dict optional",
                libraries=("gpytorch", "torch"), rel=1e-6, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"gpytorch": train}, root=HELDOUT3)
