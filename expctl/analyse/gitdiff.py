"""The code of two runs compared through git: the commits between them and the diff between
their code states, each state being the run's commit plus its recorded uncommitted patch.

GitPython (for the commits between the runs) is imported here, and only when `expctl diff`
asks: it costs ~100 ms to import, which no other command should pay. Plumbing commands go
through expctl.gitcmd.run_git. The user's repository is only read: both states are built in
throwaway index files, and the objects that building them creates (the patched files, the
trees) go to a temporary object directory, with the repository's own objects as an alternate.
"""

from __future__ import annotations

import os
import tempfile

from ..models import GitInfo

GIT_TIMEOUT = 60.0  # seconds for any one git command
MAX_COMMITS = 50  # commits listed each way; the count is always complete


def compare_code(git_a: GitInfo | None, git_b: GitInfo | None, patch: bool = True) -> dict:
    """How the code of run A and run B differ, as plain data:

    {"same": bool or None (unknown), "a": state, "b": state, "ahead": int, "behind": int,
     "commits": [{"sha", "summary", "author", "time", "side": "b" (in B only) or "a"}],
     "files": [{"path", "added", "deleted"}] (None for binary), "patch": unified diff text,
     "untracked": {"a": [...], "b": [...]} (files untracked in one run only), "notes": [str]}

    where a state is {"commit", "branch", "dirty", "root", "patch_lines"} or None for a run
    without a git record. `ahead`/`behind`: commits in B not in A, and in A not in B. Problems
    (no repository any more, a commit gone, a patch that does not apply) become notes.
    """
    report = {"same": None, "a": _state(git_a), "b": _state(git_b), "ahead": 0, "behind": 0,
              "commits": [], "files": [], "patch": "", "untracked": _untracked(git_a, git_b),
              "notes": []}
    if git_a is None or git_b is None:
        report["same"] = git_a is None and git_b is None
        if not report["same"]:
            missing = "A" if git_a is None else "B"
            report["notes"].append(f"run {missing} was not made in a git repository")
        return report
    recorded_same = (git_a.commit, git_a.patch or "") == (git_b.commit, git_b.patch or "")
    root = next((r for r in (git_a.root, git_b.root) if r and os.path.isdir(r)), None)
    if root is None:
        report["same"] = recorded_same
        report["notes"].append(f"the repository {git_a.root or git_b.root} is gone: commits and "
                               "the code diff cannot be shown" +
                               ("" if recorded_same else "; the recorded commits or patches differ"))
        return report
    try:
        _compare_in_repo(root, git_a, git_b, report, patch)
    except Exception as exc:  # GitPython raises many unrelated types; any of them is a note
        report["notes"].append(f"git could not compare the code in {root}: {_first_line(exc)}")
        if report["same"] is None:
            report["same"] = recorded_same if recorded_same else None
    return report


def _state(git: GitInfo | None) -> dict | None:
    if git is None:
        return None
    return {"commit": git.commit, "branch": git.branch, "dirty": bool(git.dirty), "root": git.root,
            "patch_lines": git.patch.count("\n") if git.patch else 0,
            "patch_truncated": bool(git.patch_truncated)}


def _untracked(git_a: GitInfo | None, git_b: GitInfo | None) -> dict:
    a = set(git_a.untracked) if git_a else set()
    b = set(git_b.untracked) if git_b else set()
    return {"a": sorted(a - b), "b": sorted(b - a)}


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


def _compare_in_repo(root: str, git_a: GitInfo, git_b: GitInfo, report: dict, patch: bool) -> None:
    import git  # GitPython, lazily

    repo = git.Repo(root)
    missing = [c for c in (git_a.commit, git_b.commit) if c and not _has_commit(root, c)]
    if missing:
        report["notes"].append(
            f"commit {', '.join(c[:8] for c in missing)} is not in {root} any more "
            "(rebased, amended or garbage-collected?): the code diff cannot be built")
        return
    if git_a.commit and git_b.commit and git_a.commit != git_b.commit:
        _list_commits(repo, root, git_a.commit, git_b.commit, report)
    with tempfile.TemporaryDirectory(prefix="expctl-diff-") as scratch:
        env = _scratch_env(repo, scratch)
        tree_a = _build_tree(root, env, scratch, "a", git_a, report["notes"])
        tree_b = _build_tree(root, env, scratch, "b", git_b, report["notes"])
        report["same"] = tree_a == tree_b
        if tree_a != tree_b:
            report["files"] = _numstat(root, env, tree_a, tree_b)
            if patch:
                report["patch"] = _git(root, env, "diff", "--no-color", "--no-ext-diff",
                                       "--no-textconv", "-M", tree_a, tree_b) + "\n"


