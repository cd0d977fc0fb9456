"""OPEN fixture (fifteenth half, see generate/heldout15/README.md): development material.

ApacheBench (``ab`` 2.3, Debian's ``apache2-utils``) against a local Python ``http.server``
(a ``ThreadingHTTPServer`` in this process on 127.0.0.1, a handler that sleeps 10-30 ms, seeded,
and answers 2 KB of text): two runs, ``-n 60 -c 1`` and ``-n 300 -c 6``, each with ``-g`` (one
line per request) and ``-e`` (percentiles as CSV). ab prints its banner, ``Benchmarking
127.0.0.1 (be patient)``, ``Completed 30 requests`` heartbeats (on stderr) for the larger run,
then its report: ``Server Software:``, ``Document Length:        2048 bytes``, ``Concurrency
Level:      6``, ``Time taken for tests:   1.106 seconds``, ``Complete requests:      300``,
``Failed requests:        0``, ``Total transferred:``, ``Requests per second:    271.27 [#/sec]
(mean)``, two ``Time per request:`` lines, ``Transfer rate:``, the ``Connection Times (ms)`` table
(rows ``Connect:``, ``Processing:``, ``Waiting:``, ``Total:`` under ``min  mean[+/-sd] median
max``) and ``Percentage of the requests served within a certain time (ms)`` (``50%     21`` ...
``100%     33 (longest request)``).

Truth, from the files ab writes in the same run: the ``-e`` CSV (``Percentage served,Time in
ms``, each percentile to the µs) gives the percentile table (names ``50%`` ... ``100%``, as the
rows print them; ab prints each rounded to whole ms); the ``-g`` file (each request's
``ctime``, ``dtime``, ``ttime``, ``wait``, in whole ms as ab rounds them) gives the
``Connection Times`` table as ``Connect/min`` ... ``Total/max`` with ``mean``, ``+/-sd`` and
``median``, computed as ab computes them (population sd; median the middle of the sorted values,
or the mean of the two middle ones). ab computes that table from µs and rounds once; the truth
from per-request ms can differ by up to a ms, which the tolerance (1 ms; the handler's sleep
keeps times at 10-40 ms) absorbs. Optional: ``Complete requests``, ``Failed requests``,
``Document Length``. Known gap: ``Time taken for tests``, ``Requests per second``, both ``Time
per request`` lines, ``Transfer rate`` and the byte totals come from the run's wall time and
byte counts, which ab writes to no file: in neither map (a parse of them scores as a false
positive here). Server address, port and path, and ``Concurrency Level`` are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT15, Truth, main

RUNS = [(60, 1), (300, 6)]
BODY = (b"expctl " * 300)[:2048]
PERCENTS = [50, 66, 75, 80, 90, 95, 98, 99, 100]


def serve():
    import random
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    rng = random.Random(3)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            with lock:
                delay = rng.uniform(0.010, 0.030)
            time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def stats(values: list[float]) -> dict[str, float]:
    """ab's min, mean, sd, median, max of one column."""
    import math

    n = len(values)
    ordered = sorted(values)
    mean = sum(values) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / n)
    median = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
    return {"min": ordered[0], "mean": mean, "+/-sd": sd, "median": median, "max": ordered[-1]}


def add_run(truth: Truth, gnuplot: Path, percentiles: Path) -> None:
    import csv

    rows = list(csv.DictReader(gnuplot.open(), delimiter="\t"))
    columns = {"Connect": "ctime", "Processing": "dtime", "Waiting": "wait", "Total": "ttime"}
    for label, column in columns.items():
        values = [float(r[column]) for r in rows]
        if label == "Processing":  # ab's processing time is total minus connect
            values = [float(r["ttime"]) - float(r["ctime"]) for r in rows]
        for key, value in stats(values).items():
            truth.add(**{f"{label}/{key}": value})
    table = {int(r["Percentage served"]): float(r["Time in ms"])
             for r in csv.DictReader(percentiles.open())}
    for p in PERCENTS:
        truth.add(**{f"{p}%": table[p]})
    truth.allow(**{"Complete requests": len(rows), "Failed requests": 0,
                   "Document Length": len(BODY)})


def run() -> None:
    import subprocess
    import tempfile

    server = serve()
    port = server.server_address[1]
    work = Path(tempfile.mkdtemp(prefix="ab-"))
    truth = Truth()
    for n, c in RUNS:
        gnuplot, percentiles = work / f"g{c}.tsv", work / f"e{c}.csv"
        subprocess.run(["ab", "-n", str(n), "-c", str(c), "-g", str(gnuplot),
                        "-e", str(percentiles), f"http://127.0.0.1:{port}/bench"], check=True)
        sys.stdout.flush()
        add_run(truth, gnuplot, percentiles)
    server.shutdown()
    version = subprocess.run(["ab", "-V"], capture_output=True, text=True).stdout.splitlines()[0]
    truth.write("ab's own -e CSV (percentiles, µs) and -g TSV (per-request ms) of the same runs: "
                "the percentile rows and the Connection Times table computed as ab does; "
                "counts optional; wall-time figures (requests per second, time per request, "
                f"transfer rate) are in no file; {version}",
                libraries=(), params={"Server Hostname": "127.0.0.1", "Server Port": port,
                                      "Document Path": "/bench", "Concurrency Level": "1, 6"},
                rel=1e-3, abs_tol=1.0)


if __name__ == "__main__":
    main(__file__, {"ab": run}, root=HELDOUT15)
