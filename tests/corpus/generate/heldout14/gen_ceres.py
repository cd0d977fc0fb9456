"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

Non-linear least squares and unconstrained minimisation in C++ with Ceres Solver (Debian's
``libceres-dev`` 2.1.0, g++ ``-O2``), as its documentation's examples run them, with
``minimizer_progress_to_stdout = true``: fitting ``y = exp(m x + c)`` to 60 noisy points
(a seeded ``std::mt19937``; automatic differentiation, dense QR, Levenberg-Marquardt trust
region), the same fit with a Cauchy loss and a dogleg trust region, and the Rosenbrock
function as a ``GradientProblem`` minimised by L-BFGS line search. Ceres prints (on stdout)
a trust-region table per solve (``iter cost cost_change |gradient| |step| tr_ratio tr_radius
ls_iter iter_time total_time``, one row per iteration, ``%e``-formatted) or, for line
search, one line per iteration (``  3: f: 2.3e+00 d: ... g: ... h: ... s: ... e: 2 it: ...
tt: ...``); after each solve the program prints ``summary.BriefReport()`` (``Ceres Solver
Report: Iterations: 6, Initial cost: ..., Final cost: ..., Termination: CONVERGENCE``).

Truth: written to JSON by the same C++ program: the ``IterationSummary`` Ceres hands its
iteration callbacks (a recording ``IterationCallback`` beside the progress logger, called at
the same iterations; the summary's own ``iterations`` list also holds a last iteration that is
never printed), at ``iteration``: ``cost``, ``cost_change``,
``gradient_max_norm`` (``|gradient|``), ``step_norm`` (``|step|``), ``relative_decrease``
(``tr_ratio``), ``trust_region_radius`` (``tr_radius``), optional
``iteration_time_in_seconds`` (``iter_time``) and ``cumulative_time_in_seconds``
(``total_time``) (a table's time columns: the corpus leaves them to the reader, as
tabulate's, torch-ftable's and ase's time columns are no truth) and
``linear_solver_iterations`` (``ls_iter``, a count); for line search the same fields under
their printed letters ``f``, ``d``, ``g``, ``h``, ``s`` (``step_size``), ``it``, ``tt``,
optional ``e`` (``line_search_function_evaluations``); each ``Summary``'s ``initial_cost`` and
``final_cost`` (``Initial cost``, ``Final cost``), optional ``Iterations`` (successful plus
unsuccessful steps, as the trust-region ``BriefReport`` counts them;
the size of ``iterations`` for line search). Judgement: a row's ``iter`` (a line's
leading number) is its step; the three solves share their names and restart their steps at 0;
a report line states no step. The line-search lines' ``it``/``tt`` pairs are the solver's own
metrics (named pairs, no time column).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

SETTINGS = {"points": 60, "m_true": 0.3, "c_true": 0.1, "noise": 0.2, "seed": 14,
            "compiler": "g++ -O2 -std=c++17"}

