"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

NumPyro (JAX) on a Bayesian linear regression, first by SVI, then by NUTS, as its tutorials do:

* ``svi.run(...)``'s tqdm bar on stderr, its postfix set every 75 steps (drawn when tqdm
  redraws): ``100%|██████████| 1500/1500 [00:02<00:00, 640.12it/s, init loss: 306.1557, avg.
  loss [1426-1500]: 80.9649]``;
* ``print(guide.median(svi_result.params))``: a dict of JAX arrays, ``{'alpha':
  Array(-0.6953, dtype=float32), 'beta': Array(1.4921, dtype=float32), ...}``, and the script's
  ``SVI final loss: 80.8812``;
* ``mcmc.warmup(...)`` and ``mcmc.run(...)``: a bar per phase (``warmup: 100%|...| 300/300
  [...] 7 steps of size 5.34e-01. acc. prob=0.92]``, ``sample: ...``);
* ``mcmc.print_summary()``: ``mean  std  median  5.0%  95.0%  n_eff  r_hat`` with a row per
  site (``alpha  -0.69  0.05  -0.69  -0.77  -0.61  512.34  1.00``), ``Number of divergences:
  0``; the script's ``posterior predictive RMSE: 0.4981`` and a settings line ``settings:
  svi_steps=1500 lr=0.05 num_warmup=300 num_samples=500 seed=1``.

Truth: ``svi_result.losses``: each bar state that was drawn (read through a tqdm subclass put
in numpyro's place: which ``set_postfix_str`` call was current at each redraw) gives ``init
loss`` (``losses[0]``) and ``avg. loss`` (the mean of that window of losses, as numpyro
computes it), no step (the window ``[1426-1500]`` is not a step); ``guide.median`` as
``alpha``, ``beta``, ``sigma``; the final loss; ``numpyro.diagnostics.summary`` of the samples
as ``<site>/<column>`` (``alpha/mean``, ``sigma/n_eff``, ``beta/95.0%``); the NUTS bars' values
(``num_steps``, ``adapt_state.step_size``, ``mean_accept_prob`` from the extra fields, at each
drawn iteration) optional, as ``steps``, ``step size``, ``acc. prob``; ``Number of
divergences`` optional; the RMSE from the posterior predictive. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def run() -> None:
    import types

    import jax
    import numpy as np
    import numpyro
    import numpyro.distributions as dist
    import numpyro.infer.svi
    import numpyro.util
    import tqdm
    from numpyro.diagnostics import summary
    from numpyro.infer import MCMC, NUTS, SVI, Predictive, Trace_ELBO
    from numpyro.infer.autoguide import AutoNormal

    truth = Truth()
    bars = []

    class RecordingBar(tqdm.tqdm):
        """numpyro's bar, noting which postfix (by call number) each redraw shows."""

        def __init__(self, *args, **kwargs):
            self.calls, self.drawn = -1, []  # before tqdm's first draw
            bars.append(self)
            super().__init__(*args, **kwargs)

        def set_postfix_str(self, s="", refresh=True):
            self.calls += 1
            super().set_postfix_str(s, refresh)

        def display(self, *args, **kwargs):
            if self.calls >= 0 and (not self.drawn or self.drawn[-1] != self.calls):
                self.drawn.append(self.calls)
            return super().display(*args, **kwargs)

    def trange(*args, **kwargs):
        return RecordingBar(range(*args), **kwargs)

    numpyro.infer.svi.tqdm = types.SimpleNamespace(trange=trange)
    numpyro.util.tqdm = types.SimpleNamespace(trange=trange)

    settings = {"svi_steps": 1500, "lr": 0.05, "num_warmup": 300, "num_samples": 500, "seed": 1}
    print("settings: " + " ".join(f"{k}={v}" for k, v in settings.items()), flush=True)
    rng = np.random.default_rng(0)
    x = rng.normal(size=120)
    y = 1.5 * x - 0.7 + rng.normal(scale=0.5, size=120)

    def model(x, y=None):
        alpha = numpyro.sample("alpha", dist.Normal(0, 5))
        beta = numpyro.sample("beta", dist.Normal(0, 5))
        sigma = numpyro.sample("sigma", dist.HalfNormal(2))
        numpyro.sample("obs", dist.Normal(alpha + beta * x, sigma), obs=y)

    guide = AutoNormal(model)
    svi = SVI(model, guide, numpyro.optim.Adam(settings["lr"]), Trace_ELBO())
    result = svi.run(jax.random.PRNGKey(settings["seed"]), settings["svi_steps"], x, y)
    sys.stderr.flush()
    losses = np.asarray(result.losses, dtype=float)
    batch = settings["svi_steps"] // 20
    for k in bars[0].drawn:
        end = (k + 1) * batch
        truth.add(**{"init loss": losses[0], "avg. loss": float(np.mean(losses[end - batch:end]))})
    median = guide.median(result.params)
    print(median)
    print(f"SVI final loss: {losses[-1]:.4f}", flush=True)
    truth.add(**{name: float(median[name]) for name in ("alpha", "beta", "sigma")})
    truth.add(**{"SVI final loss": losses[-1]})

    mcmc = MCMC(NUTS(model), num_warmup=settings["num_warmup"],
                num_samples=settings["num_samples"])
    fields = ("num_steps", "adapt_state.step_size", "mean_accept_prob", "diverging")
    key_warm, key_run = jax.random.split(jax.random.PRNGKey(settings["seed"] + 1))
    mcmc.warmup(key_warm, x, y, collect_warmup=True, extra_fields=fields)
    warm = mcmc.get_extra_fields()
    mcmc.run(key_run, x, y, extra_fields=fields)
    sample = mcmc.get_extra_fields()
    sys.stderr.flush()
    for bar, extra in zip(bars[1:], (warm, sample)):
        for i in bar.drawn:
            truth.allow(**{"steps": extra["num_steps"][i],
                           "step size": extra["adapt_state.step_size"][i],
                           "acc. prob": extra["mean_accept_prob"][i]})
    mcmc.print_summary()
    samples = mcmc.get_samples(group_by_chain=True)
    for site, stats in summary(samples, prob=0.9).items():
        truth.add(**{f"{site}/{column}": float(value) for column, value in stats.items()})
    truth.allow(**{"Number of divergences": int(np.sum(sample["diverging"]))})
    pred = Predictive(model, mcmc.get_samples())(jax.random.PRNGKey(3), x)["obs"]
    rmse = float(np.sqrt(np.mean((np.asarray(pred).mean(0) - y) ** 2)))
    print(f"posterior predictive RMSE: {rmse:.4f}", flush=True)
    truth.add(**{"posterior predictive RMSE": rmse})
    truth.write("svi_result.losses per drawn bar state (init loss, window mean as avg. loss); "
                "guide.median; numpyro.diagnostics.summary as <site>/<column>; NUTS extra "
                "fields at drawn iterations optional; Predictive RMSE; settings line = params",
                libraries=("numpyro", "jax", "tqdm", "numpy"), params=settings,
                rel=1e-5, abs_tol=5.1e-3)  # the summary's 2 decimals


if __name__ == "__main__":
    main(__file__, {"numpyro": run}, root=HELDOUT7)
