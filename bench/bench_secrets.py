"""The secrets matrix, long: many rounds of planted secrets through the real CLI; every stored and
exported byte grepped. Prints secrets planted / leaked (must be 0) and what leaked, by label.

    /path/to/venv/bin/python bench/bench_secrets.py                 # 10 rounds + 2 log-cap rounds
    /path/to/venv/bin/python bench/bench_secrets.py --rounds 50 --cap-rounds 5

Each round uses fresh secret values (seeded), a fresh repository (credentialed remote, a dirty
tree whose patch holds secrets) and a fresh store; see tests/reliability/secrets_matrix.py for
what is planted where. Cap rounds print 17 MiB with secrets straddling the log cap's head end and
tail start; their padding differs per round so the cut falls at different places in the lines.
A final round plants a value no rule knows, adds the rule, runs `expctl scrub` and greps again.
Exit status 1 if anything leaked.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.reliability import secrets_matrix as matrix

PY = sys.executable


def _env(tmp: Path, s: dict[str, str], **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXPCTL_")}
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    (tmp / "gitconfig").write_text("[user]\n\tname = B\n\temail = b@example.com\n")
    env.update(HOME=str(home), EXPCTL_DB=str(tmp / "store.db"), GIT_CONFIG_GLOBAL=str(tmp / "gitconfig"),
               GIT_CONFIG_NOSYSTEM="1", GIT_CEILING_DIRECTORIES=str(tmp), NO_COLOR="1")
    env.update(matrix.child_env(s))
    env.update(extra)
    return env


def matrix_round(expctl: list[str], seed: int) -> tuple[int, list[str]]:
    s = {k: v for k, v in matrix.make_secrets(seed).items() if k not in matrix.CAP_LABELS}
    with tempfile.TemporaryDirectory(prefix="expctl-secrets-") as name:
        tmp = Path(name)
        env = _env(tmp, s)
        repo = _with_env(env, lambda: matrix.make_repo(tmp / "repo", s))
        done = subprocess.run(
            expctl + ["run", "-n", f"exp-{s['name token shape']}", "-t", f"token={s['tag token=']}",
                      "--note", f"password: {s['note password:']}", "--", PY, "-c", matrix.CHILD,
                      *matrix.child_argv(s)],
            capture_output=True, env=env, cwd=repo, timeout=120)
        if done.returncode != 0:
            raise SystemExit(f"Error: round {seed} failed: {done.stderr.decode()[-500:]}")
        return len(s), matrix.leaked(s, matrix.stored_and_exported(expctl, env, tmp / "store.db", repo))


def cap_round(expctl: list[str], seed: int) -> tuple[int, list[str]]:
    s = {k: v for k, v in matrix.make_secrets(seed).items() if k in matrix.CAP_LABELS}
    with tempfile.TemporaryDirectory(prefix="expctl-secrets-") as name:
        tmp = Path(name)
        env = _env(tmp, s, HEAD=str(matrix.HEAD_BYTES), TAIL=str(matrix.TAIL_BYTES),
                   EXTRA=str((1 << 20) + 37 * seed))
        done = subprocess.run(expctl + ["run", "--", PY, "-c", matrix.CAP_CHILD],
                              capture_output=True, env=env, cwd=tmp, timeout=300)
        if done.returncode != 0:
            raise SystemExit(f"Error: cap round {seed} failed: {done.stderr.decode()[-500:]}")
        return len(s), matrix.leaked(s, matrix.stored_and_exported(expctl, env, tmp / "store.db", tmp))


def scrub_round(expctl: list[str]) -> tuple[int, list[str]]:
    """A value no rule knows at run time (in argv, output, patch and note), then a rule, then scrub."""
    value = "47114711zq"
    with tempfile.TemporaryDirectory(prefix="expctl-secrets-") as name:
        tmp = Path(name)
        env = _env(tmp, {})
        repo = tmp / "repo"
        repo.mkdir()
        for args in (["init", "-q"], ["commit", "-q", "--allow-empty", "-m", "i"]):
            subprocess.run(["git", "-C", str(repo), *args], env=env, check=True, capture_output=True)
        (repo / "s.ini").write_text(f"pin = {value}\n")
        subprocess.run(["git", "-C", str(repo), "add", "s.ini"], env=env, check=True)
        subprocess.run(["git", "-C", str(repo), "commit", "-qm", "s"], env=env, check=True)
        (repo / "s.ini").write_text(f"pin = {value}\nlr = 1\n")
        subprocess.run(expctl + ["run", "--note", f"pin {value}", "--", PY, "-c",
                                 "import sys; print('pin', sys.argv[2])", "--pin", value],
                       env=env, cwd=repo, check=True, capture_output=True)
        env["EXPCTL_SECRET_NAMES"] = "pin"
        subprocess.run(expctl + ["scrub"], env=env, cwd=repo, check=True, capture_output=True)
        subprocess.run(expctl + ["gc", "--compact"], env=env, cwd=repo, check=True, capture_output=True)
        data = matrix.stored_and_exported(expctl, env, tmp / "store.db", repo)
        return 1, (["scrub: pin"] if value.encode() in data else [])


def _with_env(env: dict[str, str], action):
    saved = dict(os.environ)
    os.environ.update({k: env[k] for k in ("GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM", "HOME")})
    try:
        return action()
    finally:
        os.environ.clear()
        os.environ.update(saved)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--cap-rounds", type=int, default=2)
    parser.add_argument("--expctl", default=str(Path(PY).parent / "expctl"))
    args = parser.parse_args(argv)
    expctl = [args.expctl]
    planted = 0
    leaks: dict[str, int] = {}
    rounds = [lambda i=i: matrix_round(expctl, 100 + i) for i in range(args.rounds)]
    rounds += [lambda i=i: cap_round(expctl, 200 + i) for i in range(args.cap_rounds)]
    rounds += [lambda: scrub_round(expctl)]
    for run in rounds:
        count, leaked = run()
        planted += count
        for label in leaked:
            leaks[label] = leaks.get(label, 0) + 1
    print(f"secrets planted: {planted}  leaked: {sum(leaks.values())}  "
          f"({args.rounds} matrix rounds, {args.cap_rounds} log-cap rounds, 1 scrub round)")
    for label, count in sorted(leaks.items()):
        print(f"  leaked {count}x: {label}")
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main())
