"""Copy an SQLite store's rows into an empty PostgreSQL store by COPY, table by table: a bench
fixture (bench_engines.py --make-store) for stores far too big to fill run by run. Not a user
tool: `expctl push` is (one transaction per run, artifacts, conflicts).

Columns are matched by name; a param's `num` column (PostgreSQL keeps the number apart from its
text) is computed as the store computes it. Sequences are moved past the copied ids.
"""

from __future__ import annotations

import os
import sqlite3
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

# Parents before children (foreign keys are checked row by row).
TABLES = ("experiments", "package_sets", "runs", "run_tags", "params", "overridden_params",
          "param_origins", "metric_chunks", "metric_summaries", "run_git", "run_env", "logs",
          "log_streams", "artifacts")


def copy_to_postgres(sqlite_path: str, url: str) -> None:
    import psycopg

    from expctl.store import open_store

    open_store(url).close()  # the schema
    lite = sqlite3.connect(sqlite_path)
    with psycopg.connect(url) as pg:
        for table in TABLES:
            _copy_table(lite, pg, table)
        for table in ("experiments", "package_sets", "runs"):
            pg.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                       f" (SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)")
        pg.execute("ANALYZE")
    lite.close()


def _copy_table(lite, pg, table: str) -> None:
    pg_columns = [r[0] for r in pg.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s"
        " AND table_schema = current_schema() ORDER BY ordinal_position", (table,))]
    lite_columns = [r[1] for r in lite.execute(f"PRAGMA table_info({table})")]
    if not lite_columns:
        return
    taken = [c for c in pg_columns if c in lite_columns]
    rows = lite.execute(f"SELECT {', '.join(_quoted(c) for c in taken)} FROM {table}")
    convert = _param_row if table in ("params", "overridden_params") else None
    columns = pg_columns if convert else taken
    with pg.cursor().copy(f"COPY {table} ({', '.join(_quoted(c) for c in columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(convert(dict(zip(taken, row)), columns) if convert else _binary(row))


def _param_row(row: dict, columns: list[str]) -> tuple:
    from expctl.store.pg_params import param_columns, stored_param

    kind, value, num = param_columns(stored_param(row))
    return tuple({**row, "type": kind, "value": value, "num": num}[c] for c in columns)


def _binary(row: tuple) -> tuple:
    return tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)


def _quoted(column: str) -> str:
    return f'"{column}"'
