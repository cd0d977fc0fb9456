"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Storage benchmarking with fio (Debian's ``fio``): one job of random 4 KiB reads and writes (70%
reads, synchronous I/O) over an 8 MiB file in a temporary folder, with
``--percentile_list=50:90:99`` and ``--disk_util=0``, asked for both of its report formats in
one run (``--output-format=normal,json``). fio writes its start lines, then the JSON document,
then the normal report to stdout; the generator captures that stdout and prints fio's own text
without the JSON document (the start lines and the normal report, byte for byte), and takes the
truth from the JSON document of the same run. The normal report: ``read: IOPS=11.1k,
BW=43.2MiB/s (45.3MB/s)(5704KiB/129msec)``, ``clat (usec): min=43, max=5767, avg=87.74,
stdev=358.22``, ``lat (usec): ...``, ``clat percentiles (usec):`` / ``|  50th=[   55], ...``, the
same for ``write:``, latency buckets (``lat (usec)   : 4=16.06%, 10=13.82%``), ``cpu          :
usr=0.00%, sys=35.66%, ctx=1424, majf=0, minf=13``, ``IO depths``, ``issued rwts``, ``latency   :
target=0, window=0, percentile=100.00%, depth=1`` and the ``Run status group 0`` lines
(``READ: bw=43.2MiB/s (45.3MB/s), 43.2MiB/s-43.2MiB/s (...), io=5704KiB (5841kB),
run=129-129msec``).

Truth, from the JSON document: per direction, ``iops`` as ``<dir>/IOPS``, ``bw_bytes`` as
``<dir>/BW`` (twice: in the binary and the decimal unit printed), ``clat_ns`` and ``lat_ns``
``min``/``max``/``mean``/``stddev`` as ``<dir>/clat/min`` ... ``<dir>/lat/avg``, the clat
percentiles as ``<dir>/clat percentiles/50th``; ``usr_cpu`` and ``sys_cpu`` as ``cpu/usr`` and
``cpu/sys``; the group line's bandwidth as ``READ/bw`` and ``WRITE/bw`` (its min-max range
optional). Each value is in the unit fio prints it in: the unit of a line (``usec``, ``nsec``,
``msec``; ``MiB/s``, ``KiB/s``) is read from the printed line by a
regular expression and applied to the JSON value; no number is taken from the printed text.
The ``k`` of ``11.1k`` IOPS is the exception: an SI letter glued to a count is multiplied out,
as the corpus reads one elsewhere (SI_VALUE: benchmark-ips's ``14.436k``; fio too picks the
letter per value, ``IOPS=4936`` on the next line), so ``<dir>/IOPS`` is the JSON's ``iops``.
Optional: ``io`` and ``run`` (bytes moved and runtime), ``ctx``, ``majf``, ``minf``, the latency
buckets (``lat/<bucket>``, percent), ``IO depths``, ``submit`` and ``complete`` distributions.
The ``latency`` line's ``target``, ``window``, ``percentile`` and ``depth`` are params. Printed, no truth: the
``issued rwts`` counts, the process id and the date.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main

TIME = {"nsec": 1, "usec": 1e3, "msec": 1e6, "sec": 1e9}
BYTES = {"B": 1, "KiB": 2 ** 10, "MiB": 2 ** 20, "GiB": 2 ** 30, "kB": 1e3, "MB": 1e6,
         "GB": 1e9}


def split(text: str) -> tuple[str, dict]:
    """fio's stdout without its JSON document, and the document."""
    import json

    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.rstrip("\n") == "{")
    end = next(i for i in range(start, len(lines)) if lines[i].rstrip("\n") == "}")
    return "".join(lines[:start] + lines[end + 1:]), json.loads("".join(lines[start:end + 1]))


