"""Runs never wait for a PostgreSQL server: when it is down or slow as a run starts, or goes
away while the run is recorded, the run goes on into a local spool store, delivered later
(expctl.store.sync: `expctl sync`, and the next expctl command that reaches the server).

A spool is an ordinary SQLite store, one per server URL, in the user's data folder
(`<data>/spool/<host>_<port>_<db>-<hash>/spool.db`, or under `$EXPCTL_SPOOL_DIR`); neither its
path nor its content holds the URL's password. A file `pending` beside it says there may be
something to deliver, so a command on a server whose spool is empty pays one `stat`.

The recorder opens its store through `expctl.store.open_run_store`: for a file store that is
the store itself; for a server it is a `SpoolingStore`, which writes to the server while it answers and
to the spool from the first write that finds the connection lost (the failed write included,
so nothing is lost), or from the start when the server did not answer within
START_BUDGET_S seconds (`$EXPCTL_SERVER_WAIT`).
"""

from __future__ import annotations

import os
import time

from ..errors import ExpctlError, StoreError, StoreLocked

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from .sqlite import SQLiteStore

SPOOL_FILE = "spool.db"
PENDING = "pending"
START_BUDGET_S = 1.0


def spool_folder(url: str, environ=None) -> str:
    """The spool folder for the server at `url`."""
    from ..paths import user_data_dir

    environ = os.environ if environ is None else environ
    root = environ.get("EXPCTL_SPOOL_DIR") or os.path.join(user_data_dir(environ), "spool")
    return os.path.join(root, server_label(url))


def server_label(url: str) -> str:
    """A folder name for the server at `url`: host, port and database, and a hash of the URL
    without its password (two users of one database get two names)."""
    import hashlib
    import re
    from urllib.parse import urlsplit

    from .postgres import display_url

    shown = display_url(url)
    parts = urlsplit(shown)
    try:
        port: int | str = parts.port or 5432
    except ValueError:
        port = "port"
    label = f"{parts.hostname or 'local'}_{port}_{parts.path.strip('/') or 'db'}"
    label = re.sub(r"[^A-Za-z0-9._-]+", "_", label)[:60]
    return f"{label}-{hashlib.sha256(shown.encode()).hexdigest()[:12]}"


def has_pending(url: str) -> bool:
    """Whether runs may be waiting in the spool of `url` (one stat)."""
    return os.path.exists(os.path.join(spool_folder(url), PENDING))


def mark_pending(folder: str) -> None:
    with open(os.path.join(folder, PENDING), "a"):
        pass


def open_spool(url: str, busy_timeout: float = 30.0) -> SQLiteStore:
    """The spool store of `url`, created when missing (the folder readable by its owner only),
    with a `server` file naming the server (without password) for people looking at it."""
    from ..paths import prepare_store
    from .postgres import display_url
    from .sqlite import open_sqlite

    folder = spool_folder(url)
    path = os.path.join(folder, SPOOL_FILE)
    prepare_store(path)
    note = os.path.join(folder, "server")
    if not os.path.exists(note):
        with open(note, "w") as fh:
            fh.write(display_url(url) + "\n")
    return open_sqlite(path, "spool for " + display_url(url), True, busy_timeout)


def server_wait() -> float:
    """START_BUDGET_S, or `$EXPCTL_SERVER_WAIT` seconds when that is a number."""
    try:
        return max(0.0, float(os.environ.get("EXPCTL_SERVER_WAIT", START_BUDGET_S)))
    except ValueError:
        return START_BUDGET_S


def open_server_run_store(path: str, reason: str, new_run, busy_timeout: float, warn):
    """(store, run id) for a new run, created on the server at `path` (a file store is opened
    by `expctl.store.open_run_store`). A server that fails or takes longer than `server_wait()`
    gets the run spooled (`warn(key, message)` says so once)."""
    from .postgres import require_driver

    require_driver()  # a missing driver is an error to fix, not a reason to spool
    server, run_id, why = _start_on_server(path, reason, new_run, busy_timeout)
    if server is not None:
        if has_pending(path):
            _deliver_in_background(path)
        return SpoolingStore(path, new_run, warn, server, run_id), run_id
    warn("spool", f"{why}; recording this run in the local spool (delivered by `expctl sync` "
                  "or the next expctl command that reaches the server)")
    store = SpoolingStore(path, new_run, warn)
    return store, store.spool_id


