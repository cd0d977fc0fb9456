"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

Perl micro-benchmarks with the core ``Benchmark`` module (``:hireswallclock``), as its
documentation writes them: ``timethese`` of three sorts of 2,000 integers for at least 0.5 CPU
seconds each, then ``cmpthese`` of its results; ``timethese`` of three ways to build a lookup
table 400 times each, then ``cmpthese``; and ``countit`` of a ``join``, printed with
``timestr`` after the label ``join:``. A ``timethese`` line reads ``name: 0.536305 wallclock
secs ( 0.53 usr +  0.00 sys =  0.53 CPU) @ 6337.74/s (n=3359)``; a ``cmpthese`` chart has a
``Rate`` column (``2398/s``) and one column per benchmark with the row's speed relative to it
(``-62%``, ``--`` on the diagonal).

Truth: the ``Benchmark`` objects ``timethese`` and ``countit`` returned (real, user, system
and child times, iterations), written to JSON by the same Perl process:
``<name>/wallclock secs`` (real), ``<name>/usr``, ``<name>/sys``, ``<name>/CPU`` (user +
system, as ``timestr`` adds them), ``<name>/Rate`` (iterations over CPU seconds, as
``timestr`` and ``cmpthese`` compute it); optional ``<name>/n`` (the iteration count).
``cmpthese``'s chart: ``<row>/Rate`` again, and ``<row>/<column>`` the row's rate over the
column's, minus one, in percent, rounded to a whole percent as the chart prints it (the
fixture's tolerance is finer than that rounding). Judgement: the rate after ``@`` carries no
label of its own; it is named ``Rate`` after the chart's column, so each rate is listed twice
(the timing line and the chart). Timings are the benchmarks' own metrics; the durations and
counts asked for are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

SETTINGS = {"sorts CPU seconds": 0.5, "lookup iterations": 400, "countit CPU seconds": 0.3}

SCRIPT = r"""
use strict;
use warnings;
use Benchmark qw(:all :hireswallclock);
use JSON::PP;

srand(14);
my @data = map { int(rand(1000)) } 1 .. 2000;
my @words = map { "w$_" } @data;
my %record = (suites => [], version => $Benchmark::VERSION);

sub keep {
    my ($r) = @_;
    return { map { my $b = $r->{$_}; ($_ => [@$b[0 .. 5]]) } keys %$r };
}

my $sorts = timethese(-0.5, {
    sort_num => sub { my @s = sort { $a <=> $b } @data },
    sort_str => sub { my @s = sort @data },
    rev_sort => sub { my @s = reverse sort { $a <=> $b } @data },
});
cmpthese($sorts);
push @{ $record{suites} }, keep($sorts);
print "\n";
my $lookups = timethese(400, {
    hash_slice => sub { my %h; @h{@words} = (1) x @words },
    hash_map   => sub { my %h = map { $_ => 1 } @words },
    hash_loop  => sub { my %h; $h{$_} = 1 for @words },
});
cmpthese($lookups);
push @{ $record{suites} }, keep($lookups);
print "\n";
my $t = countit(0.3, sub { my $x = join ",", @data });
print "join: ", timestr($t), "\n";
$record{countit} = { join => [@$t[0 .. 5]] };
open my $fh, ">", $ENV{BENCH_RECORD} or die;
print $fh encode_json(\%record);
close $fh;
"""


def timing(name: str, b: list[float]) -> dict[str, float]:
    """A ``timestr`` line's values, from a Benchmark object [real, user, sys, cuser, csys, n]."""
    real, user, system, _, _, n = b
    return {f"{name}/wallclock secs": real, f"{name}/usr": user, f"{name}/sys": system,
            f"{name}/CPU": user + system, f"{name}/Rate": n / (user + system)}


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="perlbench-"))
    (work / "bench.pl").write_text(SCRIPT)
    record = work / "record.json"
    print("settings: " + ", ".join(f"{k}={v}" for k, v in SETTINGS.items()), flush=True)
    subprocess.run(["perl", str(work / "bench.pl")], check=True,
                   env={**os.environ, "BENCH_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for suite in out["suites"]:
        for name in sorted(suite):  # timethese runs them in sorted order
            truth.add(**timing(name, suite[name]))
            truth.allow(**{f"{name}/n": suite[name][5]})
        rates = {name: b[5] / (b[1] + b[2]) for name, b in suite.items()}
        order = sorted(rates, key=rates.get)  # cmpthese's rows, slowest first
        for row in order:
            truth.add(**{f"{row}/Rate": rates[row]})
            truth.add(**{f"{row}/{col}": round(100 * (rates[row] / rates[col] - 1))
                         for col in order if col != row})
    for name, b in out["countit"].items():
        truth.add(**timing(name, b))
        truth.allow(**{f"{name}/n": b[5]})
    perl = subprocess.run(["perl", "-e", "printf '%vd', $^V"], capture_output=True,
                          text=True).stdout
    truth.write(f"Perl {perl}'s Benchmark {out['version']}: the Benchmark objects timethese and "
                "countit returned (real, user, sys, iterations), written to JSON by the same "
                "Perl process; CPU = usr + sys, Rate = n / CPU as timestr and cmpthese compute "
                "them; cmpthese's percentages computed from the rates and rounded as printed; "
                "n optional; unstepped",
                libraries=(), params=SETTINGS, rel=1e-3, abs_tol=5e-3)  # %.2f times, %.0f rates


if __name__ == "__main__":
    main(__file__, {"perl-benchmark": run}, root=HELDOUT14)
