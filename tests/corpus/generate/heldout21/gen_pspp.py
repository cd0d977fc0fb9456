"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

GNU PSPP (Debian's ``pspp``, 1.6), the command-line statistics program, on a syntax file the
script writes: a seeded CSV of 120 cases (a group code, ``x``, ``y``, ``z``) read with ``GET
DATA``, then ``DESCRIPTIVES`` (mean and standard deviation), ``T-TEST /GROUPS=grp(1,2)`` of
``y``, and ``REGRESSION`` of ``y`` on ``x`` and ``z`` (coefficients, R, ANOVA). PSPP writes its
text tables to stdout (``pspp run.sps -o - -O format=txt``): boxes drawn with ``+``, ``-`` and
``|``, titles above them (``Descriptive Statistics``, ``Group Statistics``, ``Independent
Samples Test``, ``Model Summary (y)``, ``ANOVA (y)``, ``Coefficients (y)``), numbers as SPSS
prints them (``-.01``, ``.000``), long cell texts wrapped over several lines (``Equal /
variances / assumed``) and the multi-level column headings of the t-test and coefficient
tables.

Truth: the CSV output driver of the same run (``-o record.csv``: every table's cells, as the
text driver shows them, but in a machine-readable file), not the printed text. Each table's
column names are its last non-empty heading cells, its rows named by their label cells (the
variable carried down where its cell is empty): ``<row>/<column>`` (``x/Mean``, ``y/1/Mean``,
``Equal variances assumed/t``, ``Regression/F``, ``(Constant)/B``), the model summary's
columns under their own names. The ``N`` columns and the listwise N rows (counts), the degrees
of freedom and the significance columns (``Sig.``, ``Sig. (2-tailed)``) are optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main

SYNTAX = """\
GET DATA /TYPE=TXT /FILE='{data}' /DELIMITERS=',' /FIRSTCASE=2
  /VARIABLES=grp F1.0 x F8.3 y F8.3 z F8.3.
DESCRIPTIVES /VARIABLES=x y z /STATISTICS=MEAN STDDEV.
T-TEST /GROUPS=grp(1,2) /VARIABLES=y.
REGRESSION /VARIABLES=x z /DEPENDENT=y /STATISTICS=COEFF R ANOVA.
"""
OPTIONAL_COLUMNS = {"N", "df", "Sig.", "Sig. (2-tailed)"}
LABEL_COLUMNS = {"Group"}  # a column of codes that names rows


def number(cell: str):
    try:
        return float(cell)
    except ValueError:
        return None


def tables(path: Path):
    """The CSV driver's tables: (title, rows of cells)."""
    import csv

    title, rows = None, []
    for line in path.read_text().splitlines() + [""]:
        if line.startswith("Table: "):
            title, rows = line.removeprefix("Table: "), []
        elif not line.strip():
            if title:
                yield title, rows
            title = None
        elif title:
            rows.append(next(csv.reader([line])))


def record(truth: Truth, rows) -> None:
    headers = []
    while rows and not any(number(c) is not None for c in rows[0]):
        headers.append(rows.pop(0))
    width = max(len(r) for r in headers + rows)
    names = []
    for i in range(width):
        cells = [h[i] for h in headers if i < len(h) and h[i].strip()]
        names.append(cells[-1] if cells else "")
    labels = 0
    while labels < width and (not names[labels] or names[labels] in LABEL_COLUMNS):
        labels += 1
    carried = [""] * labels
    for row in rows:
        for i in range(labels):
            if row[i]:
                carried[i] = row[i]
                carried[i + 1:] = [""] * (labels - i - 1)
        prefix = "/".join(c for c in carried if c)
        for name, cell in zip(names[labels:], row[labels:]):
            value = number(cell)
            if value is None:
                continue
            key = f"{prefix}/{name}" if prefix else name
            if name in OPTIONAL_COLUMNS or "listwise" in prefix:
                truth.allow(**{key: value})
            else:
                truth.add(**{key: value})


def run() -> None:
    import random
    import subprocess
    import tempfile

    rnd = random.Random(21)
    work = Path(tempfile.mkdtemp(prefix="pspp-"))
    lines = ["grp,x,y,z"]
    for _ in range(120):
        grp, x, z = rnd.choice([1, 2]), rnd.gauss(50, 10), rnd.gauss(0, 1)
        y = 2 + 0.5 * x + 3 * z + (4 if grp == 2 else 0) + rnd.gauss(0, 5)
        lines.append(f"{grp},{x:.3f},{y:.3f},{z:.3f}")
    (work / "data.csv").write_text("\n".join(lines) + "\n")
    (work / "run.sps").write_text(SYNTAX.format(data=work / "data.csv"))
    sys.stdout.flush()
    subprocess.run(["pspp", str(work / "run.sps"), "-o", "-", "-O", "format=txt",
                    "-o", str(work / "record.csv")], check=True)
    truth = Truth()
    for _, rows in tables(work / "record.csv"):
        record(truth, rows)
    version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "pspp"],
                             capture_output=True, text=True).stdout
    truth.write(f"GNU PSPP {version}: the same run's CSV output driver, <row labels>/<column> "
                "(the last heading cell), N, df and significance optional",
                rel=1e-9, abs_tol=1e-9)  # the record holds the printed digits


if __name__ == "__main__":
    main(__file__, {"pspp": run}, root=HELDOUT21)
