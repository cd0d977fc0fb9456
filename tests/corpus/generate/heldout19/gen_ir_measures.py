"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Information-retrieval evaluation with ir-measures (PyPI ``ir-measures``), through its command
line: a seeded TREC-format qrels file (three queries, 30 judged documents each) and a run (20
ranked documents per query), ``python -m ir_measures qrels run 'P@5 nDCG@10 AP RR R@20'
--by_query``: tab-separated lines ``q1	AP	0.5931`` per query and measure, then ``all	P@5
0.4667`` for the aggregates (four decimals), on stdout.

Truth: the same evaluation by the package's own API in the same process, ``iter_calc`` (per
query) and ``calc_aggregate``, named ``<query>/<measure>`` (``q1/AP``, ``all/P@5``) as the line
gives them: the query (or ``all``) is the first field, the measure the second.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main

MEASURES = "P@5 nDCG@10 AP RR R@20"


def write_files(work: Path) -> tuple[Path, Path]:
    import random

    rng = random.Random(4)
    qrels, run = work / "qrels.txt", work / "run.txt"
    with qrels.open("w") as q, run.open("w") as r:
        for qid in ("q1", "q2", "q3"):
            docs = [f"d{i}" for i in range(30)]
            for doc in docs:
                q.write(f"{qid} 0 {doc} {1 if rng.random() < 0.25 else 0}\n")
            rng.shuffle(docs)
            for rank, doc in enumerate(docs[:20], 1):
                r.write(f"{qid} Q0 {doc} {rank} {20 - rank + rng.random():.4f} runA\n")
    return qrels, run


def run() -> None:
    import subprocess
    import tempfile

    import ir_measures

    qrels, run_file = write_files(Path(tempfile.mkdtemp(prefix="ir-measures-")))
    subprocess.run([sys.executable, "-m", "ir_measures", str(qrels), str(run_file), MEASURES,
                    "--by_query"], check=True)
    measures = [ir_measures.parse_measure(m) for m in MEASURES.split()]
    truth = Truth()
    qrels_data = list(ir_measures.read_trec_qrels(str(qrels)))
    run_data = list(ir_measures.read_trec_run(str(run_file)))
    for metric in ir_measures.iter_calc(measures, qrels_data, run_data):
        truth.add(**{f"{metric.query_id}/{metric.measure}": metric.value})
    for measure, value in ir_measures.calc_aggregate(measures, qrels_data, run_data).items():
        truth.add(**{f"all/{measure}": value})
    truth.write("ir-measures: iter_calc (per query) and calc_aggregate on the same files, in "
                "the same process, named <query>/<measure>", libraries=("ir-measures",),
                rel=1e-9, abs_tol=5e-5)  # four decimals


if __name__ == "__main__":
    main(__file__, {"ir-measures": run}, root=HELDOUT19)
