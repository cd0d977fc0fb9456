"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Constrained non-linear optimisation in C++ with Ipopt (Debian's ``coinor-libipopt-dev``, an
interior-point solver; the program compiled with g++ by the generator): the Hock-Schittkowski
problem 71 (four bounded variables, one inequality and one equality constraint, exact
Hessian), ``tol = 1e-8``, ``mu_strategy = adaptive``, no NLP scaling. Ipopt prints its banner,
the problem's size (``Number of nonzeros in equality constraint Jacobian...:  4``, ``Total
number of variables....:  4``, ...), one line per iteration under ``iter  objective  inf_pr
inf_du lg(mu)  ||d||  lg(rg) alpha_du alpha_pr  ls`` (``1  1.7410406e+01 7.49e-01 2.25e+01
-0.3 7.97e-01    -  3.19e-01 1.00e+00f  1``: ``-`` where there was no regularisation, a
letter after ``alpha_pr`` for the step's kind), ``Number of Iterations....: 8``, a ``(scaled)
(unscaled)`` table (``Objective``, ``Dual infeasibility``, ``Constraint violation``,
``Complementarity``, ``Overall NLP error``), the evaluation counts, the CPU times and ``EXIT:
Optimal Solution Found.``

Truth: Ipopt's ``intermediate_callback`` (what the solver hands every iteration, beside its
own iteration output) and its ``SolveStatistics`` after the solve, written to a file by the
same C++ program: per iteration ``objective``, ``inf_pr`` (from the callback's ``IpoptCalculatedQuantities``:
``curr_nlp_constraint_violation(NORM_MAX)``, the number the iteration line prints; the
callback's own ``inf_pr`` argument is the infeasibility of Ipopt's slack formulation, another
number, checked against the printed column while writing this generator), ``inf_du``,
``lg(mu)``
(``log10(mu)`` rounded to one decimal, as the iteration output computes and prints it),
``||d||``, ``lg(rg)`` (the same of the regularisation, where it is not zero), ``alpha_du``, ``alpha_pr``, stepped by ``iter``; ``FinalScaledObjective``,
``FinalObjective`` and the scaled and unscaled ``Infeasibilities`` as ``<row>/(scaled)`` and
``<row>/(unscaled)`` (``Overall NLP error`` is the KKT error). Optional: ``ls`` (line-search
trials), ``Number of Iterations``, the evaluation counts (``NumberOfEvaluations``; the
equality and inequality constraint lines both get the constraint count) and the problem-size
counts (the program's own dimensions and bounds, as handed to Ipopt). Judgement: NLP scaling
is off, so that scaled and unscaled values are one; the two CPU-time lines are printed and kept by no statistic Ipopt returns (printed, no
truth).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

CPP = r"""
#include <coin/IpTNLP.hpp>
#include <coin/IpIpoptApplication.hpp>
#include <coin/IpSolveStatistics.hpp>
#include <coin/IpIpoptCalculatedQuantities.hpp>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
using namespace Ipopt;

static FILE* rec;

// Hock-Schittkowski problem 71: four variables in [1, 5], one inequality, one equality.
class Problem : public TNLP {
 public:
  bool get_nlp_info(Index& n, Index& m, Index& nnz_jac_g, Index& nnz_h_lag,
                    IndexStyleEnum& style) override {
    n = 4; m = 2; nnz_jac_g = 8; nnz_h_lag = 10;
    style = TNLP::C_STYLE; return true;
  }
  bool get_bounds_info(Index n, Number* xl, Number* xu, Index m, Number* gl, Number* gu) override {
    for (Index i = 0; i < n; i++) { xl[i] = 1.0; xu[i] = 5.0; }
    gl[0] = 25; gu[0] = 2e19; gl[1] = gu[1] = 40;
    return true;
  }
  bool get_starting_point(Index n, bool, Number* x, bool, Number*, Number*, Index, bool, Number*) override {
    x[0] = 1; x[1] = 5; x[2] = 5; x[3] = 1;
    return true;
  }
  bool eval_f(Index, const Number* x, bool, Number& f) override {
    f = x[0] * x[3] * (x[0] + x[1] + x[2]) + x[2];
    return true;
  }
  bool eval_grad_f(Index, const Number* x, bool, Number* g) override {
    g[0] = x[0] * x[3] + x[3] * (x[0] + x[1] + x[2]); g[1] = x[0] * x[3];
    g[2] = x[0] * x[3] + 1; g[3] = x[0] * (x[0] + x[1] + x[2]);
    return true;
  }
  bool eval_g(Index, const Number* x, bool, Index, Number* g) override {
    g[0] = x[0] * x[1] * x[2] * x[3]; g[1] = x[0] * x[0] + x[1] * x[1] + x[2] * x[2] + x[3] * x[3];
    return true;
  }
  bool eval_jac_g(Index, const Number* x, bool, Index, Index, Index* r, Index* c, Number* v) override {
    if (!v) { for (Index k = 0; k < 8; k++) { r[k] = k / 4; c[k] = k % 4; } return true; }
    v[0] = x[1] * x[2] * x[3]; v[1] = x[0] * x[2] * x[3]; v[2] = x[0] * x[1] * x[3]; v[3] = x[0] * x[1] * x[2];
    for (Index k = 0; k < 4; k++) v[4 + k] = 2 * x[k];
    return true;
  }
  bool eval_h(Index, const Number* x, bool, Number s, Index, const Number* l, bool, Index,
              Index* r, Index* c, Number* v) override {
    if (!v) {
      Index k = 0;
      for (Index i = 0; i < 4; i++) for (Index j = 0; j <= i; j++) { r[k] = i; c[k] = j; k++; }
      return true;
    }
    v[0] = s * 2 * x[3]; v[1] = s * x[3]; v[2] = 0; v[3] = s * x[3]; v[4] = 0; v[5] = 0;
    v[6] = s * (2 * x[0] + x[1] + x[2]); v[7] = s * x[0]; v[8] = s * x[0]; v[9] = 0;
    v[1] += l[0] * x[2] * x[3]; v[3] += l[0] * x[1] * x[3]; v[4] += l[0] * x[0] * x[3];
    v[6] += l[0] * x[1] * x[2]; v[7] += l[0] * x[0] * x[2]; v[8] += l[0] * x[0] * x[1];
    v[0] += l[1] * 2; v[2] += l[1] * 2; v[5] += l[1] * 2; v[9] += l[1] * 2;
    return true;
  }
  bool intermediate_callback(AlgorithmMode, Index iter, Number obj, Number inf_pr, Number inf_du,
                             Number mu, Number d_norm, Number rg, Number alpha_du, Number alpha_pr,
                             Index ls, const IpoptData*, IpoptCalculatedQuantities* cq) override {
    // the iteration line prints the violation of the original constraints; the inf_pr
    // argument is the primal infeasibility of the slack formulation (another number)
    Number printed_pr = cq->curr_nlp_constraint_violation(NORM_MAX);
    std::fprintf(rec, "I %d %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %d %.17g\n", iter,
                 obj, printed_pr, inf_du, mu, d_norm, rg, alpha_du, alpha_pr, ls, inf_pr);
    return true;
  }
  void finalize_solution(SolverReturn, Index n, const Number* x, const Number*, const Number*,
                         Index, const Number*, const Number*, Number obj, const IpoptData*,
                         IpoptCalculatedQuantities*) override {
    std::fprintf(rec, "X %.17g", obj);
    for (Index i = 0; i < n; i++) std::fprintf(rec, " %.17g", x[i]);
    std::fprintf(rec, "\n");
  }
};

int main() {
  rec = std::fopen(std::getenv("IPOPT_RECORD"), "w");
  {
    SmartPtr<IpoptApplication> app = IpoptApplicationFactory();
    app->Options()->SetNumericValue("tol", 1e-8);
    app->Options()->SetStringValue("mu_strategy", "adaptive");
    app->Options()->SetStringValue("nlp_scaling_method", "none");  // printed = callback values
    if (app->Initialize() != Solve_Succeeded) return 1;
    SmartPtr<TNLP> nlp = new Problem();
    ApplicationReturnStatus status = app->OptimizeTNLP(nlp);
    SmartPtr<SolveStatistics> st = app->Statistics();
    Number dual, constr, compl_, kkt, sdual, sconstr, scompl, skkt;
    st->Infeasibilities(dual, constr, compl_, kkt);
    st->ScaledInfeasibilities(sdual, sconstr, scompl, skkt);
    Index nf, ng, ngf, njg, nh;
    st->NumberOfEvaluations(nf, ng, ngf, njg, nh);
    std::fprintf(rec, "S %d %d %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %d %d %d %d %d\n",
                 (int)status, st->IterationCount(), st->FinalScaledObjective(), st->FinalObjective(),
                 sdual, dual, sconstr, constr, scompl, compl_, skkt, kkt, nf, ng, ngf, njg, nh);
  }
  std::fclose(rec);
  return 0;
}
"""

# The problem's dimensions and bounds, as get_nlp_info and get_bounds_info give them to Ipopt.
SIZES = {"Number of nonzeros in equality constraint Jacobian": 4,
         "Number of nonzeros in inequality constraint Jacobian": 4,
         "Number of nonzeros in Lagrangian Hessian": 10, "Total number of variables": 4,
         "variables with only lower bounds": 0, "variables with lower and upper bounds": 4,
         "variables with only upper bounds": 0, "Total number of equality constraints": 1,
         "Total number of inequality constraints": 1,
         "inequality constraints with only lower bounds": 1,
         "inequality constraints with lower and upper bounds": 0,
         "inequality constraints with only upper bounds": 0}
ROWS = ("Dual infeasibility", "Constraint violation", "Complementarity", "Overall NLP error")


def run() -> None:
    import math
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="ipopt-"))
    (work / "hs071.cpp").write_text(CPP)
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "ipopt"], check=True,
                           capture_output=True, text=True).stdout.split()
    subprocess.run(["g++", "-O1", "-o", str(work / "hs071"), str(work / "hs071.cpp"), *flags],
                   check=True)
    record = work / "record.txt"
    subprocess.run([str(work / "hs071")], check=True,
                   env={**os.environ, "IPOPT_RECORD": str(record)})
    truth = Truth()
    truth.allow(**SIZES)
    for line in record.read_text().splitlines():
        kind, *fields = line.split()
        if kind == "I":
            it = int(fields[0])
            obj, inf_pr, inf_du, mu, d_norm, rg, alpha_du, alpha_pr = map(float, fields[1:9])
            values = {"objective": obj, "inf_pr": inf_pr, "inf_du": inf_du,
                      "lg(mu)": round(math.log10(mu), 1), "||d||": d_norm, "alpha_du": alpha_du,
                      "alpha_pr": alpha_pr}
            if rg > 0:
                values["lg(rg)"] = round(math.log10(rg), 1)
            truth.add(at=it, **values)
            truth.allow(ls=int(fields[9]))
        elif kind == "S":
            iters = int(fields[1])
            nums = list(map(float, fields[2:12]))
            evals = list(map(int, fields[12:17]))
            truth.allow(**{"Number of Iterations": iters})
            truth.add(**{"Objective/(scaled)": nums[0], "Objective/(unscaled)": nums[1]})
            for k, row in enumerate(ROWS):
                truth.add(**{f"{row}/(scaled)": nums[2 + 2 * k],
                             f"{row}/(unscaled)": nums[3 + 2 * k]})
            nf, ng, ngf, njg, nh = evals
            truth.allow(**{"Number of objective function evaluations": nf,
                           "Number of objective gradient evaluations": ngf,
                           "Number of equality constraint evaluations": ng,
                           "Number of inequality constraint evaluations": ng,
                           "Number of equality constraint Jacobian evaluations": njg,
                           "Number of inequality constraint Jacobian evaluations": njg,
                           "Number of Lagrangian Hessian evaluations": nh})
    version = subprocess.run(["pkg-config", "--modversion", "ipopt"], capture_output=True,
                             text=True).stdout.strip()
    truth.write(f"Ipopt {version} (C++): intermediate_callback's values per iteration "
                "(inf_pr as curr_nlp_constraint_violation, lg(mu) and lg(rg) as log10 to one decimal), stepped by iter, and SolveStatistics' final "
                "objective and infeasibilities (scaled, unscaled), written to a file by the "
                "same program; ls, counts and problem sizes optional",
                libraries=(), params=None, rel=6e-3, abs_tol=0.0)  # '%.2e' (3 digits)


if __name__ == "__main__":
    main(__file__, {"ipopt": run}, root=HELDOUT16)
