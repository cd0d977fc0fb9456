"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Molecular dynamics with LAMMPS (Debian ``lammps``, the ``lmp`` binary): a Lennard-Jones liquid
of 500 atoms on an fcc lattice in reduced units, 200 steps at constant energy (``fix nve``,
default ``thermo_style one`` every 50 steps: ``Step Temp E_pair E_mol TotEng Press``), then 200
steps under a Nose-Hoover thermostat (``fix nvt``, ``thermo_style custom step temp pe ke etotal
press``: ``Step Temp PotEng KinEng TotEng Press``). LAMMPS prints its set-up (lattice, box,
neighbour-list settings, memory), each run's thermo table, and after each run the loop time,
performance rates, a timing breakdown table (``Section | min time | avg time | ...``), atom
and neighbour counts with histograms.

Truth: the same thermo quantities recorded by LAMMPS itself at every thermo step through ``fix
print`` with equal-style variables (full precision, to a file; ``screen no``), read back after
the run: per row ``Temp``, ``E_pair``, ``E_mol``, ``TotEng``, ``Press`` of the first run and
``Temp``, ``PotEng``, ``KinEng``, ``TotEng``, ``Press`` of the second (the column heads), at
the ``Step`` the row states (the second run goes on from step 200, so its first row repeats
the first run's last state under its own heads). Timings, rates, counts and set-up numbers
have no truth (``Printed, no truth`` in the README).
"""

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main

INPUT = """units lj
atom_style atomic
lattice fcc 0.8442
region box block 0 5 0 5 0 5
create_box 1 box
create_atoms 1 box
mass 1 1.0
velocity all create 3.0 87287 loop geom
pair_style lj/cut 2.5
pair_coeff 1 1 1.0 1.0 2.5
neighbor 0.3 bin
neigh_modify every 20 delay 0 check no
variable s equal step
variable t equal temp
variable ep equal epair
variable em equal emol
variable pe equal pe
variable ke equal ke
variable et equal etotal
variable p equal press
fix 1 all nve
thermo 50
fix r1 all print 50 "$s $t ${ep} ${em} ${et} $p" file run1.dat screen no
run 200
unfix r1
unfix 1
fix 2 all nvt temp 1.5 1.5 0.5
thermo_style custom step temp pe ke etotal press
fix r2 all print 50 "$s $t ${pe} ${ke} ${et} $p" file run2.dat screen no
run 200
"""


def run() -> None:
    work = Path(tempfile.mkdtemp(prefix="lammps-"))
    (work / "in.lj").write_text(INPUT)
    sys.stdout.flush()
    subprocess.run(["lmp", "-in", "in.lj", "-log", "none"], cwd=work, check=True)
    truth = Truth()
    for name, heads in (("run1.dat", ("Temp", "E_pair", "E_mol", "TotEng", "Press")),
                        ("run2.dat", ("Temp", "PotEng", "KinEng", "TotEng", "Press"))):
        for line in (work / name).read_text().splitlines():
            if line.startswith("#") or not line.strip():
                continue
            step, *values = (float(v) for v in line.split())
            truth.add(at=step, **dict(zip(heads, values)))
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "lammps"],
                             capture_output=True, text=True).stdout
    truth.write(f"LAMMPS (Debian lammps {version}): the thermo quantities at every thermo step, "
                "recorded by LAMMPS through fix print with equal-style variables",
                rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"lammps": run}, root=HELDOUT27)
