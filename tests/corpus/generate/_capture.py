"""The shared half of every corpus generator: run a training script as a user would, capture its
raw output, and write it out beside the ground truth the script took from its library's API.

A generator (``gen_<library>.py``) is a real training script plus a `write_truth` call, ending in
``main(__file__, {"<format>": train, ...})``. Run from a shell, `main` starts the same file again
as a child process, twice for each format:

* **tty**: stdout and stderr are two separate pseudo-terminals, 160x40, with output
  post-processing off (no ``\\n`` → ``\\r\\n``), the way ``expctl run`` connects a child when it
  runs in a terminal. What draws only on a terminal (Rich's live display, git's colours, pip's
  spinner) draws here; the bytes are kept exactly as written: ``\\r`` redraws, ANSI codes.
* **pipe**: stdout and stderr are two pipes, as under ``expctl run ... > log``.

The tty capture goes to ``tests/corpus/<format>/`` (``tests/corpus/heldout/<format>/`` for a
generator of the held-out half, ``main(..., heldout=True)``). The pipe capture goes to
``<format>-pipe/`` beside it only when it has another shape than the tty one (compared with
every number replaced, since timings differ from run to run); an existing ``-pipe`` folder
that is no longer needed is removed.

Each folder gets ``stdout.txt`` and ``stderr.txt`` (raw bytes) and ``truth.json`` (written by
the child, see `write_truth`). The child finds where to write the truth in ``CORPUS_TRUTH``, and
which format to train for in ``CORPUS_FORMAT``.

Standard library only: generators run under the corpus virtualenv, which holds the training
libraries but not expctl.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import selectors
import shutil
import struct
import subprocess
import sys
import termios
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
HELDOUT = CORPUS / "heldout"  # the held-out half (see the corpus README)
HELDOUT3 = CORPUS / "heldout3"  # the third held-out half (generate/heldout3/README.md)
HELDOUT4 = CORPUS / "heldout4"  # the fourth held-out half (generate/heldout4/README.md)
HELDOUT5 = CORPUS / "heldout5"  # the fifth held-out half (generate/heldout5/README.md)
HELDOUT6 = CORPUS / "heldout6"  # the sixth held-out half (generate/heldout6/README.md)
HELDOUT7 = CORPUS / "heldout7"  # the seventh held-out half (generate/heldout7/README.md)
HELDOUT8 = CORPUS / "heldout8"  # the eighth held-out half (generate/heldout8/README.md)
HELDOUT9 = CORPUS / "heldout9"  # the ninth held-out half (generate/heldout9/README.md)
HELDOUT10 = CORPUS / "heldout10"  # the tenth held-out half (generate/heldout10/README.md)
HELDOUT11 = CORPUS / "heldout11"  # the eleventh held-out half (generate/heldout11/README.md)
HELDOUT12 = CORPUS / "heldout12"  # the twelfth held-out half (generate/heldout12/README.md)
HELDOUT13 = CORPUS / "heldout13"  # the thirteenth held-out half (generate/heldout13/README.md)
HELDOUT14 = CORPUS / "heldout14"  # the fourteenth held-out half (generate/heldout14/README.md)
HELDOUT15 = CORPUS / "heldout15"  # the fifteenth half, open (generate/heldout15/README.md)
HELDOUT16 = CORPUS / "heldout16"  # the sixteenth held-out half (generate/heldout16/README.md)
HELDOUT17 = CORPUS / "heldout17"  # the seventeenth held-out half (generate/heldout17/README.md)
HELDOUT18 = CORPUS / "heldout18"  # the eighteenth held-out half (generate/heldout18/README.md)
HELDOUT19 = CORPUS / "heldout19"  # the nineteenth held-out half (generate/heldout19/README.md)
HELDOUT20 = CORPUS / "heldout20"  # the twentieth held-out half (generate/heldout20/README.md)
HELDOUT21 = CORPUS / "heldout21"  # the twenty-first held-out half (generate/heldout21/README.md)
HELDOUT22 = CORPUS / "heldout22"  # the twenty-second held-out half (generate/heldout22/README.md)
HELDOUT23 = CORPUS / "heldout23"  # the twenty-third held-out half (generate/heldout23/README.md)
HELDOUT24 = CORPUS / "heldout24"  # the twenty-fourth held-out half (generate/heldout24/README.md)
HELDOUT25 = CORPUS / "heldout25"  # the twenty-fifth held-out half (generate/heldout25/README.md)
HELDOUT26 = CORPUS / "heldout26"  # the twenty-sixth held-out half (generate/heldout26/README.md)
HELDOUT27 = CORPUS / "heldout27"  # the twenty-seventh held-out half (generate/heldout27/README.md)
HELDOUT28 = CORPUS / "heldout28"  # the twenty-eighth held-out half (generate/heldout28/README.md)
HELDOUT29 = CORPUS / "heldout29"  # the twenty-ninth held-out half (generate/heldout29/README.md)
HELDOUT30 = CORPUS / "heldout30"  # the thirtieth held-out half (generate/heldout30/README.md)
HELDOUT31 = CORPUS / "heldout31"  # the thirty-first held-out half (generate/heldout31/README.md)
HELDOUT32 = CORPUS / "heldout32"  # the thirty-second held-out half (generate/heldout32/README.md)
HELDOUT33 = CORPUS / "heldout33"  # the thirty-third held-out half (generate/heldout33/README.md)
HELDOUT34 = CORPUS / "heldout34"  # the thirty-fourth held-out half (generate/heldout34/README.md)
HELDOUT35 = CORPUS / "heldout35"  # the thirty-fifth held-out half (generate/heldout35/README.md)
HELDOUT36 = CORPUS / "heldout36"  # the thirty-sixth held-out half (generate/heldout36/README.md)
HELDOUT37 = CORPUS / "heldout37"  # the thirty-seventh held-out half (generate/heldout37/README.md)
HELDOUT38 = CORPUS / "heldout38"  # the thirty-eighth held-out half (generate/heldout38/README.md)
HELDOUT39 = CORPUS / "heldout39"  # the thirty-ninth held-out half (generate/heldout39/README.md)
HELDOUT40 = CORPUS / "heldout40"  # the fortieth held-out half (generate/heldout40/README.md)
HELDOUT41 = CORPUS / "heldout41"  # the forty-first held-out half (generate/heldout41/README.md)
HELDOUT42 = CORPUS / "heldout42"  # the forty-second held-out half (generate/heldout42/README.md)
HELDOUT43 = CORPUS / "heldout43"  # the forty-third held-out half (generate/heldout43/README.md)
HELDOUT44 = CORPUS / "heldout44"  # the forty-fourth held-out half (generate/heldout44/README.md)
HELDOUT45 = CORPUS / "heldout45"  # the forty-fifth held-out half (generate/heldout45/README.md)
HELDOUT46 = CORPUS / "heldout46"  # the forty-sixth held-out half (generate/heldout46/README.md)
HELDOUT47 = CORPUS / "heldout47"  # the forty-seventh held-out half (generate/heldout47/README.md)
HELDOUT48 = CORPUS / "heldout48"  # the forty-eighth held-out half (generate/heldout48/README.md)
HELDOUT49 = CORPUS / "heldout49"  # the forty-ninth held-out half (generate/heldout49/README.md)
HELDOUT50 = CORPUS / "heldout50"  # the fiftieth held-out half (generate/heldout50/README.md)
HELDOUT51 = CORPUS / "heldout51"  # the fifty-first held-out half (generate/heldout51/README.md)
HELDOUT52 = CORPUS / "heldout52"  # the fifty-second held-out half (generate/heldout52/README.md)
HELDOUT53 = CORPUS / "heldout53"  # the fifty-third held-out half (generate/heldout53/README.md)
HELDOUT54 = CORPUS / "heldout54"  # the fifty-fourth held-out half (generate/heldout54/README.md)
HELDOUT55 = CORPUS / "heldout55"  # the fifty-fifth held-out half (generate/heldout55/README.md)
HELDOUT56 = CORPUS / "heldout56"  # the fifty-sixth held-out half (generate/heldout56/README.md)
HELDOUT57 = CORPUS / "heldout57"  # the fifty-seventh held-out half (generate/heldout57/README.md)
HELDOUT58 = CORPUS / "heldout58"  # the fifty-eighth held-out half (generate/heldout58/README.md)
HELDOUT59 = CORPUS / "heldout59"  # the fifty-ninth held-out half (generate/heldout59/README.md)
HELDOUT60 = CORPUS / "heldout60"  # the sixtieth held-out half (generate/heldout60/README.md)
HELDOUT61 = CORPUS / "heldout61"  # the sixty-first held-out half (generate/heldout61/README.md)
COLUMNS, ROWS = 160, 40
TIMEOUT_S = 300
TRUTH_ENV = "CORPUS_TRUTH"  # where the child writes truth.json; set only in the child
FORMAT_ENV = "CORPUS_FORMAT"  # which of the generator's formats the child trains for
# Quiet, offline, reproducible: no hub downloads, no GPU probing, no parallel-thread jitter in
# the numbers, no user config. TERM matters: Rich and tqdm decide on colours and cursor moves.
CHILD_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "KERAS_BACKEND": "torch",
    "CUDA_VISIBLE_DEVICES": "",
    "OMP_NUM_THREADS": "1",
    "PYTHONHASHSEED": "0",
    "TERM": "xterm-256color",
    "LANG": "C.UTF-8",
}
DROPPED_ENV = ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "CI", "PYTHONUNBUFFERED")


def main(script: str, formats: dict[str, Callable[[], None]], *, heldout: bool = False,
         columns: dict[str, int] | None = None, root: Path | None = None) -> None:
    """Entry point of a generator: in the child, run the training function of the format it was
    started for; in the parent, capture every format of `formats` (name → training function)
    into the corpus, or into its held-out half (`root`, when given, names another folder: the
    third held-out half's generators pass `HELDOUT3`). `columns` gives a format another
    terminal width than `COLUMNS` (a narrow terminal, where Rich wraps)."""
    if os.environ.get(TRUTH_ENV):
        formats[os.environ[FORMAT_ENV]]()
        return
    root = root or (HELDOUT if heldout else CORPUS)
    for fmt in formats:
        capture_format(script, fmt, root, (columns or {}).get(fmt, COLUMNS))


def capture_format(script: str, fmt: str, root: Path = CORPUS, columns: int = COLUMNS) -> None:
    """The tty capture into ``<fmt>/``, and the pipe capture into ``<fmt>-pipe/`` if it differs."""
    tty_dir, pipe_dir, tmp = root / fmt, root / f"{fmt}-pipe", root / f".{fmt}-pipe.tmp"
    tty_out = capture(script, fmt, tty_dir, use_pty=True, columns=columns)
    pipe_out = capture(script, fmt, tmp, use_pty=False)
    shutil.rmtree(pipe_dir, ignore_errors=True)
    if shape_of(pipe_out) != shape_of(tty_out):
        tmp.rename(pipe_dir)
        print(f"{fmt}: tty and pipe captures differ; wrote {tty_dir.name}/ and {pipe_dir.name}/")
    else:
        shutil.rmtree(tmp)
        print(f"{fmt}: wrote {tty_dir.name}/ (the pipe capture has the same shape)")


def shape_of(streams: tuple[bytes, bytes]) -> tuple[bytes, bytes]:
    """The captures with every number (and a unit glued to it) replaced: what stays when only
    timings differ ("46.6ms" and "297us" both become "0")."""
    return tuple(re.sub(rb"\d[\d.]*[a-z]*", b"0", data) for data in streams)


def capture(script: str, fmt: str, out_dir: Path, use_pty: bool,
            columns: int = COLUMNS) -> tuple[bytes, bytes]:
    """Run `script` as a child training for `fmt` in the corpus environment; write its stdout,
    stderr and truth into `out_dir` (created afresh) and return the two byte strings."""
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if k not in DROPPED_ENV}
    env.update(CHILD_ENV)
    env[TRUTH_ENV] = str(out_dir / "truth.json")
    env[FORMAT_ENV] = fmt
    argv = [sys.executable, str(Path(script).resolve())]
    streams = _run_on_ptys(argv, env, columns) if use_pty else _run_on_pipes(argv, env)
    for name, data in zip(("stdout.txt", "stderr.txt"), streams):
        (out_dir / name).write_bytes(data)
    if not (out_dir / "truth.json").exists():
        sys.exit(f"{script}: the child wrote no truth.json; its stderr:\n{streams[1].decode()}")
    return streams


def _run_on_pipes(argv: list[str], env: dict[str, str]) -> tuple[bytes, bytes]:
    proc = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=TIMEOUT_S, cwd=CORPUS)
    _check_exit(argv, proc.returncode, proc.stderr)
    return proc.stdout, proc.stderr


def _run_on_ptys(argv: list[str], env: dict[str, str], columns: int) -> tuple[bytes, bytes]:
    """stdout and stderr each on its own pseudo-terminal; read both until the child is gone."""
    masters, slaves = [], []
    for _ in range(2):
        master, slave = pty.openpty()
        _set_terminal(slave, columns)
        masters.append(master)
        slaves.append(slave)
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=slaves[0],
                            stderr=slaves[1], cwd=CORPUS, start_new_session=True)
    for fd in slaves:
        os.close(fd)
    chunks: dict[int, list[bytes]] = {fd: [] for fd in masters}
    with selectors.DefaultSelector() as sel:
        for fd in masters:
            sel.register(fd, selectors.EVENT_READ)
        while sel.get_map():
            for key, _ in sel.select(timeout=TIMEOUT_S):
                try:
                    data = os.read(key.fd, 65536)
                except OSError:  # EIO: the child side is closed
                    data = b""
                if data:
                    chunks[key.fd].append(data)
                else:
                    sel.unregister(key.fd)
    code = proc.wait(timeout=TIMEOUT_S)
    for fd in masters:
        os.close(fd)
    stdout, stderr = (b"".join(chunks[fd]) for fd in masters)
    _check_exit(argv, code, stderr)
    return stdout, stderr


def _set_terminal(fd: int, columns: int) -> None:
    """A fixed window size, and no output post-processing, so the bytes are the program's own."""
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, columns, 0, 0))
    attrs = termios.tcgetattr(fd)
    attrs[1] &= ~termios.OPOST
    termios.tcsetattr(fd, termios.TCSANOW, attrs)


