"""`expctl diff A B`: everything that differs between two runs, as plain data. No I/O here: the
code section is computed by expctl.analyse.gitdiff and passed in; render/diff.py draws the report.

The report has five sections, each with `"same": true` when nothing in it differs (so that a
view can fold it to one line): params (and the command), code, environment, metrics, resources.
"A" is the first run given, "B" the second; a change is B minus A.
"""

from __future__ import annotations

import math
import re
import shlex

from .aggregates import SUMMARY, aggregate
from ..models import Run, peak_memory_mb

FORMAT_VERSION = 1
# What `resources` reports, in order: (key, label). `peak_memory_mb` is the process tree's peak
# (sampled) when there is one, else the largest single process's (rusage).
RESOURCES = (("duration_s", "duration"), ("cpu_user_s", "cpu user"),
             ("cpu_system_s", "cpu system"), ("peak_memory_mb", "peak memory"))


def build_diff(a: Run, b: Run, env_a: dict | None, env_b: dict | None, code: dict | None,
               system: bool = False) -> dict:
    """The report for runs `a` and `b` (with their environments from the store, and the code
    comparison from gitdiff.compare_code, or None when it was not computed). `sys/*` metrics
    are left to the resources section unless `system`."""
    return {
        "format_version": FORMAT_VERSION,
        "a": _run_label(a),
        "b": _run_label(b),
        "params": diff_params(a, b),
        "code": code,
        "environment": diff_environment(env_a, env_b),
        "metrics": diff_metrics(a, b, system),
        "resources": diff_resources(a, b),
    }


def _run_label(run: Run) -> dict:
    return {"id": run.id, "name": run.name, "status": run.status, "started_at": run.started_at}


# --- params ----------------------------------------------------------------------------------


def diff_params(a: Run, b: Run) -> dict:
    """{"same", "command": {"a", "b"} or None when equal, "added": {name: value} (in B only),
    "removed": {name: value} (in A only), "changed": {name: {"a", "b"}}, "unchanged": [names]}."""
    va = {name: p.value for name, p in a.params.items()}
    vb = {name: p.value for name, p in b.params.items()}
    changes = diff_mappings(va, vb, key=repr)
    command_a, command_b = shlex.join(a.command), shlex.join(b.command)
    command = None if command_a == command_b else {"a": command_a, "b": command_b}
    same = command is None and not (changes["added"] or changes["removed"] or changes["changed"])
    return {"same": same, "command": command, **changes}


def diff_mappings(a: dict, b: dict, key=lambda v: v) -> dict:
    """{"added": {k: b[k]}, "removed": {k: a[k]}, "changed": {k: {"a", "b"}}, "unchanged":
    [keys]}, keys sorted; `key` decides equality (repr tells 1 from 1.0 and from True)."""
    added = {k: b[k] for k in sorted(b.keys() - a.keys())}
    removed = {k: a[k] for k in sorted(a.keys() - b.keys())}
    common = sorted(a.keys() & b.keys())
    changed = {k: {"a": a[k], "b": b[k]} for k in common if key(a[k]) != key(b[k])}
    return {"added": added, "removed": removed, "changed": changed,
            "unchanged": [k for k in common if k not in changed]}


# --- environment -----------------------------------------------------------------------------


def diff_environment(env_a: dict | None, env_b: dict | None) -> dict:
    """{"same", "facts": {label: {"a", "b"}} for python, platform, host, cpu, gpus and venv
    values that differ, "packages": {"added", "removed", "upgraded", "downgraded", "changed",
    "unchanged"}, "env_vars": {"added", "removed", "changed", "unchanged"}, "notes": [str]}."""
    notes = []
    for label, env in (("A", env_a), ("B", env_b)):
        if env is None:
            notes.append(f"run {label} has no environment record")
    env_a, env_b = env_a or {}, env_b or {}
    facts = {}
    for label, (fa, fb) in _environment_facts(env_a, env_b).items():
        if fa != fb:
            facts[label] = {"a": fa, "b": fb}
    packages = diff_packages(env_a.get("packages") or {}, env_b.get("packages") or {})
    env_vars = diff_mappings(env_a.get("env_vars") or {}, env_b.get("env_vars") or {})
    same = not facts and not notes and not any(
        part[k] for part in (packages, env_vars) for k in part if k != "unchanged")
    return {"same": same, "facts": facts, "packages": packages, "env_vars": env_vars,
            "notes": notes}


