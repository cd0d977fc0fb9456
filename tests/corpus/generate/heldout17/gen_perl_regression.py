"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Linear least squares in Perl with Statistics::Regression (Debian's
``libstatistics-regression-perl``): two regressions of data simulated with Perl's seeded
``rand`` (``sales`` on a constant, ``price`` and ``ads``, 40 rows; ``yield`` on a constant,
``temp``, ``temp2`` and ``rain``, 60 rows), each fed row by row (``include``) and printed by its
own ``print``: a starred box titled ``Regression 'sales'``, a tab-separated table ``Name
Theta  StdErr  T-stat`` with rows ``[1='price']    	     -1.4958	      0.0693	 -21.58``, and
``R^2= 0.980, N= 40, K= 3``.

Truth: the regression object's own accessors, written to JSON by the same Perl process:
``theta``, ``standarderrors`` (its first ``k`` entries) and the t statistics their ratio
(as the module's printer computes them) as ``<variable>/Theta``, ``<variable>/StdErr``,
``<variable>/T-stat``, and ``rsq`` as ``R^2``. Optional: ``N`` and ``K`` (``n``, ``k``).
Judgement: a row's printed label ``[1='price']`` is the regressor's index and name; its values
are named by the name (``price/Theta``); the two regressions share the ``const`` row (two
values each).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = r"""
use strict;
use warnings;
use Statistics::Regression;
use JSON::PP;
srand(3);
my @out;
my $a = Statistics::Regression->new("sales", ["const", "price", "ads"]);
for my $i (1 .. 40) {
  my ($p, $d) = (5 + rand(5), rand(10));
  $a->include(20 - 1.5 * $p + 0.8 * $d + (rand() - 0.5) * 2, [1.0, $p, $d]);
}
my $b = Statistics::Regression->new("yield", ["const", "temp", "temp2", "rain"]);
for my $i (1 .. 60) {
  my ($t, $r) = (10 + rand(20), rand(50));
  $b->include(3 + 0.9 * $t - 0.02 * $t * $t + 0.05 * $r + (rand() - 0.5) * 3, [1.0, $t, $t * $t, $r]);
}
for my $reg ($a, $b) {
  $reg->print();
  my @theta = $reg->theta();
  my @se = ($reg->standarderrors())[0 .. $reg->k() - 1];
  push @out, { theta => \@theta, se => \@se, rsq => $reg->rsq(), n => $reg->n(),
               k => $reg->k() };
}
open(my $fh, ">", $ENV{REGRESSION_RECORD}) or die;
print $fh encode_json({ fits => \@out, version => $Statistics::Regression::VERSION });
close($fh);
"""

NAMES = [["const", "price", "ads"], ["const", "temp", "temp2", "rain"]]


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="perlreg-"))
    (work / "reg.pl").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["perl", str(work / "reg.pl")], check=True,
                   env={**os.environ, "REGRESSION_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for fit, names in zip(out["fits"], NAMES):
        for name, theta, se in zip(names, fit["theta"], fit["se"]):
            truth.add(**{f"{name}/Theta": theta, f"{name}/StdErr": se,
                         f"{name}/T-stat": theta / se})
        truth.add(**{"R^2": fit["rsq"]})
        truth.allow(N=fit["n"], K=fit["k"])
    truth.write(f"Statistics::Regression {out['version']} (Perl): theta, standarderrors and "
                "their ratio as <variable>/<column>, rsq as R^2; N and K optional; written to "
                "JSON by the same Perl process", libraries=(), params=None,
                rel=1e-6, abs_tol=5e-3)  # four decimals, two for the t statistics


if __name__ == "__main__":
    main(__file__, {"perl-regression": run}, root=HELDOUT17)
