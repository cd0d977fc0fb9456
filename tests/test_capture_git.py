"""capture_git against real repositories made in tmp_path, and against broken `git` binaries."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from expctl.capture.bounded import run_bounded
from expctl.capture.git import capture_git, parse_status


def git(cwd, *args: str) -> str:
    """Run git in `cwd` for test set-up; its stdout."""
    done = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)
    return done.stdout.strip()


def make_repo(path) -> str:
    """A repository at `path` with one commit on `main`: text file a.txt and binary file b.bin."""
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", "-b", "main")
    (path / "a.txt").write_text("one\ntwo\n")
    (path / "b.bin").write_bytes(bytes(range(256)))
    git(path, "add", ".")
    git(path, "commit", "-q", "-m", "first")
    return str(path)


def fake_git(tmp_path, monkeypatch, script: str) -> None:
    """Put a `git` running `script` (sh) first on PATH."""
    bin_dir = tmp_path / "fakebin"
    bin_dir.mkdir()
    (bin_dir / "git").write_text("#!/bin/sh\n" + script)
    (bin_dir / "git").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")


def test_clean_repo(tmp_path):
    repo = make_repo(tmp_path / "repo")
    info, warnings = capture_git(repo)
    assert warnings == []
    assert info.commit == git(repo, "rev-parse", "HEAD")
    assert info.branch == "main"
    assert info.dirty is False
    assert info.root == os.path.realpath(repo)
    assert (info.patch, info.patch_truncated, info.untracked) == (None, False, [])
    assert info.remote_url is None


def test_dirty_patch_reapplies_on_clean_checkout(tmp_path):
    repo = make_repo(tmp_path / "repo")
    (tmp_path / "repo" / "a.txt").write_text("one\nTWO\nthree\n")  # unstaged
    (tmp_path / "repo" / "b.bin").write_bytes(bytes(range(255, -1, -1)))
    (tmp_path / "repo" / "new.txt").write_text("staged\n")
    git(repo, "add", "new.txt")

    info, warnings = capture_git(repo)

    assert warnings == [] and info.dirty and not info.patch_truncated
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", repo, str(clone))
    (tmp_path / "change.patch").write_text(info.patch)
    git(clone, "apply", str(tmp_path / "change.patch"))
    for name in ("a.txt", "b.bin", "new.txt"):
        assert (clone / name).read_bytes() == (tmp_path / "repo" / name).read_bytes()


def test_untracked_files_are_listed_but_not_dirty(tmp_path):
    repo = make_repo(tmp_path / "repo")
    (tmp_path / "repo" / "notes.txt").write_text("x")
    (tmp_path / "repo" / "out").mkdir()
    (tmp_path / "repo" / "out" / "x.log").write_text("x")
    info, _ = capture_git(repo)
    assert info.dirty is False
    assert info.untracked == ["notes.txt", "out/"]
    assert info.patch is None


def test_from_a_subdirectory_root_is_the_top(tmp_path):
    repo = make_repo(tmp_path / "repo")
    (tmp_path / "repo" / "src").mkdir()
    info, _ = capture_git(str(tmp_path / "repo" / "src"))
    assert info.root == os.path.realpath(repo)


def test_repo_without_commits(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "staged.txt").write_text("x")
    git(repo, "add", "staged.txt")
    (repo / "loose.txt").write_text("x")
    info, warnings = capture_git(str(repo))
    assert warnings == []
    assert (info.commit, info.branch, info.dirty, info.patch) == (None, "main", True, None)
    assert info.untracked == ["loose.txt"]


def test_detached_head(tmp_path):
    repo = make_repo(tmp_path / "repo")
    sha = git(repo, "rev-parse", "HEAD")
    git(repo, "checkout", "-q", "--detach")
    info, _ = capture_git(repo)
    assert (info.commit, info.branch) == (sha, None)


def test_submodule_changes_do_not_break_capture(tmp_path):
    sub = make_repo(tmp_path / "sub")
    repo = make_repo(tmp_path / "repo")
    git(repo, "-c", "protocol.file.allow=always", "submodule", "add", "-q", sub, "sub")
    git(repo, "commit", "-q", "-m", "add sub")
    (tmp_path / "repo" / "sub" / "a.txt").write_text("changed inside the submodule\n")
    info, warnings = capture_git(repo)
    assert warnings == []
    assert info.dirty is True
    assert "Subproject commit" in info.patch


def test_outside_a_repository_is_silent(tmp_path):
    assert capture_git(str(tmp_path)) == (None, [])


def test_inside_the_git_directory_is_silent(tmp_path):
    repo = make_repo(tmp_path / "repo")
    assert capture_git(os.path.join(repo, ".git")) == (None, [])


def test_remote_credentials_are_removed(tmp_path):
    repo = make_repo(tmp_path / "repo")
    git(repo, "remote", "add", "upstream", "https://other.example/y.git")
    git(repo, "remote", "add", "origin", "https://user:secret@host.example/x.git")
    info, _ = capture_git(repo)
    assert "secret" not in info.remote_url
    assert info.remote_url == "https://***@host.example/x.git"


def test_first_remote_when_there_is_no_origin(tmp_path):
    repo = make_repo(tmp_path / "repo")
    git(repo, "remote", "add", "upstream", "git@github.com:me/y.git")
    info, _ = capture_git(repo)
    assert info.remote_url == "git@github.com:me/y.git"


def test_large_patch_keeps_its_head_and_warns(tmp_path):
    repo = make_repo(tmp_path / "repo")
    (tmp_path / "repo" / "a.txt").write_text("".join(f"line {i}\n" for i in range(20_000)))
    info, warnings = capture_git(repo, max_patch_bytes=1000)
    assert info.patch_truncated is True
    assert 0 < len(info.patch.encode()) <= 1000 and info.patch.endswith("\n")
    assert info.patch.startswith("diff --git a/a.txt b/a.txt\n")
    assert warnings == [
        "uncommitted changes exceed 1000 bytes; only the start of the patch is recorded"]


def test_no_git_binary_is_silent(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "repo")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert capture_git(repo) == (None, [])


def test_hanging_git_is_killed_at_the_timeout(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "repo")
    pid_file = tmp_path / "sleep.pid"
    fake_git(tmp_path, monkeypatch, f"sleep 1000 &\necho $! > {pid_file}\nwait\n")
    started = time.monotonic()
    result = capture_git(repo, timeout=0.5)
    assert time.monotonic() - started < 2.0
    assert result == (None, ["git timed out after 0.5s; no code version recorded"])
    assert_process_ends(int(pid_file.read_text()))


def assert_process_ends(pid: int, within: float = 3.0) -> None:
    """The grandchild `sleep` of a killed fake git must not survive (poll: its reaping is async)."""
    import psutil

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return
        except psutil.NoSuchProcess:
            return
        time.sleep(0.01)
    pytest.fail(f"process {pid} survived its killed parent")


def test_git_printing_garbage_gives_a_warning(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "repo")
    fake_git(tmp_path, monkeypatch, "echo 'hello there'\n")
    info, warnings = capture_git(repo)
    assert info is None
    assert warnings == [
        "git printed an unexpected work tree 'hello there'; no code version recorded"]


def test_git_failing_in_a_broken_repository_gives_a_warning(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "repo")
    (tmp_path / "repo" / ".git" / "index").write_bytes(b"garbage")
    info, warnings = capture_git(repo)
    assert info is None
    assert len(warnings) == 1 and warnings[0].startswith("git status failed (")


def test_parse_status_skips_the_original_path_of_a_rename():
    sha = "a" * 40
    data = (
        f"# branch.oid {sha}\0# branch.head dev\0"
        f"2 R. N... 100644 100644 100644 {sha} {sha} R100 new name.txt\0old name.txt\0"
        "? ? odd.txt\0"
    ).encode()
    info = parse_status(data)
    assert (info.commit, info.branch, info.dirty) == (sha, "dev", True)
    assert info.untracked == ["? odd.txt"]


def test_parse_status_without_header_is_none():
    assert parse_status(b"garbage\0") is None


def test_run_bounded_caps_stdout():
    result = run_bounded([sys.executable, "-c", "print('x' * 10**6)"], timeout=5, max_stdout=100)
    assert result.truncated and result.returncode is None and len(result.stdout) > 100
