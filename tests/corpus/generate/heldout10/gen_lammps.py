"""HELD-OUT fixture (tenth half, see generate/heldout10/README.md): do not read while tuning the
parser.

Molecular dynamics with LAMMPS (the Debian package's ``lmp``, version 29 Sep 2021), the
Lennard-Jones liquid of its ``melt`` example grown into three stages, run from a script with
``lmp -in in.lj -log none`` inheriting the script's stdout and stderr: an NVE melt from an fcc
lattice (``thermo_style custom step temp pe ke etotal press``), an NVT run with a Nosé-Hoover
thermostat and a mean-squared displacement compute (``step temp pe etotal press c_msd[4]``),
and an NPT run (``step temp press vol density lx``), thermo output every 50 steps. LAMMPS
prints its set-up (lattice spacing, box, neighbour-list settings, ``Unit style``, ``Time
step``), then per run a thermo table (``Step Temp PotEng KinEng TotEng Press`` over
right-aligned rows), ``Loop time of ...``, ``Performance: ... tau/day, ... timesteps/s``, the
MPI timing breakdown table, the ``Nlocal``/``Nghost``/``Neighs`` histograms and the
neighbour counts. The script prints its settings first.

Truth: LAMMPS's own record of the same thermo quantities: a ``fix print`` at the thermo
interval writes the equal-style variables of the same keywords (``temp``, ``pe``, ``ke``,
``etotal``, ``press``, ``c_msd[4]``, ``vol``, ``density``, ``lx``) with every digit into a
file the script reads back. The thermo tables are series over ``Step``: each column's header
is the name, at the row's ``Step`` (``Step`` itself in neither map); the first row of a run
repeats the last row of the run before (both points, as printed). Timings (``Loop time``,
``Performance``, the breakdown table, ``CPU use``) are in neither map; the histograms' and
neighbour counts (which LAMMPS gives to no variable) in neither. The script's settings and
LAMMPS's ``Time step`` echo are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT10, Truth, main

SETTINGS = {"density": 0.8442, "cells": 7, "temperature": 2.0, "seed": 4928459,
            "nvt_temperature": 1.2, "npt_pressure": 2.5, "Time step": 0.005}
STAGES = [  # (thermo keywords, their printed headers, the run's fix, steps)
    (["temp", "pe", "ke", "etotal", "press"], ["Temp", "PotEng", "KinEng", "TotEng", "Press"],
     "fix 1 all nve", 250),
    (["temp", "pe", "etotal", "press", "c_msd[4]"],
     ["Temp", "PotEng", "TotEng", "Press", "c_msd[4]"],
     "fix 1 all nvt temp {nvt_temperature} {nvt_temperature} 0.5", 300),
    (["temp", "press", "vol", "density", "lx"], ["Temp", "Press", "Volume", "Density", "Lx"],
     "fix 1 all npt temp {nvt_temperature} {nvt_temperature} 0.5 iso {npt_pressure} "
     "{npt_pressure} 2.0", 300),
]
EVERY = 50


def input_script(records: Path) -> str:
    s = SETTINGS
    lines = ["units lj", "atom_style atomic", f"lattice fcc {s['density']}",
             f"region box block 0 {s['cells']} 0 {s['cells']} 0 {s['cells']}",
             "create_box 1 box", "create_atoms 1 box", "mass 1 1.0",
             f"velocity all create {s['temperature']} {s['seed']} loop geom",
             "pair_style lj/cut 2.5", "pair_coeff 1 1 1.0 1.0 2.5",
             "neighbor 0.3 bin", "neigh_modify every 10 delay 0 check yes",
             f"timestep {s['Time step']}", "compute msd all msd", "variable s equal step"]
    for i, (keywords, _, fix, steps) in enumerate(STAGES):
        names = []
        for j, keyword in enumerate(keywords):
            lines.append(f"variable q{i}_{j} equal {keyword}")
            names.append(f"${{q{i}_{j}}}")
        lines += [fix.format(**s),
                  f'fix rec all print {EVERY} "${{s}} {" ".join(names)}" '
                  f"file {records / f'stage{i}.txt'} screen no",
                  f"thermo_style custom step {' '.join(keywords)}", f"thermo {EVERY}",
                  f"run {steps}", "unfix rec", "unfix 1"]
    return "\n".join(lines) + "\n"


def run() -> None:
    import subprocess
    import tempfile

    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="lammps-"))
    (work / "in.lj").write_text(input_script(work))
    print("LJ liquid settings: " + ", ".join(f"{k}={v}" for k, v in SETTINGS.items()),
          flush=True)
    subprocess.run(["lmp", "-in", "in.lj", "-log", "none"], cwd=work, check=True)
    for i, (_, headers, _, _) in enumerate(STAGES):
        for line in (work / f"stage{i}.txt").read_text().splitlines():
            if line.startswith("#"):
                continue
            step, *values = (float(v) for v in line.split())
            truth.add(step, **dict(zip(headers, values)))
            truth.allow(Step=step)
    help_text = subprocess.run(["lmp", "-h"], capture_output=True, text=True).stdout
    version = next((line.strip() for line in help_text.splitlines()
                    if "Massively Parallel Simulator" in line), "")
    truth.write("LAMMPS fix print at the thermo interval writing the equal-style variables of "
                "the thermo keywords (full precision) to a file: each printed column at its "
                f"Step; settings = params; {version}",
                libraries=(), params=SETTINGS,
                rel=1e-6, abs_tol=1e-7)  # thermo's 8 significant digits


if __name__ == "__main__":
    main(__file__, {"lammps": run}, root=HELDOUT10)
