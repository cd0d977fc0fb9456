"""Record the machine and the software a run executes on: Python, packages, CPU, memory, GPUs and
the environment variables that change how ML code behaves.

Cheap by design, because it runs on every `expctl run`: no `platform.platform()` (it reads the
interpreter binary looking for the libc version), no `importlib.metadata` (40 ms to import, 30 ms
to read every METADATA file), no psutil. The installed packages are read from the names of the
`*.dist-info` / `*.egg-info` directories on the interpreter's search path, and the result is cached
on disk until one of those directories changes.

Nothing here raises for environmental problems (a hanging `nvidia-smi`, an interpreter that
crashes, an unwritable cache): the capture returns what it could learn plus short warnings.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import time
import zlib
from collections.abc import Iterable, Mapping, Sequence

from expctl.capture.git import run_bounded
from expctl.record.procs import which

GPU_TIMEOUT = 2.0  # seconds; nvidia-smi can hang when the driver is wedged
QUERY_TIMEOUT = 5.0  # seconds for another interpreter to report its sys.path
# A directory modified this recently may change again within its mtime's granularity (a second on
# some file systems) without its mtime changing, so a scan is not cached until it has aged.
CACHE_SETTLE_NS = 2_000_000_000

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

# python, python3, python3.11, python3.13t (free-threaded), pypy3, python.exe
PYTHON_NAME_RE = re.compile(r"(python|pypy)(\d+(\.\d+)?)?t?(\.exe)?", re.IGNORECASE)

# Run by another interpreter with -I (no PYTHON* variables, no user site, no cwd on sys.path, so
# a stray json.py in the project cannot hijack it). -I hides the user site, so its path is reported
# separately; it is only used outside virtual environments, as Python itself does.
_QUERY_SCRIPT = """\
import json, site, sys
in_venv = sys.prefix != getattr(sys, "base_prefix", sys.prefix)
try:
    user_site = None if in_venv else site.getusersitepackages()
except Exception:
    user_site = None
print(json.dumps({"version": sys.version.split()[0], "implementation": sys.implementation.name,
                  "path": sys.path, "user_site": user_site}))
"""


def capture_env(
    argv: Sequence[str],
    extra_prefixes: Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
) -> tuple[dict[str, object], list[str]]:
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


# --- which Python --------------------------------------------------------------------------------


def find_python(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """The absolute path of the Python interpreter `argv` runs, else `sys.executable`.

    `argv[0]` is looked up on `environ`'s PATH as the shell would. A Python is recognised by its
    name (`python3.11`) or, for scripts such as `torchrun` or `accelerate`, by their `#!` line.
    """
    if not argv:
        return sys.executable
    program = which(argv[0], path=environ.get("PATH", os.defpath))
    if program is None:
        return sys.executable
    program = os.path.abspath(program)
    if is_python_name(program):
        return program
    return _shebang_python(program, environ) or sys.executable


def is_python_name(path: str) -> bool:
    """Whether the file name of `path` is a Python interpreter's (`python3`, `pypy3.10`)."""
    return PYTHON_NAME_RE.fullmatch(os.path.basename(path)) is not None


def _shebang_python(program: str, environ: Mapping[str, str]) -> str | None:
    """The Python named by `program`'s `#!` line (`/venv/bin/python`, `/usr/bin/env python3`)."""
    try:
        with open(program, "rb") as file:
            head = file.read(256)
    except OSError:
        return None
    if not head.startswith(b"#!"):
        return None
    words = head[2:].split(b"\n", 1)[0].decode("utf-8", "replace").split()
    if words and os.path.basename(words[0]) == "env":
        words = [w for w in words[1:] if not w.startswith("-")]  # `env -S python3 -u`
        found = which(words[0], path=environ.get("PATH", os.defpath)) if words else None
        words = [found] if found else []
    if words and is_python_name(words[0]):
        return os.path.abspath(words[0])
    return None


