"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Continual learning with Avalanche (PyPI ``avalanche-lib``, on PyTorch, CPU): three seeded
synthetic experiences (300 training and 300 test points each, ten features, a label whose
boundary drifts from one experience to the next) built with ``tensors_benchmark``, a small MLP
trained with the ``Naive`` strategy (SGD, three epochs per experience, batches of 32) and, after
each experience, evaluated on the whole test stream. The ``EvaluationPlugin`` has accuracy
(epoch, experience, stream), loss (epoch, stream) and forgetting (experience) metrics and a
``TextLogger`` on stdout, which prints phase banners (``-- >> Start of training phase << --``,
``-- Starting training on experience 0 (Task 0) from train stream --``), ``Epoch 0 ended.``,
and every metric on its own tab-indented line in Avalanche's naming,
``Top1_Acc_Epoch/train_phase/train_stream/Task000 = 0.5500``,
``Top1_Acc_Exp/eval_phase/test_stream/Task000/Exp001 = 0.7133``,
``StreamForgetting/eval_phase/test_stream = 0.0867`` (four decimals). Avalanche warns on stderr.

Truth: the evaluation plugin's own record, ``evaluator.get_all_metrics()`` (every value each
metric emitted, in order), each name as Avalanche prints it; no steps (the metric lines state
none; the epoch is on the line before, and the records' x values are Avalanche's global
iteration counters, which are not printed).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main


def run() -> None:
    import warnings

    import torch
    from avalanche.benchmarks import tensors_benchmark
    from avalanche.evaluation.metrics import (accuracy_metrics, forgetting_metrics,
                                              loss_metrics)
    from avalanche.logging import TextLogger
    from avalanche.training.plugins import EvaluationPlugin
    from avalanche.training.supervised import Naive
    from torch import nn

    warnings.simplefilter("default")
    torch.manual_seed(21)
    torch.set_num_threads(1)
    gen = torch.Generator().manual_seed(21)

    def experience(shift: float):
        x = torch.randn(300, 10, generator=gen) + shift
        y = (x[:, 0] + x[:, 1] - 0.5 * x[:, 2] > 1.5 * shift).long()
        return x, y

    shifts = (0.0, 1.0, 2.0)
    benchmark = tensors_benchmark(train_tensors=[experience(s) for s in shifts],
                                  test_tensors=[experience(s) for s in shifts],
                                  task_labels=[0, 0, 0])
    model = nn.Sequential(nn.Linear(10, 16), nn.ReLU(), nn.Linear(16, 2))
    evaluator = EvaluationPlugin(accuracy_metrics(epoch=True, experience=True, stream=True),
                                 loss_metrics(epoch=True, stream=True),
                                 forgetting_metrics(experience=True, stream=True),
                                 loggers=[TextLogger(sys.stdout)])
    strategy = Naive(model=model, optimizer=torch.optim.SGD(model.parameters(), lr=0.1),
                     criterion=nn.CrossEntropyLoss(), train_mb_size=32, train_epochs=3,
                     eval_mb_size=100, evaluator=evaluator)
    for exp in benchmark.train_stream:
        strategy.train(exp)
        strategy.eval(benchmark.test_stream)
    truth = Truth()
    for name, (_, values) in evaluator.get_all_metrics().items():
        for value in values:
            truth.add(**{name: value})
    truth.write("Avalanche: EvaluationPlugin.get_all_metrics(), every emitted value under the "
                "printed metric name, no steps", libraries=("avalanche-lib", "torch"),
                params={"train_epochs": 3, "train_mb_size": 32, "lr": 0.1},
                rel=1e-9, abs_tol=5e-5)  # four decimals


if __name__ == "__main__":
    main(__file__, {"avalanche": run}, root=HELDOUT21)