SOURCE = r"""
#include <ceres/ceres.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>
#include <vector>

namespace {

struct ExpResidual {
  ExpResidual(double x, double y) : x_(x), y_(y) {}
  template <typename T> bool operator()(const T* m, const T* c, T* residual) const {
    residual[0] = y_ - exp(m[0] * x_ + c[0]);
    return true;
  }
  double x_, y_;
};

struct Rosenbrock : ceres::FirstOrderFunction {
  bool Evaluate(const double* p, double* cost, double* gradient) const override {
    const double x = p[0], y = p[1];
    cost[0] = (1.0 - x) * (1.0 - x) + 100.0 * (y - x * x) * (y - x * x);
    if (gradient) {
      gradient[0] = -2.0 * (1.0 - x) - 200.0 * (y - x * x) * 2.0 * x;
      gradient[1] = 200.0 * (y - x * x);
    }
    return true;
  }
  int NumParameters() const override { return 2; }
};

FILE* record;

// Writes each IterationSummary the solver hands its callbacks (the same one it hands the
// progress logger of minimizer_progress_to_stdout), reading only.
struct Recorder : ceres::IterationCallback {
  ceres::CallbackReturnType operator()(const ceres::IterationSummary& it) override {
    std::fprintf(record, "{\"iteration\": %d, \"cost\": %.17g, \"cost_change\": %.17g, "
                 "\"gradient_max_norm\": %.17g, \"step_norm\": %.17g, "
                 "\"relative_decrease\": %.17g, \"trust_region_radius\": %.17g, "
                 "\"linear_solver_iterations\": %d, \"step_size\": %.17g, "
                 "\"line_search_function_evaluations\": %d, \"iteration_time\": %.17g, "
                 "\"cumulative_time\": %.17g}\n", it.iteration, it.cost, it.cost_change,
                 it.gradient_max_norm, it.step_norm, it.relative_decrease,
                 it.trust_region_radius, it.linear_solver_iterations, it.step_size,
                 it.line_search_function_evaluations, it.iteration_time_in_seconds,
                 it.cumulative_time_in_seconds);
    return ceres::SOLVER_CONTINUE;
  }
};

void Record(const char* kind, double initial, double final_cost, int steps) {
  std::fprintf(record, "{\"summary\": \"%s\", \"initial_cost\": %.17g, \"final_cost\": %.17g, "
               "\"steps\": %d}\n", kind, initial, final_cost, steps);
}

void FitCurve(const std::vector<double>& xs, const std::vector<double>& ys, bool robust,
              ceres::TrustRegionStrategyType strategy) {
  double m = 0.0, c = 0.0;
  ceres::Problem problem;
  for (size_t i = 0; i < xs.size(); ++i) {
    problem.AddResidualBlock(
        new ceres::AutoDiffCostFunction<ExpResidual, 1, 1, 1>(new ExpResidual(xs[i], ys[i])),
        robust ? new ceres::CauchyLoss(0.5) : nullptr, &m, &c);
  }
  ceres::Solver::Options options;
  options.linear_solver_type = ceres::DENSE_QR;
  options.trust_region_strategy_type = strategy;
  options.minimizer_progress_to_stdout = true;
  Recorder recorder;
  options.callbacks.push_back(&recorder);
  ceres::Solver::Summary summary;
  ceres::Solve(options, &problem, &summary);
  std::cout << summary.BriefReport() << "\n\n" << std::flush;
  Record("trust_region", summary.initial_cost, summary.final_cost,
         summary.num_successful_steps + summary.num_unsuccessful_steps);
}

}  // namespace

int main(int argc, char** argv) {
  google::InitGoogleLogging(argv[0]);
  record = std::fopen(std::getenv("CERES_RECORD"), "w");
  const int n = std::atoi(argv[1]);
  const double m_true = std::atof(argv[2]), c_true = std::atof(argv[3]);
  std::mt19937 rng(std::atoi(argv[5]));
  std::normal_distribution<double> noise(0.0, std::atof(argv[4]));
  std::vector<double> xs, ys;
  for (int i = 0; i < n; ++i) {
    const double x = 5.0 * i / n;
    xs.push_back(x);
    ys.push_back(std::exp(m_true * x + c_true) + noise(rng));
  }
  FitCurve(xs, ys, false, ceres::LEVENBERG_MARQUARDT);
  FitCurve(xs, ys, true, ceres::DOGLEG);

  double p[2] = {-1.2, 1.0};
  ceres::GradientProblem problem(new Rosenbrock());
  ceres::GradientProblemSolver::Options options;
  options.minimizer_progress_to_stdout = true;
  Recorder recorder;
  options.callbacks.push_back(&recorder);
  ceres::GradientProblemSolver::Summary summary;
  ceres::Solve(options, problem, p, &summary);
  std::cout << summary.BriefReport() << "\n" << std::flush;
  Record("line_search", summary.initial_cost, summary.final_cost,
         static_cast<int>(summary.iterations.size()));
  std::fclose(record);
  return 0;
}
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    s = SETTINGS
    work = Path(tempfile.mkdtemp(prefix="ceres-"))
    (work / "fit.cc").write_text(SOURCE)
    subprocess.run(["g++", "-O2", "-std=c++17", "-I/usr/include/eigen3", "-o",
                    str(work / "fit"), str(work / "fit.cc"), "-lceres", "-lglog"], check=True)
    record = work / "summaries.jsonl"
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    subprocess.run([str(work / "fit"), str(s["points"]), str(s["m_true"]), str(s["c_true"]),
                    str(s["noise"]), str(s["seed"])], check=True,
                   env={**os.environ, "CERES_RECORD": str(record)})
    truth = Truth()
    trust = {"cost": "cost", "cost_change": "cost_change", "|gradient|": "gradient_max_norm",
             "|step|": "step_norm", "tr_ratio": "relative_decrease",
             "tr_radius": "trust_region_radius"}
    trust_times = {"iter_time": "iteration_time", "total_time": "cumulative_time"}
    line = {"f": "cost", "d": "cost_change", "g": "gradient_max_norm", "h": "step_norm",
            "s": "step_size", "it": "iteration_time", "tt": "cumulative_time"}
    rows = []
    for text in record.read_text().splitlines():  # a solve's iterations, then its summary
        entry = json.loads(text)
        if "summary" not in entry:
            rows.append(entry)
            continue
        line_search = entry["summary"] == "line_search"
        for it in rows:
            truth.add(it["iteration"], **{name: it[key] for name, key
                                          in (line if line_search else trust).items()})
            if line_search:
                truth.allow(e=it["line_search_function_evaluations"])
            else:
                truth.allow(ls_iter=it["linear_solver_iterations"])
                truth.allow(**{name: it[key] for name, key in trust_times.items()})
        rows = []
        truth.add(**{"Initial cost": entry["initial_cost"], "Final cost": entry["final_cost"]})
        truth.allow(Iterations=entry["steps"])
    version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "libceres-dev"],
                             capture_output=True, text=True).stdout
    compiler = subprocess.run(["g++", "--version"], capture_output=True,
                              text=True).stdout.splitlines()[0]
    truth.write(f"Ceres Solver (Debian libceres-dev {version}): the IterationSummary handed "
                "to a recording IterationCallback, its fields at iteration under the printed column names (line "
                "search: the printed letters), each Summary's initial_cost and final_cost; ls_iter, iter_time, total_time, e and "
                f"Iterations optional; written to JSON by the same C++ program; {compiler}",
                libraries=(), params=s, rel=5e-3, abs_tol=0.0)  # %3.2e: 3 significant digits


if __name__ == "__main__":
    main(__file__, {"ceres": run}, root=HELDOUT14)
