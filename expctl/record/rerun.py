"""`expctl rerun`: the recorded command again, with params changed the way they were written.

`--lr 0.01` becomes `--lr 0.02`, `--lr=0.01` becomes `--lr=0.02`, `lr=0.01` becomes `lr=0.02`; a
switch `--amp` set to false becomes `--no-amp` (and back); a param the command did not have is
added as `--name value` (as `name=value` when the command wrote its params only as Hydra
overrides), before a `--` that ends the program's options. The argv is read exactly as
`capture.params.parse_params` reads it, so a name here is a name in `expctl show`.

A recorded argv had its secrets replaced by `***`: such a command cannot be repeated faithfully,
so a rerun refuses unless `--set` gives the hidden value.

No printing here: warnings are returned for the CLI to show.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager

from ..capture.params import (_takes_value, normalize_name, parse_value,  # the argv grammar
                             program_args)
from ..capture.argv import is_flag_token, split_override
from ..capture.redact import REDACTED
from ..errors import ExpctlError, UsageError
from ..models import GitInfo, Record, Run

GIT_TIMEOUT_S = 120.0  # a worktree of a big repository takes a while to check out


class Occurrence(Record):
    """Where a param is written in argv: `kind` is "inline" (`--lr=0.1` at `index`), "next"
    (`--lr 0.1`: the value is at `index + 1`), "override" (`lr=0.1`, with `prefix` `+`/`++`)
    or "switch" (`--amp` / `--no-amp`, no value). `raw` is the flag or key as written."""

    index: int  # type: ignore[assignment]  # a field named like tuple.index: where in argv
    kind: str
    name: str
    raw: str
    prefix: str


def parse_sets(specs: list[str]) -> list[tuple[str, str]]:
    """`--set k=v` texts -> [(k, v)]. Raises UsageError naming a spec without `=` or a name."""
    out = []
    for spec in specs:
        key, eq, value = spec.partition("=")
        if not eq or not normalize_name(key.strip()):
            raise UsageError(f"--set {spec!r} is not NAME=VALUE", hint="for example: --set lr=0.02")
        out.append((key.strip(), value))
    return out


def find_occurrences(argv: list[str]) -> list[Occurrence]:
    """Every place a param is written in `argv` (launchers skipped), in order."""
    start = len(argv) - len(program_args(argv))
    found, options_ended, i = [], False, start
    while i < len(argv):
        token = argv[i]
        if token == "--" and not options_ended:
            options_ended = True
        elif is_flag_token(token) and not options_ended:
            raw, eq, _ = token.partition("=")
            nxt = argv[i + 1] if i + 1 < len(argv) else None
            name = normalize_name(raw)
            if eq:
                found.append(Occurrence(i, "inline", name, raw, ""))
            elif nxt is not None and _takes_value(name, nxt):
                found.append(Occurrence(i, "next", name, raw, ""))
                i += 1
            else:
                off = name.startswith("no_") and len(name) > 3
                found.append(Occurrence(i, "switch", name[3:] if off else name, raw, ""))
        else:
            override = split_override(token)
            if override is not None and override[0] != "~":
                found.append(Occurrence(i, "override", normalize_name(override[1]), override[1],
                                        override[0]))
        i += 1
    return found


def edit_argv(argv: list[str], sets: list[tuple[str, str]]) -> list[str]:
    """`argv` with each (name, value) of `sets` written where the param is, or added."""
    argv = list(argv)
    for key, value in sets:
        name = normalize_name(key)
        places = [o for o in find_occurrences(argv) if o.name == name]
        if not places:
            argv = _add_param(argv, key, value)
        for place in reversed(places):  # from the end, so earlier indexes stay valid
            argv[place.index:place.index + _width(place)] = _rewrite(place, value)
    return argv


def _width(place: Occurrence) -> int:
    return 2 if place.kind == "next" else 1


def _rewrite(place: Occurrence, value: str) -> list[str]:
    if place.kind == "inline":
        return [f"{place.raw}={value}"]
    if place.kind == "next":
        return [place.raw, value]
    if place.kind == "override":
        return [f"{place.prefix}{place.raw}={value}"]
    dashes = place.raw[:len(place.raw) - len(place.raw.lstrip("-"))]
    bare = place.raw[len(dashes):]
    if bare[:3] in ("no-", "no_") and len(bare) > 3:
        bare = bare[3:]
    typed = parse_value(value)
    if typed is True:
        return [dashes + bare]
    if typed is False:
        return [f"{dashes}no-{bare}"]
    return [dashes + bare, value]  # a switch given a value: `--amp 2`


def _add_param(argv: list[str], key: str, value: str) -> list[str]:
    """Add a param the command did not write, in the command's style, before a `--` that ends
    the program's options (after it, a flag would be a positional)."""
    places = find_occurrences(argv)
    hydra = places and all(o.kind == "override" for o in places)
    words = [f"{key}={value}"] if hydra else [key if key.startswith("-") else f"--{key}", value]
    start = len(argv) - len(program_args(argv))
    end = argv.index("--", start) if "--" in argv[start:] else len(argv)
    return argv[:end] + words + argv[end:]


