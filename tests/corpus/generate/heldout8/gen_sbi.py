"""HELD-OUT fixture (eighth half, see generate/heldout8/README.md): do not read while tuning the
parser.

sbi (simulation-based inference) with sequential neural posterior estimation, as its
tutorials run it: a linear-Gaussian simulator (whose true posterior is known), three rounds of
NPE with a mixture-density network, ``train(show_train_summary=True)``. sbi prints on stdout a
``Training neural network. Epochs trained: N`` counter redrawn with ``\\r`` every epoch,
``Neural network successfully converged after N epochs.`` (or, when training stops at
``max_num_epochs``, a warning on stderr), and a boxed round summary
(``||||| ROUND 1 STATS |||||:``, ``Epochs trained: 38``, ``Best validation performance:
-1.7334``); drawing posterior samples shows a tqdm bar on stderr. The script prints its
settings first and, after each round, the posterior mean's error against the true parameter,
the posterior's log-density at the true parameter and a classifier two-sample test
(``c2st``) of the posterior samples against the analytic posterior's.

Truth: sbi's own training summary (``inference._summary``): ``Best validation performance``
is ``best_validation_loss`` of the round, at the round number the box states (the step);
``Epochs trained`` (and the counter's values and the converged-after count) are optional
counts; the script's ``posterior mean error``, ``log_prob(theta_true)`` (the posterior's
``log_prob``) and ``c2st`` (``sbi.utils.metrics.c2st``) at
the round number their line states. The settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT8, Truth, main


def run() -> None:
    import os
    import tempfile

    import torch
    from sbi.inference import NPE
    from sbi.utils import BoxUniform
    from sbi.utils.metrics import c2st

    os.chdir(tempfile.mkdtemp(prefix="sbi-run-"))  # sbi writes TensorBoard logs to ./sbi-logs
    truth = Truth()
    settings = {"dim": 2, "num_rounds": 3, "num_simulations": 500, "noise_std": 0.3,
                "density_estimator": "mdn", "training_batch_size": 100, "max_num_epochs": 40,
                "seed": 0}
    print("settings: " + ", ".join(f"{k}={v}" for k, v in settings.items()), flush=True)
    torch.manual_seed(settings["seed"])
    dim, noise = settings["dim"], settings["noise_std"]
    prior = BoxUniform(low=-3 * torch.ones(dim), high=3 * torch.ones(dim))

    def simulator(theta):
        return theta + noise * torch.randn_like(theta)

    theta_true = torch.tensor([0.8, -0.5])
    x_o = simulator(theta_true.unsqueeze(0))[0]
    reference = x_o + noise * torch.randn(500, dim)  # flat prior wide enough: N(x_o, noise²)

    inference = NPE(prior, density_estimator=settings["density_estimator"])
    proposal = prior
    for round_ in range(1, settings["num_rounds"] + 1):
        theta = proposal.sample((settings["num_simulations"],))
        x = simulator(theta)
        estimator = inference.append_simulations(theta, x, proposal=proposal).train(
            show_train_summary=True, training_batch_size=settings["training_batch_size"],
            max_num_epochs=settings["max_num_epochs"])
        sys.stdout.flush()
        summary = inference._summary
        epochs = summary["epochs_trained"][-1]
        truth.add(round_, **{"Best validation performance": summary["best_validation_loss"][-1]})
        truth.allow(**{"Epochs trained": epochs})
        for n in range(1, int(epochs) + 1):
            truth.allow(**{"Epochs trained": n})
        posterior = inference.build_posterior(estimator).set_default_x(x_o)
        samples = posterior.sample((500,))
        sys.stderr.flush()
        error = float(torch.linalg.norm(samples.mean(0) - theta_true))
        log_prob = float(posterior.log_prob(theta_true.unsqueeze(0))[0])
        accuracy = float(c2st(samples, reference, seed=settings["seed"]))
        print(f"round {round_}: posterior mean error={error:.4f}, "
              f"log_prob(theta_true)={log_prob:.4f}, c2st={accuracy:.3f}", flush=True)
        truth.add(round_, **{"posterior mean error": error, "log_prob(theta_true)": log_prob,
                             "c2st": accuracy})
        proposal = posterior
    truth.write("inference._summary (best_validation_loss at the round; epochs optional); the "
                "posterior samples' mean error and sbi.utils.metrics.c2st against the "
                "analytic posterior, at the round; settings = params",
                libraries=("sbi", "torch"), params=settings,
                rel=1e-5, abs_tol=5.1e-4)  # 3-4 decimals


if __name__ == "__main__":
    main(__file__, {"sbi": run}, root=HELDOUT8)
