"""Shared by the import fuzzer and the store-corruption sweep (fast variants here in tests/, long
ones in bench/): the read commands, the expctl CLI called in this process (the real Typer app and
the real store, without a process start per call, so that thousands of inputs fit in seconds),
and mutations of a valid export line.

A traceback is any exception other than SystemExit leaving the CLI: the CLI turns every user
error into `Error: ...` and an exit code, so whatever else escapes is a bug.
"""

from __future__ import annotations

import io
import json
import os
import random
import sys
import traceback

HOSTILE_VALUES = [
    None, True, False, 0, -1, 1.5, 2**63, -(2**63) - 1, 2**70, float("inf"), float("-inf"),
    float("nan"), "", "x", " ", "\ud800", "\x00", "9" * 30, "a" * 5000, "../../etc/passwd",
    "/dev/zero", [], {}, [None], {"": None}, [[[]]], {"a": {"b": {"c": []}}}, "1970-01-01",
    "nan", "inf", 1e308, -1e-308, 253402300800.0, "0" * 64,
]


def quick_read_commands(run_ids: list[int], metric: str = "loss", param: str = "lr") -> list[list[str]]:
    """One of each kind of read: the fast variants' share of `read_commands`."""
    first, last = str(run_ids[0]), str(run_ids[-1])
    return [
        ["list", "--all", "-f", "json"], ["list"], ["show", last], ["show", last, "-f", "json"],
        ["logs", last], ["metrics", last], ["artifacts", last], ["compare", f"{first}..{last}"],
        ["diff", first, last], ["ttest", metric, "--by", f"params.{param}"], ["groups", metric],
        ["importance", metric], ["count"], ["export"], ["info"],
    ]


def read_commands(run_ids: list[int], metric: str = "loss", param: str = "lr") -> list[list[str]]:
    """Every command that reads the store, on these runs (the first and last of them)."""
    first, last = str(run_ids[0]), str(run_ids[-1])
    each = [
        ["show", last], ["show", last, "-f", "json"], ["logs", last], ["metrics", last],
        ["metrics", last, "-f", "csv"], ["artifacts", last], ["artifacts", last, "-f", "json"],
        ["check", last, "--metric", metric, "--min", "0"],
    ]
    return [
        ["list"], ["list", "--all", "-f", "json"], ["list", "-f", "csv"],
        ["list", "--where", f"metrics.{metric} > 0 or params.{param} > 0"],
        ["list", "--sort", f"metrics.{metric}:desc"], ["experiments"], ["info"],
        ["count"], ["count", "--by", "week"], ["compare", f"{first}..{last}"],
        ["compare", f"{first}..{last}", "-f", "json"], ["diff", first, last],
        ["diff", first, last, "-f", "json"], ["ttest", metric, "--by", f"params.{param}"],
        ["groups", metric], ["importance", metric], ["export"], ["show", "last"],
        ["gc"],
    ] + each + [[c[0], first, *c[2:]] for c in each]


class Outcome:
    __slots__ = ("args", "code", "out", "err", "crash")

    def __init__(self, args, code, out, err, crash):
        self.args, self.code, self.out, self.err, self.crash = args, code, out, err, crash

    def __repr__(self):
        return f"Outcome({self.args}, code={self.code}, err={self.err[-300:]!r}, crash={self.crash})"


def invoke(args: list[str], db: str, stdin: bytes = b"") -> Outcome:
    """The expctl CLI in this process on the store `db`; `crash` holds the traceback of any
    exception that left it (None when it ended by an exit code)."""
    from expctl.cli.app import app

    saved = sys.stdin, sys.stdout, sys.stderr, os.environ.get("EXPCTL_DB")
    out, err = io.BytesIO(), io.BytesIO()
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    sys.stdout = io.TextIOWrapper(out, write_through=True)
    sys.stderr = io.TextIOWrapper(err, write_through=True)
    os.environ["EXPCTL_DB"] = db
    crash = None
    try:
        code = app(args=list(args), prog_name="expctl", standalone_mode=False) or 0
    except SystemExit as exc:
        code = exc.code
    except Exception:
        code, crash = None, traceback.format_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        printed, warned = out.getvalue(), err.getvalue()
        sys.stdin, sys.stdout, sys.stderr, env = saved
        if env is None:
            os.environ.pop("EXPCTL_DB", None)
        else:
            os.environ["EXPCTL_DB"] = env
    return Outcome(args, code, printed, warned.decode("utf-8", "replace"), crash)


# -- mutating a valid run line ------------------------------------------------------------------


def paths(doc, prefix=()):
    """Every path (tuple of keys and indexes) into a JSON document."""
    yield prefix
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from paths(value, prefix + (key,))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            yield from paths(value, prefix + (i,))


def mutate(doc: dict, rnd: random.Random) -> dict:
    """A copy of `doc` with one value replaced by a hostile one, or removed, or wrapped."""
    doc = json.loads(json.dumps(doc))
    targets = [p for p in paths(doc) if p and p[0] != "uuid"]
    path = rnd.choice(targets)
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    action = rnd.random()
    if action < 0.12 and isinstance(parent, dict):
        del parent[key]
    elif action < 0.2:
        parent[key] = [parent[key]]
    elif action < 0.28 and isinstance(parent[key], (int, float)) and not isinstance(parent[key], bool):
        parent[key] = parent[key] * rnd.choice([-1, 10**12, 1e300, 0.5])
    else:
        parent[key] = rnd.choice(HOSTILE_VALUES)
    return doc


def mutate_text(line: str, rnd: random.Random) -> str:
    """The line cut short, with a character replaced or inserted, or wrapped in deep nesting."""
    action = rnd.random()
    at = rnd.randrange(len(line))
    if action < 0.3:
        return line[:at]
    if action < 0.6:
        return line[:at] + rnd.choice('{}[]",:\\0e-\x00\ud800') + line[at + 1:]
    if action < 0.8:
        return line[:at] + rnd.choice(['"', "null", "1e999", "[" * 5000]) + line[at:]
    return "[" * rnd.choice([100, 10_000, 200_000]) + line
