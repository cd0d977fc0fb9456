"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Memory profiling with Memray (PyPI ``memray``): a small seeded workload (2,000 byte buffers of 1
to 7 KiB, a dict of 20,000 strings, a list of 100,000 floats) is recorded with ``memray run -q
-o <file>``, then ``memray stats <file>`` prints its report (the captured output is that
command's; the recording run is silent): ``📏 Total allocations:``, ``📦 Total memory
allocated:`` (``23.217MB``), ``📈 Peak memory usage:``, a histogram of allocation sizes (``min:
1.000B``, rows ``< 4.095kB  :  910 ▇▇▇…``, ``max: 1.049MB``), the allocator type distribution
(``MALLOC: 2096``), the top five allocating locations by size (``- <listcomp>:work.py:5 ->
11.378MB``) and by number of allocations, and the allocating modules by size and by number
(``- work: 22.976MB total | 2101 allocations``). Its headings are drawn with Rich (bold on the
terminal).

Truth: ``memray stats --json`` run on the same capture file right after (Memray's own record of
the same statistics), and, for the histogram's ``min`` and ``max``, the sizes of the capture's
allocation records (``memray.FileReader(...).get_allocation_records()``, frees left out). Sizes
are metrics (a profiler's measurements), in the unit they are printed in (Memray's ``size_fmt``:
bytes divided by 1000 per step, ``B``, ``kB``, ``MB``): ``Total memory allocated``, ``Peak memory
usage``, ``min``, ``max``, each location's size under its location (``<listcomp>:work.py:5``) and
each module's under its name (``work``; both module lists print the same sizes, listed twice).
Counts are optional: ``Total allocations``, the allocator types, the locations' numbers of
allocations, the modules' ``allocations``. The histogram's bins (bounds and counts) are in no
truth: bin edges are the report's layout, not measurements.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main

WORKLOAD = """\
import random
random.seed(22)
blocks = [bytearray(1024 * (i % 7 + 1)) for i in range(2000)]
d = {i: str(i) * 5 for i in range(20000)}
lst = [random.random() for _ in range(100000)]
"""


def in_unit(num: float) -> float:
    """The number `size_fmt` prints for `num` bytes, without its unit."""
    for _ in range(8):
        if abs(num) < 1000.0:
            return num
        num /= 1000.0
    return num


def run() -> None:
    import json
    import subprocess
    import tempfile

    import memray

    memray_bin = str(Path(sys.executable).with_name("memray"))
    work = Path(tempfile.mkdtemp(prefix="memray-"))
    (work / "work.py").write_text(WORKLOAD)
    capture = work / "out.bin"
    subprocess.run([memray_bin, "run", "-q", "-o", str(capture), "work.py"], cwd=work,
                   check=True, stdout=subprocess.DEVNULL)
    sys.stdout.flush()
    subprocess.run([memray_bin, "stats", str(capture)], cwd=work, check=True)
    subprocess.run([memray_bin, "stats", "--json", "-f", "-o", str(work / "stats.json"),
                    str(capture)], cwd=work, check=True, stdout=subprocess.DEVNULL)
    stats = json.loads((work / "stats.json").read_text())
    sizes = [r.size for r in memray.FileReader(str(capture)).get_allocation_records()
             if r.size > 0]
    truth = Truth()
    truth.allow(**{"Total allocations": stats["total_num_allocations"]})
    truth.add(**{"Total memory allocated": in_unit(stats["total_bytes_allocated"])})
    truth.add(**{"Peak memory usage": in_unit(stats["metadata"]["peak_memory"])})
    truth.add(min=in_unit(min(sizes)))
    truth.add(max=in_unit(max(sizes)))
    for name, count in stats["allocator_type_distribution"].items():
        truth.allow(**{name: count})
    for row in stats["top_allocations_by_size"]:
        truth.add(**{row["location"]: in_unit(row["size"])})
    for row in stats["top_allocations_by_count"]:
        truth.allow(**{row["location"]: row["count"]})
    for key in ("top_modules_by_allocation_size", "top_modules_by_allocation_count"):
        for row in stats[key]:
            truth.add(**{row["module"]: in_unit(row["total_bytes"])})
            truth.allow(**{f"{row['module']}/allocations": row["num_allocations"]})
    truth.write("Memray: `memray stats --json` on the same capture (sizes in the printed unit, "
                "counts optional), the histogram's min and max from the capture's allocation "
                "records", libraries=("memray",), rel=5e-4, abs_tol=5e-4)  # size_fmt: 3 decimals


if __name__ == "__main__":
    main(__file__, {"memray": run}, root=HELDOUT22)
