"""Managing runs in SQLite: tags, names, notes, removal, crashed runs, scrubbing secrets out,
and compaction (VACUUM) with the marker that tells runs starting meanwhile to wait. A mixin of
SQLiteStore."""

from __future__ import annotations

import os
import time

from ..errors import StoreBusy, StoreLocked
from ..jsoncore import dumps, loads
from ..records import LogChunk
from .sqlite_conn import SQLiteBase, _DryRun, _store_error
from .sqlite_conn import sqlite3  # the C half (see there)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

MAINTENANCE_WAIT_S = 600.0  # a run starting during `compact` waits this long for it at most
AFTER_MAINTENANCE_S = 30.0  # ... and then this long for the lock (others write their backlog)
SETTLE_S = 60.0  # for this long after a VACUUM, a locked start still waits AFTER_MAINTENANCE_S
# Past this many pages in the write-ahead log after a run's checkpoint, the log is started over
# (see `checkpoint`): about 0.15 ms of reading it at each start at most, against an fsync a time.
WAL_KEPT_PAGES = 64


def _maintenance_marker(path: str) -> str:
    return path + "-maintenance"


def _write_marker(marker: str, ended: bool = False) -> None:
    """The marker holds this process's pid while VACUUM runs, then 0 (ended): its time then
    says that runs held back may still be writing their backlog (SETTLE_S)."""
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write("0" if ended else str(os.getpid()))
    except OSError:
        if not ended:
            raise


def maintenance_holder(path: str) -> int | None:
    """The pid of a VACUUM in progress; 0 when one ended less than SETTLE_S ago; None when
    there is none (no marker, a stale one, or its process died)."""
    from ..record.procs import process_start_time

    try:
        with open(_maintenance_marker(path)) as marker:
            text = marker.read(32).strip()
            age = time.time() - os.fstat(marker.fileno()).st_mtime
    except OSError:
        return None
    if not text.isdigit():
        return None
    pid = int(text)
    if pid and process_start_time(pid) is not None:
        return pid
    return 0 if age < SETTLE_S else None


def _size_with_wal(path: str) -> int:
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))



