"""`expctl scrub` on a PostgreSQL store: the redaction rules applied again to what a run holds,
as SQLiteStore.scrub_run does (the same parts, the same report), in one transaction."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from ..records import LogChunk


class _DryRun(Exception):
    """Raised inside the transaction to roll it back and still report what would change."""

    def __init__(self, changed: list[str]):
        super().__init__("dry run")
        self.changed = changed


class PostgresScrub:
    # What PostgresStore, which mixes this class in, provides (declared for the type checker).
    _x: Callable[..., Any]
    _scalar: Callable[..., Any]
    _transaction: Callable[[], Any]
    _add_tags: Callable[[int, Iterable[str]], None]

    def scrub_run(self, run_id: int, rules, dry_run: bool = False) -> list[str]:
        """See SQLiteStore.scrub_run."""
        try:
            return self._scrub_run(run_id, rules, dry_run)
        except _DryRun as dry:
            return dry.changed

    def _scrub_run(self, run_id: int, rules, dry_run: bool) -> list[str]:
        changed: list[str] = []
        with self._transaction():
            command = json.loads(self._scalar("SELECT command FROM runs WHERE id = ? FOR UPDATE", (run_id,)))
            data = self._scalar("SELECT data FROM run_env WHERE run_id = ?", (run_id,))
            env = json.loads(data) if data else None
            secrets = rules.secrets(command, (env or {}).get("env_vars") or {})
            if rules.argv(command) != command:
                changed.append("command")
                self._x("UPDATE runs SET command = ? WHERE id = ?", (json.dumps(rules.argv(command)), run_id))
            self._scrub_params(run_id, rules, changed)
            if env:
                clean = dict(env, env_vars=rules.env(env.get("env_vars") or {}))
                if clean != env:
                    changed.append("env")
                    self._x("UPDATE run_env SET data = ? WHERE run_id = ?",
                            (json.dumps(clean, sort_keys=True), run_id))
            remote = self._scalar("SELECT remote_url FROM run_git WHERE run_id = ?", (run_id,))
            if remote and rules.url(remote) != remote:
                changed.append("git remote")
                self._x("UPDATE run_git SET remote_url = ? WHERE run_id = ?", (rules.url(remote), run_id))
            self._scrub_texts(run_id, rules, secrets, changed)
            self._scrub_logs(run_id, rules, secrets, changed)
            if dry_run:
                raise _DryRun(changed)
        return changed

    def _scrub_params(self, run_id: int, rules, changed: list[str]) -> None:
        for table in ("params", "overridden_params"):  # a losing value is stored too
            for name, source, text in self._x(f"SELECT name, source, text FROM {table}"
                                              " WHERE run_id = ? ORDER BY name, source", (run_id,)).fetchall():
                kept = rules.param(name, text)
                if kept != text:
                    changed.append(f"param {name}" + ("" if table == "params" else f" ({source})"))
                    self._x(f"UPDATE {table} SET type = 'str', value = ?, num = NULL, text = ?"
                            " WHERE run_id = ? AND name = ? AND source = ?", (kept, kept, run_id, name, source))

    def _scrub_texts(self, run_id: int, rules, secrets, changed: list[str]) -> None:
        """The dirty-tree patch, the run's name, notes and tags."""
        for what, table, column in (("patch", "run_git", "patch"), ("name", "runs", "name"),
                                    ("notes", "runs", "notes")):
            key = "id" if table == "runs" else "run_id"
            text = self._scalar(f"SELECT {column} FROM {table} WHERE {key} = ?", (run_id,))
            if text and rules.text(text, secrets) != text:
                changed.append(what)
                self._x(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", (rules.text(text, secrets), run_id))
        tags = [t for (t,) in self._x("SELECT tag FROM run_tags WHERE run_id = ? ORDER BY tag", (run_id,))]
        clean = [rules.text(t, secrets) for t in tags]
        if clean != tags:
            changed.append("tags")
            self._x("DELETE FROM run_tags WHERE run_id = ?", (run_id,))
            self._add_tags(run_id, clean)

    def _scrub_logs(self, run_id: int, rules, secrets, changed: list[str]) -> None:
        """Logs, read stream by stream across chunks (a secret may straddle two)."""
        rows = self._x('SELECT seq, stream, "offset", data, size FROM logs WHERE run_id = ?'
                       " ORDER BY seq", (run_id,)).fetchall()
        chunks = [LogChunk(stream, offset, bytes(data), size) for _, stream, offset, data, size in rows]
        clean = rules.logs(chunks, secrets)
        for (seq, *_), old, new in zip(rows, chunks, clean):
            if new.data != old.data:
                self._x("UPDATE logs SET data = ? WHERE run_id = ? AND seq = ?", (new.data, run_id, seq))
        if any(new.data != old.data for old, new in zip(chunks, clean)):
            changed.append("logs")