def inspect_python(executable: str, environ: Mapping[str, str],
                   warnings: list[str]) -> dict[str, object]:
    """{"version", "implementation", "executable", "path"}: `path` is where its packages live.

    The interpreter running expctl answers from `sys`; another one is asked once (run with
    QUERY_TIMEOUT) and its answer cached until its binary or search-path directories change.
    """
    if _same_python(executable, sys.executable):
        return {"version": sys.version.split()[0], "implementation": sys.implementation.name,
                "executable": executable, "path": own_search_path()}
    answer = query_python(executable, warnings)
    if answer is None:
        return {"version": None, "implementation": None, "executable": executable, "path": []}
    return {"version": answer.get("version"), "implementation": answer.get("implementation"),
            "executable": executable, "path": _child_search_path(answer, environ)}


def _same_python(a: str, b: str) -> bool:
    """Whether two interpreter paths give the same environment.

    A venv's `bin/python` is a symlink to the base interpreter, so equal real paths are not
    enough: the venv (found by its pyvenv.cfg next to the unresolved path) must match too.
    """
    if not a or not b:
        return False
    return os.path.realpath(a) == os.path.realpath(b) and _venv_root(a) == _venv_root(b)


def _venv_root(executable: str) -> str | None:
    """The virtual environment `executable` belongs to (the dir holding pyvenv.cfg), or None."""
    bin_dir = os.path.dirname(os.path.abspath(executable))
    for candidate in (bin_dir, os.path.dirname(bin_dir)):
        if os.path.isfile(os.path.join(candidate, "pyvenv.cfg")):
            return candidate
    return None


def own_search_path() -> list[str]:
    """This interpreter's sys.path without its first entry when that is the script's directory.

    sys.path[0] is expctl's own script directory (cwd under `python -m`), not a place the child
    imports packages from; leaving it out also keeps the cache valid when files in cwd change.
    """
    isolated = sys.flags.isolated or getattr(sys.flags, "safe_path", False)
    return _unique(p for p in (sys.path if isolated else sys.path[1:]) if p)


def query_python(executable: str, warnings: list[str]) -> dict[str, object] | None:
    """Another interpreter's {"version", "implementation", "path", "user_site"}, cached.

    Cached per executable path, valid while its real binary (path, mtime, size) and the mtimes of
    its sys.path directories stay the same (a new `.pth` can add entries). None, with a warning,
    when it cannot answer.
    """
    identity = _binary_identity(executable)
    cache_file = _cache_file("python", executable)
    answer = read_cache(cache_file, identity) if identity else None
    if answer is not None and answer.get("stamps") == stamp_paths(answer.get("path", [])):
        return answer
    started_ns = time.time_ns()
    answer = _ask_python(executable, warnings)
    if answer is not None and identity:
        answer["stamps"] = stamp_paths(answer["path"])
        if _settled(answer["stamps"], started_ns):
            write_cache(cache_file, identity, answer)
    return answer


def _binary_identity(executable: str) -> list[object] | None:
    """[path, real path, mtime_ns, size] of an interpreter binary; None when it cannot be read or
    is a `#!` script: a wrapper such as a pyenv shim picks its Python per directory and
    environment, so its answer cannot be cached by the wrapper's identity."""
    try:
        real = os.path.realpath(executable)
        with open(real, "rb") as file:
            if file.read(2) == b"#!":
                return None
            st = os.fstat(file.fileno())
    except OSError:
        return None
    return [executable, real, st.st_mtime_ns, st.st_size]


