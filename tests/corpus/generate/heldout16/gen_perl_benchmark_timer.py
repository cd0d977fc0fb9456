"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Timing code blocks in Perl with ``Benchmark::Timer`` (Debian's ``libbenchmark-timer-perl``):
four tagged blocks (sorting 20,000 random numbers, joining 200,000 integers, a regex scan of a
long string, building a 20,000-key hash) each timed 25 times with ``start``/``stop``, the first
run of each skipped (``skip => 1``); then the timer's own report is printed (``print
$t->reports``): ``24 trials of sort (225.374ms total), 9.391ms/trial`` per tag.

Truth: the timer's recorded elapsed times (``$t->data($tag)``, the very list ``reports`` sums),
written to JSON by the same Perl process; per tag ``<tag>/total`` (their sum) and
``<tag>/trial`` (the sum over the count), each in the unit the report prints it in (its
``_timestr``: s at or above a second, ms at or above a millisecond; the workloads keep every
value above a millisecond). Optional: ``<tag>/trials`` (the count). Judgement: a tag's line
names its two values by the words after them (``total``, ``/trial``); the unit is not part of
the value.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

SCRIPT = r"""
use strict; use warnings;
use Benchmark::Timer; use JSON::PP;
srand(1);
my $t = Benchmark::Timer->new(skip => 1);
my @nums = map { rand } 1 .. 20000;
my $text = join ' ', map { "word$_" } 1 .. 60000;
for (1 .. 25) {
  $t->start('sort'); my @s = sort { $a <=> $b } @nums; $t->stop('sort');
  $t->start('join'); my $j = join ',', 1 .. 200000; $t->stop('join');
  $t->start('regex'); my $n = () = $text =~ /word(\d*7)\b/g; $t->stop('regex');
  $t->start('hash'); my %h; $h{$_} = $_ * 2 for 1 .. 20000; $t->stop('hash');
}
print scalar $t->reports;
my %data = map { $_ => [ $t->data($_) ] } qw(sort join regex hash);
open my $fh, '>', $ENV{TIMER_RECORD} or die;
print $fh encode_json({ data => \%data, order => [qw(sort join regex hash)],
                        version => $Benchmark::Timer::VERSION });
close $fh;
"""


def in_printed_unit(seconds: float) -> float:
    """The number `_timestr` prints (its unit dropped): seconds from 1 s, else milliseconds."""
    return seconds if seconds >= 1 else seconds * 1000


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="benchmark-timer-"))
    (work / "timer.pl").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["perl", str(work / "timer.pl")], check=True,
                   env={**os.environ, "TIMER_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for tag in out["order"]:
        times = out["data"][tag]
        total = sum(times)
        if min(total, total / len(times)) < 0.001:
            raise SystemExit(f"{tag}: a value under a millisecond (printed as truncated us)")
        truth.add(**{f"{tag}/total": in_printed_unit(total),
                     f"{tag}/trial": in_printed_unit(total / len(times))})
        truth.allow(**{f"{tag}/trials": len(times)})
    perl = subprocess.run(["perl", "-e", "print $^V"], capture_output=True, text=True).stdout
    truth.write(f"Benchmark::Timer {out['version']} under Perl {perl}: the timer's data per "
                "tag, written to JSON by the same Perl process; <tag>/total and <tag>/trial "
                "in the unit the report prints; the count optional; unstepped",
                libraries=(), params=None, rel=1e-3, abs_tol=6e-4)  # '%0.3fms'


if __name__ == "__main__":
    main(__file__, {"perl-benchmark-timer": run}, root=HELDOUT16)
