"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Circuit simulation with ngspice (C, Debian's ``ngspice``), in batch mode (``ngspice -b``) on
an RC low-pass filter (1 kΩ, 100 nF) driven by a 1 V step, with a ``.control`` block: a
transient analysis (``tran 1u 2m``) and its measurements (``meas tran``: the 10-90 % rise
time, the crossing times of 10 %, 63.2 % and 90 %, the mean and RMS of the output, its
maximum), then an AC sweep (``ac dec 20 10 1meg``) and its measurements (the -3 dB frequency,
the gain at 100 Hz and 10 kHz, the phase at 1 kHz). ngspice prints ``Circuit: rc low-pass
filter``, ``Doing analysis at TEMP = 27.000000 and TNOM = 27.000000``, the ``Initial
Transient Solution`` node table, ``No. of Data Rows : 2026``, and one line per measurement,
``trise               =  2.197214e-04 targ=  2.312583e-04 trig=  1.153689e-05``, ``vavg =
8.989667e-01 from=  0.000000e+00 to=  1.000629e-03``, ``vmax = 1.000000e+00 at=
2.000000e-03``.

Truth: ngspice's own vectors of the same run: each measurement is a vector of its analysis'
plot, which the control block writes to an ASCII raw file (``write``) right after measuring;
the generator reads them from those files (``trise``, ``t10``, ``t63``, ``t90``, ``vavg``,
``vrms``, ``vmax``, ``f3db``, ``gain100``, ``gain10k``, ``phase1k``, unstepped). Optional: a
rise-time line's ``targ`` and ``trig`` (the 90 % and 10 % crossing times: the ``t90`` and
``t10`` vectors). Params (printed configuration): ``TEMP``, ``TNOM``, and a window's ``from``
and ``to`` (the requested 0 and 1 ms; ngspice prints the nearest time points). Judgement:
``No. of Data Rows`` is a count (neither map); ``vmax``'s ``at`` (the time of the maximum) and
the initial transient solution's node voltages (all 0 V at the step's start) are kept in no
vector ngspice writes (printed, no truth); the phase is ``vp(out)`` (radians) turned into
degrees by the control block, as a user writes it. ngspice exits with status 1 in batch mode
when a deck has no ``.print`` line (its closing note, on stderr); the generator checks the
raw files instead.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

DECK = """RC low-pass filter
V1 in 0 DC 0 AC 1 PULSE(0 1 1u 1n 1n 5m 10m)
R1 in out 1k
C1 out 0 100n
.control
set filetype=ascii
tran 1u 2m
meas tran trise TRIG v(out) VAL=0.1 RISE=1 TARG v(out) VAL=0.9 RISE=1
meas tran t10 WHEN v(out)=0.1 RISE=1
meas tran t63 WHEN v(out)=0.632 RISE=1
meas tran t90 WHEN v(out)=0.9 RISE=1
meas tran vavg AVG v(out) from=0 to=1m
meas tran vrms RMS v(out) from=0 to=1m
meas tran vmax MAX v(out)
write {work}/tran.raw trise t10 t63 t90 vavg vrms vmax
ac dec 20 10 1meg
let db = vdb(out)
let deg = vp(out) * 180 / pi
meas ac f3db WHEN db=-3.0103
meas ac gain100 FIND db AT=100
meas ac gain10k FIND db AT=10k
meas ac phase1k FIND deg AT=1k
write {work}/ac.raw f3db gain100 gain10k phase1k
.endc
.end
"""


def read_raw(path: Path) -> dict[str, float]:
    """The first point of each vector of an ngspice ASCII raw file (a measurement is a vector
    of length one, written at the first point of the plot's scale)."""
    lines = path.read_text().splitlines()
    start = lines.index("Variables:") + 1
    end = lines.index("Values:")
    names = [line.split("\t")[2] for line in lines[start:end]]
    values = []
    for line in lines[end + 1:end + 1 + len(names)]:
        field = line.split("\t")[-1].split(",")[0]  # a complex value is "re,im"
        values.append(float(field))
    return dict(zip(names, values))


def run() -> None:
    import re
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="ngspice-"))
    (work / "rc.cir").write_text(DECK.replace("{work}", str(work)))
    subprocess.run(["ngspice", "-b", str(work / "rc.cir")], check=False)  # see the docstring
    tran = read_raw(work / "tran.raw")
    ac = read_raw(work / "ac.raw")
    truth = Truth()
    for name in ("trise", "t10", "t63", "t90", "vavg", "vrms", "vmax"):
        truth.add(**{name: tran[name]})
    for name in ("f3db", "gain100", "gain10k", "phase1k"):
        truth.add(**{name: ac[name]})
    truth.allow(targ=tran["t90"], trig=tran["t10"])
    version = subprocess.run(["ngspice", "-v"], capture_output=True, text=True).stdout
    found = re.search(r"ngspice-(\S+)", version)
    truth.write(f"ngspice {found.group(1) if found else '?'}: the measurement vectors of the "
                "same run, written by its control block to ASCII raw files; targ and trig "
                "optional (the t90 and t10 vectors); temperatures and windows as params",
                libraries=(), params={"TEMP": 27.0, "TNOM": 27.0, "from": 0.0, "to": 1e-3},
                rel=1e-6, abs_tol=0.0)  # seven significant digits


if __name__ == "__main__":
    main(__file__, {"ngspice": run}, root=HELDOUT17)
