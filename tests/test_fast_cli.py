"""The light commands' Typer-free path (expctl.cli.fast) agrees with the Typer app: the same
commands, the same options, the same keyword arguments for the same words, the same output,
errors and exit codes; and its plain tables are tabulate's, byte for byte."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys

import pytest
import typer.main

from expctl.cli import FAST_COMMANDS
from expctl.cli.fast import COMMANDS, ToTyper, command_specs, load_command, parse_words
from tests.conftest import read_pty_to_end, run_expctl

from expctl.cli.app import app


def _click_command(name: str):
    return typer.main.get_command(app).commands[name]


def test_fast_commands_are_the_functions_typer_registers():
    import inspect

    assert set(COMMANDS) == FAST_COMMANDS
    for name in COMMANDS:
        assert inspect.unwrap(_click_command(name).callback) is load_command(name), name


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_fast_specs_are_the_typer_params(name):
    """Every option name (and `--x/--no-x` pair), flag or value, repeatable or not, and every
    argument, as Click sees them."""
    specs = {spec.name: spec for spec in command_specs(load_command(name))}
    params = [p for p in _click_command(name).params if p.name not in ("help",)]
    assert set(specs) == {p.name for p in params}
    for p in params:
        spec = specs[p.name]
        if p.param_type_name == "option":
            assert (spec.kind, set(spec.on), set(spec.off)) == ("option", set(p.opts), set(p.secondary_opts))
            assert (spec.flag, spec.multiple) == (p.is_flag, p.multiple), p.name
        else:
            assert spec.kind == "argument" and spec.multiple == (p.nargs == -1), p.name


def _typer_kwargs(name: str, words: list[str], monkeypatch):
    """The keyword arguments the Typer app calls command `name` with for `words`; None when it
    prints help or a usage error instead."""
    from importlib import import_module

    from expctl.cli.app import make_app

    module_name, function = COMMANDS[name]
    module = import_module(f"expctl.cli.{module_name}")
    real, seen = getattr(module, function), []

    def capture(**kwargs):
        seen.append(kwargs)

    capture.__wrapped__ = real  # user_errors reads the real signature through it
    monkeypatch.setattr(module, function, capture)
    try:
        typer.main.get_command(make_app((module_name,))).main(
            args=[name, *words], prog_name="expctl", standalone_mode=False)
    finally:
        monkeypatch.setattr(module, function, real)
    return seen[0] if seen else None


def _sample(p) -> list[str]:
    kind = p.type.name
    return ["3"] if kind == "integer" else ["0.5"] if kind == "float" else ["x y"]


def _generated_cases(name: str) -> list[list[str]]:
    """Words using every option of `name` in every spelling Click takes, after the required
    arguments; and words that are usage errors or ask for help."""
    params = _click_command(name).params
    required = [word for p in params if p.param_type_name == "argument" and p.required
                for word in ("1", "2")[:1 if p.nargs == 1 else 2]]
    cases = [required, required + ["--help"], ["-h"] + required, required + ["--bogus"],
             required + ["extra", "extra"]]
    if required:
        cases.append([])
    for p in params:
        if p.param_type_name != "option" or p.name == "help":
            continue
        for opt in (*p.opts, *p.secondary_opts):
            if p.is_flag:
                cases += [required + [opt], [opt] + required, required + [f"{opt}=1"]]
                continue
            value = _sample(p)[0]
            cases += [required + [opt, value], [opt, value] + required, required + [opt]]
            cases.append(required + ([f"{opt}={value}"] if opt.startswith("--") else [opt + value]))
            if p.multiple:
                cases.append(required + [opt, "a", opt, "b"])
            if p.type.name in ("integer", "float"):
                cases.append(required + [opt, "x"])
            else:
                cases.append(required + [opt, "-n"])  # a value that looks like an option
    return cases


HAND_CASES = {
    "list": [["-an", "5"], ["-an5"], ["-a", "--", "-x"], ["-n", "-3"], ["-n", " 7"], ["-n", "1_0"],
             ["--limit=4", "--limit", "6"], ["-s", "failed", "--status=running", "-t", "a"],
             ["-n=5"], ["-qa"], ["-f", "json", "-"]],
    "compare": [["1", "-n", "2", "3"], ["--", "-1", "--all"], ["-", "--all", "last"],
                ["-a", "1", "--agg", "max,min", "--rows", "--sys"]],
    "ttest": [["acc", "--by", "params.arch", "--alpha", "1e-2"], ["--a", "1,2", "acc", "--b", "3..4"],
              ["acc", "extra"], ["acc", "--confidence", "inf"], ["acc", "--alpha", " .1"]],
    "show": [["last", "--patch", "-f", "csv"], ["-", "--format=json"], ["last", "last"]],
    "logs": [["last", "-n", "3", "--stderr"], ["last", "-fn2"]],
    "count": [["--by", "week", "--since", "7d", "-s", "any"]],
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_fast_parser_agrees_with_typer(name, monkeypatch):
    cases = _generated_cases(name) + HAND_CASES.get(name, [])
    specs = command_specs(load_command(name))
    for words in cases:
        expected = _typer_kwargs(name, words, monkeypatch)
        try:
            got = parse_words(specs, words)
        except ToTyper:
            got = None
        assert got == expected, (name, words)


def test_the_generated_cases_use_every_option_of_every_fast_command():
    for name in COMMANDS:
        used = {word.split("=")[0] for words in _generated_cases(name) for word in words}
        options = {o for p in _click_command(name).params if p.param_type_name == "option"
                   for o in (*p.opts, *p.secondary_opts)}
        assert options <= used | {o for o in options if any(w.startswith(o) for w in used)}


# Runs `expctl ARGS` for each case in this one process, with fd 1 and 2 sent to files: through
# expctl.cli.fast (falling back to Typer as expctl.cli.main does) or through the Typer app.
BATCH = r'''
import json, os, sys
path, outdir = sys.argv[1], sys.argv[2]
cases = json.loads(sys.stdin.read())
sys.stdin = open(os.devnull)
results = []
for n, argv in enumerate(cases):
    fds = [os.open(f"{outdir}/{path}-{n}.{s}", os.O_WRONLY | os.O_CREAT | os.O_TRUNC) for s in ("out", "err")]
    saved = [os.dup(1), os.dup(2)]
    os.dup2(fds[0], 1); os.dup2(fds[1], 2)
    fast, code = False, 0
    try:
        if path == "fast":
            from expctl.cli.fast import main
            fast = True
            main(argv)
            fast = False
        from expctl.cli.app import app_for
        app_for(argv)(args=argv, prog_name="expctl")
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
    finally:
        sys.stdout.flush(); sys.stderr.flush()
        os.dup2(saved[0], 1); os.dup2(saved[1], 2)
        for fd in fds + saved:
            os.close(fd)
    results.append({"code": code, "fast": fast})
print(json.dumps(results))
'''

OUTPUT_CASES = [
    *[["list", *f] for f in ([], ["-f", "json"], ["-f", "csv"], ["-f", "markdown"], ["-f", "ids"],
                             ["-c", "id,params.arch,metrics.acc"], ["-c", "id,metrics.acc", "-f", "csv"],
                             ["-w", "params.seed = 1", "--sort", "metrics.acc:desc"], ["-n", "0"],
                             ["-e", "nosuch"], ["-w", "params.seed ="])],
    ["ls", "-a", "-t", "t1"],
    *[["show", "last", *f] for f in ([], ["-f", "json"], ["-f", "csv"], ["-f", "markdown"], ["--patch"])],
    ["show", "999"],
    *[["compare", "1..4", *f] for f in ([], ["-f", "json"], ["-f", "csv"], ["-f", "markdown"],
                                        ["--rows", "--agg", "last,max"], ["--group-by-seed", "acc"])],
    ["compare"],
    *[["ttest", "acc", "--by", "params.arch", *f] for f in ([], ["-f", "json"], ["-f", "csv"], ["-f", "markdown"],
                                                             ["--test", "mannwhitney"])],
    ["ttest", "acc", "--a", "1,2", "--b", "3,4", "--alternative", "greater"],
    ["ttest", "nosuch", "--by", "params.arch"],
    *[["metrics", "last", *f] for f in ([], ["acc"], ["-f", "json"], ["-f", "csv"], ["-f", "markdown"], ["nosuch"])],
    ["logs", "1"], ["logs", "1", "--tail", "1"], ["logs", "2", "--stderr", "--stdout"],
    *[["experiments", *f] for f in ([], ["-f", "json"], ["-f", "csv"])],
    *[["info", *f] for f in (["-f", "json"], ["-f", "csv"], ["-f", "markdown"])],
    *[["count", *f] for f in ([], ["-f", "json"], ["-f", "csv"], ["--by", "month"])],
    *[["importance", "acc", *f] for f in ([], ["-f", "json"], ["-f", "csv"])],
    *[["groups", "acc", *f] for f in ([], ["-f", "json"], ["-f", "markdown"])],
    *[["diff", "1", "4", *f] for f in ([], ["-f", "json"], ["-f", "markdown"])],
    # usage errors and help: the fast path hands them to Typer
    ["list", "--bogus"], ["list", "-n", "x"], ["show"], ["compare", "--help"], ["ttest", "-h"],
]
FALLS_BACK = {("list", "--bogus"), ("list", "-n", "x"), ("show",), ("compare", "--help"), ("ttest", "-h")}


def _scrub(argv: list[str], output: bytes) -> bytes:
    """`count` reports its window up to now: the time of the call, not the same in both."""
    if argv[0] != "count":
        return output
    return re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", b"<now>", output)


def _record_runs(tmp_path) -> None:
    child = ("import sys; print('acc: %s loss: %s' % (sys.argv[1], sys.argv[2])); "
             "print('warn', file=sys.stderr)")
    for arch, seed, acc in (("a", 1, 0.5), ("a", 2, 0.55), ("b", 1, 0.7), ("b", 2, 0.72)):
        done = run_expctl("run", "-q", "-t", f"t{seed}", "--", sys.executable, "-c", child,
                          str(acc), str(1 - acc), "--arch", arch, "--seed", str(seed))
        assert done.returncode == 0, done.stderr


def test_fast_output_is_the_typer_output(tmp_path):
    _record_runs(tmp_path)
    outdir = tmp_path / "out"
    outdir.mkdir()
    results = {}
    for path in ("fast", "typer"):
        done = subprocess.run([sys.executable, "-c", BATCH, path, str(outdir)], capture_output=True,
                              input=json.dumps(OUTPUT_CASES), text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        results[path] = json.loads(done.stdout)
    for n, argv in enumerate(OUTPUT_CASES):
        fast, slow = results["fast"][n], results["typer"][n]
        assert fast["fast"] == (tuple(argv) not in FALLS_BACK), argv
        assert fast["code"] == slow["code"], argv
        for stream in ("out", "err"):
            texts = [_scrub(argv, (outdir / f"{path}-{n}.{stream}").read_bytes())
                     for path in ("fast", "typer")]
            assert texts[0] == texts[1], (argv, stream)
    # the cases say something: tables, documents and errors were printed
    outputs = [(outdir / f"fast-{n}.out").read_bytes() for n in range(len(OUTPUT_CASES))]
    assert sum(bool(out) for out in outputs) > len(OUTPUT_CASES) * 2 // 3
    assert {r["code"] for r in results["fast"]} >= {0, 1, 2}


def _on_a_terminal(code: str, argv: list[str]) -> tuple[bytes, int]:
    """What `python -c CODE ARGV` writes to a pseudo-terminal (Rich tables, colour), and its
    exit status."""
    import os
    import pty

    master, slave = pty.openpty()
    env = dict(os.environ, COLUMNS="150")
    env.pop("NO_COLOR", None)
    child = subprocess.Popen([sys.executable, "-c", code, *argv], stdin=slave, stdout=slave,
                             stderr=slave, env=env, close_fds=True)
    os.close(slave)
    output = bytes(read_pty_to_end(master))
    os.close(master)
    return output, child.wait(timeout=60)


def test_fast_output_on_a_terminal_is_the_typer_output(tmp_path):
    _record_runs(tmp_path)
    fast = "from expctl.cli import main; main()"
    typer_path = ("import sys; from expctl.cli.app import app_for; "
                  "app_for(sys.argv[1:])(args=sys.argv[1:], prog_name='expctl')")
    for argv in (["list"], ["show", "last"], ["compare", "1..4"], ["ttest", "acc", "--by", "params.arch"]):
        shown = _on_a_terminal(fast, argv)
        assert shown == _on_a_terminal(typer_path, argv), argv
        assert shown[1] == 0 and b"\x1b[" in shown[0], argv  # Rich styled it


def test_simple_tables_are_tabulates_byte_for_byte():
    from tabulate import tabulate

    from expctl.render.output import _align, simple_table

    rng = random.Random(15)
    pieces = ["a", "B7", " ", "0.5", "-", "", "  x  ", "é", "▁▅█", "…", "−", "±", "\u3000", "\xa0", "λ"]
    laid_out = 0
    for _ in range(2000):
        ncol, nrow = rng.randint(1, 6), rng.randint(1, 5)
        cell = lambda: "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))  # noqa: E731
        headers = [cell() for _ in range(ncol)]
        rows = [[cell() for _ in range(ncol)] for _ in range(nrow)]
        right = [rng.random() < 0.5 for _ in range(ncol)]
        mine = simple_table(headers, rows, right)
        if mine is not None:
            laid_out += 1
            assert mine == tabulate(rows, headers=headers, tablefmt="simple",
                                    colalign=_align(headers, right), disable_numparse=True)
    assert laid_out > 1500  # without wcwidth installed, every one of these tables
    for odd in ([["a\nb", "c"]], [["\x1b[1mx\x1b[0m", "c"]], [[1, "c"]], [["a"]]):
        assert simple_table(["h1", "h2"], odd) is None


def test_simple_tables_lay_out_braces_as_text():
    """simple_table formats each line with one format string made from the widths: braces in
    cells and headers are text, as tabulate has them."""
    from tabulate import tabulate

    from expctl.render.output import _align, simple_table

    headers, rows = ["{0}", "b}"], [["{", "{1}"], ["{:>9}", "}}"]]
    assert simple_table(headers, rows, [True, False]) == tabulate(
        rows, headers=headers, tablefmt="simple", colalign=_align(headers, [True, False]),
        disable_numparse=True)
