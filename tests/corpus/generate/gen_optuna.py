"""Development fixture (held out in the first measurement of issue 11, seen since).

Optuna: a study of 10 trials (TPE sampler, seed 0) tuning an RBF `SVC`'s ``C`` and ``gamma``
by 3-fold cross-validation on a synthetic data set. Optuna logs on stderr
(``[I 2026-12-04 18:00:00,000] A new study created in memory with name: ...`` and, per trial,
``Trial 3 finished with value: 0.86 and parameters: {'C': 1.52, 'gamma': 0.0071}. Best is
trial 1 with value: 0.88.``); the script then prints ``Best params: {...}`` and
``Best value: 0.8800`` on stdout.

Truth: `study.trials` values (``value``; no step judged). Optional: the best value each log
line and the closing line repeat (``value``, ``Best value``) and the trial numbers. Params:
the sampled parameters (``C``, ``gamma``): never metrics.
"""

from _capture import main, write_truth

TRIALS = 10


def train() -> None:
    import optuna
    from sklearn.datasets import make_classification
    from sklearn.model_selection import cross_val_score
    from sklearn.svm import SVC

    X, y = make_classification(n_samples=240, n_features=10, n_informative=5, random_state=0)

    def objective(trial):
        c = trial.suggest_float("C", 1e-2, 1e2, log=True)
        gamma = trial.suggest_float("gamma", 1e-4, 1e0, log=True)
        return cross_val_score(SVC(C=c, gamma=gamma), X, y, cv=3).mean()

    study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=0))
    study.optimize(objective, n_trials=TRIALS)
    print("Best params:", study.best_params)
    print(f"Best value: {study.best_value:.4f}")

    values = [t.value for t in study.trials]
    best_so_far = [max(values[:i + 1]) for i in range(len(values))]
    write_truth({"value": values},
                optional={"value": best_so_far, "Best value": [study.best_value],
                          "Trial": [float(t.number) for t in study.trials]},
                params=study.best_params, libraries=("optuna", "scikit-learn"),
                rel=1e-6, abs_tol=5e-5,
                source="study.trials[i].value; optional: the best value so far each log line "
                       "repeats, the final Best value, the trial numbers; params: the sampled "
                       "parameters (study.best_params)")


if __name__ == "__main__":
    main(__file__, {"optuna": train})