class SQLiteMaintenance(SQLiteBase):
    # -- managing runs ------------------------------------------------------------------------

    def add_tags(self, run_id: int, tags: Iterable[str]) -> None:
        with self._transaction():
            self.db.executemany(
                "INSERT OR IGNORE INTO run_tags VALUES (?, ?)", [(run_id, t) for t in tags]
            )

    def remove_tags(self, run_id: int, tags: Iterable[str]) -> None:
        with self._transaction():
            self.db.executemany(
                "DELETE FROM run_tags WHERE run_id = ? AND tag = ?", [(run_id, t) for t in tags]
            )

    def rename_run(self, run_id: int, name: str) -> None:
        with self._transaction():
            self.db.execute("UPDATE runs SET name = ? WHERE id = ?", (name, run_id))

    def set_notes(self, run_id: int, notes: str) -> None:
        with self._transaction():
            self.db.execute("UPDATE runs SET notes = ? WHERE id = ?", (notes, run_id))

    def delete_runs(self, run_ids: Sequence[int]) -> int:
        with self._transaction():
            return self.db.executemany(
                "DELETE FROM runs WHERE id = ?", [(i,) for i in run_ids]
            ).rowcount

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the store file without waiting for anyone (PASSIVE), so
        that the `.db` file alone holds the runs (people copy it) even though `expctl run`
        leaves without closing its connection.

        Then, past WAL_KEPT_PAGES, start the log over when no one else is using it
        (`_restart_log`). The first connection to open a store finds no index of its log it
        can trust (the last one left without closing) and reads the whole log to rebuild it,
        and a log that is never started over only grows (some ten pages a run, as every run
        appends to it): after 40 runs each start read 1.7 MB, 400 pages, about 1.4 ms."""
        if self.path == ":memory:":
            return
        _, pages, copied = self.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if pages > WAL_KEPT_PAGES and copied == pages:
            self._restart_log()

    def _restart_log(self) -> None:
        """Start the write-ahead log over in its file, all of it being copied: a write made now
        goes to the file's beginning, under a new salt, and the rebuild of the index at the next
        start stops at the first frame of the old log. The write rewrites the schema version as
        it is (the store file already holds all the rest, so the log need not be copied
        again); its commit fsyncs the new log's header. Emptying the file instead (a TRUNCATE
        checkpoint, as before) freed its blocks: 5-18 ms for the 13 MB a 200 MB run leaves, on
        a disk mounted with `discard` (this project's), and the next run allocated them again,
        with the fsync of a new log's header at its first write. Without waiting: when another
        process holds the lock the log stays as it is, and when one reads the log (SQLite then
        appends the write instead), the next run's checkpoint tries again."""
        self.db.execute("PRAGMA busy_timeout = 0")  # another reader or writer: no wait
        try:
            with self._transaction():
                version = self.db.execute("PRAGMA user_version").fetchone()[0]
                self.db.execute(f"PRAGMA user_version = {int(version)}")
        except StoreLocked:
            pass  # another writer: the log is started over by a later checkpoint
        finally:
            self.set_busy_timeout(self.busy_timeout)

    def defer_checkpoints(self, defer: bool) -> None:
        """No automatic checkpoint at the commits made while `defer` (SQLite's default: one at
        any commit past 1,000 pages of log). The final flush stores the 8 MB tail window in
        several commits: each past the limit copied the log into the file, with its two fsyncs,
        where `checkpoint` at the end of the run does it once."""
        self.db.execute(f"PRAGMA wal_autocheckpoint = {0 if defer else 1000}")

    def active_run_ids(self) -> list[int]:
        """Runs marked running (callers reap those whose recorder died first)."""
        return [row[0] for row in self.db.execute(
            "SELECT id FROM runs WHERE status = 'running' ORDER BY id")]

    def compact(self) -> tuple[int, int]:
        """VACUUM, unless runs are being recorded (StoreBusy then: VACUUM holds the write lock
        for as long as it takes, and their writes would wait). The check is made holding the
        write lock, and a marker file beside the store tells a run starting meanwhile to wait
        for the VACUUM instead of giving up. Returns the file's size before and after."""
        if self.path == ":memory:":
            return 0, 0
        before = _size_with_wal(self.path)
        marker = _maintenance_marker(self.path)
        with self._transaction():
            active = self.active_run_ids()
            if active:
                raise StoreBusy(active)
            _write_marker(marker)
        try:
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
            self.db.execute("VACUUM")
            # Shrinks the -wal file; never waits for readers (that would hold writers back).
            self.db.execute("PRAGMA busy_timeout = 0")
            try:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.OperationalError:
                pass  # a reader is active: the log is truncated by a later checkpoint
            self.set_busy_timeout(self.busy_timeout)
        except sqlite3.DatabaseError as exc:
            raise _store_error(self.path, exc) from None
        finally:
            _write_marker(marker, ended=True)
        return before, _size_with_wal(self.path)

    def scrub_run(self, run_id: int, rules, dry_run: bool = False) -> list[str]:
        """Re-apply redaction `rules` to what is stored for one run; return what changed
        (e.g. ["command", "param lr", "env", "git remote", "patch", "name", "logs"]). `rules`
        provides `secrets(argv, env_vars) -> set` (values the rules now hide there, to be
        hidden everywhere else too), `argv(list) -> list`, `param(name, text) -> str` (the text
        to keep), `env(dict) -> dict`, `url(str) -> str`, `text(str, secrets) -> str` and
        `logs(chunks, secrets) -> chunks` (LogChunks in order; sizes are kept)."""
        try:
            return self._scrub_run(run_id, rules, dry_run)
        except _DryRun as dry:
            return dry.changed

    def _scrub_run(self, run_id: int, rules, dry_run: bool) -> list[str]:
        changed: list[str] = []
        with self._transaction():
            command = loads(self._scalar("SELECT command FROM runs WHERE id = ?", (run_id,)))
            row = self.db.execute("SELECT data FROM run_env WHERE run_id = ?", (run_id,)).fetchone()
            env = loads(row[0]) if row else None
            secrets = rules.secrets(command, (env or {}).get("env_vars") or {})
            if rules.argv(command) != command:
                changed.append("command")
                self.db.execute("UPDATE runs SET command = ? WHERE id = ?",
                                (dumps(rules.argv(command)), run_id))
            for table in ("params", "overridden_params"):  # a losing value is stored too
                for name, source, text in self.db.execute(
                    f"SELECT name, source, text FROM {table} WHERE run_id = ?", (run_id,)
                ).fetchall():
                    kept = rules.param(name, text)
                    if kept != text:
                        changed.append(f"param {name}" + ("" if table == "params" else f" ({source})"))
                        self.db.execute(
                            f"UPDATE {table} SET type = 'str', value = ?, text = ?"
                            " WHERE run_id = ? AND name = ? AND source = ?",
                            (kept, kept, run_id, name, source))
            if env:
                clean = dict(env, env_vars=rules.env(env.get("env_vars") or {}))
                if clean != env:
                    changed.append("env")
                    self.db.execute("UPDATE run_env SET data = ? WHERE run_id = ?",
                                    (dumps(clean, sort_keys=True), run_id))
            remote = self._scalar("SELECT remote_url FROM run_git WHERE run_id = ?", (run_id,))
            if remote and rules.url(remote) != remote:
                changed.append("git remote")
                self.db.execute("UPDATE run_git SET remote_url = ? WHERE run_id = ?",
                                (rules.url(remote), run_id))
            self._scrub_texts(run_id, rules, secrets, changed)
            self._scrub_logs(run_id, rules, secrets, changed)
            if dry_run:
                raise _DryRun(changed)
        return changed

    def _scrub_texts(self, run_id: int, rules, secrets, changed: list[str]) -> None:
        """The dirty-tree patch, the run's name, notes and tags."""
        for what, table, column in (("patch", "run_git", "patch"), ("name", "runs", "name"),
                                    ("notes", "runs", "notes")):
            key = "id" if table == "runs" else "run_id"
            text = self._scalar(f"SELECT {column} FROM {table} WHERE {key} = ?", (run_id,))
            if text and rules.text(text, secrets) != text:
                changed.append(what)
                self.db.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?",
                                (rules.text(text, secrets), run_id))
        tags = [t for (t,) in self.db.execute("SELECT tag FROM run_tags WHERE run_id = ?", (run_id,))]
        clean = [rules.text(t, secrets) for t in tags]
        if clean != tags:
            changed.append("tags")
            self.db.execute("DELETE FROM run_tags WHERE run_id = ?", (run_id,))
            self.db.executemany("INSERT OR IGNORE INTO run_tags VALUES (?, ?)",
                                [(run_id, t) for t in clean])

    def _scrub_logs(self, run_id: int, rules, secrets, changed: list[str]) -> None:
        """Logs, read stream by stream across chunks (a secret may straddle two)."""
        rows = self.db.execute(
            "SELECT seq, stream, offset, data, size FROM logs WHERE run_id = ? ORDER BY seq", (run_id,)
        ).fetchall()
        chunks = [LogChunk(stream, offset, bytes(data), size) for _, stream, offset, data, size in rows]
        clean = rules.logs(chunks, secrets)
        for (seq, *_), old, new in zip(rows, chunks, clean):
            if new.data != old.data:
                self.db.execute("UPDATE logs SET data = ? WHERE run_id = ? AND seq = ?",
                                (new.data, run_id, seq))
        if any(new.data != old.data for old, new in zip(chunks, clean)):
            changed.append("logs")

    def running_runs(self, host: str) -> list[tuple[int, int | None, float | None]]:
        """(id, recorder pid, recorder start time) of runs marked running on `host`."""
        return self.db.execute(
            "SELECT id, pid, pid_started FROM runs WHERE status = 'running' AND host = ?", (host,)
        ).fetchall()

    def mark_crashed(self, run_ids: Sequence[int]) -> None:
        """Runs whose recorder died: status crashed, ended at the time of their last record."""
        with self._transaction():
            for run_id in run_ids:
                last_seen = self._scalar(
                    "SELECT MAX(t) FROM (SELECT started_at AS t FROM runs WHERE id = ?1"
                    " UNION ALL SELECT MAX(last_time) FROM metric_summaries WHERE run_id = ?1)",
                    (run_id,),
                )
                self.db.execute(
                    "UPDATE runs SET status = 'crashed', ended_at = ? WHERE id = ? AND status = 'running'",
                    (last_seen, run_id),
                )

