"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

System dynamics with PySD (PyPI ``pysd``): an SIR epidemic model written here in Vensim's
``.mdl`` text form (stocks ``Susceptible``, ``Infected``, ``Recovered``; flows ``Infection Rate``
and ``Recovery Rate``; 1000 people, Euler steps of 0.25 days over 60 days) translated by
``pysd.read_vensim`` and run twice, with ``Contact Rate`` 0.4 and 0.25 (``params=``), each
``model.run(progress=True, return_timestamps=range(0, 61, 15), return_columns=[...])`` and the
returned frame printed by the script: progressbar2's ``ETA``/``Time:`` bar on stdout (drawn in
place on a terminal, line by line on a pipe), then the pandas frame (``time`` index, one column a
stock, rounded by pandas' repr to six decimals).

Truth: the frame ``run`` returns (the tool's own result object, before printing): each stock
under its column name at the row's ``time`` as the step (the two runs share the names; the time
restarts). The contact rates are the runs' params (not printed).
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main

MODEL = r"""{UTF-8}
Susceptible= INTEG (
	-Infection Rate,
		990)
	~	People
	~		|

Infected= INTEG (
	Infection Rate - Recovery Rate,
		10)
	~	People
	~		|

Recovered= INTEG (
	Recovery Rate,
		0)
	~	People
	~		|

Total Population=
	1000
	~	People
	~		|

Contact Rate=
	0.4
	~	1/Day
	~		|

Recovery Time=
	7
	~	Day
	~		|

Infection Rate=
	Contact Rate * Susceptible * Infected / Total Population
	~	People/Day
	~		|

Recovery Rate=
	Infected / Recovery Time
	~	People/Day
	~		|

********************************************************
	.Control
********************************************************~
		Simulation Control Parameters
	|

FINAL TIME  = 60
	~	Day
	~	The final time for the simulation.
	|

INITIAL TIME  = 0
	~	Day
	~	The initial time for the simulation.
	|

SAVEPER  =
        TIME STEP
	~	Day [0,?]
	~	The frequency with which output is stored.
	|

TIME STEP  = 0.25
	~	Day [0,?]
	~	The time step for the simulation.
	|
"""


def run() -> None:
    import pysd

    work = Path(tempfile.mkdtemp(prefix="pysd-"))
    (work / "sir.mdl").write_text(MODEL)
    model = pysd.read_vensim(str(work / "sir.mdl"))
    truth = Truth()
    stocks = ["Susceptible", "Infected", "Recovered"]
    for rate in (0.4, 0.25):
        model.reload()
        frame = model.run(params={"Contact Rate": rate}, progress=True,
                          return_timestamps=range(0, 61, 15), return_columns=stocks)
        print(frame)
        for time, row in frame.iterrows():
            truth.add(at=time, **{name: row[name] for name in stocks})
    truth.write("pysd: the frames model.run returns (one column a stock, indexed by time)",
                libraries=("pysd", "pandas", "numpy"), rel=5e-7, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"pysd": run}, root=HELDOUT29)