def _check_exit(argv: list[str], code: int, stderr: bytes) -> None:
    if code != 0:
        sys.exit(f"{' '.join(argv)} exited with {code}; its stderr:\n"
                 + stderr.decode(errors="replace")[-4000:])


def write_truth(metrics: dict[str, list[float]], *, libraries: tuple[str, ...],
                source: str, steps: dict[str, list[float]] | None = None,
                optional: dict[str, list[float]] | None = None,
                params: dict[str, object] | None = None,
                rel: float = 1e-3, abs_tol: float = 0.0) -> None:
    """Write the ground truth of this run (called once, by the child, after training).

    `metrics` maps each name, spelt exactly as the library prints it, to every value the
    library reported, in order; a value printed twice (a progress bar's running value shown
    again in the epoch's last frame) is listed twice. `steps`, for names whose printed lines
    state their step, gives those steps in parallel (None where a point's line states none).
    `optional` lists labelled numbers that the library prints in a metric format but that are
    no training metric (a model summary's ``Total params: 74``): a parsed point matching one
    counts neither way. `params` is the configuration the program printed (a YAML dump, a
    ``Namespace(...)``, a config line), flattened to ``name → value`` with nested keys joined by
    ``.``, as the program's own config object holds it: a parsed metric under such a name that
    matches no truth value is a false positive. `rel` and `abs_tol` are the printed rounding: a
    printed value matches a truth value within max(rel·|truth|, abs_tol). `source` says, in a
    sentence, which API call the numbers came from and how API keys were turned into printed
    names. `libraries` are the distributions whose versions are recorded.
    """
    for name, values in (steps or {}).items():
        if len(values) != len(metrics[name]):
            raise ValueError(f"{name}: {len(values)} steps for {len(metrics[name])} values")
    truth = {
        "format_version": 1,
        "libraries": {name: metadata.version(name) for name in libraries},
        "python": sys.version.split()[0],
        "source": source,
        "tolerance": {"rel": rel, "abs": abs_tol},
        "metrics": {name: [_json_float(v) for v in values] for name, values in metrics.items()},
    }
    if optional:
        truth["optional"] = {name: [_json_float(v) for v in values]
                             for name, values in optional.items()}
    if params:
        truth["params"] = {name: _json_param(value) for name, value in params.items()}
    if steps:
        truth["steps"] = {name: [_json_float(s) for s in values] for name, values in steps.items()}
    path = Path(os.environ[TRUTH_ENV])
    path.write_text(json.dumps(truth, indent=1) + "\n")