def direction(truth: Truth, report: str, name: str, data: dict) -> None:
    import re

    block = report[report.index(f"  {name}: IOPS="):]
    head = re.match(rf"  {name}: IOPS=([\d.]+)(k?), BW=[\d.]+(\w+)/s \([\d.]+(\w+)/s\)"
                    rf"\([\d.]+(\w+)/", block)
    binary, decimal, io_unit = head.group(3), head.group(4), head.group(5)
    truth.add(**{f"{name}/IOPS": data["iops"]})
    truth.add(**{f"{name}/BW": data["bw_bytes"] / BYTES[binary]})
    truth.add(**{f"{name}/BW": data["bw_bytes"] / BYTES[decimal]})
    truth.allow(**{f"{name}/io": data["io_bytes"] / BYTES[io_unit],
                   f"{name}/run": data["runtime"]})
    for key, label in (("clat_ns", "clat"), ("lat_ns", "lat")):
        unit = re.search(rf"\n\s+{label} \((\w+)\): min=", block).group(1)
        stats = data[key]
        truth.add(**{f"{name}/{label}/min": stats["min"] / TIME[unit],
                     f"{name}/{label}/max": stats["max"] / TIME[unit],
                     f"{name}/{label}/avg": stats["mean"] / TIME[unit],
                     f"{name}/{label}/stdev": stats["stddev"] / TIME[unit]})
    unit = re.search(r"clat percentiles \((\w+)\):", block).group(1)
    for key, value in data["clat_ns"]["percentile"].items():
        truth.add(**{f"{name}/clat percentiles/{float(key):g}th": value / TIME[unit]})


def group(truth: Truth, report: str, label: str, data: dict) -> None:
    import re

    line = re.search(rf"{label}: bw=[\d.]+(\w+)/s \([\d.]+(\w+)/s\)", report)
    binary, decimal = line.group(1), line.group(2)
    truth.add(**{f"{label}/bw": data["bw_bytes"] / BYTES[binary]})
    truth.add(**{f"{label}/bw": data["bw_bytes"] / BYTES[decimal]})
    for unit in (binary, binary, decimal, decimal):  # one job: the range's ends are its rate
        truth.allow(**{f"{label}/bw": data["bw_bytes"] / BYTES[unit]})


def run() -> None:
    import shutil
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="fio-"))
    proc = subprocess.run(
        ["fio", "--name=mixed", f"--filename={work / 'data'}", "--size=8M", "--rw=randrw",
         "--rwmixread=70", "--bs=4k", "--ioengine=psync", "--percentile_list=50:90:99",
         "--disk_util=0", "--randrepeat=1", "--eta=never", "--output-format=normal,json"],
        stdout=subprocess.PIPE, check=True, text=True)
    shutil.rmtree(work)  # the 8 MiB data file
    report, doc = split(proc.stdout)
    sys.stdout.write(report)
    sys.stdout.flush()
    job = doc["jobs"][0]
    truth = Truth()
    for name in ("read", "write"):
        direction(truth, report, name, job[name])
    truth.add(**{"cpu/usr": job["usr_cpu"], "cpu/sys": job["sys_cpu"]})
    truth.allow(**{"cpu/ctx": job["ctx"], "cpu/majf": job["majf"], "cpu/minf": job["minf"]})
    for key in ("latency_ns", "latency_us", "latency_ms"):
        for bucket, share in job[key].items():
            truth.allow(**{f"lat/{bucket}": share})
    for key, label in (("iodepth_level", "IO depths"), ("iodepth_submit", "submit"),
                       ("iodepth_complete", "complete")):
        for bucket, share in job[key].items():
            truth.allow(**{f"{label}/{bucket}": share})
    group(truth, report, "READ", job["read"])
    group(truth, report, "WRITE", job["write"])
    truth.write(f"{doc['fio version']}: the JSON document of the same run (iops, bw_bytes, clat_ns, "
                "lat_ns, percentiles, cpu), each in the unit its printed line states, "
                "<dir>/<label>; io, run, cpu counts, latency buckets and depth distributions "
                "optional", libraries=(),
                params={"target": job["latency_target"], "window": job["latency_window"],
                        "depth": job["latency_depth"], "percentile": job["latency_percentile"]},
                rel=1e-2, abs_tol=1.0)  # three significant digits; percentiles rounded up to a whole unit


if __name__ == "__main__":
    main(__file__, {"fio": run}, root=HELDOUT20)
