"""`expctl diff`: two runs made for real in a git repository at two commits, each with its own
uncommitted change, a changed flag, a changed package set and a changed environment variable;
then every section of the report, in JSON, text and Markdown, and what happens when the
repository or a commit is gone. Plus the pure pieces (versions, changes)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from array import array

import pytest

from expctl.analyse.diff import change, compare_versions, diff_packages
from expctl.models import Param
from expctl.records import NewRun, Series
from expctl.store import open_store

from .conftest import run_expctl

TRAIN_V1 = """\
import sys
lr = float(sys.argv[sys.argv.index("--lr") + 1])
for epoch in (1, 2, 3):
    print(f"epoch: {epoch} loss: {1 / (epoch * lr * 10):.4f} acc: {min(0.99, epoch * lr):.4f}")
"""
TRAIN_V2 = TRAIN_V1.replace("for epoch in (1, 2, 3):", "for epoch in (1, 2, 3):  # a faster schedule")


def git(repo, *args: str) -> str:
    out = subprocess.run(["git", "-c", "user.name=Ada", "-c", "user.email=ada@example.com",
                          "-c", "init.defaultBranch=main", *args],
                         cwd=repo, check=True, capture_output=True, text=True)
    return out.stdout


def fake_packages(folder, *dist_infos: str) -> str:
    """A folder holding only `*.dist-info` directories: on PYTHONPATH, it adds those packages
    to the recorded package list (expctl reads the directory names)."""
    folder.mkdir()
    for name in dist_infos:
        (folder / f"{name}.dist-info").mkdir()
    return str(folder)


def record(repo, packages: str, threads: str, *args: str):
    env = dict(os.environ, PYTHONPATH=packages, OMP_NUM_THREADS=threads)
    proc = run_expctl("run", "-q", "--", sys.executable, "train.py", *args, cwd=repo, env=env)
    assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture
def two_runs(tmp_path):
    """Run 1 at commit 1 with tweak A; run 2 at commit 2 with tweak B, --lr 0.2 instead of 0.1,
    a new --fast flag, fakepkg 1.0 -> 2.0, newpkg added, oldpkg removed, OMP_NUM_THREADS 1 -> 2,
    and an untracked notes.txt."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "train.py").write_text(TRAIN_V1)
    git(repo, "add", "train.py")
    git(repo, "commit", "-q", "-m", "first version")
    (repo / "train.py").write_text(TRAIN_V1 + "# tweak A\n")
    record(repo, fake_packages(tmp_path / "pkgs_a", "fakepkg-1.0", "oldpkg-0.5"), "1", "--lr", "0.1")
    (repo / "train.py").write_text(TRAIN_V2)
    git(repo, "commit", "-q", "-am", "second version: a faster schedule")
    (repo / "train.py").write_text(TRAIN_V2 + "# tweak B\n")
    (repo / "notes.txt").write_text("untracked\n")
    record(repo, fake_packages(tmp_path / "pkgs_b", "fakepkg-2.0", "newpkg-0.1"), "2",
           "--lr", "0.2", "--fast")
    return repo