def check_secrets(argv: list[str], params: list[str]) -> None:
    """Refuse an argv (or `--param` texts) still holding a redacted `***`: name the flag."""
    for place in find_occurrences(argv):
        shown = argv[place.index] if place.kind != "next" else f"{place.raw} {argv[place.index + 1]}"
        if place.kind != "switch" and REDACTED in shown:
            raise UsageError(
                f"the recorded command hid a secret in '{shown}'; a rerun cannot repeat it",
                hint=f"give the value with --set {place.name}=VALUE")
    for i, token in enumerate(argv):
        if REDACTED in token:
            raise UsageError(
                f"the recorded command hid a secret in argument {i} ('{token}'); a rerun "
                "cannot repeat it", hint="run the command yourself with expctl run")
    for text in params:
        name, _, value = text.partition("=")
        if REDACTED in value:
            raise UsageError(f"the recorded --param {name} was a hidden secret",
                             hint=f"give the value with --set {name}=VALUE")


class RerunPlan(Record):
    """What to run: `command` (argv), `params` (`k=v` texts for expctl's --param) and `cwd`."""

    command: list[str]
    params: list[str]
    cwd: str


def plan_rerun(run: Run, specs: list[str], extra: list[str]) -> RerunPlan:
    """The command to run again for `run`, with `--set` specs applied and `extra` args appended.
    Params the run got from expctl's own `--param` are given again that way (and `--set`
    changes them there). Raises UsageError for a bad spec or a hidden secret left."""
    sets = parse_sets(specs)
    cli = {name: p.text for name, p in run.params.items() if p.source == "explicit"}
    in_argv = {o.name for o in find_occurrences(run.command)}
    argv_sets = []
    for key, value in sets:
        name = normalize_name(key)
        if name in cli and name not in in_argv:
            cli[name] = value
        else:
            argv_sets.append((key, value))
    params = [f"{name}={text}" for name, text in cli.items()]
    command = edit_argv(run.command, argv_sets) + list(extra)
    check_secrets(command, params)
    return RerunPlan(command, params, run.cwd)


def code_drift(recorded: GitInfo | None, cwd: str) -> list[str]:
    """How the work tree at `cwd` differs from the recorded code state, as warnings (empty
    when it matches or nothing was recorded). Untracked files are not compared."""
    if recorded is None or not recorded.commit:
        return []
    from ..capture.git import capture_git

    current, _ = capture_git(cwd)
    if current is None:
        return [f"{cwd} is no longer in a git work tree; cannot check the code state"]
    out = []
    if current.commit != recorded.commit:
        out.append(f"HEAD is {(current.commit or 'unborn')[:8]}, the run was made at "
                   f"{recorded.commit[:8]}")
    if (current.patch or None) != (recorded.patch or None):
        out.append("the uncommitted changes differ from the recorded ones"
                   + (" (the recorded patch was truncated)" if recorded.patch_truncated else ""))
    return out


@contextmanager
def recorded_checkout(git: GitInfo | None, cwd: str):
    """A temporary `git worktree` at the recorded commit with the recorded patch applied; yields
    the folder matching `cwd` inside it, and removes the worktree afterwards. Raises ExpctlError
    when the code state was not recorded, or cannot be restored."""
    if git is None or not git.commit:
        raise ExpctlError("the run recorded no git commit; --checkout has nothing to check out",
                          hint="rerun without --checkout")
    if git.patch_truncated:
        raise ExpctlError("the run's recorded patch was truncated; its code cannot be restored",
                          hint="rerun without --checkout")
    if not git.root or not os.path.isdir(git.root):
        raise ExpctlError(f"the run's repository {git.root} is not on this machine",
                          hint="rerun without --checkout, from a clone of the repository")
    holder = tempfile.mkdtemp(prefix="expctl-rerun-")
    tree = os.path.join(holder, "tree")
    try:
        _checkout_step(git.root, "worktree", "add", "--detach", "--quiet", tree, git.commit)
        try:
            if git.patch:
                patch_file = os.path.join(holder, "patch")
                with open(patch_file, "w", encoding="utf-8", errors="surrogateescape") as file:
                    file.write(git.patch if git.patch.endswith("\n") else git.patch + "\n")
                _checkout_step(tree, "apply", "--binary", "--whitespace=nowarn", patch_file)
            relative = os.path.relpath(cwd, git.root)
            yield tree if relative.startswith("..") else os.path.join(tree, relative)
        finally:
            _checkout_step(git.root, "worktree", "remove", "--force", tree, check=False)
    finally:
        shutil.rmtree(holder, ignore_errors=True)


def _checkout_step(cwd: str, *args: str, check: bool = True) -> None:
    from ..gitcmd import GitFailed, run_git

    try:
        run_git(cwd, *args, timeout=GIT_TIMEOUT_S)
    except GitFailed as exc:
        if check:
            raise ExpctlError(exc.message, hint="rerun without --checkout") from None