def _start_on_server(url: str, reason: str, new_run, busy_timeout: float):
    """(server store, run id, None) when the run was created on the server within the budget,
    else (None, None, why). The attempt goes on in a daemon thread past the budget; if it
    creates the run after all, the spooled run is merged into that row on delivery (by uuid)."""
    from .postgres import display_url, open_postgres

    box: dict = {}
    import threading  # here: only a server store starts threads

    done, late = threading.Event(), threading.Event()

    def attempt():
        try:
            server = open_postgres(url, reason, busy_timeout)
            if not late.is_set():
                box["run"] = (server, server.create_run(new_run))
            if late.is_set():
                server.close()
        except (ExpctlError, OSError) as exc:
            box["error"] = getattr(exc, "message", None) or str(exc)
        finally:
            done.set()

    threading.Thread(target=attempt, name="expctl-connect", daemon=True).start()
    budget = server_wait()
    finished = done.wait(budget)
    late.set()
    if "run" in box and done.is_set():
        return (*box["run"], None)
    if not finished:
        return None, None, f"the store {display_url(url)} did not answer within {budget:g} s"
    return None, None, box.get("error", f"cannot use the store {display_url(url)}")


def _deliver_in_background(url: str) -> None:
    """Deliver what waits in the spool while this run goes on (a daemon thread with its own
    connections: it never holds the run up, and when expctl exits first, the delivery is cut
    between two runs' transactions and the next command finishes it)."""
    def deliver():
        from .sync import sync_spool

        try:
            sync_spool(url)
        except (ExpctlError, OSError):
            pass  # the runs stay spooled; `expctl sync` says why

    import threading  # here: only a server store starts threads

    threading.Thread(target=deliver, name="expctl-sync", daemon=True).start()


def deliver_pending(server, budget_s: float = 1.0) -> None:
    """Deliver spooled runs for the server a command just opened, for at most about
    `budget_s` seconds, when its spool says something waits; silent (failures leave the runs
    spooled for `expctl sync`, which reports them)."""
    if not has_pending(server.url):
        return
    from .sync import sync_spool

    try:
        sync_spool(server.url, budget_s=budget_s, server=server)
    except (ExpctlError, OSError):
        pass


_WRITES = ("add_params", "replace_params", "record_git", "record_env", "append",
           "replace_metrics", "finish_run", "add_artifacts")


class SpoolingStore:
    """One run's store on a server, with the local spool to fall back on. The recorder calls
    the write methods with its run id; they go to the server's row while the server answers,
    else to the spooled copy (same uuid, experiment, params). Other methods (reads) go to
    whichever store holds the run now."""

    def __init__(self, url: str, new_run, warn, server=None, run_id: int | None = None):
        from .postgres import display_url

        self.url, self.path, self.new_run, self.warn = url, display_url(url), new_run, warn
        self.server, self.server_id = server, run_id
        self.spool: SQLiteStore | None = None
        self.spool_id: int | None = None
        self.spooled_at: float | None = None
        if server is None:
            self._to_spool()

    def _to_spool(self) -> None:
        spool = self.spool = open_spool(self.url)
        self.spool_id = spool.create_run(self.new_run)
        self.spooled_at = time.time()
        mark_pending(spool_folder(self.url))

    def _write(self, name: str, args: tuple, kwargs: dict):
        if self.spool is None:
            try:
                return getattr(self.server, name)(self.server_id, *args, **kwargs)
            except StoreError as exc:
                if isinstance(exc, StoreLocked) or not _connection_lost(self.server):
                    raise
                self._to_spool()
                self.warn("spool", f"lost the server mid-run ({exc.message}): the rest "
                                   "of this run goes to the local spool, delivered by `expctl sync`")
        return getattr(self.spool, name)(self.spool_id, *args, **kwargs)

    def finish_run(self, run_id: int, status, exit_code, signal, ended_at, resources) -> None:
        if self.spool is not None or _connection_lost(self.server):
            resources = dict(resources, spooled_at=self.spooled_at or time.time())
        self._write("finish_run", (status, exit_code, signal, ended_at, resources), {})
        if self.spool is not None:  # ready to deliver: the next command may take it
            mark_pending(spool_folder(self.url))

    def _active(self):
        return (self.server, self.server_id) if self.spool is None else (self.spool, self.spool_id)

    def get_runs(self, run_ids):
        store, run_id = self._active()
        return store.get_runs([run_id])

    def read_metrics(self, run_id: int, names=()):
        store, run_id = self._active()
        return store.read_metrics(run_id, names)

    def checkpoint(self) -> None:
        if self.spool is not None:
            self.spool.checkpoint()

    def defer_checkpoints(self, defer: bool) -> None:
        if self.spool is not None:
            self.spool.defer_checkpoints(defer)

    def set_busy_timeout(self, seconds: float) -> None:
        for store in (self.server, self.spool):
            if store is not None:
                store.set_busy_timeout(seconds)

    def close(self) -> None:
        for store in (self.server, self.spool):
            if store is not None:
                store.close()

    def __getattr__(self, name: str):
        if name in _WRITES:
            return lambda run_id, *args, **kwargs: self._write(name, args, kwargs)
        return getattr(self._active()[0], name)


def _connection_lost(server) -> bool:
    db = getattr(server, "db", None)
    return db is None or bool(db.closed or db.broken)
