"""HELD-OUT fixture (ninth half, see generate/heldout9/README.md): do not read while tuning the
parser.

Bayesian optimisation with Ax (Meta's adaptive-experimentation platform) through its ``Client``
API, as the Ax tutorials run it: the Branin function over two range parameters, minimised
(``objective="-branin"``), a centre point and Sobol trials first, then BoTorch-model trials.
Ax logs through ``logging`` (``[INFO 12-05 10:00:00] ax.api.client: Generated new trial 3 with
parameters {'x1': 0.62, 'x2': 14.3} using GenerationNode Sobol.``, ``Trial 3 marked
COMPLETED.``, the generation strategy's repr at the start); the script prints each trial's
result (``trial 3: branin = 66.5307``), then ``get_best_parameterization()``'s parts as the
tutorial prints them (``Best parameters: {...}``, ``Prediction (mean, sem): {'branin':
(np.float64(...), np.float64(...))}``) and ``client.summarize()``, a pandas frame of the
trials (on a pipe pandas elides its middle columns at 80 characters; on the 160-column
terminal it prints them all).

Truth: the experiment's own records: ``client.summarize()``'s ``branin`` column, one point
per trial at its ``trial_index`` (the table's rows and the script's per-trial lines, which
state the trial); the best arm's predicted ``branin`` mean from ``get_best_parameterization``
(no step), its sem optional under the same name. The trial parameters (``x1``, ``x2``, in the
log records, the best parameters and the table) are the search's configuration: params, with
the best trial's values; the optimisation settings printed first too.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT9, Truth, main

SETTINGS = {"objective": "-branin", "trials": 7, "initialization_budget": 4, "seed": 0}


def branin(x1, x2):
    import math

    return ((x2 - 5.1 / (4 * math.pi ** 2) * x1 ** 2 + 5 / math.pi * x1 - 6) ** 2
            + 10 * (1 - 1 / (8 * math.pi)) * math.cos(x1) + 10)


def run() -> None:
    import torch
    from ax import Client, RangeParameterConfig

    torch.set_num_threads(1)
    truth = Truth()
    print("optimisation: " + ", ".join(f"{k}={v}" for k, v in SETTINGS.items()), flush=True)
    client = Client(random_seed=SETTINGS["seed"])
    client.configure_experiment(
        parameters=[RangeParameterConfig(name="x1", parameter_type="float", bounds=(-5, 10)),
                    RangeParameterConfig(name="x2", parameter_type="float", bounds=(0, 15))],
        name="branin")
    client.configure_optimization(objective=SETTINGS["objective"])
    client.configure_generation_strategy(
        initialization_budget=SETTINGS["initialization_budget"])
    for _ in range(SETTINGS["trials"]):
        for index, parameters in client.get_next_trials(max_trials=1).items():
            value = branin(parameters["x1"], parameters["x2"])
            client.complete_trial(trial_index=index, raw_data={"branin": value})
            print(f"trial {index}: branin = {value:.4f}", flush=True)
    best, prediction, best_index, arm = client.get_best_parameterization()
    print("Best parameters:", best)
    print("Prediction (mean, sem):", prediction)
    print(f"Best trial: {best_index} (arm {arm})")
    frame = client.summarize()
    print(frame, flush=True)
    for _, row in frame.iterrows():
        index = int(row["trial_index"])
        truth.add(index, branin=float(row["branin"]))  # the per-trial line
        truth.add(index, branin=float(row["branin"]))  # the table's row
    mean, sem = prediction["branin"]
    truth.add(branin=float(mean))
    truth.allow(branin=float(sem))
    truth.write("client.summarize()'s branin column at each trial_index (twice: the script's "
                "line and the table's row); get_best_parameterization's predicted mean (sem "
                "optional); the trial parameters (best trial's values) and settings = params",
                libraries=("ax-platform", "botorch", "torch", "pandas"),
                params={**SETTINGS, "x1": best["x1"], "x2": best["x2"]},
                rel=1e-6, abs_tol=5.1e-5)  # 4 decimals (script), 6 (pandas)


if __name__ == "__main__":
    main(__file__, {"ax": run}, root=HELDOUT9)
