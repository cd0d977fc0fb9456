"""capture.bounded.run_bounded with real child processes: what the child gets (stdin, fds,
signals, environment), time limits, output caps, failures to start; through posix_spawn and
through the subprocess fallback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from expctl.capture import bounded
from expctl.capture.bounded import run_bounded

from .conftest import run_expctl

# A child that prints which descriptors it has open (fstat on each: listing /proc would add one).
LIST_FDS = "import os\nfor fd in range(1024):\n  try: os.fstat(fd)\n  except OSError: continue\n  print(fd)"


@pytest.fixture(params=["posix_spawn", "subprocess"])
def spawner(request, monkeypatch):
    """Both ways of starting the child: posix_spawn, and the fallback where it cannot be used."""
    if request.param == "subprocess":
        monkeypatch.setattr(bounded, "_posix_spawn", lambda *args: None)
    return request.param


@pytest.fixture
def handed_fd():
    """An inheritable descriptor, as a shell hands one (`3>file`); closed afterwards."""
    fd = os.open(os.devnull, os.O_RDONLY)
    os.set_inheritable(fd, True)
    yield fd
    os.close(fd)


def test_the_child_sees_only_0_1_2(spawner, handed_fd):
    result = run_bounded([sys.executable, "-S", "-c", LIST_FDS], timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [b"0", b"1", b"2"]
    assert os.get_inheritable(handed_fd)  # ours stays open and inheritable


def test_stdin_is_dev_null_and_sigpipe_is_back_at_its_default(spawner):
    # Python ignores SIGPIPE; a child must not inherit that (bit 13 of SigIgn is signal 13).
    script = "readlink /proc/$$/fd/0; grep '^SigIgn' /proc/$$/status"
    result = run_bounded(["sh", "-c", script], timeout=30)
    device, mask = result.stdout.decode().split("\n", 1)
    assert device == "/dev/null"
    assert not int(mask.split()[1], 16) & (1 << (13 - 1))


def test_the_environment_is_the_one_given(spawner):
    env = {"ONLY_THIS": "1", "PATH": os.environ["PATH"]}
    result = run_bounded(["env"], timeout=30, env=env)
    assert sorted(result.stdout.decode().splitlines()) == sorted(f"{k}={v}" for k, v in env.items())


def test_exit_status_stdout_and_stderr_are_kept_apart(spawner):
    code = "import sys; print('out'); print('err', file=sys.stderr); sys.exit(3)"
    result = run_bounded([sys.executable, "-c", code], timeout=30)
    assert (result.returncode, result.stdout, result.stderr) == (3, b"out\n", b"err\n")
    assert not result.timed_out and not result.truncated


def test_a_signal_that_ends_the_child_is_a_negative_status(spawner):
    result = run_bounded(["sh", "-c", "kill -TERM $$"], timeout=30)
    assert result.returncode == -15


def test_a_hung_child_and_its_children_are_killed_at_the_deadline(spawner, tmp_path):
    script = "echo started; sleep 1000 & echo $! > sleep.pid; wait"
    os.chdir(tmp_path)
    result = run_bounded(["sh", "-c", script], timeout=0.5)
    assert result.timed_out and result.returncode is None and result.stdout == b"started\n"
    from .test_capture_git import assert_process_ends

    assert_process_ends(int((tmp_path / "sleep.pid").read_text()))


def test_stdout_past_the_cap_kills_the_child(spawner):
    result = run_bounded([sys.executable, "-c", "print('x' * 10**6)"], timeout=30, max_stdout=100)
    assert result.truncated and not result.timed_out and result.returncode is None
    assert len(result.stdout) > 100


def test_a_missing_program_is_file_not_found(spawner, tmp_path):
    with pytest.raises(FileNotFoundError):
        run_bounded(["expctl-no-such-program"], timeout=30)
    not_executable = tmp_path / "script"
    not_executable.write_text("#!/bin/sh\n")
    with pytest.raises(PermissionError):
        run_bounded([str(not_executable)], timeout=30)


def test_our_pipes_work_when_our_standard_streams_were_closed(tmp_path):
    """With 0 and 1 closed, a new pipe takes those numbers; the child still gets /dev/null on
    stdin and the pipes on stdout and stderr."""
    code = (
        "import os, sys\n"
        "os.close(0); os.close(1)\n"
        "from expctl.capture.bounded import run_bounded\n"
        "r = run_bounded(['sh', '-c', 'cat; echo out; echo err >&2'], timeout=30)\n"
        f"open({str(tmp_path / 'result')!r}, 'w').write(repr((r.returncode, r.stdout, r.stderr)))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert (tmp_path / "result").read_text() == repr((0, b"out\n", b"err\n"))


def test_git_run_by_expctl_run_sees_only_0_1_2(tmp_path):
    """`expctl run` in a repository, started with a descriptor the shell handed it: the git
    processes of its capture (a wrapper recording its descriptors, then the real git) get none
    of it, and the run still records the code state."""
    from .test_capture_git import make_repo

    repo = make_repo(tmp_path / "repo")
    (tmp_path / "repo" / "a.txt").write_text("changed\n")
    bin_dir, log = tmp_path / "fakebin", tmp_path / "fds.log"
    bin_dir.mkdir()
    (bin_dir / "git").write_text(
        f"#!{sys.executable} -S\nimport os, sys\nfds = []\n"
        "for fd in range(1024):\n  try: os.fstat(fd)\n  except OSError: continue\n  fds.append(fd)\n"
        f"with open({str(log)!r}, 'a') as f: f.write(' '.join(map(str, fds)) + '\\n')\n"
        f"os.execv({shutil.which('git')!r}, ['git', *sys.argv[1:]])\n")
    (bin_dir / "git").chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    handed = os.open(os.devnull, os.O_RDONLY)
    try:
        os.set_inheritable(handed, True)
        proc = run_expctl("run", "--", "true", cwd=repo, env=env, pass_fds=(handed,))
    finally:
        os.close(handed)
    assert proc.returncode == 0, proc.stderr
    lines = log.read_text().splitlines()  # written before the run ended
    assert len(lines) >= 3 and set(lines) == {"0 1 2"}
    shown = json.loads(run_expctl("show", "last", "--format", "json").stdout)
    assert shown["git"]["branch"] == "main" and shown["git"]["dirty"]
    assert "+changed" in shown["git"]["patch"]
