"""The machine a run executes on: platform, user, CPU, memory and GPUs. Cheap (no
`platform.platform()`, which reads the interpreter binary for the libc version; no psutil), and
never raising: what cannot be learnt is None, with a warning where the user should know."""

from __future__ import annotations

import os
import sys

from expctl.paths import which

TYPE_CHECKING = False  # typing (~3 ms) is not loaded on the run path
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

GPU_TIMEOUT = 2.0  # seconds; nvidia-smi can hang when the driver is wedged


def describe_platform(uname: os.uname_result) -> dict[str, str]:
    """{"system", "release", "machine", "platform"}; `platform` reads like
    `Linux-6.1.0-x86_64-with-glibc2.36`, as `platform.platform()` would say, at no cost."""
    text = f"{uname.sysname}-{uname.release}-{uname.machine}"
    try:
        libc = os.confstr("CS_GNU_LIBC_VERSION")  # "glibc 2.36"; absent on macOS and musl
    except (ValueError, OSError):
        libc = None
    if libc:
        text += "-with-" + libc.replace(" ", "")
    return {"system": uname.sysname, "release": uname.release, "machine": uname.machine,
            "platform": text}


def current_user(environ: Mapping[str, str]) -> str | None:
    """The login name: $USER or $LOGNAME, else the password database, else None."""
    name = environ.get("USER") or environ.get("LOGNAME")
    if name:
        return name
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, OSError):
        return None


def describe_cpu() -> dict[str, Any]:
    """{"model", "count", "usable"}: `count` logical CPUs, `usable` those this process may use
    (fewer under taskset, cgroups cpusets or SLURM); None where unknown."""
    try:
        usable: int | None = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # macOS has no sched_getaffinity
        usable = None
    return {"model": cpu_model(), "count": os.cpu_count(), "usable": usable}


def cpu_model() -> str | None:
    """The CPU's marketing name, from /proc/cpuinfo on Linux, `sysctl` on macOS."""
    if sys.platform.startswith("linux"):
        return _cpuinfo_model()
    if sys.platform == "darwin":
        from expctl.capture.bounded import run_bounded

        try:
            result = run_bounded(["sysctl", "-n", "machdep.cpu.brand_string"], timeout=1.0)
        except OSError:
            return None
        text = result.stdout.decode("utf-8", "replace").strip()
        return text if result.returncode == 0 and text else None
    import platform

    return platform.processor() or None


def _cpuinfo_model() -> str | None:
    """The first model line of /proc/cpuinfo (x86 `model name`, POWER `cpu`, some ARM `Model`)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as file:
            for line in file:
                key, _, value = line.partition(":")
                if key.strip() in ("model name", "cpu model", "cpu", "Model", "Hardware"):
                    return value.strip() or None
    except OSError:
        pass
    return None


def total_memory_mb() -> float | None:
    """Physical memory in MiB (the machine's, not a container's cgroup limit); None if unknown."""
    try:
        return round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**20, 1)
    except (ValueError, OSError, AttributeError):
        return None


def find_gpus(environ: Mapping[str, str], warnings: list[str]) -> list[dict[str, Any]]:
    """[{"name", "memory_total_mb", "driver"}] per NVIDIA GPU, from nvidia-smi on `environ`'s PATH.

    [] without nvidia-smi. A failing, hanging (killed after GPU_TIMEOUT) or garbled nvidia-smi
    gives [] and a warning.
    """
    smi = which("nvidia-smi", path=environ.get("PATH", os.defpath))
    if smi is None:
        return []
    args = [smi, "--query-gpu=name,memory.total,driver_version", "--format=csv,noheader,nounits"]
    from expctl.capture.bounded import run_bounded  # here: only a machine with nvidia-smi runs it

    try:
        result = run_bounded(args, timeout=GPU_TIMEOUT)
    except OSError as exc:
        warnings.append(f"could not run nvidia-smi ({exc.strerror or exc}); GPUs not recorded")
        return []
    if result.timed_out or result.returncode != 0:
        reason = (f"timed out after {GPU_TIMEOUT:g}s" if result.timed_out
                  else result.first_error_line())
        warnings.append(f"nvidia-smi failed ({reason}); GPUs not recorded")
        return []
    gpus = parse_nvidia_smi(result.stdout.decode("utf-8", "replace"))
    if gpus is None:
        warnings.append("nvidia-smi printed unexpected output; GPUs not recorded")
        return []
    return gpus


def parse_nvidia_smi(text: str) -> list[dict[str, Any]] | None:
    """Parse `name, memory MiB, driver` CSV lines; None if any line is not of that shape.

    nvidia-smi prints `[N/A]` for a value it cannot read (some MIG and vGPU setups): kept as None.
    """
    gpus = []
    for line in text.splitlines():
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split(",")]
        if len(fields) != 3 or not fields[0]:
            return None
        name, memory, driver = fields
        if memory == "[N/A]":
            memory_mb = None
        else:
            try:
                memory_mb = float(memory)
            except ValueError:
                return None
        gpus.append({"name": name, "memory_total_mb": memory_mb,
                     "driver": None if driver == "[N/A]" else driver})
    return gpus
