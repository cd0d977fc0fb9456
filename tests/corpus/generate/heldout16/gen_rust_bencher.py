"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Rust micro-benchmarks with the ``bencher`` crate (the libtest benchmark runner ported to stable
Rust; Debian's ``librust-bencher-dev`` 0.1.5, built offline by cargo from Debian's crate
registry), as its README writes them but with a ``main`` of the script's own that hands the
runner a log file: five benchmarks (summing, sorting, hashing into a ``HashMap``, formatting
and a byte copy with ``b.bytes`` set) run by ``run_tests_console``, which prints ``running 5
tests``, per benchmark ``test sort_1k    ... bench:      17,004 ns/iter (+/- 5,731)`` (with ``=
9581 MB/s`` after the copy; the runner sorts them by name) and ``test result: ok. 0 passed; 0 failed; 0 ignored; 5 measured``.

Truth: the log file the runner writes in the same run (``TestOpts.logfile``: one line per
benchmark from the same ``BenchSamples``, ``17,004 ns/iter (+/- 5,731) sort_1k``): the median
ns/iter named by the benchmark (``sort_1k``), and its ``MB/s`` (``<bench>/MB/s``). The crate
keeps its samples' summary private, so this text record is the only one it gives; its numbers
are whole (the runner formats the same integers for both). Optional: the ``+/-`` range (max
minus min) as ``<bench>/+/-``, and the result line's counts. Judgement: a benchmark's line is
named by the benchmark, ``ns/iter`` is a unit; cargo's build output is not part of the run
(thrown away).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

CARGO_CONFIG = """
[source.crates-io]
replace-with = "debian"
[source.debian]
directory = "/usr/share/cargo/registry"
[net]
offline = true
"""

CARGO_TOML = """
[package]
name = "benches"
version = "0.1.0"
edition = "2021"
[dependencies]
bencher = "0.1"
"""

MAIN_RS = r"""
use bencher::{black_box, run_tests_console, Bencher, TestDesc, TestDescAndFn, TestFn, TestOpts};
use std::borrow::Cow;
use std::collections::HashMap;

fn sum_10k(b: &mut Bencher) { b.iter(|| (0..black_box(10_000u64)).sum::<u64>()) }
fn sort_1k(b: &mut Bencher) {
    let v: Vec<u32> = (0..1000u32).map(|i| i.wrapping_mul(2_654_435_761) % 1000).collect();
    b.iter(|| { let mut w = v.clone(); w.sort(); w })
}
fn hashmap_1k(b: &mut Bencher) {
    b.iter(|| { let mut m = HashMap::new(); for i in 0..1000u32 { m.insert(i, i * 2); } m })
}
fn format_100(b: &mut Bencher) {
    b.iter(|| (0..100).map(|i| format!("{i}:{}", i * 3)).collect::<Vec<_>>().join(","))
}
fn copy_64k(b: &mut Bencher) {
    let src = vec![7u8; 65_536];
    b.bytes = src.len() as u64;
    b.iter(|| { let mut dst = vec![0u8; 65_536]; dst.copy_from_slice(&src); dst })
}

fn main() {
    let benches: Vec<(&'static str, fn(&mut Bencher))> = vec![
        ("sum_10k", sum_10k), ("sort_1k", sort_1k), ("hashmap_1k", hashmap_1k),
        ("format_100", format_100), ("copy_64k", copy_64k)];
    let tests = benches.into_iter().map(|(name, f)| TestDescAndFn {
        desc: TestDesc { name: Cow::from(name), ignore: false },
        testfn: TestFn::StaticBenchFn(f),
    }).collect();
    let opts = TestOpts { logfile: Some(std::env::var("BENCHER_RECORD").unwrap().into()),
                          ..TestOpts::default() };
    run_tests_console(&opts, tests).unwrap();
}
"""


def run() -> None:
    import os
    import re
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="rust-bencher-"))
    (work / ".cargo").mkdir()
    (work / ".cargo" / "config.toml").write_text(CARGO_CONFIG)
    (work / "Cargo.toml").write_text(CARGO_TOML)
    (work / "src").mkdir()
    (work / "src" / "main.rs").write_text(MAIN_RS)
    subprocess.run(["cargo", "build", "--release", "-q"], check=True, cwd=work,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    record = work / "bench.log"
    subprocess.run([str(work / "target" / "release" / "benches")], check=True, cwd=work,
                   env={**os.environ, "BENCHER_RECORD": str(record)})
    truth = Truth()
    pattern = re.compile(r"^\s*([\d,]+) ns/iter \(\+/- ([\d,]+)\)(?: = (\d+) MB/s)? (\S+)$")
    lines = record.read_text().splitlines()
    for line in lines:
        median, spread, mbs, name = pattern.match(line).groups()
        truth.add(**{name: int(median.replace(",", ""))})
        truth.allow(**{f"{name}/+/-": int(spread.replace(",", ""))})
        if mbs:
            truth.add(**{f"{name}/MB/s": int(mbs)})
    truth.allow(passed=0, failed=0, ignored=0, measured=len(lines))
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    truth.write(f"bencher 0.1.5 (Debian's crate) built by {rustc}: the runner's own log file "
                "of the same run, the median ns/iter named by the benchmark and its MB/s; "
                "the +/- range and the result counts optional; unstepped",
                libraries=(), params=None, rel=0.0, abs_tol=0.5)  # whole numbers


if __name__ == "__main__":
    main(__file__, {"rust-bencher": run}, root=HELDOUT16)
