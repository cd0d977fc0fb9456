"""Running one git command (expctl.gitcmd): the helper `diff` and `rerun --checkout` share."""

from __future__ import annotations

import subprocess

import pytest

from expctl.gitcmd import GitFailed, run_git


@pytest.fixture
def repo(tmp_path):
    path = tmp_path / "repo"
    path.mkdir()
    subprocess.run(["git", "init", "-q", str(path)], check=True)
    (path / "a.txt").write_text("one\n")
    subprocess.run(["git", "-C", str(path), "add", "a.txt"], check=True)
    subprocess.run(["git", "-C", str(path), "commit", "-qm", "first"], check=True)
    return path


def test_the_answer_is_stdout_less_one_newline(repo):
    sha = run_git(str(repo), "rev-parse", "HEAD")
    assert len(sha) == 40 and "\n" not in sha
    assert run_git(str(repo), "show", "HEAD:a.txt") == "one"


def test_added_variables_reach_git(repo, tmp_path):
    index = tmp_path / "scratch-index"
    run_git(str(repo), "read-tree", "HEAD", env={"GIT_INDEX_FILE": str(index)})
    assert index.exists()


def test_failures_carry_gits_first_line(repo):
    with pytest.raises(GitFailed) as caught:
        run_git(str(repo), "cat-file", "-e", "0" * 40)
    assert caught.value.message.startswith("git cat-file -e failed: ")
    with pytest.raises(GitFailed, match="not a git repository"):
        run_git(str(repo.parent), "rev-parse", "HEAD", env={"LC_ALL": "C"})


def test_a_git_that_hangs_is_stopped(repo, tmp_path):
    # An editor that never returns: `git commit` without -m waits for it.
    hang = tmp_path / "hang.sh"
    hang.write_text("#!/bin/sh\nexec sleep 30\n")
    hang.chmod(0o755)
    with pytest.raises(GitFailed, match="took more than 0.5s"):
        run_git(str(repo), "commit", "--allow-empty", env={"GIT_EDITOR": str(hang)}, timeout=0.5)
