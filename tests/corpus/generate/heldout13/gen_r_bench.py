"""HELD-OUT fixture (thirteenth half, see generate/heldout13/README.md): do not read while tuning
the parser.

Micro-benchmarks in R with the ``bench`` package (R 4.2.2), run as ``Rscript`` with the
script's stdout and stderr. ``bench::mark`` of three ways to sort 10,000 numbers and, in a
second mark, two ways to sum a column, printed as its README prints them: the result tibble
(``expression min median itr/sec mem_alloc gc/sec n_itr n_gc total_time``, the times in
human units such as ``347µs``, memory as ``141KB``; pillar colours it on a terminal), then
``summary(res, relative = TRUE)`` (the same columns relative to the fastest, ``Inf``/``NaN``
where a column is zero). The script sets ``options(width = 150)`` first, as one does so that
the tibble's column names are not abbreviated at R's default 80 columns.

Truth: the ``bench_mark`` objects, written by the same R process to CSV files the generator
reads back (times in seconds, memory in bytes): ``<expression>/min``, ``/median``,
``/total_time`` in the unit the value is printed in (the largest of ns, µs, ms, s whose value
is at least 1, as bench formats times), ``/itr/sec``, ``/gc/sec``; optional ``/mem_alloc``
(in the 1024-based unit it prints), ``/n_itr``, ``/n_gc`` (counts). The relative table's
values are the same names' further points, computed from the same object as bench does (each
column over its smallest; ``total_time`` is printed absolute there and listed again).
Judgement: a row's name is its printed expression; the row numbers are no step; a benchmark's
own timings are its metrics. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT13, Truth, main

SETTINGS = {"seed": 11, "n": 10000, "iterations": 200}

R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
s <- as.list(setNames(as.numeric(args[seq(3, length(args), 2)]), args[seq(2, length(args), 2)]))
options(width = 150)
library(bench)
set.seed(s$seed)
x <- runif(s$n)
df <- data.frame(a = x, b = rev(x))
marks <- list(
  sorting = bench::mark(sort = sort(x), order = x[order(x)],
                        rev_sort = rev(sort(x, decreasing = TRUE)),
                        iterations = s$iterations, check = FALSE),
  summing = bench::mark(sum = sum(df$a), loop = {t <- 0; for (v in df$a) t <- t + v; t},
                        iterations = s$iterations, check = FALSE))
for (name in names(marks)) {
  res <- marks[[name]]
  cat(sprintf("\n### %s\n", name))
  print(res)
  print(summary(res, relative = TRUE))
  write.csv(data.frame(expression = as.character(res$expression),
                       min = as.numeric(res$min), median = as.numeric(res$median),
                       itr = res$`itr/sec`, mem = as.numeric(res$mem_alloc),
                       gc = res$`gc/sec`, n_itr = res$n_itr, n_gc = res$n_gc,
                       total = as.numeric(res$total_time)),
            file.path(out, paste0(name, ".csv")), row.names = FALSE)
}
"""

TIME_UNITS = (("ns", 1e-9), ("µs", 1e-6), ("ms", 1e-3), ("s", 1.0))
BYTE_UNITS = (("B", 1.0), ("KB", 1024.0), ("MB", 1024.0 ** 2), ("GB", 1024.0 ** 3))


def in_unit(value: float, units) -> float:
    """`value` in the largest unit in which it is at least 1 (bench's formatting)."""
    scale = units[0][1]
    for _, size in units:
        if abs(value) >= size:
            scale = size
    return value / scale


def read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open() as f:
        return list(csv.DictReader(f))


def relative(column: list[float]) -> list[float]:
    low = min(column)
    return [v / low if low else (float("nan") if v == 0 else float("inf")) for v in column]


def run() -> None:
    import subprocess
    import tempfile

    s = SETTINGS
    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="r-bench-"))
    (work / "bench.R").write_text(R_SCRIPT)
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    argv = ["Rscript", str(work / "bench.R"), str(work)]
    for key, value in s.items():
        argv += [key, str(value)]
    subprocess.run(argv, check=True)
    for name in ("sorting", "summing"):
        rows = read_csv(work / f"{name}.csv")
        for row in rows:
            e = row["expression"]
            truth.add(**{f"{e}/min": in_unit(float(row["min"]), TIME_UNITS),
                         f"{e}/median": in_unit(float(row["median"]), TIME_UNITS),
                         f"{e}/itr/sec": float(row["itr"]), f"{e}/gc/sec": float(row["gc"]),
                         f"{e}/total_time": in_unit(float(row["total"]), TIME_UNITS)})
            truth.allow(**{f"{e}/mem_alloc": in_unit(float(row["mem"]), BYTE_UNITS),
                           f"{e}/n_itr": float(row["n_itr"]), f"{e}/n_gc": float(row["n_gc"])})
        columns = {key: relative([float(r[key]) for r in rows])
                   for key in ("min", "median", "itr", "mem", "gc")}
        for i, row in enumerate(rows):
            e = row["expression"]
            truth.add(**{f"{e}/min": columns["min"][i], f"{e}/median": columns["median"][i],
                         f"{e}/itr/sec": columns["itr"][i], f"{e}/gc/sec": columns["gc"][i],
                         f"{e}/total_time": in_unit(float(row["total"]), TIME_UNITS)})
            truth.allow(**{f"{e}/mem_alloc": columns["mem"][i],
                           f"{e}/n_itr": float(row["n_itr"]), f"{e}/n_gc": float(row["n_gc"])})
    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; bench",'
                              ' format(packageVersion("bench")))'],
                             capture_output=True, text=True).stdout.strip()
    truth.write("R bench::mark objects written to CSV by the same R process: per expression "
                "min, median, total_time (in the printed unit), itr/sec, gc/sec as "
                "<expression>/<column>; the relative summary's values as further points of the "
                "same names (each column over its smallest); mem_alloc, n_itr, n_gc optional; "
                f"settings = params; {version}",
                libraries=(), params=s, rel=6e-3, abs_tol=5e-3)  # pillar: 3 significant digits


if __name__ == "__main__":
    main(__file__, {"r-bench": run}, root=HELDOUT13)