def _environment_facts(env_a: dict, env_b: dict) -> dict:
    def facts(env: dict) -> dict:
        python = env.get("python") or {}
        cpu = env.get("cpu") or {}
        return {
            "python": python.get("version"),
            "python executable": python.get("executable"),
            "platform": (env.get("platform") or {}).get("platform"),
            "host": env.get("host"),
            "cpu": " x ".join(str(x) for x in (cpu.get("count"), cpu.get("model")) if x) or None,
            "gpus": ", ".join(g.get("name", "?") for g in env.get("gpus") or []) or None,
            "virtualenv": env.get("virtualenv") or env.get("conda_env"),
        }

    fa, fb = facts(env_a), facts(env_b)
    return {label: (fa[label], fb[label]) for label in fa}


def diff_packages(a: dict, b: dict) -> dict:
    """Packages (name -> version) added, removed, upgraded, downgraded, or changed where the
    versions cannot be ordered (pre-releases, local versions)."""
    base = diff_mappings(a, b)
    out = {"added": base["added"], "removed": base["removed"], "upgraded": {},
           "downgraded": {}, "changed": {}, "unchanged": base["unchanged"]}
    for name, versions in base["changed"].items():
        order = compare_versions(versions["a"], versions["b"])
        bucket = {1: "upgraded", -1: "downgraded"}.get(order, "changed")
        out[bucket][name] = versions
    return out


def compare_versions(a: str, b: str) -> int | None:
    """1 when b is newer than a, -1 when older, 0 when equal, None when either is not plain
    dotted numbers (1.26.4): ordering pre-releases is left to the reader."""
    if not (re.fullmatch(r"\d+(\.\d+)*", a or "") and re.fullmatch(r"\d+(\.\d+)*", b or "")):
        return None
    ka = [int(p) for p in a.split(".")]
    kb = [int(p) for p in b.split(".")]
    width = max(len(ka), len(kb))
    ka += [0] * (width - len(ka))
    kb += [0] * (width - len(kb))
    return (kb > ka) - (kb < ka)


# --- metrics and resources -------------------------------------------------------------------


def change(a, b) -> dict:
    """{"a", "b", "change": b - a, "relative": (b - a) / |a|}; change is None unless both are
    finite numbers, relative also when a is 0."""
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                  for v in (a, b))
    delta = b - a if numbers else None
    relative = delta / abs(a) if numbers and a != 0 else None
    return {"a": a, "b": b, "change": delta, "relative": relative}


def diff_metrics(a: Run, b: Run, system: bool = False) -> dict:
    """{"same", "changed": [{"name", "only": None, "a" or "b", and per aggregate (last, min,
    max) a `change` dict, for those that differ}], "unchanged": [names]}. NaN counts as no
    value."""
    names = sorted(set(a.metrics) | set(b.metrics))
    if not system:
        names = [n for n in names if not n.startswith("sys/")]
    changed, unchanged = [], []
    for name in names:
        ma, mb = a.metrics.get(name), b.metrics.get(name)
        if ma is None or mb is None:
            present = ma or mb
            changed.append({"name": name, "only": "a" if mb is None else "b",
                            **{agg: change(_value(present, agg), None) if mb is None
                               else change(None, _value(present, agg)) for agg in SUMMARY}})
            continue
        row = {agg: change(_value(ma, agg), _value(mb, agg)) for agg in SUMMARY}
        differing = {agg: c for agg, c in row.items() if c["a"] != c["b"]}
        if differing:
            changed.append({"name": name, "only": None, **differing})
        else:
            unchanged.append(name)
    return {"same": not changed, "changed": changed, "unchanged": unchanged}


def _value(summary, agg: str):
    return aggregate(summary, agg)


def diff_resources(a: Run, b: Run) -> dict:
    """{"same", "items": [{"key", "label", **change}]} for duration, CPU time, peak memory."""
    ra, rb = _resources(a), _resources(b)
    items = [{"key": key, "label": label, **change(ra.get(key), rb.get(key))}
             for key, label in RESOURCES if ra.get(key) is not None or rb.get(key) is not None]
    return {"same": all(item["a"] == item["b"] for item in items), "items": items}


def _resources(run: Run) -> dict:
    res = run.resources or {}
    return {"duration_s": run.duration_s, "cpu_user_s": res.get("cpu_user_s"),
            "cpu_system_s": res.get("cpu_system_s"),
            "peak_memory_mb": peak_memory_mb(res)}
