"""Record the machine and the software a run executes on: Python, packages, CPU, memory, GPUs and
the environment variables that change how ML code behaves.

Cheap by design, because it runs on every `expctl run`; the parts live beside this module:
`interpreter.py` (which Python, its search path), `packages.py` (what is installed there),
`machine.py` (platform, CPU, memory, GPUs) and `scan_cache.py` (the on-disk cache they share).
This module puts them together and chooses the environment variables worth recording.

Nothing here raises for environmental problems (a hanging `nvidia-smi`, an interpreter that
crashes, an unwritable cache): the capture returns what it could learn plus short warnings.
"""

from __future__ import annotations

import os

from expctl.capture.interpreter import find_python, inspect_python, venv_root
from expctl.capture.machine import current_user, describe_cpu, describe_platform, find_gpus, total_memory_mb
from expctl.capture.packages import find_packages

TYPE_CHECKING = False  # typing (~3 ms) is not loaded on the run path
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any

# Variables recorded by name prefix: they change what GPU, BLAS, framework and CI code does.
# `TF_` also catches `TF_BUILD`, which Azure Pipelines sets: a useful CI marker, so kept.
ENV_PREFIXES = (
    "CUDA_", "CUBLAS_", "CUDNN_", "NVIDIA_", "NCCL_", "HIP_", "ROCR_",
    "OMP_", "KMP_", "MKL_", "OPENBLAS_",
    "PYTHON", "TORCH_", "PYTORCH_", "TF_", "XLA_", "JAX_", "HF_", "TRANSFORMERS_", "TOKENIZERS_",
    "WANDB_", "MLFLOW_", "SLURM_", "PBS_",
    "GITHUB_", "GITLAB_", "BUILDKITE", "CIRCLE", "JENKINS", "EXPCTL_",
)
# Recorded by exact name: as prefixes these would also catch unrelated names (`CI` → `CIBW_…`).
ENV_NAMES = frozenset({"CI", "CONDA_DEFAULT_ENV", "VIRTUAL_ENV"})


def capture_env(
    argv: Sequence[str],
    extra_prefixes: Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Describe the machine and software that `argv` will run with, and warnings for the user.

    `environ` is the child's environment (default: ours). The result is JSON-serialisable:
    `python` and `packages` describe the interpreter the command runs when it is a Python command
    (`python …`, `/venv/bin/python3.11 …`, or a script whose `#!` names a Python, such as
    `torchrun`), else the interpreter running expctl; `packages` maps canonical project names
    (PEP 503: lower case, `-` separators) to versions. Memory is in MiB ("mb"). `env_vars` holds
    the variables named by ENV_PREFIXES, ENV_NAMES and `extra_prefixes`, secrets replaced by `***`.
    Unknown values are None; `gpus` is [] without nvidia-smi.
    """
    from expctl.capture.redact import redact_env

    environ = os.environ if environ is None else environ
    warnings: list[str] = []
    executable = find_python(argv, environ)
    python = inspect_python(executable, environ, warnings)
    packages, _ = find_packages(python.pop("path"))
    uname = os.uname()
    return {
        "python": python,
        "platform": describe_platform(uname),
        "host": uname.nodename,
        "user": current_user(environ),
        "cpu": describe_cpu(),
        "memory_total_mb": total_memory_mb(),
        "gpus": find_gpus(environ, warnings),
        "virtualenv": _virtualenv_name(environ, executable),
        "conda_env": environ.get("CONDA_DEFAULT_ENV") or None,
        "packages": packages,
        "packages_of": executable,
        "env_vars": redact_env(select_env_vars(environ, extra_prefixes)),
    }, warnings



def select_env_vars(environ: Mapping[str, str],
                    extra_prefixes: Sequence[str] = ()) -> dict[str, str]:
    """The variables worth recording (ENV_PREFIXES, ENV_NAMES, `extra_prefixes`), sorted by name.

    Not redacted: callers pass the result through `redact_env`.
    """
    prefixes = ENV_PREFIXES + tuple(p for p in extra_prefixes if p)
    return {name: environ[name] for name in sorted(environ)
            if name in ENV_NAMES or name.startswith(prefixes)}


def _virtualenv_name(environ: Mapping[str, str], executable: str) -> str | None:
    """The basename of $VIRTUAL_ENV, else of the venv `executable` lives in (run without
    activating it), else None."""
    root = environ.get("VIRTUAL_ENV") or venv_root(executable)
    return os.path.basename(os.path.normpath(root)) if root else None
