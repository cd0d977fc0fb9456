"""HELD-OUT fixture (eighth half, see generate/heldout8/README.md): do not read while tuning the
parser.

pomegranate 1.x (probabilistic models on PyTorch) fitting three models with ``verbose=True``,
as its tutorials do: k-means, a Gaussian mixture and a dense hidden Markov model, on
synthetic data the script makes. Each fit prints, every iteration, ``[3] Improvement:
0.0113525390625, Time: 0.006158s`` (the full float, then the iteration's duration); after each
fit the script prints its own evaluation line (``gmm: mean log-likelihood=... accuracy=...``)
and, before the fits, its settings.

Truth: thin subclasses record what each model's own ``summarize`` returns on every call of
``fit`` (the total log-probability, or k-means's distance), and the improvements pomegranate
prints are the differences of consecutive calls, at the iteration number the line states
(``Improvement``; the step); the durations are timings, in neither map. The evaluation lines
come from the fitted models (``log_probability``, ``predict``) and scikit-learn's
``adjusted_rand_score``. The settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT8, Truth, main


def run() -> None:
    import torch
    from pomegranate.distributions import Normal
    from pomegranate.gmm import GeneralMixtureModel
    from pomegranate.hmm import DenseHMM
    from pomegranate.kmeans import KMeans
    from sklearn.metrics import adjusted_rand_score

    truth = Truth()
    settings = {"k": 3, "max_iter": 25, "tol": 0.0001, "n_samples": 450, "hmm_states": 2,
                "n_sequences": 12, "seq_len": 60, "seed": 0}
    print("settings: " + " ".join(f"{k}={v}" for k, v in settings.items()), flush=True)
    torch.manual_seed(settings["seed"])

    def recording(cls, sign):
        class Recording(cls):
            def summarize(self, *args, **kwargs):
                value = super().summarize(*args, **kwargs)
                self._h8_values.append(float(torch.as_tensor(value).sum()))
                return value
        Recording.__name__ = cls.__name__
        Recording._h8_sign = sign
        return Recording

    def record_fit(model):
        values = model._h8_values
        for i in range(1, len(values)):
            truth.add(i, Improvement=model._h8_sign * (values[i] - values[i - 1]))

    centers = torch.tensor([[3.0, 3.0], [-2.0, -1.0], [2.5, -3.0]])
    labels = torch.arange(settings["n_samples"]) % 3
    x = centers[labels] + torch.randn(settings["n_samples"], 2)

    print("== kmeans", flush=True)
    kmeans = recording(KMeans, -1)(k=settings["k"], max_iter=settings["max_iter"],
                                   tol=settings["tol"], verbose=True, random_state=0)
    kmeans._h8_values = []
    kmeans.fit(x)
    record_fit(kmeans)
    ari = float(adjusted_rand_score(labels.numpy(), kmeans.predict(x).numpy()))
    print(f"kmeans: ARI={ari:.4f}", flush=True)
    truth.add(ARI=ari)

    print("== gmm", flush=True)
    gmm = recording(GeneralMixtureModel, 1)([Normal() for _ in range(settings["k"])],
                                            max_iter=settings["max_iter"],
                                            tol=settings["tol"], verbose=True, random_state=0)
    gmm._h8_values = []
    gmm.fit(x)
    record_fit(gmm)
    mean_ll = float(gmm.log_probability(x).mean())
    ari = float(adjusted_rand_score(labels.numpy(), gmm.predict(x).numpy()))
    print(f"gmm: mean log-likelihood={mean_ll:.4f} ARI={ari:.4f}", flush=True)
    truth.add(**{"mean log-likelihood": mean_ll, "ARI": ari})

    print("== hmm", flush=True)
    states = torch.zeros(settings["n_sequences"], settings["seq_len"], dtype=torch.long)
    for t in range(1, settings["seq_len"]):
        stay = torch.rand(settings["n_sequences"]) < 0.9
        states[:, t] = torch.where(stay, states[:, t - 1], 1 - states[:, t - 1])
    seqs = (states.float() * 3.0 + torch.randn(states.shape)).unsqueeze(-1)
    hmm = recording(DenseHMM, 1)([Normal() for _ in range(settings["hmm_states"])],
                                 max_iter=settings["max_iter"], tol=settings["tol"],
                                 verbose=True, random_state=0)
    hmm._h8_values = []
    hmm.fit(seqs[:10])
    record_fit(hmm)
    held_out = float(hmm.log_probability(seqs[10:]).sum())
    print(f"hmm: held-out log-probability={held_out:.3f}", flush=True)
    truth.add(**{"held-out log-probability": held_out})
    truth.write("differences of consecutive summarize() returns recorded by thin subclasses "
                "(Improvement at the printed iteration); log_probability, predict with "
                "sklearn's adjusted_rand_score; settings = params",
                libraries=("pomegranate", "torch", "scikit-learn"), params=settings,
                rel=1e-4, abs_tol=5.1e-4)  # full floats; the script's 3-4 decimals


if __name__ == "__main__":
    main(__file__, {"pomegranate": run}, root=HELDOUT8)
