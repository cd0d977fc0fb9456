"""`expctl run --artifact` keeps files by content; `expctl artifacts` lists and restores them."""

from __future__ import annotations

import base64
import hashlib
import json
import os

import pytest
import typer.main

from expctl.store.artifacts import blob_path
from expctl.cli.app import app
from expctl.errors import ExpctlError
from expctl.cli.run_args import parse_run_args
from expctl.store import open_store

from .conftest import run_expctl


def expctl(*args: str, cwd=None):
    result = run_expctl(*args, cwd=cwd)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def outputs(isolated):
    (isolated / "out" / "sub").mkdir(parents=True)
    (isolated / "out" / "a.pt").write_bytes(b"weights")
    (isolated / "out" / "sub" / "b.pt").write_bytes(b"weights")  # same bytes: kept once
    (isolated / "model.json").write_bytes(b"{}")
    return isolated


def test_files_are_kept_by_content_and_listed(outputs):
    code, _, err = expctl("run", "-q", "--artifact", "out/**/*.pt", "--artifact", "model.json",
                          "--artifact", "missing*", "--", "true")
    assert code == 0
    first, last = err.splitlines()
    assert first == "expctl: warning: --artifact 'missing*' matched no file"
    assert last.startswith("expctl: run 1 finished (exit 0) in ")
    code, out, _ = expctl("artifacts", "last", "-f", "json")
    assert code == 0
    assert json.loads(out) == [
        {"path": "model.json", "size": 2, "sha256": sha(b"{}")},
        {"path": "out/a.pt", "size": 7, "sha256": sha(b"weights")},
        {"path": "out/sub/b.pt", "size": 7, "sha256": sha(b"weights")},
    ]
    kept = sorted(p.relative_to(outputs / "artifacts").as_posix()
                  for p in (outputs / "artifacts").rglob("*") if p.is_file())
    assert kept == sorted(f"{h[:2]}/{h[2:]}" for h in (sha(b"{}"), sha(b"weights")))
    code, out, _ = expctl("artifacts", "last")
    assert out.splitlines()[0].split() == ["path", "size", "sha256"]
    assert out.splitlines()[2].split() == ["model.json", "2", sha(b"{}")]


def test_deduplicated_across_runs_and_size_limited(outputs):
    (outputs / "big.bin").write_bytes(b"x" * (2 * 1024 * 1024))
    for _ in range(2):
        code, _, err = expctl("run", "-q", "--artifact", "out/a.pt", "--artifact", "big.bin",
                              "--artifact-max-mb", "1", "--", "true")
        assert code == 0
        assert "expctl: warning: artifact big.bin is over --artifact-max-mb 1; not kept" in err
    assert len([p for p in (outputs / "artifacts").rglob("*") if p.is_file()]) == 1
    code, _, err = expctl("run", "--artifact-max-mb", "0", "--", "true")
    assert code == 2 and err.startswith("Error: --artifact-max-mb '0' is not a positive number")


def test_restore_writes_under_the_folder_with_its_path(outputs):
    assert expctl("run", "-q", "--artifact", "out", "--", "true")[0] == 0
    code, _, err = expctl("artifacts", "last", "--get", "./out/sub/b.pt", "-o", "restored")
    assert (code, err) == (0, "restored restored/out/sub/b.pt\n")
    assert (outputs / "restored" / "out" / "sub" / "b.pt").read_bytes() == b"weights"
    code, _, err = expctl("artifacts", "last", "--get", "nope.pt")
    assert code == 2 and err == ("Error: the run kept no artifact 'nope.pt'\n"
                                 "Hint: its artifacts: out/a.pt, out/sub/b.pt\n")


def test_a_command_that_writes_its_outputs_keeps_them(isolated):
    code, _, _ = expctl("run", "-q", "--artifact", "ckpt/*.txt", "--", "sh", "-c",
                        "mkdir ckpt && echo 1 > ckpt/e1.txt && echo 2 > ckpt/e2.txt")
    assert code == 0
    paths = [a["path"] for a in json.loads(expctl("artifacts", "last", "-f", "json")[1])]
    assert paths == ["ckpt/e1.txt", "ckpt/e2.txt"]


@pytest.mark.parametrize("bad", ["../escape.txt", "/etc/escape.txt", "a/../../escape.txt"])
def test_restore_refuses_paths_leaving_the_folder(outputs, db_path, bad):
    """An imported or edited store may hold any path: it is refused, nothing is written."""
    assert expctl("run", "-q", "--artifact", "model.json", "--", "true")[0] == 0
    store = open_store(str(db_path))
    store.add_artifacts(1, [{"path": bad, "size": 2, "sha256": sha(b"{}")}])
    store.close()
    (outputs / "target").mkdir()
    code, _, err = expctl("artifacts", "1", "--get", bad, "-o", "target")
    assert code in (1, 2) and err.startswith("Error: ")
    assert not (outputs / "escape.txt").exists()
    assert list((outputs / "target").iterdir()) == []


def test_restore_refuses_a_symlink_escape_and_replaces_a_symlinked_file(outputs):
    assert expctl("run", "-q", "--artifact", "out/a.pt", "--", "true")[0] == 0
    outside = outputs / "outside"
    outside.mkdir()
    (outputs / "t1").mkdir()
    os.symlink(outside, outputs / "t1" / "out")
    code, _, err = expctl("artifacts", "last", "--get", "out/a.pt", "-o", "t1")
    assert code == 1 and "a symlink in t1 leads outside it" in err
    assert list(outside.iterdir()) == []
    # A symlink at the file's own name is replaced, its target left alone.
    (outputs / "t2" / "out").mkdir(parents=True)
    victim = outputs / "victim"
    victim.write_bytes(b"keep me")
    os.symlink(victim, outputs / "t2" / "out" / "a.pt")
    assert expctl("artifacts", "last", "--get", "out/a.pt", "-o", "t2")[0] == 0
    assert victim.read_bytes() == b"keep me"
    assert (outputs / "t2" / "out" / "a.pt").read_bytes() == b"weights"
    assert not (outputs / "t2" / "out" / "a.pt").is_symlink()


