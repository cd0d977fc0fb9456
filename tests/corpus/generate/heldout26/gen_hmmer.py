"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Profile hidden Markov model search with HMMER's command-line programs (Debian ``hmmer``),
seeded: a synthetic protein family (eight mutated copies of a random 32-residue motif, as
Stockholm) built into a profile with ``hmmbuild`` (its report written to a file, not shown),
then ``hmmsearch --seed 26 --tblout ... --domtblout ...`` against 40 random proteins, five of
which carry a mutated copy of the motif. hmmsearch prints its header (``# query HMM file:``,
the seed), ``Query: fam [M=32]``, the per-sequence table (``--- full sequence --- --- best 1
domain --- -#dom-`` over ``E-value score bias E-value score bias exp N Sequence Description``),
``Domain annotation for each sequence`` (per hit ``>> seq20 ...`` and a table ``# score bias
c-Evalue i-Evalue hmmfrom hmm to alifrom ali to envfrom env to acc``, each domain's alignment
headed ``== domain 1  score: 50.8 bits;  conditional E-value: 3.2e-17``), and the ``Internal
pipeline statistics summary`` (filter counts, CPU time).

Truth, from the tabular files hmmsearch writes in the same run (its own records, not its
screen): per hit sequence (``--tblout``) ``<seq>/full sequence/score``, ``<seq>/full
sequence/bias``, ``<seq>/best 1 domain/score``, ``<seq>/best 1 domain/bias``; per domain
(``--domtblout``) ``<seq>/<domain>/score``, ``/bias``, ``/acc`` (``seq36/2/score``; the
alignment header repeats the domain's score and c-Evalue: the same state, listed once). Optional:
the E-values (``<seq>/full sequence/E-value``, ``<seq>/best 1 domain/E-value``,
``<seq>/<domain>/c-Evalue``, ``/i-Evalue``: significance, like p-values), ``exp`` and ``N``
(expected and counted domains), the coordinates (``hmmfrom``, ``hmm to``, ``alifrom``, ``ali
to``, ``envfrom``, ``env to``). The pipeline statistics (counts, fractions, CPU time) are kept in
no file and have no truth; the seed and model length are settings.
"""

import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main

AA = "ACDEFGHIKLMNPQRSTVWY"


def _inputs(work: Path) -> None:
    rng = random.Random(26)
    motif = [rng.choice(AA) for _ in range(32)]

    def mutate(seq, p):
        return [rng.choice(AA) if rng.random() < p else c for c in seq]

    family = [f"m{i + 1} {''.join(mutate(motif, 0.2))}" for i in range(8)]
    (work / "fam.sto").write_text("# STOCKHOLM 1.0\n" + "\n".join(family) + "\n//\n")
    records = []
    for i in range(40):
        seq = [rng.choice(AA) for _ in range(rng.randint(80, 160))]
        if i % 8 == 3:
            pos = rng.randint(5, 40)
            seq[pos:pos] = mutate(motif, 0.3 if i < 20 else 0.45)
        records.append(f">seq{i + 1:02d} synthetic protein {i + 1}\n{''.join(seq)}")
    (work / "db.fa").write_text("\n".join(records) + "\n")


def _rows(path: Path) -> list[list[str]]:
    return [line.split() for line in path.read_text().splitlines() if not line.startswith("#")]


def run() -> None:
    work = Path(tempfile.mkdtemp(prefix="hmmer-"))
    _inputs(work)
    subprocess.run(["hmmbuild", "-o", "build.log", "--seed", "26", "fam.hmm", "fam.sto"],
                   cwd=work, check=True)
    sys.stdout.flush()
    subprocess.run(["hmmsearch", "--seed", "26", "--tblout", "seq.tbl", "--domtblout",
                    "dom.tbl", "fam.hmm", "db.fa"], cwd=work, check=True)
    truth = Truth()
    for r in _rows(work / "seq.tbl"):
        seq = r[0]
        truth.add(**{f"{seq}/full sequence/score": float(r[5]),
                     f"{seq}/full sequence/bias": float(r[6]),
                     f"{seq}/best 1 domain/score": float(r[8]),
                     f"{seq}/best 1 domain/bias": float(r[9])})
        truth.allow(**{f"{seq}/full sequence/E-value": float(r[4]),
                       f"{seq}/best 1 domain/E-value": float(r[7]),
                       f"{seq}/exp": float(r[10]), f"{seq}/N": float(r[16])})
    for r in _rows(work / "dom.tbl"):
        seq, dom = r[0], r[9]
        truth.add(**{f"{seq}/{dom}/score": float(r[13]), f"{seq}/{dom}/bias": float(r[14]),
                     f"{seq}/{dom}/acc": float(r[21])})
        truth.allow(**{f"{seq}/{dom}/c-Evalue": float(r[11]), f"{seq}/{dom}/i-Evalue": float(r[12])})
        for col, i in (("hmmfrom", 15), ("hmm to", 16), ("alifrom", 17), ("ali to", 18),
                       ("envfrom", 19), ("env to", 20)):
            truth.allow(**{f"{seq}/{dom}/{col}": float(r[i])})
    version = subprocess.run(["hmmsearch", "-h"], capture_output=True, text=True).stdout
    version = next((l.split()[2] for l in version.splitlines() if l.startswith("# HMMER")), "?")
    truth.write(f"HMMER {version}: hmmsearch's --tblout and --domtblout files from the same run",
                rel=1e-9, abs_tol=1e-9)  # the files carry the screen's rounding


if __name__ == "__main__":
    main(__file__, {"hmmer": run}, root=HELDOUT26)
