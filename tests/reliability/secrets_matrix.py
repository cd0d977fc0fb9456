"""The secrets matrix: plant secrets everywhere a run reads from, run the real CLI, and grep every
byte expctl stored or exported for them.

Planted through: the environment (secret-named variables the child also prints), argv (flags,
Hydra overrides, headers, connection strings, a JSON argument, a URL), the git remote, the
dirty-tree patch, run name / tag / note, the child's output (token shapes, assignments, a value
split across two writes with a flush between them), and the log cap's head and tail boundaries.
Searched: the SQLite files (with WAL), `export`, `show -f json`, `logs`, `list -f json`,
`metrics -f json`. Used by tests/reliability/test_secrets.py (one round) and bench/ (many).
"""

from __future__ import annotations

import base64
import os
import random
import string
import subprocess
import sys
from pathlib import Path

HEAD_BYTES = 8 << 20  # expctl.record.logs.HEAD_BYTES / TAIL_BYTES, restated: the test plants at them
TAIL_BYTES = 8 << 20


def _alnum(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    # Always both letters and digits, as real keys are (and `_has_random_run` asks).
    return rng.choice(string.ascii_letters) + rng.choice(string.digits) + "".join(
        rng.choice(alphabet) for _ in range(n - 2))


def make_secrets(seed: int) -> dict[str, str]:
    """label -> a fresh secret value, shaped as that kind of credential is."""
    rng = random.Random(seed)
    s = {
        "env HF_HUB_PAT": "hfpat" + _alnum(rng, 16),
        "env WANDB_KEY": _alnum(rng, 40),
        "env KAGGLE_KEY": _alnum(rng, 32),
        "env TF_VAR_db_key": _alnum(rng, 20),
        "env AWS_SECRET_ACCESS_KEY": _alnum(rng, 40),
        "argv --key": _alnum(rng, 18),
        "argv --kaggle-key": _alnum(rng, 18),
        "argv --hf-pat": _alnum(rng, 18),
        "argv --api-key": _alnum(rng, 18),
        "argv --password=": _alnum(rng, 14),
        "argv db.password=": _alnum(rng, 14),
        "argv header X-Api-Key": _alnum(rng, 18),
        "argv conn Password=": _alnum(rng, 14),
        "argv JSON api_key": _alnum(rng, 18),
        "argv URL password": _alnum(rng, 14),
        "remote userinfo": _alnum(rng, 20),
        "remote ?token=": _alnum(rng, 20),
        "patch GITHUB_TOKEN": "ghp_" + _alnum(rng, 36),
        "patch DB_PASSWORD": _alnum(rng, 16),
        "patch json api_key": _alnum(rng, 20),
        "name token shape": "hf_" + _alnum(rng, 34),
        "tag token=": _alnum(rng, 16),
        "note password:": _alnum(rng, 16),
        "out api_key=sk-proj": "sk-proj-" + _alnum(rng, 40, string.ascii_letters + string.digits + "_-"),
        "out Basic": base64.b64encode(f"user:{_alnum(rng, 12)}".encode()).decode(),
        "out Bearer": _alnum(rng, 32),
        "out slack webhook": f"T{_alnum(rng, 8).upper()}/B{_alnum(rng, 8).upper()}/{_alnum(rng, 24)}",
        "out URL user:pw": _alnum(rng, 14),
        "out AKIA": "AKIA" + _alnum(rng, 16, string.ascii_uppercase + string.digits).upper(),
        "out token: number": str(rng.randrange(10**9, 10**10)),
        "out split across flushes": _alnum(rng, 24),
        "out split Basic": base64.b64encode(f"svc:{_alnum(rng, 12)}".encode()).decode(),
        "cap head end token:": _alnum(rng, 24),
        "cap head end ghp": "ghp_" + _alnum(rng, 36),
        "cap tail start Basic": base64.b64encode(f"ops:{_alnum(rng, 16)}".encode()).decode(),
        "cap tail start hf_": "hf_" + _alnum(rng, 34),
    }
    return s


CAP_LABELS = [k for k in make_secrets(0) if k.startswith("cap ")]


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def make_repo(path: Path, s: dict[str, str]) -> Path:
    """A repository with a credentialed remote and a dirty tree whose patch holds secrets."""
    path.mkdir()
    _git(path, "init", "-q")
    (path / ".env").write_text("LR=0.1\n")
    (path / "config.json").write_text('{"lr": 0.1}\n')
    _git(path, "add", ".")
    _git(path, "commit", "-qm", "init")
    _git(path, "remote", "add", "origin",
         f"https://bot:{s['remote userinfo']}@git.example.com/t/r.git?token={s['remote ?token=']}")
    (path / ".env").write_text(f"LR=0.1\nGITHUB_TOKEN={s['patch GITHUB_TOKEN']}\n"
                               f"DB_PASSWORD={s['patch DB_PASSWORD']}\n")
    (path / "config.json").write_text(f'{{"lr": 0.1, "api_key": "{s["patch json api_key"]}"}}\n')
    return path


# The child: prints every shape, echoes its argv and environment, and splits two secrets across
# a flush (it waits, polling the store, until expctl stored the lines before).
CHILD = r'''
import json, os, sqlite3, sys, time
s = json.loads(os.environ["PLANTED"])
w = sys.stdout.write
w("starting: loss: 0.5\n")
w("api_key=" + s["out api_key=sk-proj"] + "\n")
w("Authorization: Basic " + s["out Basic"] + "\n")
w("curl -H 'Authorization: Bearer " + s["out Bearer"] + "'\n")
w("posted to https://hooks.slack.com/services/" + s["out slack webhook"] + "\n")
w("db https://admin:" + s["out URL user:pw"] + "@db.local/x\n")
w("aws " + s["out AKIA"] + " ok\n")
w("token: " + s["out token: number"] + "\n")
w("args " + " ".join(sys.argv[1:]) + "\n")
w("env " + " ".join(os.environ.get(k, "") for k in
    ("HF_HUB_PAT", "WANDB_KEY", "KAGGLE_KEY", "TF_VAR_db_key", "AWS_SECRET_ACCESS_KEY")) + "\n")
w("password: " + s["out split across flushes"][:9]); sys.stdout.flush()
db = sqlite3.connect(os.environ["EXPCTL_DB"])
deadline = time.monotonic() + 20
while not db.execute("SELECT COUNT(*) FROM logs WHERE run_id = ?",
                     (os.environ["EXPCTL_RUN_ID"],)).fetchone()[0]:
    assert time.monotonic() < deadline, "expctl never flushed"
    time.sleep(0.01)
w(s["out split across flushes"][9:] + "\n"); sys.stdout.flush()
w("Authorization: Bas"); sys.stdout.flush()
w("ic " + s["out split Basic"] + "\n")
'''


# The cap child: pads its output (lines of 100 bytes) so that secrets straddle the log cap's
# head end (byte HEAD of stdout) and the start of its tail window (TAIL bytes before the end).
CAP_CHILD = r'''
import json, os, sys
s = json.loads(os.environ["PLANTED"])
head, tail, extra = int(os.environ["HEAD"]), int(os.environ["TAIL"]), int(os.environ["EXTRA"])
out, n = sys.stdout.buffer, [0]
def w(b):
    out.write(b); n[0] += len(b)
def pad_to(offset):
    while n[0] + 100 <= offset:
        w(b"x" * 99 + b"\n")
    w(b"y" * (offset - n[0]))
def straddle(at, text):
    pad_to(at - len(text) // 2 - 1)
    w(b"\n" + text.encode() + b"\n")
straddle(head - 40, "hub ghp " + s["cap head end ghp"])
straddle(head, "token: " + s["cap head end token:"])
total = head + tail + extra
straddle(total - tail, "Authorization: Basic " + s["cap tail start Basic"])
straddle(total - tail + 60, "model hf " + s["cap tail start hf_"])
pad_to(total - 1)
w(b"\n")
'''


def child_argv(s: dict[str, str]) -> list[str]:
    return [
        "--key", s["argv --key"], "--kaggle-key", s["argv --kaggle-key"],
        "--hf-pat", s["argv --hf-pat"], "--api-key", s["argv --api-key"],
        f"--password={s['argv --password=']}", f"db.password={s['argv db.password=']}",
        "--header", f"X-Api-Key: {s['argv header X-Api-Key']}",
        "--conn", f"Server=x;Password={s['argv conn Password=']}",
        f'{{"api_key": "{s["argv JSON api_key"]}", "lr": 0.1}}',
        f"https://user:{s['argv URL password']}@data.example.com/set",
        "--lr", "0.1",
    ]


def child_env(s: dict[str, str]) -> dict[str, str]:
    import json

    env = {k.split(" ", 1)[1]: v for k, v in s.items() if k.startswith("env ")}
    env["PLANTED"] = json.dumps(s)
    return env


def stored_and_exported(expctl: list[str], env: dict[str, str], db: Path, cwd: Path) -> bytes:
    """Every byte expctl keeps or gives out for the store: files, export, show, logs, lists."""
    out = [p.read_bytes() for p in db.parent.iterdir() if p.name.startswith(db.name)]
    for args in (["export"], ["show", "last", "-f", "json"], ["logs", "last"],
                 ["list", "-f", "json"], ["metrics", "last", "-f", "json"],
                 ["show", "last"], ["info", "last", "-f", "json"]):
        done = subprocess.run(expctl + args, capture_output=True, env=env, cwd=cwd, timeout=120)
        out += [done.stdout, done.stderr]
    return b"\n".join(out)


def leaked(s: dict[str, str], data: bytes) -> list[str]:
    """The labels of planted secrets found in `data` (whole, or any 12-character piece of one
    that is at least 16 long: a fragment of a key is a leak too)."""
    found = []
    for label, value in s.items():
        raw = value.encode()
        pieces = [raw] + ([raw[i:i + 12] for i in range(0, len(raw) - 11, 4)] if len(raw) >= 16 else [])
        if any(p in data for p in pieces):
            found.append(label)
    return found


if __name__ == "__main__":  # pragma: no cover - a quick look: python secrets_matrix.py SEED
    print("\n".join(f"{k}: {v}" for k, v in make_secrets(int(sys.argv[1])).items()))
    os.environ.setdefault("unused", "")
