"""Running one git command and taking its answer: the one helper, for `diff`'s code comparison
and `rerun --checkout` (run capture has its own, warning-collecting runner in capture/git.py,
over the same `capture.bounded.run_bounded`).

The command runs with stdin closed, the given variables added to our environment, and a time
limit (on timeout its whole process group is killed). Git's answer is its stdout as text, less
one final newline; a failure (no git, timeout, non-zero exit) is a `GitFailed` carrying git's
own first line of complaint.
"""

from __future__ import annotations

import os

from .errors import ExpctlError

GIT_TIMEOUT_S = 60.0


class GitFailed(ExpctlError):
    """A git command that could not run or did not succeed."""


def run_git(cwd: str, *args: str, env: dict[str, str] | None = None,
            timeout: float = GIT_TIMEOUT_S) -> str:
    """`git ARGS` in `cwd`; its stdout (undecodable bytes kept as surrogates). Raises GitFailed."""
    from .capture.bounded import run_bounded

    what = f"git {' '.join(args[:2])}"
    try:
        # `-C` rather than a working directory: see capture.bounded on why it spawns so.
        result = run_bounded(["git", "-C", cwd, *args], timeout=timeout,
                             env=dict(os.environ, **env) if env else None)
    except OSError as exc:
        raise GitFailed(f"{what} failed: {exc.strerror or exc}", hint="this needs git") from None
    if result.timed_out:
        raise GitFailed(f"{what} took more than {timeout:g}s")
    if result.returncode != 0:
        raise GitFailed(f"{what} failed: {result.first_error_line()}")
    text = result.stdout.decode("utf-8", "surrogateescape")
    return text[:-1] if text.endswith("\n") else text
