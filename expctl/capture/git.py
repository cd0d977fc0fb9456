"""Record the code state a run starts from, by asking the `git` binary.

Why not GitPython: importing it costs ~100 ms, more than expctl's whole overhead budget. Four short
`git` processes (a few ms each) do the job: `rev-parse` (where is the work tree), `status` (commit,
branch, dirty, untracked), `config` (remote URL) and, only when tracked files changed, `diff`.

Nothing here raises for environmental problems (no git, a broken repository, a `git` that hangs or
prints garbage): the capture returns what it could learn plus short warnings for the user.
"""

from __future__ import annotations

import os
import time

from expctl.models import GitInfo

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from expctl.capture.bounded import ProcessResult

# Untracked names kept; `--untracked-files=normal` already folds an untracked dir into one name.
MAX_UNTRACKED = 200

# Messages (English under LC_ALL=C) that mean "there is no work tree here": not worth a warning.
NOT_A_WORK_TREE = (b"not a git repository", b"must be run in a work tree")


class _GitRunner:
    """Runs `git` commands in one directory, all sharing one deadline, collecting warnings.

    `run` returns None when git could not give an answer (not installed, timed out); the reason,
    when worth telling the user (not for a missing git), is appended to `warnings`.
    """

    def __init__(self, cwd: str, timeout: float):
        self.cwd = cwd
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.warnings: list[str] = []
        # GIT_OPTIONAL_LOCKS=0: `status` must not take index.lock while the user's git works.
        # LC_ALL=C: stable English messages, which `_find_root` matches on.
        self.env = dict(os.environ, GIT_OPTIONAL_LOCKS="0", LC_ALL="C", GIT_TERMINAL_PROMPT="0")

    def fork(self) -> _GitRunner:
        """A runner with the same deadline and environment but warnings of its own."""
        twin = _GitRunner.__new__(_GitRunner)
        twin.cwd, twin.timeout, twin.deadline, twin.env = self.cwd, self.timeout, self.deadline, self.env
        twin.warnings = []
        return twin

    def run(self, args: list[str], consequence: str, *, cwd: str | None = None,
            max_stdout: int | None = None) -> ProcessResult | None:
        """Run `git <args>`; on failure to get an answer, warn "<what>; <consequence>"."""
        from expctl.capture.bounded import run_bounded  # here: outside a repository, no git runs

        remaining = max(0.01, self.deadline - time.monotonic())
        try:
            # `-C` rather than a working directory: see capture.bounded on why it spawns so.
            result = run_bounded(["git", "-C", cwd or self.cwd, *args], timeout=remaining,
                                 env=self.env, max_stdout=max_stdout)
        except FileNotFoundError:  # no git installed: nothing to record, nothing to say
            return None
        except OSError as exc:
            self.warnings.append(f"could not run git ({exc.strerror or exc}); {consequence}")
            return None
        if result.timed_out:
            self.warnings.append(f"git timed out after {self.timeout:g}s; {consequence}")
            return None
        return result


