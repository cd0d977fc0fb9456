"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Bayesian phylogenetics with the MrBayes command-line program (Debian ``mrbayes``, ``mb``),
seeded: a 6-taxon, 300-site DNA alignment simulated here (seeded, two clades of mutated copies
of a random ancestor), written as NEXUS, and a MrBayes block run non-interactively (``mb
run.nex``): HKY-like model with gamma rates and equal fixed base frequencies (``lset nst=2
rates=gamma; prset statefreqpr=fixed(equal)``), ``mcmc ngen=1000 samplefreq=1 printfreq=200
diagnfreq=250 nruns=2 nchains=1``, then ``sump``. MrBayes prints its banner and the model
set-up, the chain lines (``200 -- -1084.640 * -1077.267 -- 0:00:04``: the generation, the log
likelihood of run 1 and of run 2, the time left), ``Average standard deviation of split
frequencies: 0.088722`` every 250 generations, ``Likelihood of best state for run 1 was
-1075.78``, the acceptance-rate tables of both runs, then ``sump``'s ASCII plot, the marginal
likelihood table (``Run Arithmetic mean Harmonic mean``, rows 1, 2, ``TOTAL``) and the
parameter summary table (``Parameter Mean Variance Lower Upper Median min ESS* avg ESS
PSRF+``, rows ``TL``, ``kappa``, ``alpha``).

Truth, from the files MrBayes writes in the same run (its own records, tab-separated, not its
screen): the ``LnL`` column of ``aln.run1.p`` and ``aln.run2.p`` (one sample every generation)
at the printed generations, as ``run1/LnL`` and ``run2/LnL`` at that generation (the chain line
labels neither column; the ``.p`` file's header calls it ``LnL``); ``AvgStdDev(s)`` of
``aln.mcmc`` as ``Average standard deviation of split frequencies`` (no step stated on its
line); the best state's likelihood per run as ``run 1/Likelihood of best state`` (the largest
``LnL`` in that run's ``.p``); ``aln.lstat``'s rows as ``1/Arithmetic mean``, ``1/Harmonic
mean``, ..., ``TOTAL/...`` (the file's ``all``); ``aln.pstat``'s rows as ``<parameter>/Mean``,
``/Variance``, ``/Median`` and ``/PSRF`` metrics, ``/Lower`` and ``/Upper`` optional (interval
bounds), ``/min ESS`` and ``/avg ESS`` optional (sample sizes). Optional too: the last-100
acceptance rates of ``aln.mcmc``'s last row, in percent (``run 1/Multiplier(V)/last 100``); the
overall rates (``With prob.``) are kept in no file and have no truth. Not metrics: the time
left, the CPU time, the sample counts, the plot's axis labels, the seeds and the model set-up.
"""

import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main

BLOCK = """begin mrbayes;
  set autoclose=yes nowarn=yes seed=26 swapseed=26;
  execute aln.nex;
  lset nst=2 rates=gamma;
  prset statefreqpr=fixed(equal);
  mcmc ngen=1000 samplefreq=1 printfreq=200 diagnfreq=250 nruns=2 nchains=1 file=aln;
  sump;
end;
"""
PRINTFREQ = 200


def _alignment(path: Path) -> None:
    rng = random.Random(26)

    def mutate(seq, p):
        return [rng.choice("ACGT") if rng.random() < p else c for c in seq]

    anc = [rng.choice("ACGT") for _ in range(300)]
    a, b = mutate(anc, 0.1), mutate(anc, 0.15)
    seqs = {"t1": mutate(a, 0.05), "t2": mutate(a, 0.08), "t3": mutate(mutate(a, 0.05), 0.05),
            "t4": mutate(b, 0.06), "t5": mutate(b, 0.04), "t6": mutate(mutate(b, 0.1), 0.03)}
    lines = ["#NEXUS", "begin data;", f" dimensions ntax={len(seqs)} nchar=300;",
             " format datatype=dna;", " matrix"]
    lines += [f"  {k} {''.join(v)}" for k, v in seqs.items()] + [" ;", "end;", ""]
    path.write_text("\n".join(lines))


def _table(path: Path) -> list[dict[str, str]]:
    rows = [line.rstrip("\n").split("\t") for line in path.read_text().splitlines()
            if line and not line.startswith("[")]
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def run() -> None:
    work = Path(tempfile.mkdtemp(prefix="mrbayes-"))
    _alignment(work / "aln.nex")
    (work / "run.nex").write_text(BLOCK)
    sys.stdout.flush()
    subprocess.run(["mb", "run.nex"], cwd=work, check=True)
    truth = Truth()
    runs = [_table(work / f"aln.run{r}.p") for r in (1, 2)]
    for row1, row2 in zip(*runs):
        gen = int(row1["Gen"])
        if gen % PRINTFREQ == 0:
            truth.add(at=gen, **{"run1/LnL": float(row1["LnL"]), "run2/LnL": float(row2["LnL"])})
    mcmc = _table(work / "aln.mcmc")
    for row in mcmc:
        truth.add(**{"Average standard deviation of split frequencies":
                     float(row["AvgStdDev(s)"])})
    for r, rows in enumerate(runs, 1):
        truth.add(**{f"run {r}/Likelihood of best state": max(float(x["LnL"]) for x in rows)})
    for key, value in mcmc[-1].items():
        if "$acc_run" in key and value != "NA":
            move, r = key.split("$acc_run")
            move = move.replace("(Tau)", "(Tau,V)")
            truth.allow(**{f"run {r}/{move}/last 100": 100 * float(value)})
    for row in _table(work / "aln.lstat"):
        label = "TOTAL" if row["run"] == "all" else row["run"]
        truth.add(**{f"{label}/Arithmetic mean": float(row["arithmetic_mean"]),
                     f"{label}/Harmonic mean": float(row["harmonic_mean"])})
    for row in _table(work / "aln.pstat"):
        p = row["Parameter"]
        truth.add(**{f"{p}/{col}": float(row[col]) for col in ("Mean", "Variance", "Median")})
        truth.add(**{f"{p}/PSRF": float(row["PSRF"])})
        truth.allow(**{f"{p}/Lower": float(row["Lower"]), f"{p}/Upper": float(row["Upper"]),
                       f"{p}/min ESS": float(row["minESS"]), f"{p}/avg ESS": float(row["avgESS"])})
    version = subprocess.run(["mb", "-v"], capture_output=True, text=True).stdout
    version = next((l.split(":", 1)[1].strip() for l in version.splitlines()
                    if l.startswith("Version")), "?")
    truth.write(f"MrBayes {version}: the .p files' LnL, .mcmc's AvgStdDev(s) and acceptance "
                "rates, .lstat and .pstat, written by mb in the same run",
                rel=1e-5, abs_tol=1e-6)  # the screen rounds to 2-6 decimals


if __name__ == "__main__":
    main(__file__, {"mrbayes": run}, root=HELDOUT26)
