"""Run references: how every command that takes runs names them.

    12           the run with id 12
    a1b2c3d4     the run whose uuid starts with these hex digits (4 or more)
    lenet-1      the run with this name
    last         the newest run; last~2 is the one two before it
    12..20       the runs from 12 to 20 that exist, in that order (20..12 goes backwards); the
                 ends are references too (last~4..last), and an end left out means the first or
                 the newest run (12..)
    -            references read from standard input, separated by white space, so that
                 `expctl list --where ... --format ids | expctl compare -` composes

A reference that matches no run, or several, is an error that lists what it could have meant.
Only store methods are used here (the parts: ids by name, uuid prefix, newest): no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..errors import ExpctlError, RunNotFound, UsageError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the light commands' path
if TYPE_CHECKING:
    from typing import IO

STDIN = "-"
RANGE = ".."
MAX_ID = 2**63 - 1  # the largest id a store gives: a reference above it names no run
HINT = ("use a run id, a uuid prefix, a run name, last, last~N, a range 12..20, or - to read "
        "them from standard input; `expctl list` shows runs")


def expand_stdin(refs: Iterable[str], stream: IO[str] | None) -> list[str]:
    """`refs` with `-` replaced by the white-space separated words of `stream` (read once, at
    the first `-`; a later `-` adds nothing). UsageError when `-` finds no words, or when there
    is no stream to read."""
    out: list[str] = []
    consumed = False
    for ref in refs:
        if ref.strip() != STDIN:
            out.append(ref)
            continue
        if consumed:
            continue
        if stream is None:
            raise UsageError("'-' reads run references from standard input, which is not "
                             "available here", hint=HINT)
        words = stream.read().split()
        if not words:
            raise UsageError("'-' found no run references on standard input",
                             hint="pipe ids into it, e.g. expctl list --format ids | expctl compare -")
        out.extend(words)
        consumed = True
    return out


def resolve_refs(store, refs: Iterable[str | int]) -> list[int]:
    """Run ids for references (ints are ids as they are), in the order given, each once.
    Raises RunNotFound or UsageError for a reference that names nothing, or names several runs
    where one was meant. `-` must have been expanded (see `expand_stdin`)."""
    seen: dict[int, None] = {}
    for ref in refs:
        for run_id in resolve_ref(store, ref):
            seen[run_id] = None
    return list(seen)


def resolve_ref(store, ref: str | int) -> list[int]:
    """The ids one reference names: one id, or the ids of a range (possibly none)."""
    if isinstance(ref, int) and not isinstance(ref, bool):
        return [resolve_one(store, str(ref))]
    text = str(ref).strip()
    if text == STDIN:
        raise UsageError("'-' (standard input) cannot be used here", hint=HINT)
    if RANGE in text and not _is_name(store, text):
        return _resolve_range(store, text)
    return [resolve_one(store, text)]


def resolve_one(store, ref: str) -> int:
    """One run id for a single-run reference; a range is refused here."""
    text = ref.strip()
    if not text:
        raise UsageError("an empty run reference", hint=HINT)
    try:
        return resolve_run(store, text)
    except RunNotFound as exc:
        # An unknown name gets the names it may have meant (ambiguous and `last~N` errors
        # already say what they can).
        close = _close_names(store, text) if exc.message.startswith("no run matches") else []
        if not close:
            raise
        raise RunNotFound(exc.message, hint=f"did you mean {', '.join(close)}?") from None


def resolve_single(store, refs: list[str]) -> int:
    """The one run a single-run command (show, logs, metrics) was given; UsageError when the
    references name none or several."""
    ids = resolve_refs(store, refs)
    if len(ids) != 1:
        label = " ".join(refs)
        named = "no run" if not ids else f"{len(ids)} runs ({', '.join(map(str, ids[:6]))}" + (
            " ...)" if len(ids) > 6 else ")")
        raise UsageError(f"'{label}' names {named}; this command takes one run", hint=HINT)
    return ids[0]


def resolve_run(store, ref: str) -> int:
    """One run id for a single-run reference: an integer id, `last`, `last~N`, a uuid prefix
    (4 or more hex digits) or a name. RunNotFound when it names none, or several."""
    ref = ref.strip()
    if ref == "last" or ref.startswith("last~"):
        return _resolve_last(store, ref)
    if ref.isascii() and ref.isdigit() and int(ref) <= MAX_ID and store.run_ids_between(int(ref), int(ref)):
        return int(ref)
    candidates = [(run_id, ref) for run_id in store.run_ids_named(ref)]
    if not candidates and len(ref) >= 4 and all(c in "0123456789abcdefABCDEF" for c in ref):
        candidates = store.uuids_with_prefix(ref.lower(), 6)
    if len(candidates) == 1:
        return candidates[0][0]
    if not candidates:
        raise RunNotFound(
            f"no run matches '{ref}'",
            hint="use a run id, a uuid prefix, a run name or 'last'; `expctl list` shows them",
        )
    listed = ", ".join(f"{rid} ({label})" for rid, label in candidates[:5])
    raise RunNotFound(f"'{ref}' is ambiguous: it matches runs {listed}", hint="use the run id")


def _resolve_last(store, ref: str) -> int:
    back = ref[5:] or "0"
    if not (back.isascii() and back.isdigit()):
        raise UsageError(f"bad run reference '{ref}'", hint="write last, or last~N with N a number")
    found = store.newest_run_id(int(back))
    if found is None:
        raise RunNotFound(
            "no runs recorded yet" if back == "0" else f"there is no run {ref}",
            hint="record one with: expctl run -- <command>",
        )
    return found


def _is_name(store, text: str) -> bool:
    """Whether `text` (which contains '..') is the name of a run rather than a range."""
    try:
        resolve_run(store, text)
    except ExpctlError:  # no such run, or not even a well-formed reference (last~2..last)
        return False
    return True


def _resolve_range(store, text: str) -> list[int]:
    left, right = text.split(RANGE, 1)
    if not left.strip() and not right.strip():
        raise UsageError(f"'{text}' is not a range: give at least one end, as in 12.. or ..20",
                         hint=HINT)
    if RANGE in right:
        raise UsageError(f"'{text}' is not a range: write FIRST..LAST", hint=HINT)
    first = resolve_one(store, left) if left.strip() else None
    last = resolve_one(store, right) if right.strip() else None
    backwards = first is not None and last is not None and first > last
    low, high = (last, first) if backwards else (first, last)
    ids = store.run_ids_between(low, high)
    return ids[::-1] if backwards else ids


def _close_names(store, text: str) -> list[str]:
    import difflib  # lazily: `expctl run` checks names through this module

    return difflib.get_close_matches(text, store.run_names(), n=5, cutoff=0.7)


_UUID_LIKE = re.compile(r"[0-9a-fA-F]{4,}|[0-9a-fA-F]{8}-[0-9a-fA-F-]*")


def check_run_name(name: str) -> str:
    """`name` stripped, when it can name a run without reading as another kind of reference;
    else a UsageError saying what it would read as. The one rule for `run --name` and `rename`.

    Refused: an empty name, a number (an id), `last` and `last~...`, `-` (standard input), any
    name with `..` (a range), and hex digits alone, 4 or more, or a uuid (a uuid prefix)."""
    text = name.strip()
    if not text:
        raise UsageError("a run name cannot be empty", hint="give a name, e.g. --name lenet-1")
    reading = (
        "a run id" if text.isdigit() else
        "the newest run" if text == "last" else
        "a run counted back from the newest" if text.startswith("last~") else
        "standard input" if text == STDIN else
        "a range of runs" if RANGE in text else
        "a uuid prefix" if _UUID_LIKE.fullmatch(text) else None
    )
    if reading:
        raise UsageError(f"the run name '{text}' would read as {reading}",
                         hint="a name needs a letter other than a-f and no '..', e.g. lenet-1")
    return text