def capture_git(
    cwd: str, max_patch_bytes: int = 1_000_000, timeout: float = 5.0, secrets=()
) -> tuple[GitInfo | None, list[str]]:
    """The git state of the work tree containing `cwd`, and warnings for the user.

    Returns (None, []) outside a work tree or without a git binary. `dirty` means tracked files
    differ from HEAD (staged or not); untracked files are listed apart (at most MAX_UNTRACKED names,
    relative to the root). `commit` is None in a repository without commits, `branch` None on a
    detached HEAD. `patch` is `git diff HEAD --binary` of tracked files, so `git apply` re-creates
    the work tree on a checkout of `commit`; it is None when clean or without commits, and keeps
    only its first `max_patch_bytes` bytes (cut at a line end, `patch_truncated` set) when larger.
    `remote_url` is origin's (else the first remote's) URL without credentials. The patch is
    redacted: `secrets` (the run's known secret values) and every secret shape or secret-named
    assignment (`+GITHUB_TOKEN=ghp_…`) become `***`, so a patch holding one no longer applies
    cleanly at that line. All git processes together get `timeout` seconds.
    """
    guess = _likely_root(cwd)
    if guess is None:
        return None, []
    git = _GitRunner(cwd, timeout)
    # The four git processes run at once (about 7 ms instead of 13 on a small repository): a
    # short command waits for the slowest, not the sum. The patch is asked for speculatively from
    # the likely root (where `.git` is) and kept only if the tree is dirty and that root was
    # right. Each has its own warnings: only those of the answers used are reported.
    runners = [git.fork() for _ in range(4)]
    root, info, remote, diff = _all_at_once(
        lambda: _find_root(runners[0]),
        lambda: _read_status(runners[1]),
        lambda: _read_remote_url(runners[2]),
        lambda: _read_patch(runners[3], guess, max_patch_bytes, quiet=True),
    )
    if root is None:
        return None, runners[0].warnings
    if info is None:
        return None, runners[1].warnings
    git.warnings = runners[2].warnings
    info = info._replace(root=root, remote_url=remote)
    if info.dirty and info.commit:
        if root == guess and diff[0] is not None:
            patch, truncated = diff
            git.warnings += runners[3].warnings
        else:  # wrong guess, or the speculative run failed: once more, reporting problems
            patch, truncated = _read_patch(git, root, max_patch_bytes)
        if patch:
            from expctl.capture.redact import redact_long_text

            patch = redact_long_text(patch, secrets)
        info = info._replace(patch=patch, patch_truncated=truncated)
    return info, git.warnings


def _likely_root(cwd: str) -> str | None:
    """See `expctl.paths.likely_git_root` (where the run's capture asks first, so that outside
    a repository this module is not even loaded)."""
    from expctl.paths import likely_git_root

    return likely_git_root(cwd)


def _all_at_once(*calls):
    """Run the calls on threads (each mostly waits on its own git process); return their results.
    Without a thread to spare (ulimit -u, -v) the rest run here, one after the other. A call
    that raises (out of memory) raises here, once every thread ended: each thread ends however
    its call does, so the joins below never wait for a thread that died."""
    from ..threads import Daemon

    results: list = [None] * len(calls)
    failures: list[Exception] = []

    def run(i: int) -> None:
        try:
            results[i] = calls[i]()
        except Exception as exc:  # raised on the calling thread, not as a thread's traceback
            failures.append(exc)

    threads, inline = [], [0]
    for i in range(1, len(calls)):
        thread = Daemon(run, args=(i,))
        try:
            if len(inline) == 1:  # after a thread could not start, none is tried again
                thread.start()
                threads.append(thread)
                continue
        except RuntimeError:
            pass
        inline.append(i)
    for i in inline:
        run(i)
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
    return results


def _find_root(git: _GitRunner) -> str | None:
    """The work tree's top directory; None (silently) when `cwd` is not inside one."""
    consequence = "no code version recorded"
    result = git.run(["rev-parse", "--show-toplevel"], consequence)
    if result is None:
        return None
    if result.returncode != 0:
        if not any(message in result.stderr for message in NOT_A_WORK_TREE):
            git.warnings.append(f"git failed ({result.first_error_line()}); {consequence}")
        return None
    root = result.stdout.decode("utf-8", "replace").rstrip("\n")
    if not (os.path.isabs(root) and os.path.isdir(root)):
        git.warnings.append(f"git printed an unexpected work tree {root[:80]!r}; {consequence}")
        return None
    return root


def _read_status(git: _GitRunner) -> GitInfo | None:
    """Commit, branch, dirty and untracked files from one `git status` (root unset)."""
    consequence = "no code version recorded"
    result = git.run(["status", "--porcelain=v2", "--branch", "-z", "--untracked-files=normal"],
                     consequence)
    if result is None:
        return None
    if result.returncode != 0:
        git.warnings.append(f"git status failed ({result.first_error_line()}); {consequence}")
        return None
    info = parse_status(result.stdout)
    if info is None:
        git.warnings.append(f"git status printed unexpected output; {consequence}")
    return info


