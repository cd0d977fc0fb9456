"""HELD-OUT fixture (eleventh half, see generate/heldout11/README.md): do not read while tuning
the parser.

A load test with Locust, run as a library as its documentation shows (``Environment``,
``create_local_runner``, ``setup_logging``), against a small HTTP server the script starts on
127.0.0.1 (a child process whose handlers sleep 20 to 90 ms; ``/missing`` answers 404 one time in
five). Six simulated users for about eight seconds; the stats table is printed twice while the
test runs and once at the end (Locust's ``print_stats``: ``Type  Name  # reqs  # fails | Avg
Min  Max  Med | req/s  failures/s`` over one row per endpoint, ``GET  /items  212  0(0.00%) |
52  21  93  50 |  26.41  0.00``, and an ``Aggregated`` row), then
``Response time percentiles (approximated)`` (``50% 66% 75% 80% 90% 95% 98% 99% 99.9% 99.99%
100% # reqs``) and the ``Error report`` (``# occurrences  Error``). Locust's own log lines
(``Ramping to 6 users at a rate of 6.00 per second``, ``All users spawned: ...``) come first.

Truth: Locust's ``StatsEntry`` objects at the moment each table is printed (the runner is a
gevent loop: nothing runs between the recording and the printing): ``avg_response_time``,
``min_response_time``, ``max_response_time``, ``median_response_time``, ``total_rps`` and
``total_fail_per_sec`` (the tables are printed with ``current=False``), and the percentiles by
``get_response_time_percentile``, as ``<method> <name>/<column>`` (``GET /items/Avg``,
``Aggregated/99%``): a load test's response times and rates are its results. ``# reqs`` and
``# fails`` (the count and the percentage in brackets) and the error report's occurrences are
optional. Locust prints times with ``%d``, which truncates: the tolerance is one millisecond.
The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT11, Truth, main

SETTINGS = {"users": 6, "spawn_rate": 6, "run_time_s": 8, "print_every_s": 3,
            "wait_min_s": 0.05, "wait_max_s": 0.2}

SERVER = r"""
import random, sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(random.uniform(0.02, 0.09))
        missing = self.path.startswith("/missing") and random.random() < 0.2
        body = b"{}" if not missing else b"no"
        self.send_response(404 if missing else 200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def run() -> None:
    import gevent
    from locust import HttpUser, between, events, task
    from locust.env import Environment
    from locust.log import setup_logging
    from locust.stats import (PERCENTILES_TO_REPORT, get_readable_percentiles,
                              print_error_report, print_percentile_stats, print_stats)

    import subprocess

    s = SETTINGS
    truth = Truth()
    setup_logging("INFO")
    server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline())
        print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)

        class Shopper(HttpUser):
            host = f"http://127.0.0.1:{port}"
            wait_time = between(s["wait_min_s"], s["wait_max_s"])

            @task(4)
            def items(self):
                self.client.get("/items")

            @task(2)
            def item(self):
                self.client.get("/items/42", name="/items/[id]")

            @task(1)
            def cart(self):
                self.client.post("/cart")

            @task(1)
            def missing(self):
                self.client.get("/missing")

        env = Environment(user_classes=[Shopper], events=events)
        runner = env.create_local_runner()

        def entries():
            stats = env.stats
            rows = [stats.entries[key] for key in sorted(stats.entries)]
            return [(f"{r.method} {r.name}", r) for r in rows] + [("Aggregated", stats.total)]

        def table():
            for label, r in entries():
                truth.add(**{f"{label}/Avg": r.avg_response_time,
                             f"{label}/Min": r.min_response_time or 0,
                             f"{label}/Max": r.max_response_time,
                             f"{label}/Med": r.median_response_time or 0,
                             f"{label}/req/s": r.total_rps or 0,
                             f"{label}/failures/s": r.total_fail_per_sec or 0})
                truth.allow(**{f"{label}/# reqs": r.num_requests})
                truth.allow(**{f"{label}/# fails": r.num_failures})
                truth.allow(**{f"{label}/# fails": 100 * r.fail_ratio})
            print_stats(env.stats, current=False)

        def percentiles():
            labels = get_readable_percentiles(PERCENTILES_TO_REPORT)
            for label, r in entries():
                if r.response_times:
                    truth.add(**{f"{label}/{name}": r.get_response_time_percentile(p)
                                 for name, p in zip(labels, PERCENTILES_TO_REPORT)})
                    truth.allow(**{f"{label}/# reqs": r.num_requests})
            print_percentile_stats(env.stats)

        runner.start(s["users"], spawn_rate=s["spawn_rate"])
        for _ in range(s["run_time_s"] // s["print_every_s"]):
            gevent.sleep(s["print_every_s"])
            table()
        gevent.sleep(s["run_time_s"] - s["print_every_s"] * (s["run_time_s"]
                                                              // s["print_every_s"]))
        runner.quit()
        runner.greenlet.join()
        table()
        percentiles()
        for error in env.stats.errors.values():
            truth.allow(**{"# occurrences": error.occurrences})
        print_error_report(env.stats)
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        server.terminate()
        server.wait()
    truth.write("locust StatsEntry values at each print (current=False): avg/min/max/median "
                "response time, total_rps, total_fail_per_sec and response-time percentiles as "
                "<method> <name>/<column>; request and failure counts optional; settings = "
                "params",
                libraries=("locust", "gevent"), params=s,
                rel=1e-9, abs_tol=1.0)  # %d truncates the milliseconds; rates %.2f


if __name__ == "__main__":
    main(__file__, {"locust": run}, root=HELDOUT11)