def diff_json(*args: str) -> dict:
    proc = run_expctl("diff", *args, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_the_report_has_every_difference_between_the_two_runs(two_runs):
    repo = two_runs
    commits = git(repo, "log", "--format=%H").split()
    objects_before = git(repo, "count-objects", "-v")
    report = diff_json("1", "2")
    assert report["format_version"] == 1
    assert (report["a"]["id"], report["b"]["id"]) == (1, 2)

    params = report["params"]
    assert params["same"] is False
    assert params["changed"] == {"lr": {"a": 0.1, "b": 0.2}}
    assert params["added"] == {"fast": True}
    assert params["removed"] == {}
    assert params["command"]["a"].endswith("train.py --lr 0.1")
    assert params["command"]["b"].endswith("train.py --lr 0.2 --fast")

    code = report["code"]
    assert code["same"] is False and code["notes"] == []
    assert (code["a"]["commit"], code["b"]["commit"]) == (commits[1], commits[0])
    assert code["a"]["dirty"] and code["b"]["dirty"]
    assert (code["ahead"], code["behind"]) == (1, 0)
    assert [(c["sha"], c["summary"], c["author"], c["side"]) for c in code["commits"]] == [
        (commits[0], "second version: a faster schedule", "Ada", "b")]
    assert code["files"] == [{"path": "train.py", "added": 2, "deleted": 2}]
    changed_lines = [line for line in code["patch"].splitlines()
                     if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed_lines == [
        "-for epoch in (1, 2, 3):",
        "+for epoch in (1, 2, 3):  # a faster schedule",
        "-# tweak A",
        "+# tweak B",
    ]
    assert code["untracked"] == {"a": [], "b": ["notes.txt"]}

    env = report["environment"]
    assert env["same"] is False
    assert env["packages"]["upgraded"] == {"fakepkg": {"a": "1.0", "b": "2.0"}}
    assert env["packages"]["added"] == {"newpkg": "0.1"}
    assert env["packages"]["removed"] == {"oldpkg": "0.5"}
    assert env["packages"]["downgraded"] == {} and env["packages"]["changed"] == {}
    assert env["env_vars"]["changed"]["OMP_NUM_THREADS"] == {"a": "1", "b": "2"}
    assert set(env["env_vars"]["changed"]) == {"OMP_NUM_THREADS", "PYTHONPATH"}
    assert env["facts"] == {}  # same interpreter, same machine

    metrics = {row["name"]: row for row in report["metrics"]["changed"]}
    assert set(metrics) == {"acc", "loss"}
    assert report["metrics"]["unchanged"] == ["epoch"]
    assert metrics["acc"]["last"] == {"a": 0.3, "b": 0.6, "change": pytest.approx(0.3),
                                      "relative": pytest.approx(1.0)}
    assert metrics["loss"]["max"]["a"] == 1.0 and metrics["loss"]["max"]["b"] == 0.5
    assert metrics["loss"]["max"]["relative"] == pytest.approx(-0.5)

    resources = {item["key"]: item for item in report["resources"]["items"]}
    assert {"duration_s", "cpu_user_s", "cpu_system_s"} <= set(resources)
    assert resources["duration_s"]["a"] > 0 and resources["duration_s"]["b"] > 0

    # the user's repository was only read
    assert git(repo, "count-objects", "-v") == objects_before
    assert git(repo, "status", "--porcelain") == " M train.py\n?? notes.txt\n"


def scrub(text: str, repo) -> str:
    text = re.sub(r"\b[0-9a-f]{40}\b", "<sha>", text)
    text = re.sub(r"\b[0-9a-f]{8}\b", "<short>", text)
    text = re.sub(r"\d{4}-\d\d-\d\dT[\d:.]+Z", "<time>", text)
    text = text.replace(sys.executable, "<python>")
    return text


def test_text_report_summarises_every_section_and_ends_with_the_code_diff(two_runs):
    proc = run_expctl("diff", "last~1", "last")
    assert proc.returncode == 0, proc.stderr
    text = scrub(proc.stdout.decode(), two_runs)
    head, resources = text.split("\nresources\n")
    summary = head.split("\nmetrics\n")[0]
    assert summary.split("\nenvironment\n")[0] + "\nenvironment\n" == (
        "A = run 1, started <time>\n"
        "B = run 2, started <time>\n"
        "\n"
        "command and params\n"
        "  A  <python> train.py --lr 0.1\n"
        "  B  <python> train.py --lr 0.2 --fast\n"
        "  ~  lr    0.1 → 0.2\n"
        "  +  fast  true\n"
        "\n"
        "code  <short>* → <short>*  (B is 1 commit ahead of A)\n"
        "  +  <short>  second version: a faster schedule  (Ada)\n"
        "  train.py  +2 -2\n"
        "  1 file changed, 2 insertions(+), 2 deletions(-)\n"
        "  untracked in B only: notes.txt\n"
        "\n"
        "environment\n"
    )
    environment = summary.split("\nenvironment\n")[1].splitlines()
    assert [line.split() for line in environment] == [
        ["+", "newpkg", "0.1"],
        ["-", "oldpkg", "0.5"],
        ["↑", "fakepkg", "1.0", "→", "2.0"],
        ["~", "$OMP_NUM_THREADS", "1", "→", "2"],
        ["~", "$PYTHONPATH", f"{two_runs.parent}/pkgs_a", "→", f"{two_runs.parent}/pkgs_b"],
        [environment[-1].split()[0], "packages", "unchanged"],
    ]
    metrics = head.split("\nmetrics\n")[1]
    # a min or max equal to the last values (acc.max, loss.min) adds nothing: left out
    assert metrics == (
        "  metric             A       B   change\n"
        "  acc     last     0.3     0.6     +0.3  +100.0%\n"
        "          min      0.1     0.2     +0.1  +100.0%\n"
        "  loss    last  0.3333  0.1667  -0.1666   -50.0%\n"
        "          max        1     0.5     -0.5   -50.0%\n"
        "  unchanged: epoch\n"
    )
    assert re.match(r" +A +B +change\n  duration +[\d.]+s +[\d.]+s +[+-][\d.]+s +[+-][\d.]+%\n",
                    resources), resources
    diff_part = resources.split("\ncode diff, A → B\n")[1]
    assert diff_part.startswith("diff --git a/train.py b/train.py\n")
    assert "-# tweak A\n+# tweak B\n" in diff_part


def test_stat_leaves_the_patch_out_and_markdown_folds_it(two_runs):
    stat = run_expctl("diff", "1", "2", "--stat").stdout.decode()
    assert "  1 file changed, 2 insertions(+), 2 deletions(-)\n" in stat
    assert "code diff" not in stat and "tweak" not in stat
    markdown = run_expctl("diff", "1", "2", "--format", "markdown").stdout.decode()
    assert markdown.startswith("### expctl diff: run 1 → run 2\n\n#### command and params\n")
    assert "| lr      | 0.1" in markdown and "| fast    |" in markdown
    assert "- `" in markdown and "second version: a faster schedule (only in B)" in markdown
    assert "| `train.py` | 2   | 2   |" in markdown
    assert "<details><summary>code diff</summary>\n\n```diff\ndiff --git a/train.py b/train.py\n" in markdown
    assert re.search(r"\| package fakepkg +\| 1.0 +\| 2.0 +\|", markdown)
    assert "**metrics**" not in markdown and "#### metrics" in markdown
    assert "tweak" not in run_expctl("diff", "1", "2", "--stat", "-f", "markdown").stdout.decode()


def test_two_runs_of_one_commit_differ_by_their_uncommitted_changes(two_runs):
    repo = two_runs
    (repo / "train.py").write_text(TRAIN_V2 + "# tweak C\n")
    record(repo, os.path.dirname(repo) + "/pkgs_b", "2", "--lr", "0.2", "--fast")
    report = diff_json("2", "3")
    code = report["code"]
    assert code["commits"] == [] and (code["ahead"], code["behind"]) == (0, 0)
    assert "-# tweak B\n+# tweak C\n" in code["patch"]
    assert report["params"]["same"] and report["environment"]["same"]
    text = run_expctl("diff", "2", "3").stdout.decode()
    assert "(same commit, different uncommitted changes)" in text
    assert "command and params: same (2 params)\n" in text
    assert "environment: same (" in text
    (repo / "train.py").write_text(TRAIN_V2 + "# tweak C\n")
    record(repo, os.path.dirname(repo) + "/pkgs_b", "2", "--lr", "0.2", "--fast")
    assert "code: same (" in run_expctl("diff", "3", "4").stdout.decode()
    assert diff_json("3", "4")["code"]["same"] is True


def test_a_deleted_repository_or_a_lost_commit_is_a_note_not_an_error(two_runs):
    repo = two_runs
    git(repo, "reset", "-q", "--hard", "HEAD~1")
    git(repo, "reflog", "expire", "--expire=now", "--all")
    git(repo, "gc", "-q", "--prune=now")
    lost = diff_json("1", "2")["code"]
    assert lost["same"] is None and lost["patch"] == ""
    assert len(lost["notes"]) == 1
    assert re.fullmatch(r"commit [0-9a-f]{8} is not in .* any more \(rebased, amended or "
                        r"garbage-collected\?\): the code diff cannot be built", lost["notes"][0])
    shutil.rmtree(repo)
    proc = run_expctl("diff", "1", "2")
    assert proc.returncode == 0, proc.stderr
    assert (f"  note: the repository {repo} is gone: commits and the code diff cannot be shown; "
            "the recorded commits or patches differ\n") in proc.stdout.decode()


def test_runs_without_git_or_environment_records(db_path):
    store = open_store(str(db_path))
    for k, lr in enumerate((0.1, 0.1)):
        run_id = store.create_run(NewRun(
            uuid=f"{k:032x}", name=None, experiment="e", command=["./train", "--lr", str(lr)],
            cwd="/", started_at=1e9 + k, host="h", user="u", params={"lr": Param("lr", lr, str(lr))}))
        store.append(run_id, {"loss": Series(array("d", [0.0]), array("d", [1e9]),
                                             array("d", [float("nan") if k else 0.5]))})
        store.finish_run(run_id, "finished", 0, None, 1e9 + k + 10, {})
    store.close()
    proc = run_expctl("diff", "1", "2")
    assert proc.returncode == 0
    assert proc.stdout.decode() == (
        "A = run 1, started 2001-09-09T01:46:40.000Z\n"
        "B = run 2, started 2001-09-09T01:46:41.000Z\n"
        "\n"
        "command and params: same (1 params)\n"
        "\n"
        "code: not recorded (neither run was made in a git repository)\n"
        "\n"
        "environment\n"
        "  note: run A has no environment record\n"
        "  note: run B has no environment record\n"
        "\n"
        "metrics\n"
        "  metric          A  B  change\n"
        "  loss    last  0.5  -\n"
        "\n"
        "resources: same\n"
    )
    report = diff_json("1", "2")
    assert report["metrics"]["changed"][0]["last"] == {"a": 0.5, "b": None, "change": None,
                                                      "relative": None}


@pytest.mark.parametrize("args, code, stderr", [
    (["1"], 2, "Error: Missing argument 'B'."),
    (["1", "9"], 1, "Error: no run matches '9'"),
    (["1", "1..2"], 2, "Error: '1..2' names 2 runs (1, 2); this command takes one run"),
    (["1", "1", "--format", "csv"], 2, "Error: unknown format 'csv'"),
])
def test_diff_usage_errors(db_path, args, code, stderr):
    store = open_store(str(db_path))
    for k in range(2):
        store.create_run(NewRun(uuid=f"{k:032x}", name=None, experiment="e", command=["x"],
                                cwd="/", started_at=1e9 + k, host="h", user="u"))
    store.close()
    proc = run_expctl("diff", *args)
    assert proc.returncode == code
    assert proc.stderr.decode().startswith(stderr)
    assert b"Traceback" not in proc.stderr


# --- the pure pieces --------------------------------------------------------------------------


@pytest.mark.parametrize("a, b, order", [
    ("1.0", "2.0", 1), ("2.0", "1.0", -1), ("1.26.4", "1.26.4", 0), ("1.2", "1.2.0", 0),
    ("1.9", "1.10", 1), ("2.0.0rc1", "2.0.0", None), ("1.0+cpu", "1.0", None),
])
def test_versions_are_ordered_only_when_they_are_plain_numbers(a, b, order):
    assert compare_versions(a, b) == order


def test_package_changes_are_sorted_into_buckets():
    changes = diff_packages({"a": "1.0", "b": "2.0", "c": "1.0rc1", "d": "1", "gone": "3"},
                            {"a": "1.1", "b": "1.5", "c": "1.0", "d": "1", "new": "0.1"})
    assert changes == {"added": {"new": "0.1"}, "removed": {"gone": "3"},
                       "upgraded": {"a": {"a": "1.0", "b": "1.1"}},
                       "downgraded": {"b": {"a": "2.0", "b": "1.5"}},
                       "changed": {"c": {"a": "1.0rc1", "b": "1.0"}}, "unchanged": ["d"]}


@pytest.mark.parametrize("a, b, delta, relative", [
    (2.0, 3.0, 1.0, 0.5), (2, 1, -1, -0.5), (0.0, 1.0, 1.0, None), (None, 1.0, None, None),
    (float("inf"), 1.0, None, None), (True, False, None, None),
])
def test_change_is_absolute_and_relative_to_a(a, b, delta, relative):
    assert change(a, b) == {"a": a, "b": b, "change": delta, "relative": relative}