def _has_commit(root: str, sha: str) -> bool:
    from ..gitcmd import GitFailed

    try:
        _git(root, {}, "cat-file", "-e", f"{sha}^{{commit}}")
        return True
    except GitFailed:  # git exits 1 for a missing object
        return False


def _list_commits(repo, root: str, commit_a: str, commit_b: str, report: dict) -> None:
    """Commits reachable from B and not from A ("b"), and the other way round ("a")."""
    for side, spec in (("b", f"{commit_a}..{commit_b}"), ("a", f"{commit_b}..{commit_a}")):
        count = int(_git(root, {}, "rev-list", "--count", spec))
        report["ahead" if side == "b" else "behind"] = count
        for commit in repo.iter_commits(spec, max_count=MAX_COMMITS):
            report["commits"].append({
                "sha": commit.hexsha, "summary": commit.summary, "author": commit.author.name,
                "time": commit.committed_date, "side": side,
            })


def _scratch_env(repo, scratch: str) -> dict[str, str]:
    """Environment for git commands whose new objects must land in `scratch`, not the repo."""
    objects = os.path.join(scratch, "objects")
    os.makedirs(objects)
    repo_objects = os.path.join(repo.common_dir, "objects")
    alternates = os.environ.get("GIT_ALTERNATE_OBJECT_DIRECTORIES")
    return {"GIT_OBJECT_DIRECTORY": objects,
            "GIT_ALTERNATE_OBJECT_DIRECTORIES": os.pathsep.join(
                p for p in (repo_objects, alternates) if p)}


def _build_tree(root: str, env: dict, scratch: str, label: str, info: GitInfo, notes: list) -> str:
    """The tree id of a run's code: its commit's tree with its patch applied."""
    run_env = dict(env, GIT_INDEX_FILE=os.path.join(scratch, f"index-{label}"))
    if info.commit:
        _git(root, run_env, "read-tree", info.commit)
    else:
        _git(root, run_env, "read-tree", "--empty")
    if info.patch and info.patch_truncated:
        notes.append(f"run {label.upper()}'s uncommitted patch was cut at the size limit when it "
                     "was recorded: its uncommitted changes are left out")
    elif info.patch:
        patch_file = os.path.join(scratch, f"patch-{label}")
        with open(patch_file, "w", encoding="utf-8", errors="surrogateescape") as file:
            file.write(info.patch if info.patch.endswith("\n") else info.patch + "\n")
        try:
            _git(root, run_env, "apply", "--cached", "--binary", "--whitespace=nowarn", patch_file)
        except Exception as exc:
            notes.append(f"run {label.upper()}'s uncommitted patch does not apply to its commit "
                         f"({_first_line(exc)}): its uncommitted changes are left out")
    return _git(root, run_env, "write-tree")


def _numstat(root: str, env: dict, tree_a: str, tree_b: str) -> list[dict]:
    files = []
    out = _git(root, env, "diff", "--numstat", "-M", "-z", tree_a, tree_b)
    fields = out.split("\0")
    i = 0
    while i < len(fields):
        head = fields[i].strip("\n")
        i += 1
        if not head:
            continue
        added, deleted, path = head.split("\t", 2)
        if not path:  # a rename: the old and the new path follow as their own fields
            path = f"{fields[i]} => {fields[i + 1]}"
            i += 2
        files.append({"path": path, "added": None if added == "-" else int(added),
                      "deleted": None if deleted == "-" else int(deleted)})
    return files


def _git(root: str, env: dict, *args: str) -> str:
    """`git ARGS` in the repository at `root` with `env` added; its stdout as text."""
    from ..gitcmd import run_git

    return run_git(root, *args, env=env, timeout=GIT_TIMEOUT)
