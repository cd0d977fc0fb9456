"""docs/rules_table.py, the tool that keeps docs/metric-rules.rst a list-table: it reads rows in
the old, drifted simple-table layout, in the list-table layout or mixed, loses no word, and
merges a conflicted file row by row in a real git merge."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tests.test_metric_rules_doc import TABLE, layout_problems, table_rules

TOOL = Path(__file__).resolve().parent.parent / "docs" / "rules_table.py"

# An old-layout table as the drift left it: the why column at 68 or 69, a what running past its
# column, a why glued to its what by one space, a line with a why only, a literal over two lines.
OLD = """Title
=====

=====================  ===========================================  =========================================
rule                   what                                          why
=====================  ===========================================  =========================================
ALPHA_RULE             a line tagged ``WARNING`` or                  numbers in warnings are thresholds
                       ``[Info]``, even a long one that runs past it
BETA_RULE              a pair after ``a  b`` is dropped as the one  its words are
                       before it (``x,                               the setup's
                       y``) was no other line's glued value, see it but the run
                                                                     (alone)
=====================  ===========================================  =========================================

After the table.
"""

NEW = """Title
=====

.. list-table::
   :header-rows: 1
   :widths: 20 40 40

   * - rule
     - what
     - why

   * - ALPHA_RULE
     - a line tagged ``WARNING`` or ``[Info]``, even a long one that runs past it
     - numbers in warnings are thresholds

   * - BETA_RULE
     - a pair after ``a  b`` is dropped as the one before it (``x, y``) was no other line's glued
       value, see it
     - its words are the setup's but the run (alone)

After the table.
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True,
                          cwd=cwd, timeout=60)


def words(text: str) -> Counter[str]:
    return Counter(w for w in text.split() if w.strip("=") and w not in ("*", "-", ".."))


def test_an_old_layout_becomes_a_list_table_and_the_doubtful_line_is_named(tmp_path):
    path = tmp_path / "rules.rst"
    path.write_text(OLD, encoding="utf-8")
    done = run(str(path))
    assert done.returncode == 0, done.stderr
    assert path.read_text(encoding="utf-8") == NEW
    doubts = [line for line in done.stderr.splitlines() if "single space" in line]
    assert len(doubts) == 1 and ":11:" in doubts[0]  # the line gluing "here" to "but the run"
    assert run("--check", str(path)).returncode == 0
    path.write_text(OLD, encoding="utf-8")
    assert run("--check", str(path)).returncode == 1


def test_the_documents_table_is_kept_word_for_word_and_rewritten_as_it_is(tmp_path):
    path = tmp_path / "rules.rst"
    text = TABLE.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    assert run(str(path)).returncode == 0
    once = path.read_text(encoding="utf-8")
    assert words(once) == words(text) and layout_problems(once) == []
    assert run(str(path)).returncode == 0 and path.read_text(encoding="utf-8") == once


def test_old_rows_pasted_into_the_list_table_join_it_where_they_stand(tmp_path):
    text = TABLE.read_text(encoding="utf-8")
    inside = "GAMMA_RULE             what gamma does" + " " * 30 + "why gamma is\n" + " " * 23 + "more of what\n"
    after = "DELTA_RULE             what delta does" + " " * 30 + "why delta\n"
    split = text.index("   * - DONE_MARK")
    end = text.index("\nLOOK_ALIKES")
    mixed = text[:split] + inside + "\n" + text[split:end] + after + text[end:]
    path = tmp_path / "rules.rst"
    path.write_text(mixed, encoding="utf-8")
    assert layout_problems(mixed) != []
    done = run(str(path))
    assert done.returncode == 0, done.stderr
    out = path.read_text(encoding="utf-8")
    assert layout_problems(out) == [] and table_rules(out) == table_rules(text) | {"GAMMA_RULE", "DELTA_RULE"}
    assert "   * - GAMMA_RULE\n     - what gamma does more of what\n     - why gamma is\n\n   * - DONE_MARK" in out
    assert out.index("DELTA_RULE") > out.rindex("   * - ") - 200 and words(out) == words(mixed)


def test_a_broken_item_is_refused_and_the_file_left_alone(tmp_path):
    path = tmp_path / "rules.rst"
    broken = NEW.replace("     - numbers in warnings are thresholds\n", "")
    path.write_text(broken, encoding="utf-8")
    done = run(str(path))
    assert done.returncode == 1 and "ALPHA_RULE" in done.stderr and "has 2" in done.stderr
    assert path.read_text(encoding="utf-8") == broken


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t"}
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env, timeout=60)


def conflicted_merge(tmp_path: Path, theirs_edit: str, ours_edit: tuple[str, str]) -> Path:
    """A repo whose `ours` converted the old table and edited it (ours_edit: old, new), whose
    `theirs` added an old-layout row and edited ALPHA's why, merged: git conflicts in the file."""
    repo = tmp_path / "repo"
    repo.mkdir()
    path = repo / "rules.rst"
    git(repo, "init", "-q", "-b", "main")
    path.write_text(OLD, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "base")
    git(repo, "checkout", "-qb", "theirs")
    added = "ZETA_RULE              what zeta does                                why zeta\n"
    text = OLD.replace("BETA_RULE  ", added + "BETA_RULE  ").replace("thresholds", theirs_edit)
    path.write_text(text, encoding="utf-8")
    git(repo, "commit", "-qam", "theirs: a row, an edit")
    git(repo, "checkout", "-q", "main")
    assert run(str(path)).returncode == 0
    path.write_text(path.read_text(encoding="utf-8").replace(*ours_edit), encoding="utf-8")
    git(repo, "commit", "-qam", "ours: converted, an edit")
    assert git(repo, "merge", "theirs").returncode != 0 and "<<<<<<<" in path.read_text(encoding="utf-8")
    return path


def test_resolve_merges_a_conflicted_file_row_by_row(tmp_path):
    path = conflicted_merge(tmp_path, theirs_edit="limits", ours_edit=("(alone)", "(on its own)"))
    done = run("--resolve", "rules.rst", cwd=path.parent)
    assert done.returncode == 0, done.stderr
    out = path.read_text(encoding="utf-8")
    assert layout_problems(out) == [] and "<<<<<<<" not in out
    assert [line for line in out.splitlines() if line.startswith("   * - ")] == [
        "   * - rule", "   * - ALPHA_RULE", "   * - ZETA_RULE", "   * - BETA_RULE"]
    assert "numbers in warnings are limits" in out and "the run (on its own)" in out
    git(path.parent, "add", "rules.rst")  # resolved: git's index has no sides left to merge
    assert "not in a merge conflict" in run("--resolve", "rules.rst", cwd=path.parent).stderr


def test_resolve_refuses_a_row_changed_on_both_sides(tmp_path):
    path = conflicted_merge(tmp_path, theirs_edit="limits", ours_edit=("thresholds", "bounds"))
    before = path.read_text(encoding="utf-8")
    done = run("--resolve", "rules.rst", cwd=path.parent)
    assert done.returncode == 1 and "ALPHA_RULE: changed on both sides" in done.stderr
    assert path.read_text(encoding="utf-8") == before


def test_the_rules_table_is_as_the_tool_writes_it():
    """A row added by hand is reflowed by the tool before it lands (``python3
    docs/rules_table.py``), so the next hand edit's diff holds its own rows only."""
    done = subprocess.run([sys.executable, str(TOOL), "--check", str(TABLE)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr + done.stdout
