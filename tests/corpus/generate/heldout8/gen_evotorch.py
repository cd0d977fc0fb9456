"""HELD-OUT fixture (eighth half, see generate/heldout8/README.md): do not read while tuning the
parser.

EvoTorch (NNAISENSE's evolutionary computation library on PyTorch) as its examples use it: a
searcher with a ``StdOutLogger``, which prints the searcher's status every ``interval``
generations as right-aligned ``key : value`` lines (``iter`` first, then ``mean_eval``,
``median_eval``, ``pop_best_eval``, ``best_eval``, ``worst_eval``), a blank line after each
block. Three searchers: SNES on the 8-dimensional Rastrigin function, CEM on a shifted sphere,
and PGPE with the ClipUp optimiser training a linear network by neuroevolution
(``SupervisedNE``, mean squared error on a regression set the script makes); a
``PandasLogger`` on the PGPE run, whose last rows the script prints
(``logger.to_dataframe().tail()``: ``iter`` is the index, a column per status key). EvoTorch
also logs its problem set-up (``dtype``, ``device``, number of actors) with its own
``[date] INFO <pid> evotorch.core: ...`` records (on stdout). The script prints what it runs
(``== SNES on rastrigin-8 (popsize=40, stdev_init=2.0)``) and, at the end, the PGPE centre's
mean squared error on held-out data.

Truth: a ``ScalarLogger`` subclass attached beside each ``StdOutLogger`` with the same interval
records the status dict EvoTorch hands its loggers (after the same filtering): each key a
point at the block's ``iter`` (the step; ``iter`` itself optional); the pandas rows from
``PandasLogger.to_dataframe()`` (the library's own frame), each cell a point under its column
at the row's ``iter``; ``held-out MSE of the PGPE center`` (the name as printed) from the network
EvoTorch builds from the centre (``parameterize_net``). The bracketed settings of the ``==``
lines are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT8, Truth, main


def run() -> None:
    import torch
    from evotorch import Problem
    from evotorch.algorithms import CEM, PGPE, SNES
    from evotorch.logging import PandasLogger, ScalarLogger, StdOutLogger
    from evotorch.neuroevolution import SupervisedNE

    truth = Truth()
    torch.manual_seed(0)

    class Recorder(ScalarLogger):
        """Keeps what EvoTorch hands its scalar loggers, as StdOutLogger receives it."""

        def _log(self, status: dict):
            step = status["iter"]
            truth.add(step, **{k: float(v) for k, v in status.items() if k != "iter"})
            truth.allow(iter=step)

    def rastrigin(x):
        return 10 * x.shape[-1] + (x ** 2 - 10 * torch.cos(2 * torch.pi * x)).sum(-1)

    def sphere(x):
        return ((x - 1.5) ** 2).sum(-1)

    params = {"popsize": 40, "stdev_init": 2.0, "parenthood_ratio": 0.25, "stdev_max_change": 0.2,
              "center_learning_rate": 0.05, "stdev_learning_rate": 0.1, "radius_init": 0.5,
              "interval": 10, "generations": 40}

    print(f"== SNES on rastrigin-8 (popsize={params['popsize']}, "
          f"stdev_init={params['stdev_init']})", flush=True)
    problem = Problem("min", rastrigin, solution_length=8, initial_bounds=(-3, 3),
                      vectorized=True, seed=0)
    searcher = SNES(problem, stdev_init=params["stdev_init"], popsize=params["popsize"])
    StdOutLogger(searcher, interval=params["interval"])
    Recorder(searcher, interval=params["interval"])
    searcher.run(params["generations"])
    sys.stdout.flush()

    print(f"== CEM on sphere-6 (popsize={params['popsize']}, "
          f"parenthood_ratio={params['parenthood_ratio']}, "
          f"stdev_max_change={params['stdev_max_change']})", flush=True)
    problem = Problem("min", sphere, solution_length=6, initial_bounds=(-2, 2),
                      vectorized=True, seed=1)
    searcher = CEM(problem, popsize=params["popsize"], stdev_init=1.0,
                   parenthood_ratio=params["parenthood_ratio"],
                   stdev_max_change=params["stdev_max_change"])
    StdOutLogger(searcher, interval=params["interval"])
    Recorder(searcher, interval=params["interval"])
    searcher.run(params["generations"])
    sys.stdout.flush()

    print(f"== PGPE+ClipUp on a linear regression network (popsize=20, "
          f"center_learning_rate={params['center_learning_rate']}, "
          f"stdev_learning_rate={params['stdev_learning_rate']}, "
          f"radius_init={params['radius_init']})", flush=True)
    w = torch.tensor([1.0, -2.0, 0.5, 3.0])
    x = torch.randn(320, 4)
    y = (x @ w + 0.1 * torch.randn(320)).unsqueeze(1)
    data = torch.utils.data.TensorDataset(x[:256], y[:256])
    problem = SupervisedNE(data, torch.nn.Linear(4, 1), torch.nn.MSELoss(), minibatch_size=32)
    searcher = PGPE(problem, popsize=20, center_learning_rate=params["center_learning_rate"],
                    stdev_learning_rate=params["stdev_learning_rate"], optimizer="clipup",
                    radius_init=params["radius_init"])
    StdOutLogger(searcher, interval=params["interval"])
    Recorder(searcher, interval=params["interval"])
    frame_logger = PandasLogger(searcher)
    searcher.run(params["generations"])
    sys.stdout.flush()
    frame = frame_logger.to_dataframe().tail()
    print(frame, flush=True)
    for step, row in frame.iterrows():
        truth.add(step, **{k: float(v) for k, v in row.items()})
    net = problem.parameterize_net(searcher.status["center"])
    with torch.no_grad():
        mse = float(torch.nn.functional.mse_loss(net(x[256:]), y[256:]))
    print(f"held-out MSE of the PGPE center: {mse:.5f}", flush=True)
    truth.add(**{"held-out MSE of the PGPE center": mse})  # the name as printed
    truth.write("a ScalarLogger beside each StdOutLogger records EvoTorch's status dicts (at "
                "iter); PandasLogger.to_dataframe().tail() cells at their iter; the MSE of "
                "parameterize_net(center) on held-out rows; printed settings = params",
                libraries=("evotorch", "torch"), params=params,
                rel=1e-5, abs_tol=5.1e-6)  # full floats; pandas's 6 decimals


if __name__ == "__main__":
    main(__file__, {"evotorch": run}, root=HELDOUT8)
