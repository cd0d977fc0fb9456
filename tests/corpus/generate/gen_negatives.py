"""Output with no metric in it that looks like it might have some: the truth of every format
here is empty (apart from a few labelled numbers marked optional), so whatever the parser
finds that is not optional is a false positive.

* ``negative-pip``: real pip building and installing a small local package (``Created wheel for
  demo: filename=… size=1234 sha256=…``), and ``pip list`` (versions such as ``0.21``).
* ``negative-git``: real git in a fresh repository with fixed dates: ``git log --stat``,
  ``--oneline --graph``, ``git status``, ``git diff --stat`` (hashes, dates, ``3 insertions(+)``).
* ``negative-http``: Python's real ``http.server`` on 127.0.0.1 answering three requests, with
  query strings such as ``?loss=0.5`` (URLs, addresses, ports, timestamps, status codes).
* ``negative-progress``: real tqdm bars without postfix (iterations, bytes as a download,
  unknown total) and a real Rich download bar (``1.2/2.7 MB 3.4 MB/s eta 0:00:01``).
* ``negative-system``: what scripts print about their environment and files: versions
  (``torch: 2.13.0+cpu``), timestamps, durations (``total: 1.2ms remaining: 3s``), hex ids, paths
  with ``epoch=1-step=8`` in them, and an ``nvidia-smi``-like table. The table is written by
  this script (no GPU here), laid out like nvidia-smi's; the rest is printed from real values.
"""

from _capture import main, write_truth

SOURCE = "no metrics: output of tools and environment reports"


def negative_pip() -> None:
    import os
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp, "demo")
        (project / "demo").mkdir(parents=True)
        (project / "demo" / "__init__.py").write_text('__version__ = "0.1.0"\n')
        (project / "pyproject.toml").write_text(
            '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n'
            '[project]\nname = "demo"\nversion = "0.1.0"\n')
        wheels = Path(tmp, "wheels")
        pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
        # This machine's index settings stay out of the fixture.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
        env["PIP_CONFIG_FILE"] = os.devnull
        subprocess.run([*pip, "wheel", "--no-index", "--no-deps", "--no-build-isolation",
                        "--no-cache-dir", "-w", str(wheels), str(project)], env=env, check=True)
        wheel = next(wheels.glob("*.whl"))
        subprocess.run([*pip, "install", "--no-index", "--no-deps", "--target",
                        str(Path(tmp, "site")), str(wheel)], env=env, check=True)
        subprocess.run([*pip, "list"], env=env, check=True)
        size = os.stat(wheel).st_size
    write_truth({}, optional={"size": [size]}, libraries=("pip",),
                source=SOURCE + "; optional: the wheel's size in bytes (os.stat), which pip "
                                "prints as size=N")


def negative_git() -> None:
    import os
    import subprocess
    import tempfile
    from pathlib import Path

    env = {**os.environ, "GIT_AUTHOR_NAME": "Ada Lovelace", "GIT_AUTHOR_EMAIL": "ada@example.com",
           "GIT_COMMITTER_NAME": "Ada Lovelace", "GIT_COMMITTER_EMAIL": "ada@example.com",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "GIT_PAGER": "cat"}
    with tempfile.TemporaryDirectory() as repo:
        def git(*args, date=None):
            extra = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date} if date else {}
            subprocess.run(["git", *args], cwd=repo,
                           env={**env, **extra}, check=True)

        git("init", "-q", "-b", "main")
        for day, (name, text) in enumerate([("train.py", "lr = 0.01\nepochs = 10\n"),
                                            ("config.yaml", "lr: 0.001\nbatch_size: 32\n"),
                                            ("train.py", "lr = 0.003\nepochs = 20\nseed = 42\n")]):
            Path(repo, name).write_text(text)
            git("add", name)
            git("commit", "-q", "-m", f"Set {name.split('.')[0]} for run {day + 1}",
                date=f"2026-01-0{day + 1}T12:00:00+01:00")
        Path(repo, "train.py").write_text("lr = 0.005\nepochs = 20\nseed = 7\n")
        git("log", "--stat")
        git("log", "--oneline", "--graph", "--decorate")
        git("status")
        git("diff", "--stat")
    write_truth({}, libraries=(), source=SOURCE)