def _ask_python(executable: str, warnings: list[str]) -> dict[str, object] | None:
    """Run `executable -I -c _QUERY_SCRIPT` and validate its JSON answer."""
    failure = f"could not ask {executable} for its packages"
    try:
        result = run_bounded([executable, "-I", "-c", _QUERY_SCRIPT], timeout=QUERY_TIMEOUT)
    except OSError as exc:
        warnings.append(f"{failure} ({exc.strerror or exc}); packages not recorded")
        return None
    if result.timed_out or result.returncode != 0:
        reason = (f"timed out after {QUERY_TIMEOUT:g}s" if result.timed_out
                  else result.first_error_line())
        warnings.append(f"{failure} ({reason}); packages not recorded")
        return None
    try:
        answer = json.loads(result.stdout)
        path = answer["path"]
        valid = isinstance(path, list) and all(isinstance(p, str) for p in path)
    except (ValueError, KeyError, TypeError):
        valid = False
    if not valid:
        warnings.append(f"{failure} (unexpected answer); packages not recorded")
        return None
    return answer


def _child_search_path(answer: Mapping[str, object], environ: Mapping[str, str]) -> list[str]:
    """Where the child finds packages: PYTHONPATH, then the user site (if enabled), then sys.path.

    The query ran with -I, which ignores both, so they are added from the child's environment.
    """
    extra = [os.path.abspath(p) for p in environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    user_site = answer.get("user_site")
    if isinstance(user_site, str) and not environ.get("PYTHONNOUSERSITE"):
        extra.append(user_site)
    return _unique(extra + list(answer["path"]))


def _unique(items: Iterable[str]) -> list[str]:
    """Items in their first-seen order, duplicates dropped."""
    return list(dict.fromkeys(items))


# --- installed packages --------------------------------------------------------------------------


def find_packages(path: Sequence[str]) -> tuple[dict[str, str], bool]:
    """(packages, from_cache): the distributions installed on `path`, as {canonical name: version}.

    Where a project is installed twice, the first directory on `path` wins, as for imports.
    The scan is cached on disk (see `cache_dir`) keyed by `path` and valid while the mtime of every
    directory on it is unchanged: installing, removing or upgrading a package changes its
    site-packages directory. A cache hit costs a stat per directory and a JSON read.
    """
    path = list(path)
    if not path:
        return {}, False
    identity = {"path": path, "stamps": stamp_paths(path)}
    cache_file = _cache_file("packages", "\0".join(path))
    cached = read_cache(cache_file, identity)
    if isinstance(cached, dict):
        return cached, True
    started_ns = time.time_ns()
    packages = scan_packages(path)
    if _settled(identity["stamps"], started_ns):
        write_cache(cache_file, identity, packages)
    return packages, False


def scan_packages(path: Sequence[str]) -> dict[str, str]:
    """{canonical name: version} from the `*.dist-info` / `*.egg-info` entries on `path`."""
    found: dict[str, str] = {}
    for directory in path:
        try:
            names = sorted(os.listdir(directory))
        except OSError:  # missing, not a directory (a zip on sys.path), unreadable
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                project = _project_of(os.path.join(directory, name))
                if project is not None:
                    found.setdefault(canonical_name(project[0]), project[1])
    return dict(sorted(found.items()))


def _project_of(metadata_path: str) -> tuple[str, str] | None:
    """(name, version) of one installed distribution.

    Installers name the directory `<name>-<version>.dist-info` with `-` escaped inside both parts
    (egg-info adds `-py3.X`), so the name usually suffices. Older tools wrote unescaped names
    (`python-dateutil-2.8.dist-info`) or no version; then the metadata headers are read.
    """
    stem = os.path.basename(metadata_path).rsplit(".", 1)[0]
    parts = stem.split("-")
    if len(parts) >= 2 and parts[0] and parts[1][:1].isdigit():
        return parts[0], parts[1]
    return _read_metadata_headers(metadata_path)


def _read_metadata_headers(metadata_path: str) -> tuple[str, str] | None:
    """(Name, Version) from METADATA / PKG-INFO (or an egg-info file), reading only the headers."""
    candidates = [os.path.join(metadata_path, "METADATA"), os.path.join(metadata_path, "PKG-INFO")]
    if os.path.isfile(metadata_path):
        candidates = [metadata_path]
    for candidate in candidates:
        headers = _read_headers(candidate)
        if headers.get("name") and headers.get("version"):
            return headers["name"], headers["version"]
    return None


def _read_headers(file_path: str) -> dict[str, str]:
    """Lower-cased `Key: value` headers up to the first blank line; {} if unreadable."""
    headers: dict[str, str] = {}
    try:
        with open(file_path, encoding="utf-8", errors="replace") as file:
            for line in file:
                if not line.strip():
                    break
                key, sep, value = line.partition(":")
                if sep:
                    headers.setdefault(key.strip().lower(), value.strip())
    except OSError:
        pass
    return headers


def canonical_name(name: str) -> str:
    """PEP 503 normalised project name: `Typing_Extensions` → `typing-extensions`."""
    return re.sub(r"[-_.]+", "-", name).lower()


# --- the on-disk cache ---------------------------------------------------------------------------


def cache_dir() -> str:
    """Where expctl caches: $EXPCTL_CACHE_DIR, else $XDG_CACHE_HOME/expctl, else ~/.cache/expctl."""
    if os.environ.get("EXPCTL_CACHE_DIR"):
        return os.environ["EXPCTL_CACHE_DIR"]
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = xdg if os.path.isabs(xdg) else os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "expctl")


