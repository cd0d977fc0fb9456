"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Factor-graph optimisation with GTSAM (PyPI ``gtsam``): two 2-D pose graphs (a three-pose
odometry chain, and a five-pose square with a loop closure) optimised by Levenberg-Marquardt
with ``setVerbosityLM("SUMMARY")``. GTSAM prints ``Initial error: 19.6496, values: 3`` and a
table ``iter cost cost_change lambda success lin_time solve_time total_time`` (one row an
iteration; the stream prints six significant digits for the first graph's first row and two
after that, so the tolerance is 5%).

Truth: for each row ``k`` (numbered from 0) the same graph optimised again with
``maxIterations = k + 1`` (deterministic): its ``error()`` under ``cost``, the drop from the
previous row's cost (the initial error for row 0) under ``cost_change``, at the ``iter`` the row
states (restarting for each graph); ``Initial error`` (the graph's error at the initial values).
Optional: ``lambda`` (the damping the row's step started from: ``lambda_()`` of the solve
stopped after ``k`` iterations), ``success``, ``values`` (the
variable count); the times have no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def graphs():
    import gtsam
    import numpy as np

    prior = gtsam.noiseModel.Diagonal.Sigmas(np.array([0.3, 0.3, 0.1]))
    odometry = gtsam.noiseModel.Diagonal.Sigmas(np.array([0.2, 0.2, 0.1]))
    chain = gtsam.NonlinearFactorGraph()
    chain.add(gtsam.PriorFactorPose2(1, gtsam.Pose2(0, 0, 0), prior))
    chain.add(gtsam.BetweenFactorPose2(1, 2, gtsam.Pose2(2, 0, 0), odometry))
    chain.add(gtsam.BetweenFactorPose2(2, 3, gtsam.Pose2(2, 0, 0), odometry))
    start = gtsam.Values()
    for key, (x, y, theta) in enumerate(((0.5, 0.0, 0.2), (2.3, 0.1, -0.2), (4.1, 0.1, 0.1)), 1):
        start.insert(key, gtsam.Pose2(x, y, theta))
    yield chain, start
    square = gtsam.NonlinearFactorGraph()
    square.add(gtsam.PriorFactorPose2(1, gtsam.Pose2(0, 0, 0), prior))
    for a, b in ((1, 2), (2, 3), (3, 4), (4, 5)):
        square.add(gtsam.BetweenFactorPose2(a, b, gtsam.Pose2(2, 0, np.pi / 2), odometry))
    square.add(gtsam.BetweenFactorPose2(5, 2, gtsam.Pose2(2, 0, np.pi / 2), odometry))
    start = gtsam.Values()
    for key, (x, y, theta) in enumerate(((0.5, 0.0, 0.2), (2.3, 0.1, -0.2), (4.1, 0.1, 1.5),
                                         (4.0, 2.0, 3.1), (2.1, 2.1, -1.5)), 1):
        start.insert(key, gtsam.Pose2(x, y, theta))
    yield square, start


def optimize(graph, start, max_iterations=None, verbose=False):
    import gtsam

    params = gtsam.LevenbergMarquardtParams()
    if verbose:
        params.setVerbosityLM("SUMMARY")
    if max_iterations is not None:
        params.setMaxIterations(max_iterations)
    optimizer = gtsam.LevenbergMarquardtOptimizer(graph, start, params)
    optimizer.optimize()
    return optimizer


def run() -> None:
    truth = Truth()
    for graph, start in graphs():
        full = optimize(graph, start, verbose=True)
        sys.stdout.flush()
        initial = graph.error(start)
        truth.add(**{"Initial error": initial})
        truth.allow(values=start.size())
        previous = initial
        for k in range(full.iterations()):
            stopped = optimize(graph, start, max_iterations=k + 1)
            cost = stopped.error()
            truth.add(at=k, cost=cost, cost_change=previous - cost)
            before = optimize(graph, start, max_iterations=k)
            truth.allow(**{"lambda": before.lambda_(), "success": 1})
            previous = cost
    truth.write("gtsam: LevenbergMarquardtOptimizer.error() of solves stopped after k + 1 "
                "iterations, the graph's initial error", libraries=("gtsam", "numpy"),
                rel=5e-2, abs_tol=1e-300)


if __name__ == "__main__":
    main(__file__, {"gtsam": run}, root=HELDOUT27)
