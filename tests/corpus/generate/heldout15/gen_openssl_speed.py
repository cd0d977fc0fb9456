"""OPEN fixture (fifteenth half, see generate/heldout15/README.md): development material.

``openssl speed`` (Debian's OpenSSL 3.0) of two algorithms, SHA-256 and AES-128-CBC, one
second per block size: ``openssl speed -multi 1 -seconds 1 sha256 aes-128-cbc``. It prints its
build information (``version: 3.0.19``, ``options: bn(64,64)``, the compiler line), ``The
'numbers' are in 1000s of bytes per second processed.`` and the throughput table: a header
``type 16 bytes 64 bytes 256 bytes 1024 bytes 8192 bytes 16384 bytes`` and one row per
algorithm (``sha256  122990.35k  407843.33k ...``).

Truth, and why ``-multi 1``: ``openssl speed`` keeps its results in memory only and prints
them; there is no result file and no library API for the command. With ``-multi 1`` the same
invocation forks one worker that runs the benchmark in machine-readable mode: it writes its
raw records to stderr (``+DT:sha256:1:16`` = algorithm, seconds, block size; ``+R:7686897:
sha256:1.000000`` = operations counted and seconds taken) and its throughput (``+F:``) into a
pipe to the parent, which prints the human table from it. The generator reads the worker's
``+DT``/``+R`` records on their way to stderr (every byte is passed on unchanged, so they are
in ``stderr.txt`` as a user sees them) and computes each cell as openssl does: operations ×
block size / seconds / 1000 (the table's ``k``). So the truth comes from the tool's own
machine-readable records of the same run, which are themselves printed (on stderr), not from
the human table. Names: ``<algorithm>/<block size> bytes`` (a table whose rows are different
things); the value in the printed unit (1000s of bytes per second), the ``k`` not part of it.
Judgement: the ``+R`` operation counts and seconds are machine records, in neither map; the
block sizes in the header are column labels; the version line and options are params.
Throughput depends on the machine's load.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT15, Truth, main

ALGORITHMS = ["sha256", "aes-128-cbc"]


def run() -> None:
    import subprocess

    argv = ["openssl", "speed", "-multi", "1", "-seconds", "1", *ALGORITHMS]
    proc = subprocess.Popen(argv, stderr=subprocess.PIPE)
    truth = Truth()
    block = None
    for raw in proc.stderr:
        sys.stderr.buffer.write(raw)
        sys.stderr.flush()
        fields = raw.decode().strip().split(":")
        if fields[0] == "+DT":
            block = int(fields[3])
        elif fields[0] == "+R" and block is not None:
            ops, alg, seconds = int(fields[1]), fields[2], float(fields[3])
            truth.add(**{f"{alg}/{block} bytes": ops * block / seconds / 1000})
    if proc.wait():
        sys.exit(f"openssl speed exited with {proc.returncode}")
    version = subprocess.run(["openssl", "version"], capture_output=True, text=True).stdout.strip()
    truth.write("openssl speed -multi 1's worker records of the same invocation (+DT block size, "
                "+R operations and seconds, passed through to stderr unchanged): operations x "
                "block size / seconds / 1000 per <algorithm>/<size> bytes, as openssl computes "
                f"the table; {version}",
                libraries=(), params={"version": version.split()[1], "options": "bn(64,64)"},
                rel=1e-4, abs_tol=0.005)


if __name__ == "__main__":
    main(__file__, {"openssl-speed": run}, root=HELDOUT15)