def _cache_file(kind: str, key: str) -> str:
    """The cache file for `key`. A crc32 name may collide; the stored identity settles it."""
    digest = zlib.crc32(key.encode("utf-8", "replace"))
    return os.path.join(cache_dir(), f"{kind}-{digest:08x}.json")


def stamp_paths(path: Sequence[str]) -> list[int | None]:
    """The mtime (ns) of each entry of `path`, None for a missing one (it may appear later)."""
    stamps: list[int | None] = []
    for entry in path:
        try:
            stamps.append(os.stat(entry).st_mtime_ns)
        except OSError:
            stamps.append(None)
    return stamps


def _settled(stamps: Sequence[int | None], started_ns: int) -> bool:
    """Whether every stamp is older than the scan by CACHE_SETTLE_NS (see there)."""
    return all(s is None or s < started_ns - CACHE_SETTLE_NS for s in stamps)


def read_cache(cache_file: str, identity: object) -> object:
    """The value stored for `identity` (JSON-equal), or None: missing, stale, broken file alike."""
    try:
        with open(cache_file, encoding="utf-8") as file:
            entry = json.load(file)
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("identity") != identity:
        return None
    return entry.get("value")


def write_cache(cache_file: str, identity: object, value: object) -> None:
    """Store `value` for `identity` atomically (temp file + rename); failures are ignored."""
    temp = f"{cache_file}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        os.makedirs(os.path.dirname(cache_file), exist_ok=True)
        with open(temp, "w", encoding="utf-8") as file:
            json.dump({"identity": identity, "value": value}, file)
        os.replace(temp, cache_file)
    except OSError:
        try:
            os.unlink(temp)
        except OSError:
            pass


# --- the machine ---------------------------------------------------------------------------------


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


def describe_cpu() -> dict[str, object]:
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


def find_gpus(environ: Mapping[str, str], warnings: list[str]) -> list[dict[str, object]]:
    """[{"name", "memory_total_mb", "driver"}] per NVIDIA GPU, from nvidia-smi on `environ`'s PATH.

    [] without nvidia-smi. A failing, hanging (killed after GPU_TIMEOUT) or garbled nvidia-smi
    gives [] and a warning.
    """
    smi = which("nvidia-smi", path=environ.get("PATH", os.defpath))
    if smi is None:
        return []
    args = [smi, "--query-gpu=name,memory.total,driver_version", "--format=csv,noheader,nounits"]
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


def parse_nvidia_smi(text: str) -> list[dict[str, object]] | None:
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


# --- environment variables -----------------------------------------------------------------------


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
    root = environ.get("VIRTUAL_ENV") or _venv_root(executable)
    return os.path.basename(os.path.normpath(root)) if root else None
