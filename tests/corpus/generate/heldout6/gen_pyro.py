"""HELD-OUT fixture (sixth half, see generate/heldout6/README.md): do not read while tuning the
parser.

A Bayesian linear regression in Pyro, the way Pyro's tutorials fit one:

* stochastic variational inference (``SVI`` with an ``AutoNormal`` guide and ``Adam``), logging
  the tutorial's ``[iteration 0100] loss: 1.4562`` line every 100 steps (the ELBO loss divided
  by the number of data points);
* then NUTS through ``MCMC`` (one chain, 150 warm-up and 300 samples): Pyro's own progress bar,
  ``Warmup:`` then ``Sample:`` with ``step size=8.04e-01, acc. prob=0.881`` in its postfix
  (tqdm: redrawn in place on a terminal, another width on a pipe);
* ``mcmc.summary(prob=0.9)``: Pyro's table, rows the latent sites, columns ``mean  std  median
  5.0%  95.0%  n_eff  r_hat``, then ``Number of divergences: 0``;
* ``posterior predictive RMSE: 0.5712`` on held-out points.

Truth: the loss ``svi.step`` returned (divided by the data size, as printed) at the printed
iteration; the table from ``pyro.infer.mcmc.util.summary`` on the same samples (the function
``mcmc.summary`` prints), as ``<site>/<column>`` (rows are different quantities), ``std`` (a
spread) optional; the divergence count optional; the bar's step size and acceptance
probability optional, in every state the bar was handed (the dict NUTS's ``logging()`` returns);
the RMSE computed by the script. Config printed by the script (``lr``, ``num_samples``...) is
params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT6, Truth, main


def train() -> None:
    import pyro
    import pyro.distributions as dist
    import torch
    from pyro.infer import MCMC, NUTS, SVI, Trace_ELBO
    from pyro.infer.autoguide import AutoNormal
    from pyro.infer.mcmc.util import summary

    torch.manual_seed(0)
    pyro.set_rng_seed(0)
    truth = Truth()
    config = {"lr": 0.005, "svi_steps": 1000, "warmup_steps": 150, "num_samples": 300,
              "seed": 0}
    print("config:", " ".join(f"{k}={v}" for k, v in config.items()))
    x = torch.linspace(-2, 2, 120)
    y = 1.3 - 0.7 * x + 0.5 * torch.randn(120)
    x_train, y_train, x_test, y_test = x[::2], y[::2], x[1::2], y[1::2]

    def model(xs, ys=None):
        alpha = pyro.sample("alpha", dist.Normal(0.0, 10.0))
        beta = pyro.sample("beta", dist.Normal(0.0, 10.0))
        sigma = pyro.sample("sigma", dist.HalfNormal(5.0))
        with pyro.plate("data", len(xs)):
            pyro.sample("obs", dist.Normal(alpha + beta * xs, sigma), obs=ys)

    guide = AutoNormal(model)
    svi = SVI(model, guide, pyro.optim.Adam({"lr": config["lr"]}), loss=Trace_ELBO())
    for step in range(config["svi_steps"]):
        loss = svi.step(x_train, y_train) / len(x_train)
        if (step + 1) % 100 == 0:
            print("[iteration %04d] loss: %.4f" % (step + 1, loss))  # noqa: UP031 (the tutorial)
            truth.add(step + 1, loss=loss)

    class ShownNUTS(NUTS):
        """NUTS whose every progress-bar postfix (``logging()``'s dict) is kept as optional."""

        def logging(self):
            shown = super().logging()
            truth.allow(**{"step size": self.step_size, "acc. prob": self._mean_accept_prob})
            return shown

    kernel = ShownNUTS(model)
    mcmc = MCMC(kernel, num_samples=config["num_samples"], warmup_steps=config["warmup_steps"],
                num_chains=1)
    mcmc.run(x_train, y_train)
    mcmc.summary(prob=0.9)
    stats = summary(mcmc.get_samples(group_by_chain=True), prob=0.9)
    for site, columns in stats.items():
        for column, value in columns.items():
            if column == "std":
                truth.allow(**{f"{site}/std": float(value)})
            else:
                truth.add(**{f"{site}/{column}": float(value)})
    diagnostics = mcmc.diagnostics()
    truth.allow(**{"Number of divergences": len(diagnostics["divergences"]["chain 0"])})

    samples = mcmc.get_samples()
    pred = samples["alpha"].mean() + samples["beta"].mean() * x_test
    rmse = float(torch.sqrt(torch.mean((pred - y_test) ** 2)))
    print(f"posterior predictive RMSE: {rmse:.4f}")
    truth.add(**{"posterior predictive RMSE": rmse})
    truth.write("svi.step's loss / data size at the printed iteration; pyro.infer.mcmc.util."
                "summary of the NUTS samples as <site>/<column> (std optional); divergences and "
                "every bar state's step size and acc. prob optional; the script's RMSE; config = "
                "params", libraries=("pyro-ppl", "torch"), params=config, rel=1e-3,
                abs_tol=5.1e-3)  # the summary is printed with 2 decimals


if __name__ == "__main__":
    main(__file__, {"pyro": train}, root=HELDOUT6)
