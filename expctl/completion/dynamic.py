"""Dynamic shell completion: run references, metric names and param names from the store.

The completion scripts call `expctl __complete KIND [PREFIX]` on a Tab press; `expctl.cli.main`
answers it before Typer is imported, so a press costs the interpreter's start-up and one indexed
query. Candidates go to stdout one per line; any problem (no store, a locked or newer store)
prints nothing: completion must never show an error in the middle of a command line.
"""

from __future__ import annotations

KINDS = ("runs", "metrics", "params")
LIMIT = 100
LOCK_WAIT_S = 0.2  # a store busy with a writer: give up quickly, the user is waiting


def candidates(kind: str, prefix: str = "", db: str | None = None) -> list[str]:
    """Completion candidates of `kind` starting with `prefix`. For runs: `last`, the newest run
    ids, then run names. Metric and param names may be written `metrics.NAME`/`params.NAME`
    (as in --where), and the prefix is kept in the candidates."""
    from ..paths import locate_store
    from ..store import open_store

    if kind not in KINDS:
        return []
    store = open_store(locate_store(db).path, create=False, busy_timeout=LOCK_WAIT_S)
    try:
        if kind == "runs":
            return _run_candidates(store, prefix)
        head = kind + "."
        if prefix.startswith(head):
            return [head + n for n in store.names_with_prefix(kind, prefix[len(head):], LIMIT)]
        return store.names_with_prefix(kind, prefix, LIMIT)
    finally:
        store.close()


def _run_candidates(store, prefix: str) -> list[str]:
    recent = store.recent_run_ids()
    found = ["last"] if recent and "last".startswith(prefix) else []
    if prefix == "" or prefix.isdigit():
        found += [str(i) for i in recent if str(i).startswith(prefix)][:LIMIT // 2]
    return found + store.names_with_prefix("runs", prefix, LIMIT)


def main(args: list[str]) -> int:
    """`expctl __complete KIND [PREFIX] [--db PATH]`: print the candidates; always exit 0."""
    import sys

    db = None
    if "--db" in args:
        at = args.index("--db")
        db = args[at + 1] if at + 1 < len(args) else None
        args = args[:at] + args[at + 2:]
    kind, prefix = (args + ["", ""])[:2]
    try:
        words = candidates(kind, prefix, db)
    except Exception:  # an unreadable store: no candidates, never an error under the cursor
        return 0
    sys.stdout.write("".join(w + "\n" for w in words if "\n" not in w))
    return 0
