"""HELD-OUT fixture (ninth half, see generate/heldout9/README.md): do not read while tuning the
parser.

Causal inference with DoWhy, following its getting-started notebook as a script: a simulated
dataset (``dowhy.datasets.linear_dataset``: binary treatment, five common causes, two
instruments, true effect 10) previewed with ``df.head()`` (pandas elides middle columns on
a pipe, not on the 160-column terminal), a ``CausalModel`` from the dataset's graph, the
identified estimand printed (``print(identified_estimand)``: the backdoor, IV and front-door
estimand expressions and their assumptions), three backdoor estimators (linear regression,
propensity-score stratification and weighting), each estimate printed with its own
``__str__`` (``*** Causal Estimate ***`` ... ``## Estimate`` / ``Mean value: x``), three
refuters of the regression estimate (random common cause, placebo treatment, data subset)
with DoWhy's progress bar,
each printed (``Refute: ...`` / ``Estimated effect:`` / ``New effect:`` / ``p value:``), an
instrumental-variable estimate (last: it leaves the shared estimand marked ``iv``, which the
placebo refuter then misreads), and the script's summary of the four estimates against the
true effect.

Truth: the objects DoWhy returned: ``estimate.value`` as ``Mean value`` (one point per printed
estimate, no step); each refutation's ``estimated_effect``, ``new_effect`` and
``refutation_result['p_value']`` (``Estimated effect``, ``New effect``, ``p value``); the
summary lines' values under the estimator's name and ``error`` (their difference from the
dataset's ``ate``, computed by the script); the dataset's ``ate`` as ``true ATE``. The
dataset's settings printed first are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT9, Truth, main

SETTINGS = {"beta": 10, "num_common_causes": 5, "num_instruments": 2, "num_samples": 4000,
            "treatment_is_binary": True, "seed": 7}


def run() -> None:
    import logging
    import warnings

    import numpy as np
    import dowhy.datasets
    from dowhy import CausalModel

    warnings.filterwarnings("ignore", category=FutureWarning)
    logging.getLogger("dowhy").setLevel(logging.WARNING)
    truth = Truth()
    print("dataset: " + " ".join(f"{k}={v}" for k, v in SETTINGS.items()), flush=True)
    np.random.seed(SETTINGS["seed"])
    data = dowhy.datasets.linear_dataset(
        beta=SETTINGS["beta"], num_common_causes=SETTINGS["num_common_causes"],
        num_instruments=SETTINGS["num_instruments"], num_samples=SETTINGS["num_samples"],
        treatment_is_binary=SETTINGS["treatment_is_binary"])
    ate = float(data["ate"])
    print(f"true ATE: {ate:.4f}", flush=True)
    truth.add(**{"true ATE": ate})
    df = data["df"]
    print(df.head(), flush=True)
    model = CausalModel(data=df, treatment=data["treatment_name"],
                        outcome=data["outcome_name"], graph=data["gml_graph"])
    estimand = model.identify_effect(proceed_when_unidentifiable=True)
    print(estimand, flush=True)

    estimates = {}
    for method, kwargs in (("backdoor.linear_regression", {}),
                           ("backdoor.propensity_score_stratification", {}),
                           ("backdoor.propensity_score_weighting", {})):
        estimate = model.estimate_effect(estimand, method_name=method, **kwargs)
        print(estimate, flush=True)
        truth.add(**{"Mean value": estimate.value})
        estimates[method] = estimate

    base = estimates["backdoor.linear_regression"]
    for method, kwargs in (("random_common_cause", {"num_simulations": 20}),
                           ("placebo_treatment_refuter", {"num_simulations": 20,
                                                          "placebo_type": "permute"}),
                           ("data_subset_refuter", {"num_simulations": 20,
                                                    "subset_fraction": 0.8})):
        refutation = model.refute_estimate(estimand, base, method_name=method,
                                           show_progress_bar=True, random_seed=1, **kwargs)
        sys.stderr.flush()
        print(refutation, flush=True)
        truth.add(**{"Estimated effect": refutation.estimated_effect,
                     "New effect": refutation.new_effect,
                     "p value": refutation.refutation_result["p_value"]})

    # last: the IV estimate leaves the shared estimand set to "iv", which the refuters misread
    estimate = model.estimate_effect(estimand, method_name="iv.instrumental_variable")
    print(estimate, flush=True)
    truth.add(**{"Mean value": estimate.value})
    estimates["iv.instrumental_variable"] = estimate

    print("\nsummary (estimate, error against the true ATE):", flush=True)
    for method, estimate in estimates.items():
        name = method.split(".", 1)[1]
        print(f"  {name:<38} {estimate.value:9.4f}  error {estimate.value - ate:+.4f}")
        truth.add(**{name: estimate.value, "error": estimate.value - ate})
    sys.stdout.flush()
    truth.write("DoWhy's returned objects: estimate.value (Mean value), refutation "
                "estimated_effect/new_effect/refutation_result['p_value']; the dataset's ate; "
                "the summary's values and their differences from the ate; settings = params",
                libraries=("dowhy", "numpy", "pandas", "scikit-learn", "statsmodels"),
                params=SETTINGS, rel=1e-6, abs_tol=5.1e-5)


if __name__ == "__main__":
    main(__file__, {"dowhy": run}, root=HELDOUT9)
