"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

HTTP load tests with siege (Debian's ``siege`` 4.0, a C program) against a local server (the
standard library's ``http.server`` on 127.0.0.1, started by the script, serving a 64 KB
file): two runs, 3 users x 40 repetitions and 6 users x 40 repetitions (``-c``, ``-r``,
``--log=<file>``, a fresh ``$HOME`` whose ``.siege/siege.conf`` is made beforehand by
``siege -C`` with its output thrown away). Each run prints siege's summary as a JSON-like
block on stdout (``"transactions": 120,``, ``"availability": 100.00,``, ``"elapsed_time":
0.32,``, ``"data_transferred": 7.50,``, ``"response_time": 0.01,``, ``"transaction_rate":
375.00,``, ``"throughput": 23.44,``, ``"concurrency": 2.91,``, the successful and failed
counts, ``"longest_transaction"``, ``"shortest_transaction"``), then ``LOG FILE: <path>`` and
a note on how to turn that notice off.

Truth: the log file siege appended in the same run (its CSV line per run: ``Trans, Elap Time,
Data Trans, Resp Time, Trans Rate, Throughput, Concurrent, OKAY, Failed``, written from the
same statistics and at the summary's precision): ``availability`` (computed from ``OKAY`` and
``Failed`` as siege does: 100·okay/(okay+failed)), ``elapsed_time``, ``response_time``,
``transaction_rate``, ``concurrency``. Optional: ``transactions``,
``successful_transactions``, ``failed_transactions`` (counts). Judgement: the key names are
the printed ones; ``data_transferred`` and ``throughput`` (the log keeps the data in whole
megabytes only, and its throughput is computed from those: 33.33 where the summary prints
35.71), ``longest_transaction`` and ``shortest_transaction`` (not in the log) are printed with
no truth; the two runs are unstepped and share names.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

RUNS = ((3, 40), (6, 40))


def serve(root: Path):
    """A local http.server on a free port; returns (process, url) once it accepts."""
    import socket
    import subprocess
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind",
                             "127.0.0.1", "-d", str(root)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc, f"http://127.0.0.1:{port}/data.bin"
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("http.server did not start")


def run() -> None:
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="siege-"))
    (work / "www").mkdir()
    (work / "www" / "data.bin").write_bytes(bytes(range(256)) * 256)
    env = {**os.environ, "HOME": str(work)}
    subprocess.run(["siege", "-C"], env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)  # makes ~/.siege/siege.conf
    log = work / "siege.log"
    server, url = serve(work / "www")
    try:
        for users, reps in RUNS:
            sys.stdout.flush()
            subprocess.run(["siege", "-c", str(users), "-r", str(reps), f"--log={log}", url],
                           check=True, env=env)
    finally:
        server.terminate()
        server.wait()
    truth = Truth()
    lines = [line for line in log.read_text().splitlines() if line.strip()]
    for line in lines[1:]:  # the first line is the header
        fields = [f.strip() for f in line.split(",")]
        trans, elapsed, _data, resp, rate, _throughput, conc, okay, failed = fields[1:10]
        okay, failed = int(okay), int(failed)
        truth.add(availability=100 * okay / (okay + failed), elapsed_time=float(elapsed),
                  response_time=float(resp), transaction_rate=float(rate),
                  concurrency=float(conc))
        truth.allow(transactions=int(trans), successful_transactions=okay,
                    failed_transactions=failed)
    version = subprocess.run(["siege", "--version"], capture_output=True, text=True)
    first = (version.stdout or version.stderr).strip().splitlines()[0]
    truth.write(f"{first}: the CSV line siege appended to its --log file for each run "
                "(availability from OKAY and Failed); the counts optional; unstepped",
                libraries=(), params=None, rel=1e-4, abs_tol=6e-3)  # two decimals


if __name__ == "__main__":
    main(__file__, {"siege": run}, root=HELDOUT16)
