"""capture_env: the machine, GPUs (fake nvidia-smi), packages and their cache, env vars."""

from __future__ import annotations

import json
import os
import sys
import sysconfig
import time

import pytest

from expctl.capture import machine
from expctl.capture.env import capture_env
from expctl.capture.interpreter import find_python, inspect_python, is_python_name
from expctl.capture.machine import find_gpus, parse_nvidia_smi
from expctl.capture.packages import find_packages, scan_packages

A_WHILE_AGO = time.time() - 3600


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    """Each test gets an empty cache, never the user's."""
    path = tmp_path / "cache"
    monkeypatch.setenv("EXPCTL_CACHE_DIR", str(path))
    return path


@pytest.fixture
def bin_dir(tmp_path):
    path = tmp_path / "bin"
    path.mkdir()
    return path


def write_script(path, body: str, shebang: str = "#!/bin/sh") -> str:
    path.write_text(f"{shebang}\n{body}")
    path.chmod(0o755)
    return str(path)


def path_env(bin_dir, **extra: str) -> dict[str, str]:
    """An environment with `bin_dir` first on PATH."""
    return {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", **extra}


def make_site(path, *entries: str, metadata: dict[str, str] | None = None):
    """A site-packages dir holding `entries` (dist-info/egg-info dirs), aged so it is cacheable."""
    path.mkdir(parents=True, exist_ok=True)
    for entry in entries:
        (path / entry).mkdir()
    for entry, text in (metadata or {}).items():
        (path / entry).write_text(text)
    os.utime(path, (A_WHILE_AGO, A_WHILE_AGO))
    return str(path)


# --- the whole record ----------------------------------------------------------------------------


def test_record_shape_for_a_non_python_command():
    record, warnings = capture_env(["true"], environ={"PATH": os.environ["PATH"]})
    assert warnings == []
    assert set(record) == {
        "python", "platform", "host", "user", "cpu", "memory_total_mb", "gpus", "virtualenv",
        "conda_env", "packages", "packages_of", "env_vars",
    }
    json.dumps(record)  # JSON-serialisable
    assert record["packages_of"] == sys.executable == record["python"]["executable"]
    assert record["python"]["version"] == sys.version.split()[0]
    assert set(record["platform"]) == {"system", "release", "machine", "platform"}
    assert record["cpu"]["count"] == os.cpu_count()
    assert record["memory_total_mb"] > 100


def test_packages_of_the_current_interpreter_include_pytest():
    record, _ = capture_env([sys.executable, "train.py"])
    assert record["packages_of"] == sys.executable
    assert record["packages"]["pytest"] == pytest.__version__


def test_secret_env_vars_are_redacted_and_unrelated_ones_skipped():
    environ = {
        "PATH": os.environ["PATH"], "HOME": "/home/me", "CUDA_VISIBLE_DEVICES": "0,1", "CI": "true",
        "CIBW_BUILD": "cp311-*", "HF_TOKEN": "hf_" + "a1" * 20, "GITHUB_TOKEN": "ghp_" + "b2" * 20,
        "MY_SEED": "7", "VIRTUAL_ENV": "/work/envs/torch2", "CONDA_DEFAULT_ENV": "base",
    }
    record, _ = capture_env(["true"], extra_prefixes=["MY_"], environ=environ)
    assert record["env_vars"] == {
        "CI": "true", "CONDA_DEFAULT_ENV": "base", "CUDA_VISIBLE_DEVICES": "0,1",
        "GITHUB_TOKEN": "***", "HF_TOKEN": "***", "MY_SEED": "7",
        "VIRTUAL_ENV": "/work/envs/torch2",
    }
    assert (record["virtualenv"], record["conda_env"]) == ("torch2", "base")


# --- GPUs ----------------------------------------------------------------------------------------


def test_gpus_from_nvidia_smi(bin_dir):
    write_script(bin_dir / "nvidia-smi", "echo 'NVIDIA A100-SXM4-40GB, 40960, 535.104.05'\n"
                                         "echo 'Tesla T4, [N/A], 535.104.05'\n")
    record, warnings = capture_env(["true"], environ=path_env(bin_dir))
    assert warnings == []
    assert record["gpus"] == [
        {"name": "NVIDIA A100-SXM4-40GB", "memory_total_mb": 40960.0, "driver": "535.104.05"},
        {"name": "Tesla T4", "memory_total_mb": None, "driver": "535.104.05"},
    ]


def test_hanging_nvidia_smi_costs_at_most_its_timeout(bin_dir):
    write_script(bin_dir / "nvidia-smi", "sleep 1000\n")
    warnings: list[str] = []
    started = time.monotonic()
    assert find_gpus(path_env(bin_dir), warnings) == []
    assert time.monotonic() - started < machine.GPU_TIMEOUT + 1.0
    assert warnings == ["nvidia-smi failed (timed out after 2s); GPUs not recorded"]


def test_garbled_or_failing_nvidia_smi_gives_a_warning(bin_dir):
    write_script(bin_dir / "nvidia-smi", "echo 'this is not csv'\n")
    warnings: list[str] = []
    assert find_gpus(path_env(bin_dir), warnings) == []
    write_script(bin_dir / "nvidia-smi", "echo 'NVIDIA-SMI has failed: no driver'\nexit 9\n")
    assert find_gpus(path_env(bin_dir), warnings) == []
    assert warnings == ["nvidia-smi printed unexpected output; GPUs not recorded",
                        "nvidia-smi failed (NVIDIA-SMI has failed: no driver); GPUs not recorded"]


@pytest.mark.parametrize("text", ["a, b, c", "a, 1", "a, 1, 2, 3", ", 1, 2"])
def test_parse_nvidia_smi_rejects_other_shapes(text):
    assert parse_nvidia_smi(text) is None


# --- which Python --------------------------------------------------------------------------------


@pytest.mark.parametrize("name, expected", [
    ("python", True), ("python3", True), ("python3.11", True), ("/x/bin/python3.13t", True),
    ("pypy3", True), ("python3-config", False), ("ipython", False), ("bash", False),
])
def test_is_python_name(name, expected):
    assert is_python_name(name) is expected


def test_find_python_by_name_on_the_childs_path(bin_dir):
    python = write_script(bin_dir / "python3.99", "")
    assert find_python(["python3.99", "train.py"], path_env(bin_dir)) == python


def test_find_python_through_a_shebang(bin_dir):
    python = write_script(bin_dir / "python3", "")
    write_script(bin_dir / "torchrun", "", shebang="#!/usr/bin/env python3")
    write_script(bin_dir / "direct", "", shebang=f"#!{python} -u")
    assert find_python(["torchrun", "x.py"], path_env(bin_dir)) == python
    assert find_python([str(bin_dir / "direct")], path_env(bin_dir)) == python


def test_non_python_commands_fall_back_to_this_interpreter(bin_dir):
    write_script(bin_dir / "tool", "")
    assert find_python(["tool"], path_env(bin_dir)) == sys.executable
    assert find_python(["no-such-program"], path_env(bin_dir)) == sys.executable
    assert find_python([], path_env(bin_dir)) == sys.executable


# --- packages ------------------------------------------------------------------------------------


def test_scan_packages_reads_directory_names_and_falls_back_to_metadata(tmp_path):
    first = make_site(
        tmp_path / "first", "Typing_Extensions-4.9.0.dist-info", "torch-2.1.0+cu118.dist-info",
        "legacy_pkg-1.2-py3.8.egg-info", "python-dateutil-2.8.2.dist-info", "NoVersion.egg-info",
        metadata={"old_dist-0.5-py2.7.egg-info": "Metadata-Version: 1.0\nName: old-dist\n"})
    (tmp_path / "first" / "python-dateutil-2.8.2.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: python-dateutil\nVersion: 2.8.2\n\nVersion: not this\n")
    (tmp_path / "first" / "NoVersion.egg-info" / "PKG-INFO").write_text(
        "Metadata-Version: 1.1\nName: NoVersion\nVersion: 0.1.dev0\n")
    second = make_site(tmp_path / "second", "torch-1.0.dist-info", "numpy-1.26.0.dist-info")
    assert scan_packages([first, str(tmp_path / "missing"), second]) == {
        "legacy-pkg": "1.2", "noversion": "0.1.dev0", "numpy": "1.26.0", "old-dist": "0.5",
        "python-dateutil": "2.8.2",
        "torch": "2.1.0+cu118", "typing-extensions": "4.9.0",
    }


def test_second_call_is_served_from_the_cache(cache_dir):
    site = sysconfig.get_paths()["purelib"]  # this interpreter's site-packages: long settled
    packages, cached = find_packages([site])
    assert (cached, packages["pytest"]) == (False, pytest.__version__)
    assert len(list(cache_dir.glob("packages-*.json"))) == 1
    assert find_packages([site]) == (packages, True)


def test_cache_content_is_what_a_hit_returns(cache_dir, tmp_path):
    site = make_site(tmp_path / "site", "foo-1.0.dist-info")
    find_packages([site])
    [cache_file] = cache_dir.glob("packages-*.json")
    entry = json.loads(cache_file.read_text())
    entry["value"] = {"from-the-cache": "1"}
    cache_file.write_text(json.dumps(entry))
    assert find_packages([site]) == ({"from-the-cache": "1"}, True)


def test_cache_is_invalidated_when_a_package_is_installed(tmp_path):
    site = make_site(tmp_path / "site", "foo-1.0.dist-info")
    assert find_packages([site]) == ({"foo": "1.0"}, False)
    (tmp_path / "site" / "bar-2.0.dist-info").mkdir()
    os.utime(site, (A_WHILE_AGO + 1, A_WHILE_AGO + 1))
    assert find_packages([site]) == ({"bar": "2.0", "foo": "1.0"}, False)
    assert find_packages([site]) == ({"bar": "2.0", "foo": "1.0"}, True)


def test_a_just_modified_directory_is_not_cached(tmp_path):
    site = make_site(tmp_path / "site", "foo-1.0.dist-info")
    os.utime(site)  # now: another change could follow within the mtime's granularity
    assert find_packages([site])[1] is False
    assert find_packages([site])[1] is False


def test_broken_or_unwritable_cache_is_ignored(tmp_path, monkeypatch, cache_dir):
    site = make_site(tmp_path / "site", "foo-1.0.dist-info")
    find_packages([site])
    for cache_file in cache_dir.glob("packages-*.json"):
        cache_file.write_text("{not json")
    assert find_packages([site]) == ({"foo": "1.0"}, False)
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("")
    monkeypatch.setenv("EXPCTL_CACHE_DIR", str(not_a_dir))
    assert find_packages([site]) == ({"foo": "1.0"}, False)


# --- another interpreter -------------------------------------------------------------------------


def fake_python(bin_dir, answer: str, calls) -> str:
    """A `python3.99` wrapper script that counts its calls in `calls` and prints `answer`."""
    return write_script(bin_dir / "python3.99", f"echo x >> {calls}\ncat <<'EOF'\n{answer}\nEOF\n")


def test_another_interpreter_is_asked_for_its_search_path(tmp_path, bin_dir):
    site = make_site(tmp_path / "site", "foo-1.0.dist-info")
    extra = make_site(tmp_path / "extra", "bar-2.0.dist-info")
    answer = {"version": "3.99.0", "implementation": "cpython", "path": [site], "user_site": None}
    calls = tmp_path / "calls"
    python = fake_python(bin_dir, json.dumps(answer), calls)
    environ = path_env(bin_dir, PYTHONPATH=extra)
    record, warnings = capture_env(["python3.99", "train.py"], environ=environ)
    assert warnings == []
    assert record["packages_of"] == python
    assert record["python"] == {"version": "3.99.0", "implementation": "cpython",
                                "executable": python}
    assert record["packages"] == {"bar": "2.0", "foo": "1.0"}
    # A #! wrapper (like a pyenv shim) picks its Python per directory: asked every time, not cached.
    capture_env(["python3.99"], environ=environ)
    assert calls.read_text() == "x\nx\n"


def test_another_interpreter_answering_garbage_gives_a_warning(tmp_path, bin_dir):
    python = fake_python(bin_dir, "Python 2.7 says hello", tmp_path / "calls")
    record, warnings = capture_env(["python3.99"], environ=path_env(bin_dir))
    assert (record["packages"], record["python"]["version"]) == ({}, None)
    assert warnings == [f"could not ask {python} for its packages (unexpected answer); "
                        "packages not recorded"]


def test_a_real_other_interpreter_is_asked_once(tmp_path, cache_dir):
    # The base interpreter seen from outside any venv: same binary as ours, another environment.
    base = tmp_path / "base" / "bin" / "python3"
    base.parent.mkdir(parents=True)
    base.symlink_to(os.path.realpath(sys.executable))
    warnings: list[str] = []
    first = inspect_python(str(base), {}, warnings)
    assert warnings == [] and first["version"] == sys.version.split()[0]
    [cache_file] = cache_dir.glob("python-*.json")
    entry = json.loads(cache_file.read_text())
    entry["value"]["version"] = "from the cache"
    cache_file.write_text(json.dumps(entry))
    assert inspect_python(str(base), {}, warnings)["version"] == "from the cache"