def negative_http() -> None:
    import subprocess
    import sys
    import urllib.error
    import urllib.request

    server = subprocess.Popen([sys.executable, "-u", "-m", "http.server", "0", "--bind",
                               "127.0.0.1"], stdout=subprocess.PIPE, text=True)
    try:
        banner = server.stdout.readline()  # Serving HTTP on 127.0.0.1 port N (http://…/) ...
        print(banner, end="", flush=True)
        base = banner.split("(")[1].split(")")[0].rstrip("/")
        for path in ("/", "/metrics?loss=0.5&acc=0.9", "/static/app.js?v=1.2.3&t=1767225600"):
            try:
                with urllib.request.urlopen(base + path, timeout=10) as response:
                    print(f"GET {base + path} -> {response.status} {response.reason}, "
                          f"{len(response.read())} bytes", flush=True)
            except urllib.error.HTTPError as exc:
                print(f"GET {base + path} -> {exc.code} {exc.reason}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
    write_truth({}, libraries=(), source=SOURCE)


def negative_progress() -> None:
    import time

    from rich.progress import (BarColumn, DownloadColumn, Progress, TextColumn,
                               TimeRemainingColumn, TransferSpeedColumn)
    from tqdm import tqdm

    for _ in tqdm(range(20), desc="Loading shards"):
        time.sleep(0.01)
    size = 2_800_000
    with tqdm(total=size, unit="B", unit_scale=True, unit_divisor=1024,
              desc="model.safetensors") as bar:
        for _ in range(14):
            time.sleep(0.02)
            bar.update(size // 14)
    with tqdm(desc="tokenizing") as bar:  # unknown total: "123it [00:00, 98.7it/s]"
        for _ in range(30):
            time.sleep(0.005)
            bar.update(4)
    columns = (TextColumn("[bold blue]{task.description}"), BarColumn(), DownloadColumn(),
               TransferSpeedColumn(), TextColumn("eta"), TimeRemainingColumn())
    with Progress(*columns) as progress:
        task = progress.add_task("dataset.tar.gz", total=2_700_000)
        for _ in range(12):
            time.sleep(0.05)
            progress.update(task, advance=225_000)
    write_truth({}, libraries=("tqdm", "rich"), source=SOURCE)


def negative_system() -> None:
    import datetime
    import hashlib
    import platform
    import sys
    import time
    import uuid
    from importlib import metadata

    start = time.perf_counter()
    print(f"Python {sys.version}")
    print(f"python: {platform.python_version()}")
    for dist in ("numpy", "torch", "scikit-learn", "tqdm"):
        print(f"{dist}: {metadata.version(dist)}")
    print(f"Platform: {platform.system()}-{platform.machine()}")
    now = datetime.datetime(2026, 1, 1, 12, 30, 45, 123456, tzinfo=datetime.timezone.utc)
    print(f"Started at {now:%Y-%m-%d %H:%M:%S} ({now.isoformat()})")
    print(f"time: {now:%H:%M:%S}, date: {now:%Y-%m-%d}, ctime: {time.ctime(now.timestamp())}")
    run_id = uuid.UUID(int=0x3FA2B1C94D5E4F60A1B2C3D4E5F60718)
    print(f"run id: {run_id.hex[:8]}  uuid: {run_id}  object: <Trainer object at 0x7f3a2b1c9d40>")
    digest = hashlib.sha256(b"weights").hexdigest()
    print(f"sha256: {digest[:16]}  commit: 3fa2b1c  parent: 9e8d7c6b")
    runs = f"/home/ada/runs/{now:%Y-%m-%d_%H-%M-%S}"
    print(f"Saving model checkpoint to {runs}/checkpoint-500")
    print(f"Saved checkpoint: {runs}/epoch=1-step=8.ckpt")
    print(f"Loading weights from {runs}/lr=0.001,bs=32/best.pt")
    print("Remote: https://example.com:8443/runs/42?loss=0.5#step=3 (dashboard)")
    print("Listening on 127.0.0.1:6006, 0.0.0.0:8080 and [::1]:5000")
    print(_nvidia_smi_like(now))
    elapsed = time.perf_counter() - start
    print(f"total: {elapsed * 1000:.1f}ms\tremaining: 3s")
    print(f"Done in {elapsed:.3f}s (elapsed: 00:00:01, ETA: 0:00:00)")
    write_truth({}, libraries=(), source=SOURCE)


def _nvidia_smi_like(now) -> str:
    """A GPU table laid out like nvidia-smi's (header, one GPU row pair, process table)."""
    rule = "+" + "-" * 87 + "+"
    return "\n".join([
        f"{now:%a %b %d %H:%M:%S %Y}",
        rule,
        "| NVIDIA-SMI 535.104.05             Driver Version: 535.104.05   CUDA Version: 12.2     |",
        "|-----------------------------------------+----------------------+----------------------+",
        "| GPU  Name                 Persistence-M | Bus-Id        Disp.A | Volatile Uncorr. ECC |",
        "| Fan  Temp   Perf          Pwr:Usage/Cap |         Memory-Usage | GPU-Util  Compute M. |",
        "|=========================================+======================+======================|",
        "|   0  NVIDIA A100-SXM4-40GB          On  | 00000000:00:04.0 Off |                    0 |",
        "| N/A   32C    P0              43W / 400W |   1024MiB / 40960MiB |     17%      Default |",
        rule,
        "| Processes:                                                                            |",
        "|  GPU   GI   CI        PID   Type   Process name                            GPU Memory |",
        "|    0   N/A  N/A     12345      C   python                                    1010MiB |",
        rule,
    ])


if __name__ == "__main__":
    main(__file__, {"negative-pip": negative_pip, "negative-git": negative_git,
                    "negative-http": negative_http, "negative-progress": negative_progress,
                    "negative-system": negative_system})