def test_damaged_content_is_detected(outputs):
    assert expctl("run", "-q", "--artifact", "model.json", "--", "true")[0] == 0
    h = sha(b"{}")
    blob = outputs / "artifacts" / h[:2] / h[2:]
    blob.chmod(0o600)
    blob.write_bytes(b"[]")
    code, _, err = expctl("artifacts", "last", "--get", "model.json", "-o", "r")
    assert code == 1 and err.startswith("Error: the kept content of model.json is damaged")
    assert not (outputs / "r" / "model.json").exists()


def test_both_run_parsers_agree_on_artifact_options():
    args = ["--artifact", "a/*.pt", "--artifact=b.json", "--artifact-max-mb", "5", "--", "true"]
    command = typer.main.get_command(app).commands["run"]
    params = command.make_context("run", list(args)).params
    fast = parse_run_args(args, environ={})
    assert fast.artifacts == tuple(params["artifact"]) == ("a/*.pt", "b.json")
    assert fast.artifact_max_mb == 5.0 and params["artifact_max_mb"] == "5"


def test_no_symlink_leads_out_of_the_working_tree(isolated):
    """`out/p -> <outside file>` and a folder link out are skipped and named; links that stay
    inside the tree are kept by their real path, once."""
    work, outside = isolated / "work", isolated / "outside"
    (work / "out" / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "passwd").write_bytes(b"root:x:0:0")
    (work / "out" / "a.pt").write_bytes(b"weights")
    os.symlink(outside / "passwd", work / "out" / "p")
    os.symlink(outside, work / "out" / "elsewhere")
    os.symlink(work / "out" / "a.pt", work / "out" / "sub" / "alias.pt")
    code, _, err = expctl("run", "-q", "--artifact", "out/**", "--artifact", "out/p", "--", "true",
                          cwd=work)
    assert code == 0
    assert "out/p leads outside the run's folder; not kept" in err
    assert "out/elsewhere leads outside the run's folder; not kept" in err
    kept = json.loads(expctl("artifacts", "last", "-f", "json", cwd=work)[1])
    assert [a["path"] for a in kept] == ["out/a.pt"]
    stored = b"".join(p.read_bytes() for p in (work / "artifacts").rglob("*") if p.is_file())
    assert b"root:x" not in stored


def test_a_symlink_loop_under_double_star_terminates(isolated):
    (isolated / "out" / "deep").mkdir(parents=True)
    (isolated / "out" / "deep" / "w.pt").write_bytes(b"w")
    os.symlink(isolated / "out", isolated / "out" / "deep" / "loop")  # out/deep/loop -> out
    os.symlink("self", isolated / "out" / "self")  # a link to itself
    result = run_expctl("run", "-q", "--artifact", "out/**/*.pt", "--", "true", timeout=30)
    assert result.returncode == 0
    kept = json.loads(expctl("artifacts", "last", "-f", "json")[1])
    assert [a["path"] for a in kept] == ["out/deep/w.pt"]


@pytest.mark.parametrize("bad", ["xx/dev/zero", "../../etc/passwd", "A" * 64, sha(b"{}")[:63],
                                 sha(b"{}") + "/x", ""])
def test_a_hash_that_is_no_sha256_never_builds_a_path(outputs, db_path, bad):
    """An imported store may hold any `sha256`: `--get` refuses it and reads nothing."""
    assert expctl("run", "-q", "--artifact", "model.json", "--", "true")[0] == 0
    store = open_store(str(db_path))
    store.add_artifacts(1, [{"path": "odd.bin", "size": 2, "sha256": bad}])
    store.close()
    code, _, err = expctl("artifacts", "1", "--get", "odd.bin", "-o", "target")
    assert code == 1 and err.startswith("Error: ") and "64" in err  # refused, whichever check
    assert not (outputs / "target" / "odd.bin").exists()
    with pytest.raises(ExpctlError, match="invalid artifact hash"):  # the guard every path uses
        blob_path(str(db_path), bad)


def test_a_blob_replaced_by_a_link_or_device_is_not_read(outputs):
    assert expctl("run", "-q", "--artifact", "model.json", "--", "true")[0] == 0
    h = sha(b"{}")
    blob = outputs / "artifacts" / h[:2] / h[2:]
    blob.unlink()
    os.symlink("/dev/zero", blob)
    code, _, err = expctl("artifacts", "last", "--get", "model.json", "-o", "r")
    assert code == 1 and "is not a regular file; not read" in err
    assert not (outputs / "r" / "model.json").exists()


def test_export_sends_no_blob_that_was_replaced_by_a_link(outputs, tmp_path):
    assert expctl("run", "-q", "--artifact", "model.json", "--", "true")[0] == 0
    secret = tmp_path / "outside-secret"
    secret.write_bytes(b"TOPSECRET-CONTENT")
    h = sha(b"{}")
    blob = outputs / "artifacts" / h[:2] / h[2:]
    blob.unlink()
    os.symlink(secret, blob)
    result = run_expctl("export", "--artifacts")
    assert b"TOPSECRET" not in result.stdout
    assert base64.b64encode(b"TOPSECRET-CONTENT") not in result.stdout