def r_record(script: str, prefix: str, **env: str) -> dict:
    """Run the R `script` with Rscript, `R_RECORD` naming the file its own R process writes its
    record to (JSON: the truth taken from R's objects), with `env` added to the environment;
    return that record. The R generators of the later halves share it."""
    import tempfile

    work = Path(tempfile.mkdtemp(prefix=prefix))
    (work / "run.R").write_text(script)
    path = work / "record.json"
    subprocess.run(["Rscript", str(work / "run.R")], check=True,
                   env={**os.environ, "R_RECORD": str(path), **env})
    return json.loads(path.read_text())


def _json_float(value) -> float | str | None:
    """A JSON-safe number: nan and ±inf as the strings "nan", "inf", "-inf"; None stays."""
    if value is None:
        return None
    value = float(value)
    if value != value:
        return "nan"
    if value in (float("inf"), float("-inf")):
        return "inf" if value > 0 else "-inf"
    return value


def _json_param(value) -> float | int | str | bool | None:
    """A config value for JSON: strings, booleans, None and ints as they are, other numbers as
    `_json_float`, anything else (a list, a path) as its ``str``."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    try:
        return _json_float(value)
    except (TypeError, ValueError):
        return str(value)


class Truth:
    """Collects (name, value, step or None) as the script reports them."""

    def __init__(self):
        self.metrics: dict[str, list[float]] = {}
        self.steps: dict[str, list[float]] = {}
        self.optional: dict[str, list[float]] = {}

    def add(self, at=None, **values):
        """Values reported on one line; `at` is the step that line states, if any."""
        for name, value in values.items():
            self.metrics.setdefault(name, []).append(float(value))
            self.steps.setdefault(name, []).append(None if at is None else float(at))

    def allow(self, **values):
        """Values printed as name/number pairs that one may or may not call metrics."""
        for name, value in values.items():
            self.optional.setdefault(name, []).append(float(value))

    def write(self, source: str, libraries: tuple[str, ...] = (), params: dict | None = None,
              **tolerance):
        steps = {n: s for n, s in self.steps.items() if any(v is not None for v in s)}
        write_truth(self.metrics, steps=steps or None, optional=self.optional or None,
                    libraries=libraries, params=params, source=source, **tolerance)
