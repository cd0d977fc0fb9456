"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop logging as JHorcasitas/blog ``ImageNet/__init__.py`` and
``ImageNet/metric_tracker.py``: ``logging.basicConfig`` with the format ``[%(levelname)s]
%(message)s`` and ``MetricTracker.log_metrics``, one ``[INFO] Class: class_0, Precision:
0.93..., Recall: 0.88..., F1: 0.90...`` line per class (unformatted floats, ``None`` where a
class has no prediction). The original logs to ``training.log``; here the handler is the
default one, on stderr. The original's F1 argument indexes the top-1 score (a float, so it
would fail); here each class's F1. Here: a linear classifier on sklearn's wine data, SGD, three
epochs, the tracker reset and logged after each.

Truth: ``class_0/Precision``, ``class_0/Recall``, ``class_0/F1`` and the same for the other
classes (the class name heads each line), no step (the lines state none).
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import logging

    import numpy as np
    import torch
    from sklearn.datasets import load_wine

    truth = Truth()
    logging.basicConfig(format='[%(levelname)s] %(message)s', level=logging.INFO)
    data = load_wine()
    X = (data.data - data.data.mean(0)) / data.data.std(0)
    rng = np.random.default_rng(13)
    idx = rng.permutation(len(X))
    X, y = torch.tensor(X[idx], dtype=torch.float32), torch.tensor(data.target[idx])
    torch.manual_seed(13)
    model = torch.nn.Linear(13, 3)
    opt = torch.optim.SGD(model.parameters(), lr=0.002)

    class MetricTracker:
        def __init__(self, names):
            self.index_class_map = dict(enumerate(names))
            self.num_classes = len(names)
            self.reset()

        def reset(self):
            self.metrics = {i: {'TP': 0, 'FP': 0, 'FN': 0} for i in range(self.num_classes)}

        def update_metrics(self, pred, target):
            for i in range(len(pred)):
                if target[i] == pred[i]:
                    self.metrics[target[i]]['TP'] += 1
                else:
                    self.metrics[pred[i]]['FP'] += 1
                    self.metrics[target[i]]['FN'] += 1

        def ratio(self, a, b):
            try:
                return a / b
            except ZeroDivisionError:
                return None

        def log_metrics(self):
            for i in range(self.num_classes):
                v = self.metrics[i]
                p = self.ratio(v['TP'], v['TP'] + v['FP'])
                r = self.ratio(v['TP'], v['TP'] + v['FN'])
                f1 = None if p is None or r is None or p + r == 0 else 2 * p * r / (p + r)
                class_name = self.index_class_map[i]
                message = 'Class: {}, Precision: {}, Recall: {}, F1: {}'
                logging.info(message.format(class_name, p, r, f1))
                for key, val in (("Precision", p), ("Recall", r), ("F1", f1)):
                    if val is not None:
                        truth.add(**{f"{class_name}/{key}": val})

    tracker = MetricTracker(list(data.target_names))
    for epoch in range(3):
        tracker.reset()
        for i in range(0, len(X), 16):
            out = model(X[i:i + 16])
            loss = torch.nn.functional.cross_entropy(out, y[i:i + 16])
            opt.zero_grad()
            loss.backward()
            opt.step()
            tracker.update_metrics(out.argmax(1).tolist(), y[i:i + 16].tolist())
        tracker.log_metrics()
    truth.write("the tracker's per-class ratios over each epoch's predictions",
                libraries=("torch", "scikit-learn"), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"imagenetlog": run}, root=HELDOUT40)
