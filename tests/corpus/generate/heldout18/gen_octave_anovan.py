"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

N-way analysis of variance in GNU Octave with its statistics package (Debian's
``octave-statistics``, ``anovan``): a two-factor main-effects model of twelve weight gains by
diet and sex, and a full two-factor model (with the interaction) of eighteen yields by
fertiliser and irrigation, each displayed as ``anovan`` does by default: ``MODEL FORMULA
(based on Wilkinson's notation):``, the formula, ``ANOVA TABLE (Type III sums-of-squares):``
and a ruled table of sources (``diet``, ``sex``, ``Error``, ``Total``) by ``Sum Sq.``,
``d.f.``, ``Mean Sq.``, ``R Sq.``, ``F`` and ``Prob>F``. ``anovan`` then draws its diagnostic
plots: with no display, Octave falls back to gnuplot, which draws them as text on stdout (axes
with tick numbers, no values of the fit). Loading the package, and the fallback, print warnings
on stderr (with the temporary script's path). Deterministic.

Truth: the table ``anovan`` returns (its second output, the cell array the display is made
from), written to JSON by the same Octave process (``jsonencode``): each numeric cell as
``<source>/<column>`` under the printed column titles (the returned table calls ``R Sq.``
``Eta Sq.``). Optional: the degrees of freedom (counts) and the p-values. Judgement: the two
models share the names of ``Error`` and ``Total`` rows; a source is named as printed, cut
at 18 characters (``fertiliser*irrigat``); the plots' tick numbers are no metrics (no truth).
No step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

SCRIPT = r"""
pkg load statistics
kept = {};
y = [52 60 58 49 61 70 66 72 59 63 55 68]';
diet = {'a','a','a','a','b','b','b','b','c','c','c','c'}';
sex = {'f','m','f','m','f','m','f','m','f','m','f','m'}';
[p, tbl] = anovan(y, {diet, sex}, 'varnames', {'diet', 'sex'});
for i = 2:rows(tbl)
  kept{end + 1} = tbl(i, :);
end
yield = [4.1 4.6 4.3 5.0 5.4 5.1 4.4 4.9 4.5 5.6 6.1 5.8 4.0 4.2 4.4 5.1 5.0 5.3]';
fert = {'n','n','n','n','n','n','p','p','p','p','p','p','k','k','k','k','k','k'}';
water = {'lo','lo','lo','hi','hi','hi','lo','lo','lo','hi','hi','hi','lo','lo','lo','hi','hi','hi'}';
[p, tbl] = anovan(yield, {fert, water}, 'model', 'full', ...
                  'varnames', {'fertiliser', 'irrigation'});
for i = 2:rows(tbl)
  kept{end + 1} = tbl(i, :);
end
fid = fopen(getenv('ANOVAN_RECORD'), 'w');
fprintf(fid, '%s', jsonencode(struct('rows', {kept}, 'version', OCTAVE_VERSION)));
fclose(fid);
"""

COLUMNS = ("Sum Sq.", "d.f.", "Mean Sq.", "R Sq.", "F", "Prob>F")
OPTIONAL = ("d.f.", "Prob>F")


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="anovan-"))
    (work / "anovan.m").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["octave-cli", "--no-gui", "--norc", str(work / "anovan.m")], check=True,
                   env={**os.environ, "ANOVAN_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for row in out["rows"]:
        source, cells = row[0][:18], row[1:]  # the printer cuts a source at 18 characters
        for column, value in zip(COLUMNS, cells):
            if value == [] or value is None:
                continue
            if column in OPTIONAL:
                truth.allow(**{f"{source}/{column}": value})
            else:
                truth.add(**{f"{source}/{column}": value})
    truth.write(f"Octave {out['version']} statistics package: the table anovan returns, "
                "written by jsonencode in the same process, as <source>/<column> under the "
                "printed titles; degrees of freedom and p-values optional", libraries=(),
                params=None, rel=5e-4, abs_tol=5e-3)  # five significant digits, F two decimals


if __name__ == "__main__":
    main(__file__, {"octave-anovan": run}, root=HELDOUT18)
