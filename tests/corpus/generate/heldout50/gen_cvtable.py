"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

Grid search by cross-validation and a final evaluation printing as
kushalarora/SupervisedMLAlgorithms (a Python 2 project: ``main.py``, ``learn.py``,
``print_score.py``): logging with ``'%(levelname)s %(asctime)s %(name)s: %(message)s'`` at INFO
on stderr (``Main::Running algorithm(s): ...``, ``Algorithm ... loaded from module ...``,
``Choosing following parameters after validation {...}``), and on stdout two PrettyTables per
dataset and training size: the cross-validation table (``parameters | metric | mean | std``,
one row per parameter combination, the parameters as a tuple of pairs) and the result table
(``training_size | algorithm | datset | metric | score``). The tables are drawn here as
PrettyTable draws them (``+---+`` rules, centred cells, its odd/even padding rule), numbers
as Python 2's ``str`` (12 significant digits). Here: scikit-learn's SVC on its breast-cancer
and digits sets (the project's ``cancer`` and ``ocr``), training sizes 40% and 60% (600 of the
digits), 5-fold ``KFold``, a grid of our own (kernels linear and rbf, C 0.1, 1 and 10; the
project's ``classification.json`` is not reproduced).

Truth: the cross-validated mean accuracy of each row as ``mean`` and each final test accuracy
as ``score``, without step (the tables have no step column). The rows' ``std`` is optional;
the chosen ``C`` in the log line is optional; training sizes are settings.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT50, Truth, main


def _justify(text, width):
    excess = width - len(text)
    if excess % 2:
        if len(text) % 2:
            return (excess // 2) * " " + text + (excess // 2 + 1) * " "
        return (excess // 2 + 1) * " " + text + (excess // 2) * " "
    return (excess // 2) * " " + text + (excess // 2) * " "


def _table(header, rows):
    cells = [[str(c) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    line = lambda vals: "|" + "|".join(" " + _justify(v, w) + " " for v, w in zip(vals, widths)) + "|"
    return "\n".join([rule, line(header), rule] + [line(r) for r in cells] + [rule])


def run() -> None:
    import logging
    from itertools import product

    import numpy as np
    from sklearn.datasets import load_breast_cancer, load_digits
    from sklearn.metrics import accuracy_score
    from sklearn.model_selection import KFold, cross_val_score
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import SVC

    py2 = lambda v: '%.12g' % v if isinstance(v, float) else str(v)
    FORMAT = '%(levelname)s %(asctime)s %(name)s: %(message)s'
    logging.basicConfig(format=FORMAT, level=logging.INFO)
    logging.info("Main::Running algorithm(s): %s" % ['support_vector_machine'])
    logging.info("Main::Running on dataset(s): %s" % ['cancer', 'ocr'])
    logging.info("Main::Evaluate metric(s): %s" % ['all'])
    logging.info("Main::Output Mode: %s" % 'print')
    logging.info("Algorithm %s loaded from module %s" % ("SupportVectorMachine", "support_vector_machine"))

    parameters = {'kernel': ['linear', 'rbf'], 'C': [0.1, 1.0, 10.0]}
    loaders = {'cancer': load_breast_cancer, 'ocr': load_digits}
    truth = Truth()
    for dataset in ['cancer', 'ocr']:
        X, y = loaders[dataset](return_X_y=True)
        rng = np.random.default_rng(26)
        idx = rng.permutation(len(X))
        if dataset == 'ocr':
            idx = idx[:600]
        X, y = StandardScaler().fit_transform(X[idx]), y[idx]
        for training_size in [40, 60]:
            n = int(len(X) * training_size / 100)
            train_X, train_Y, test_X, test_Y = X[:n], y[:n], X[n:], y[n:]
            lists = [list(product([p], v)) for p, v in parameters.items()]
            cv_results = []
            for tup in product(*lists):
                algo = SVC(**dict(tup))
                scores = cross_val_score(algo, train_X, train_Y, cv=KFold(5), scoring='accuracy')
                cv_results.append((tup, 'accuracy', scores.mean(), scores.std()))
            print(_table(["parameters", "metric", "mean", "std"],
                         [[str(t), m, py2(a), py2(s)] for t, m, a, s in cv_results]))
            for _, _, mean, std in cv_results:
                truth.add(mean=mean)
                truth.allow(std=std)
            max_tup = max(cv_results, key=lambda x: x[2])
            opt_parameters = dict(max_tup[0])
            logging.info("Choosing following parameters after validation %s" % opt_parameters)
            truth.allow(C=opt_parameters['C'])
            algo = SVC(**opt_parameters).fit(train_X, train_Y)
            score = accuracy_score(test_Y, algo.predict(test_X))
            print(_table(["training_size", "algorithm", "datset", "metric", "score"],
                         [[training_size, 'support_vector_machine', dataset, "accuracy_score",
                           py2(score)]]))
            truth.add(score=score)
    truth.write("cross_val_score means and the final accuracy_score", libraries=("scikit-learn",),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"cvtable": run}, root=HELDOUT50)
