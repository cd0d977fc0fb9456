"""Hostile children and hostile surroundings: inherited descriptors, closed streams, a deleted
working folder, tight resource limits, signals sent to a whole process group. Each test runs the
real CLI around a real child and compares with what the same command does without expctl."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time

import pytest

from ..conftest import expctl_argv, py, read_pty_to_end, run_expctl, start_expctl, wait_for

LIST_FDS = """
import os
import signal
fds = [int(fd) for fd in os.listdir('/proc/self/fd')]
seen = []
for fd in sorted(fds):
    try:
        seen.append((fd, os.readlink(f'/proc/self/fd/{fd}')))
    except OSError:  # the descriptor listdir used, closed by now
        pass
print([s for s in seen if s[0] > 2])
"""


def show(ref: str = "last") -> dict:
    proc = run_expctl("show", ref, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _inherited_fds(argv: list[str], extra: int) -> list:
    """The descriptors above 2 that `argv` (a child listing its own) sees, given `extra`."""
    out = subprocess.run(argv, pass_fds=(extra,), capture_output=True, check=True).stdout
    return out.decode().splitlines()[0]


@pytest.mark.parametrize("pty", ["--no-pty", "--pty"])
def test_the_child_inherits_exactly_the_descriptors_it_would_from_the_shell(tmp_path, pty):
    data = tmp_path / "data"
    data.write_text("from fd\n")
    with open(data) as fh:
        plain = _inherited_fds(py(LIST_FDS), fh.fileno())
        wrapped = _inherited_fds(expctl_argv("run", pty, "--", *py(LIST_FDS)), fh.fileno())
    assert str(data) in plain
    assert wrapped == plain  # the file is there, and none of expctl's own descriptors


def test_process_substitution_and_redirected_descriptor_reach_the_child(tmp_path):
    data = tmp_path / "data"
    data.write_text("via fd 3\n")
    expctl = " ".join(expctl_argv())
    proc = subprocess.run(["bash", "-c", f"{expctl} run -- cat <(echo hi) && "
                                         f"{expctl} run -- sh -c 'cat <&3' 3<{data}"],
                          capture_output=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b"hi\nvia fd 3\n"


def test_a_deleted_working_folder_still_runs_the_command(tmp_path, db_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    # The shell stands in the folder when it is removed, then starts expctl from there.
    script = f"cd {gone} && rmdir {gone} && exec \"$@\""
    wrapped = expctl_argv("run", "--", "sh", "-c", "echo ran; exit 4")
    proc = subprocess.run(["sh", "-c", script, "sh", *wrapped], capture_output=True)
    assert proc.returncode == 4
    assert proc.stdout == b"ran\n"
    assert b"Traceback" not in proc.stderr
    assert proc.stderr.count(b"expctl: warning: the working folder") == 1
    run = show()
    assert (run["status"], run["exit_code"], run["cwd"]) == ("failed", 4, str(gone))


def test_browsing_from_a_deleted_folder_is_a_one_line_error_or_works(tmp_path, monkeypatch):
    gone = tmp_path / "gone"
    script = f"mkdir -p {gone} && cd {gone} && rmdir {gone} && exec \"$@\""
    monkeypatch.delenv("EXPCTL_DB")
    found = subprocess.run(["sh", "-c", script, "sh", *expctl_argv("list")], capture_output=True)
    assert found.returncode == 1
    assert found.stderr == (b"Error: the current folder no longer exists (it was deleted)\n"
                            b"Hint: cd to a folder that exists, or name the store with --db\n")
    listing = expctl_argv("list", "--db", str(tmp_path / "s.db"))
    named = subprocess.run(["sh", "-c", script, "sh", *listing], capture_output=True)
    assert named.returncode == 0 and b"Traceback" not in named.stderr


@pytest.mark.parametrize("redirect", [">&-", "2>&-", "<&-", ">&- 2>&-"])
def test_closed_standard_streams_stay_closed_for_the_child(redirect):
    child = "echo out; echo err >&2; cat; exit 7"
    expctl = " ".join(expctl_argv("run", "--", "sh", "-c", f"'{child}'"))
    plain = subprocess.run(["sh", "-c", f"sh -c '{child}' {redirect}"], capture_output=True,
                           input=b"in\n")
    wrapped = subprocess.run(["sh", "-c", f"{expctl} {redirect}"], capture_output=True,
                             input=b"in\n")
    assert (plain.returncode, wrapped.returncode) == (7, 7)
    assert wrapped.stdout == plain.stdout
    assert wrapped.stderr.startswith(plain.stderr) and b"Traceback" not in wrapped.stderr
    run = show()
    assert (run["status"], run["exit_code"]) == ("failed", 7)


@pytest.mark.parametrize("limit", ["-n 6", "-n 8", "-n 12", "-v 30000", "-v 40000", "-v 50000"])
def test_tight_limits_run_the_command_all_the_same(limit, tmp_path):
    """Out of descriptors or address space, expctl tracks what it can; when it cannot wrap the
    command at all it becomes the command (exec), with one warning line; and it leaves no file
    behind in the temporary folder (the side channel's)."""
    child = "sh -c 'echo out; echo err >&2; exit 3'"
    plain = subprocess.run(["sh", "-c", f"ulimit {limit} && exec {child}"], capture_output=True)
    # First one run without the limit, so that expctl's code is compiled (its code cache), as
    # an installed package's .pyc files are: a test run has neither (PYTHONDONTWRITEBYTECODE),
    # and CPython 3.11 compiling an f-string when an allocation fails dereferences NULL
    # (Parser/string_parser.c, fstring_compile_expr): a segfault of the interpreter, not ours.
    assert run_expctl("run", "--", "true").returncode == 0
    expctl = " ".join(expctl_argv("run", "--"))
    proc = subprocess.run(["sh", "-c", f"ulimit {limit} && exec {expctl} {child}"],
                          capture_output=True, timeout=60, env={**os.environ, "TMPDIR": str(tmp_path)})
    assert not list(tmp_path.glob("expctl-metrics-*"))
    assert (proc.returncode, proc.stdout) == (plain.returncode, plain.stdout) == (3, b"out\n")
    lines = proc.stderr.decode().splitlines()
    ours = [line for line in lines if line.startswith("expctl: ")]
    assert [line for line in lines if line not in ours] == plain.stderr.decode().splitlines()
    assert len([line for line in ours if "warning" in line]) <= 1, ours  # one line at most


@pytest.mark.heavy
def test_address_space_limits_near_the_edge_never_hold_the_exit(tmp_path):
    """Every `ulimit -v` from where Python barely starts (below 16 MB it cannot) to where a
    run has room, in steps:
    near the edge any of expctl's threads can die (in its target, in a lock a wait takes, in
    the report of its failure) or never begin. In each, expctl ends with the command's code
    and output, and without a traceback (a CI run once timed out in the -v 30000 case above).
    Three rounds: where memory runs out moves from run to run."""
    child = "sh -c 'echo out; echo err >&2; exit 3'"
    assert run_expctl("run", "--", "true").returncode == 0  # the code cache, as above
    expctl = " ".join(expctl_argv("run", "--"))
    slow = []
    for _ in range(3):
        for kb in range(16000, 40001, 500):
            began = time.monotonic()
            proc = subprocess.run(["sh", "-c", f"ulimit -v {kb} && exec {expctl} {child}"],
                                  capture_output=True, timeout=60,
                                  env={**os.environ, "TMPDIR": str(tmp_path)})
            assert (proc.returncode, proc.stdout) == (3, b"out\n"), (kb, proc.stderr)
            assert b"Traceback" not in proc.stderr, (kb, proc.stderr)
            slow += [(kb, round(time.monotonic() - began))] if time.monotonic() - began > 30 else []
    assert not slow  # seconds per run: a thread that never began costs threads.BEGIN_S each


COUNTS_SIGNALS = """
import signal, sys, time
seen = []
for name in sys.argv[2:]:
    signal.signal(getattr(signal, name), lambda n, f: seen.append(signal.Signals(n).name))
open(sys.argv[1], "w").close()
deadline = time.monotonic() + 20
while time.monotonic() < deadline and not seen:
    time.sleep(0.01)
end = time.monotonic() + 1.0  # long enough for a second copy to arrive
while time.monotonic() < end:
    time.sleep(0.01)
print(" ".join(seen), flush=True)
"""


@pytest.mark.parametrize("signame", ["INT", "TERM", "HUP", "QUIT", "USR1", "USR2", "ALRM"])
def test_a_signal_sent_to_the_whole_group_reaches_the_child_once(tmp_path, signame):
    """What `timeout -s SIG` does when time is up: signal expctl, then expctl's whole process
    group. The child must get it once, and expctl must not count it as a second interrupt."""
    ready = tmp_path / "ready"
    signum = getattr(signal, f"SIG{signame}")
    proc = start_expctl("run", "--", *py(COUNTS_SIGNALS), str(ready), f"SIG{signame}",
                        start_new_session=True)  # a group of its own, no terminal: as in CI
    wait_for(ready.exists)
    os.kill(proc.pid, signum)
    time.sleep(0.05)  # not a wait: the gap a loaded machine puts between timeout's two sends
    os.killpg(proc.pid, signum)
    out, err = proc.communicate(timeout=30)
    assert out == f"SIG{signame}\n".encode(), err
    assert b"interrupt" not in err and proc.returncode == 0


def test_a_signal_ignored_at_start_stays_ignored_for_the_child():
    code = "import signal; print(signal.getsignal(signal.SIGHUP) is signal.SIG_IGN)"
    plain = subprocess.run(["nohup", *py(code)], capture_output=True)
    wrapped = subprocess.run(["nohup", *expctl_argv("run", "--", *py(code))], capture_output=True)
    assert plain.stdout == wrapped.stdout == b"True\n"


ALTERNATES = """
import sys
for i in range(5):
    print(f"out{i}", flush=True)
    sys.stderr.write(f"err{i}\\n"); sys.stderr.flush()
raise SystemExit("Traceback-like last words")
"""


def test_stdout_and_stderr_to_one_pipe_keep_the_order_the_command_wrote():
    plain = subprocess.run(py(ALTERNATES), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    wrapped = subprocess.run(expctl_argv("run", "--", *py(ALTERNATES)), stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT)
    assert wrapped.returncode == plain.returncode == 1
    assert wrapped.stdout.startswith(plain.stdout)  # then expctl's own closing line
    logs = run_expctl("logs", "last")
    assert logs.stdout == plain.stdout
    only = run_expctl("logs", "last", "--stderr")
    assert only.stdout == plain.stdout and b"recorded together" in only.stderr


def test_stdout_and_stderr_on_one_terminal_keep_the_order_the_command_wrote():
    import pty

    pid, master = pty.fork()
    if pid == 0:
        os.execv(expctl_argv()[0], expctl_argv("run", "--", *py(ALTERNATES)))
    output = read_pty_to_end(master)
    os.waitpid(pid, 0)
    lines = [line for line in bytes(output).replace(b"\r", b"").split(b"\n")
             if line[:3] in (b"out", b"err")]
    assert lines == [f"{kind}{i}".encode() for i in range(5) for kind in ("out", "err")]
    logs = run_expctl("logs", "last").stdout.splitlines()
    assert [line for line in logs if line[:3] in (b"out", b"err")] == lines


def test_streams_to_different_places_stay_apart():
    wrapped = run_expctl("run", "--", *py(ALTERNATES))
    assert wrapped.stdout == b"".join(f"out{i}\n".encode() for i in range(5))
    assert run_expctl("logs", "last", "--stdout").stdout == wrapped.stdout


def _read_until(fd: int, marker: bytes, timeout: float) -> bytes:
    """What `fd` gives until `marker` arrives; fails after `timeout` seconds without it."""
    import selectors

    seen = b""
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while marker not in seen:
            left = deadline - time.monotonic()
            assert left > 0 and selector.select(left), f"no {marker!r} within {timeout}s: {seen!r}"
            seen += os.read(fd, 4096)
    return seen


BACKTRACKS = r"(?P<name>acc)=(?P<value>\d+) (x+x+)+y"  # years on a line of 40 x's, with `re`


def test_a_backtracking_metric_pattern_never_holds_the_output_or_the_exit(tmp_path):
    release = tmp_path / "release"
    code = (
        "import pathlib, time\n"
        "print('loss: 1', flush=True)\n"
        "print('acc=5 ' + 'x' * 40, flush=True)\n"
        "print('after', flush=True)\n"
        f"while not pathlib.Path({str(release)!r}).exists(): time.sleep(0.01)\n"
        "print('loss: 2', flush=True)\n"
    )
    proc = start_expctl("run", "--metric-pattern", BACKTRACKS, "--", *py(code))
    try:  # passed through while the pattern is still stuck on its line
        seen = _read_until(proc.stdout.fileno(), b"after\n", timeout=30)
        release.touch()
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0
    assert seen + out == b"loss: 1\nacc=5 " + b"x" * 40 + b"\nafter\nloss: 2\n"
    assert err.count(b"expctl: warning: run incomplete: --metric-pattern too slow") == 1
    run = show()
    assert run["status"] == "finished"
    assert "--metric-pattern too slow" in run["resources"]["incomplete"][0]
    assert run["metrics"]["loss"]["last"] == 2  # the built-in formats went on
    listing = run_expctl("list").stdout.decode()
    assert "finished (incomplete)" in listing


@pytest.mark.heavy
def test_output_slow_to_digest_on_a_loaded_machine_is_kept_whole(tmp_path):
    """300,000 carriage-return frames on one line while two busy loops hog both cores: the
    digest takes longer than any fixed allowance would give it, and nothing may be dropped."""
    from expctl.record.digest import InlineMetrics
    from expctl.metrics import MetricParser

    frames = 300_000
    code = ("import os\n"
            f"frames = (b'\\rstep %d loss: %.6f' % (i, 1 / (i + 1)) for i in range({frames}))\n"
            "os.write(1, b''.join(frames) + b'\\n')\n")
    hogs = [subprocess.Popen(py("while True: pass")) for _ in range(2)]
    try:
        proc = run_expctl("run", "-q", "--", *py(code), timeout=900)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    assert proc.returncode == 0 and b"incomplete" not in proc.stderr, proc.stderr
    printed = subprocess.run(py(code), capture_output=True).stdout
    assert run_expctl("logs", "last").stdout == printed
    expected = InlineMetrics(MetricParser(())).feed("stdout", printed, 0.0)["loss"]
    run = show()
    assert "incomplete" not in run["resources"]
    assert run["metrics"]["loss"]["count"] == len(expected.values)
    assert run["metrics"]["loss"]["last_step"] == expected.steps[-1]


def test_a_sigkill_to_the_whole_group_leaves_no_command_running(tmp_path):
    """The child leads its own group (no terminal): killing expctl's group with SIGKILL must
    still end it, as it would have ended the command without expctl."""
    ready = tmp_path / "ready"
    code = ("import pathlib, sys, time, os\n"
            "pathlib.Path(sys.argv[1]).write_text(str(os.getpid()))\n"
            "time.sleep(60)\n")
    proc = start_expctl("run", "--", *py(code), str(ready), start_new_session=True)
    wait_for(lambda: ready.exists() and ready.read_text())
    child = int(ready.read_text())
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    wait_for(lambda: _ended(child), timeout=10)


def _ended(pid: int) -> bool:
    """The process `pid` is gone or a zombie (dead, not yet reaped); its /proc entry may vanish
    between a look and a read (ESRCH)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[1].startswith("Z")
    except (FileNotFoundError, ProcessLookupError):
        return True


def test_sigterm_while_the_output_is_still_digested_stops_expctl_and_flags_the_run(tmp_path):
    """The command is done but its output is still being read for metrics (120,000 \\r frames
    take seconds): a SIGTERM then ends expctl promptly, keeps the whole log, and the run says
    its metrics end early."""
    pid_file = tmp_path / "pid"
    code = ("import os\n"
            f"open({str(pid_file)!r}, 'w').write(str(os.getpid()))\n"
            "frames = (b'\\rstep %d loss: %.6f' % (i, 1 / (i + 1)) for i in range(120000))\n"
            "os.write(1, b''.join(frames) + b'\\n')\n")
    proc = start_expctl("run", "-q", "--", *py(code))
    wait_for(lambda: pid_file.exists() and pid_file.read_text())
    child = int(pid_file.read_text())
    wait_for(lambda: _ended(child))
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    run = show()
    if "incomplete" not in run["resources"]:
        pytest.skip("the machine digested it all before the signal came")
    assert "metrics end early, the log is whole" in run["resources"]["incomplete"][0]
    assert run_expctl("logs", "last").stdout == subprocess.run(py(code), capture_output=True).stdout


def test_a_capture_out_of_memory_is_the_limit_already_said(capfd):
    """Under `ulimit -v` the environment capture may run out of memory after the thread it
    should have run on could not start: both are the one lack of resources, warned once (the
    -v cases above, where it depends on the machine's memory at that moment)."""
    from expctl.record.captures import failure_kind, guarded
    from expctl.record.session import Warner

    def out_of_memory():
        raise MemoryError

    warner = Warner()
    warner.warn(failure_kind(RuntimeError("can't start new thread"), "threads"), "no threads")
    assert guarded(out_of_memory, warner, "env") == (None, [])
    assert guarded(lambda: 1 / 0, warner, "git") == (None, [])  # a bug is said, apart
    err = capfd.readouterr().err.splitlines()
    assert err == ["expctl: warning: no threads",
                   "expctl: warning: git capture failed (ZeroDivisionError: division by zero)"]


def test_an_import_out_of_memory_is_the_limit_already_said(capfd):
    """Under `ulimit -v 30000` a thread's import can fail for want of memory ("out of memory:
    Cannot allocate memory"), while another thread's MemoryError is said: one lack, one line
    (a CI run said both)."""
    from expctl.record.captures import failure_kind
    from expctl.record.session import Warner

    warner = Warner()
    warner.warn(failure_kind(ImportError("out of memory: Cannot allocate memory"), "capture"), "capture")
    warner.warn(failure_kind(MemoryError(), "side"), "side")
    warner.warn(failure_kind(ImportError("No module named 'x'"), "plugin"), "plugin")  # a bug: said
    assert capfd.readouterr().err.splitlines() == ["expctl: warning: capture", "expctl: warning: plugin"]


def test_a_store_write_out_of_memory_stops_tracking_with_the_limit_already_said(capfd):
    """Under `ulimit -v 30000`, SQLite on the store thread could not allocate: a MemoryError
    that ended in a thread's traceback. It stops the run's writes, as any store failure does,
    and is the one lack of resources, warned once with the others."""
    from expctl.record.captures import failure_kind
    from expctl.record.session import Session, Warner

    def out_of_memory(*_):
        raise MemoryError

    warner = Warner()
    warner.warn(failure_kind(RuntimeError("can't start new thread"), "threads"), "no threads")
    session = Session(store=None, run_id=1, uuid="u", warner=warner)
    assert session.write(out_of_memory, 1) is True and session.broken
    assert session.write(out_of_memory, 2) is True  # broken: nothing more is tried
    fresh = Session(store=None, run_id=1, uuid="u", warner=Warner())
    fresh.write(out_of_memory)
    assert capfd.readouterr().err.splitlines() == [
        "expctl: warning: no threads",
        "expctl: warning: tracking stopped: out of memory; the command goes on"]
