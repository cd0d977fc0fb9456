"""The import fuzzer, long variant (tests/reliability/test_import_fuzz.py is the fast one).

    python bench/fuzz_import.py [--inputs 2000] [--seconds 600] [--seed 1]

Records two real runs with the `expctl` beside this interpreter, exports them, then imports
mutations of their lines (one key replaced by a hostile value, removed or wrapped; or the text
cut, a character changed, deep nesting) into copies of a real store, calling the CLI in this
process. After every accepted import, every read command runs on that store. Prints inputs
tried, accepted, tracebacks on import, and stores broken (a read command raising); exit 1 if
either of the last two is not 0, with one example of each distinct failure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.reliability.hostile import invoke, mutate, mutate_text, read_commands


def signature(trace: str) -> str:
    """The exception and the innermost expctl frame: one line per distinct bug."""
    lines = trace.strip().splitlines()
    frames = [line.strip() for line in lines if line.strip().startswith('File "') and "/expctl/" in line]
    return f"{lines[-1][:120]} at {frames[-1] if frames else '?'}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fuzz-import-"))
    os.environ.update(HOME=str(folder), EXPCTL_DB=str(folder / "source.db"), NO_COLOR="1")
    os.chdir(folder)
    from tests.reliability.test_import_fuzz import CHILD, checkpoint, count_runs, fresh_copy, make_export
    from tests.conftest import py, run_expctl

    head, lines = make_export(folder)
    target = folder / "target.db"
    run_expctl("run", "-q", "--db", str(target), "--", *py(CHILD), "--lr", "0.3")
    checkpoint(target)
    rnd = random.Random(args.seed)
    tally = {"tried": 0, "accepted": 0}
    crashes: dict[str, str] = {}
    broken: dict[str, str] = {}
    deadline = time.monotonic() + args.seconds
    while tally["tried"] < args.inputs and time.monotonic() < deadline:
        doc = json.loads(rnd.choice(lines))
        doc["uuid"] = f"{rnd.getrandbits(128):032x}"
        text = mutate_text(json.dumps(doc), rnd) if rnd.random() < 0.3 else json.dumps(mutate(doc, rnd))
        path = folder / "mutated.jsonl"
        path.write_bytes((head + "\n" + text + "\n").encode("utf-8", "surrogatepass"))
        tally["tried"] += 1
        db = folder / f"work-{tally['tried']}.db"
        fresh_copy(target, db)
        outcome = invoke(["import", str(path)], str(db))
        if outcome.crash:
            crashes.setdefault(signature(outcome.crash), text[:400])
        elif outcome.code == 0:
            tally["accepted"] += 1
            for command in read_commands([1, 2]):
                read = invoke(command, str(db))
                if read.crash:
                    broken.setdefault(signature(read.crash), f"{command}: {text[:400]}")
        elif count_runs(db) != 1:
            broken.setdefault("a refused line changed the store", text[:400])
        db.unlink()
    print(f"import fuzzer: {tally['tried']} inputs tried, {tally['accepted']} accepted, "
          f"{len(crashes)} distinct tracebacks on import, {len(broken)} distinct ways a store broke")
    for kind, found in (("traceback", crashes), ("broken", broken)):
        for sig, example in found.items():
            print(f"{kind}: {sig}\n    input: {example}")
    return 1 if crashes or broken else 0


if __name__ == "__main__":
    sys.exit(main())
