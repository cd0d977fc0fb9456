"""A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl, its data folder in a temp dir,
listening on a free loopback port, run by an unprivileged user (PostgreSQL refuses to run as
root: when the tests run as root, as CI does, a system user `expctl-pg` is created for it).

`start_cluster()` returns a Cluster or raises Unavailable with the reason (no PostgreSQL
binaries, no way to get an unprivileged user, initdb or start failing); the fixture turns that
into a skip that says why. `Cluster.stop()` stops the server and removes its folder, whatever
state it is in.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile

SERVICE_USER = "expctl-pg"
SUPERUSER = "expctl"


class Unavailable(Exception):
    """PostgreSQL cannot be had on this machine; the message says why."""


class Cluster:
    def __init__(self, bindir: str, folder: str, port: int, password: str, user: str | None):
        self.bindir, self.folder, self.port, self.password, self.user = bindir, folder, port, password, user
        self.data = os.path.join(folder, "data")

    def url(self, dbname: str = "postgres", password: bool = True) -> str:
        secret = f":{self.password}" if password else ""
        return f"postgresql://{SUPERUSER}{secret}@127.0.0.1:{self.port}/{dbname}"

    def pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return _as_service(self.user, [os.path.join(self.bindir, "pg_ctl"), "-D", self.data, *args],
                           check=check)

    def start(self) -> None:
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        self.pg_ctl("-o", options, "-l", os.path.join(self.folder, "server.log"), "-w", "-t", "60",
                    "start")

    def pause(self) -> None:
        """Stop the server as an administrator does (`-m fast`: sessions are ended, what was
        committed is kept); `start()` brings it back with its data."""
        self.pg_ctl("-m", "fast", "-w", "stop")

    def stop(self, remove: bool = False) -> None:
        if os.path.exists(os.path.join(self.data, "postmaster.pid")):
            self.pg_ctl("-m", "immediate", "-w", "stop", check=False)
        if remove:
            shutil.rmtree(self.folder, ignore_errors=True)

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def find_bindir() -> str:
    """The folder holding initdb and pg_ctl (Debian keeps them out of PATH)."""
    found = shutil.which("initdb")
    if found and os.path.exists(os.path.join(os.path.dirname(os.path.realpath(found)), "pg_ctl")):
        return os.path.dirname(os.path.realpath(found))
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if versions:
        return os.path.dirname(versions[-1])
    raise Unavailable("PostgreSQL's initdb/pg_ctl are not installed "
                      "(Debian: apt-get install postgresql; .ci/run does this)")


def service_user() -> str | None:
    """None when not root (the server runs as the current user), else the system user for it,
    created when missing."""
    if os.geteuid() != 0:
        return None
    if subprocess.run(["id", "-u", SERVICE_USER], capture_output=True).returncode != 0:
        made = subprocess.run(["useradd", "--system", "--no-create-home", "--shell",
                               "/usr/sbin/nologin", SERVICE_USER], capture_output=True, text=True)
        if made.returncode != 0 and "already exists" not in made.stderr:
            raise Unavailable(f"running as root and cannot create the user {SERVICE_USER} for "
                              f"PostgreSQL: {made.stderr.strip()}")
    return SERVICE_USER


def _as_service(user: str | None, argv: list[str], check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(argv, capture_output=True, text=True, user=user, timeout=120)
    if check and done.returncode != 0:
        raise Unavailable(f"{os.path.basename(argv[0])} failed: {(done.stderr or done.stdout).strip()[-400:]}")
    return done


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_cluster() -> Cluster:
    """A new cluster, started. Unavailable when it cannot be."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise Unavailable("the psycopg driver is not installed (pip install 'expctl[postgres]')") from None
    bindir = find_bindir()
    user = service_user()
    folder = tempfile.mkdtemp(prefix="expctl-pg-")
    password = secrets.token_hex(12)
    if user:
        shutil.chown(folder, user)
    pwfile = os.path.join(folder, "pw")
    with open(pwfile, "w") as fh:
        fh.write(password)
    if user:
        shutil.chown(pwfile, user)
    cluster = Cluster(bindir, folder, free_port(), password, user)
    try:
        _as_service(user, [os.path.join(bindir, "initdb"), "-D", cluster.data, "-U", SUPERUSER,
                           f"--pwfile={pwfile}", "-A", "scram-sha-256", "-E", "UTF8",
                           "--locale=C", "--no-sync"])
        os.unlink(pwfile)
        cluster.start()
    except BaseException:
        cluster.stop(remove=True)
        raise
    return cluster