def parse_status(data: bytes) -> GitInfo | None:
    """Parse `git status --porcelain=v2 --branch -z` output; None if it lacks the branch header.

    Records are NUL-terminated; a rename/copy record ("2 …") is followed by one extra field (the
    original path), which must be skipped rather than read as a record.
    """
    commit: str | None = None
    branch: str | None = None
    found_header = dirty = False
    untracked: list[str] = []
    fields = data.decode("utf-8", "replace").split("\0")
    skip_next = False
    for field in fields:
        if skip_next:
            skip_next = False
        elif field.startswith("# branch.oid "):
            found_header = True
            commit = _parse_commit(field[len("# branch.oid "):])
        elif field.startswith("# branch.head "):
            head = field[len("# branch.head "):]
            branch = None if head == "(detached)" else head
        elif field[:2] in ("1 ", "2 ", "u "):
            dirty = True
            skip_next = field.startswith("2 ")
        elif field.startswith("? ") and len(untracked) < MAX_UNTRACKED:
            untracked.append(field[2:])
    if not found_header:
        return None
    return GitInfo(commit=commit, branch=branch, dirty=dirty, untracked=untracked)


def _parse_commit(oid: str) -> str | None:
    """A full hex object id (SHA-1 or SHA-256), else None ("(initial)" before the first commit)."""
    is_hex = len(oid) in (40, 64) and all(c in "0123456789abcdef" for c in oid)
    return oid if is_hex else None


def _read_remote_url(git: _GitRunner) -> str | None:
    """origin's URL, else the first remote's, with any credentials removed; None without remotes."""
    args = ["config", "-z", "--get-regexp", r"^remote\..*\.url$"]
    result = git.run(args, "remote URL not recorded")
    if result is None or result.returncode != 0:  # exit status 1: no remote configured
        return None
    urls: dict[str, str] = {}
    for entry in result.stdout.decode("utf-8", "replace").split("\0"):
        key, _, url = entry.partition("\n")
        if key.startswith("remote.") and key.endswith(".url") and url:
            urls.setdefault(key[len("remote."):-len(".url")], url)
    if not urls:
        return None
    from expctl.capture.redact import redact_url

    return redact_url(urls.get("origin") or next(iter(urls.values())))


def _read_patch(git: _GitRunner, root: str, max_bytes: int,
                quiet: bool = False) -> tuple[str | None, bool]:
    """(patch, truncated): `git diff HEAD` of tracked files, re-appliable with `git apply`.

    The options override user configuration that would make the patch unusable: an external diff
    driver, textconv filters, colour, missing or mnemonic a/ b/ prefixes. Running from the root
    makes `diff.relative` harmless. A patch that is not UTF-8 is decoded with replacement
    characters (and a warning), because the store keeps text.
    """
    args = ["diff", "HEAD", "--binary", "--no-color", "--no-ext-diff", "--no-textconv",
            "--src-prefix=a/", "--dst-prefix=b/"]
    consequence = "patch not recorded"
    result = git.run(args, consequence, cwd=root, max_stdout=max_bytes)
    if result is None:
        return None, False
    if not result.truncated and result.returncode != 0:
        if not quiet:
            git.warnings.append(f"git diff failed ({result.first_error_line()}); {consequence}")
        return None, False
    data = result.stdout
    if result.truncated:
        data = data[:max_bytes]
        data = data[: data.rfind(b"\n") + 1] or data  # end on a whole line when there is one
        git.warnings.append(f"uncommitted changes exceed {max_bytes} bytes; only the start of the "
                            "patch is recorded")
    return _decode_patch(data, git.warnings), result.truncated


def _decode_patch(data: bytes, warnings: list[str]) -> str | None:
    """The patch as text; None when empty (e.g. only a submodule's untracked files changed)."""
    if not data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        warnings.append("the patch has non-UTF-8 bytes, stored replaced; it may not re-apply")
        return data.decode("utf-8", "replace")
