"""The schema, as an append-only list of named migrations.

Rules: never edit a migration that has shipped; add a new one at the end. Each is applied in its
own transaction together with the row that records it, so a store is always at exactly one
version. `PRAGMA user_version` mirrors the number of applied migrations so that opening a store
costs one pragma read.
"""

from __future__ import annotations

M001_INITIAL = """
CREATE TABLE experiments (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at  REAL NOT NULL,            -- seconds since the epoch
    tags        TEXT NOT NULL DEFAULT '[]' -- JSON list
);

CREATE TABLE runs (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,   -- 32 hex digits
    name          TEXT,                   -- NULL until named
    experiment_id INTEGER NOT NULL REFERENCES experiments(id),
    command       TEXT NOT NULL,          -- JSON list: argv, secrets redacted
    cwd           TEXT NOT NULL,
    status        TEXT NOT NULL,          -- running finished failed interrupted crashed
    exit_code     INTEGER,                -- NULL while running; 128+N when killed by signal N
    signal        INTEGER,                -- the signal that ended the child, else NULL
    started_at    REAL NOT NULL,
    ended_at      REAL,                   -- NULL while running
    host          TEXT NOT NULL,
    user          TEXT NOT NULL,
    pid           INTEGER,                -- the recorder's pid, to tell a crashed run from a live one
    pid_started   REAL,                   -- that process's start time (pids are reused)
    notes         TEXT NOT NULL DEFAULT '',
    resources     TEXT                    -- JSON object, NULL until the run ends
);
CREATE INDEX runs_started_at ON runs(started_at);
CREATE INDEX runs_name ON runs(name);
CREATE INDEX runs_experiment ON runs(experiment_id);
CREATE INDEX runs_status ON runs(status);

CREATE TABLE run_tags (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    tag    TEXT NOT NULL,
    PRIMARY KEY (run_id, tag)
) WITHOUT ROWID;
CREATE INDEX run_tags_tag ON run_tags(tag);

-- One row per parameter. `value` keeps SQLite's own type (INTEGER, REAL or TEXT; bools as 0/1
-- with type 'bool') so that numeric params compare as numbers; `text` is what was written.
CREATE TABLE params (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name   TEXT NOT NULL,
    type   TEXT NOT NULL,                 -- int float bool str
    value,
    text   TEXT NOT NULL,
    source TEXT NOT NULL,                 -- argv (parsed from the command) or cli (--param)
    PRIMARY KEY (run_id, name)
) WITHOUT ROWID;
CREATE INDEX params_name_value ON params(name, value);

-- Metric points are stored in chunks: one row per flush per metric, holding three packed arrays
-- of little-endian float64 (steps, times in seconds since the epoch, values). A row per point costs
-- about 1.5 us of SQLite work each; a chunk makes storing millions of points per second possible.
-- `seq` is the index of the chunk's first point in the series.
CREATE TABLE metric_chunks (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name   TEXT NOT NULL,
    seq    INTEGER NOT NULL,
    n      INTEGER NOT NULL,
    steps  BLOB NOT NULL,
    times  BLOB NOT NULL,
    vals   BLOB NOT NULL,
    PRIMARY KEY (run_id, name, seq)
) WITHOUT ROWID;

-- Kept up to date with every chunk, so listing runs never reads points. min/max ignore NaN and
-- are NULL when every value was NaN; `last` is NULL when the last value was NaN.
CREATE TABLE metric_summaries (
    run_id    INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    last      REAL,
    min       REAL,
    max       REAL,
    count     INTEGER NOT NULL,
    last_step REAL,
    last_time REAL,
    PRIMARY KEY (run_id, name)
) WITHOUT ROWID;
CREATE INDEX metric_summaries_name ON metric_summaries(name, last);

CREATE TABLE run_git (
    run_id          INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    commit_sha      TEXT,                 -- NULL in a repository with no commit yet
    branch          TEXT,                 -- NULL on a detached HEAD
    dirty           INTEGER NOT NULL,
    remote_url      TEXT,                 -- credentials removed
    root            TEXT,
    patch           TEXT,                 -- `git diff HEAD --binary`, NULL when clean
    patch_truncated INTEGER NOT NULL DEFAULT 0,
    untracked       TEXT NOT NULL DEFAULT '[]'
);

-- Package lists are shared by every run made with the same set of packages.
CREATE TABLE package_sets (
    id       INTEGER PRIMARY KEY,
    hash     TEXT NOT NULL,               -- crc32 and length of `packages`: finds candidates
    packages TEXT NOT NULL                -- JSON object name -> version, keys sorted
);
CREATE INDEX package_sets_hash ON package_sets(hash);

CREATE TABLE run_env (
    run_id         INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    data           TEXT NOT NULL,         -- JSON object (python, platform, cpu, gpus, env_vars ...)
    package_set_id INTEGER REFERENCES package_sets(id)
);

-- Output as it arrived, in chunks; `seq` orders chunks of both streams, `offset` is the chunk's
-- byte offset within its stream and `size` the bytes of the stream it stands for (`data` may be
-- shorter or longer where secrets were replaced). A gap between chunks is output dropped by the
-- log cap.
CREATE TABLE logs (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    seq    INTEGER NOT NULL,
    stream TEXT NOT NULL,                 -- stdout or stderr
    offset INTEGER NOT NULL,
    size   INTEGER NOT NULL,
    data   BLOB NOT NULL,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

-- Per-stream totals, so a capped log can say how much it dropped.
CREATE TABLE log_streams (
    run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    stream      TEXT NOT NULL,
    total_bytes INTEGER NOT NULL,
    PRIMARY KEY (run_id, stream)
) WITHOUT ROWID;
"""

# `--where` on the aggregates other than `last`, and on a param's text as written
# (`params.model = 'resnet'`): without these, such a condition reads every row of that name.
M002_QUERY_INDEXES = """
CREATE INDEX metric_summaries_name_min ON metric_summaries(name, min);
CREATE INDEX metric_summaries_name_max ON metric_summaries(name, max);
CREATE INDEX params_name_text ON params(name, text);
"""

# Files kept with a run (`expctl run --artifact GLOB`). The content lives outside the database,
# in `<store folder>/artifacts/<sha256[:2]>/<sha256[2:]>`, stored once however many runs (or
# paths) share it; a row says which run kept which file under which path.
M003_ARTIFACTS = """
CREATE TABLE artifacts (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    path   TEXT NOT NULL,                 -- relative to the run's cwd, '/'-separated, no '..'
    size   INTEGER NOT NULL,              -- bytes
    sha256 TEXT NOT NULL,                 -- 64 hex digits: the content's name in the folder
    PRIMARY KEY (run_id, path)
) WITHOUT ROWID;
CREATE INDEX artifacts_sha256 ON artifacts(sha256);
"""

# Run ids are never given twice (notes, PR comments and scripts cite them). Without this, SQLite
# gives a new row max(id) + 1, so removing the newest run handed its id to the next one. One
# row: the highest id ever given, raised by the trigger on every insert; the store inserts runs
# with this + 1. A store migrated here after such removals starts from its largest id present:
# ids removed above it before this migration cannot be known.
M004_RUN_ID_HIGH_WATER = """
CREATE TABLE run_id_high_water (id INTEGER NOT NULL);
INSERT INTO run_id_high_water SELECT COALESCE(MAX(id), 0) FROM runs;
CREATE TRIGGER runs_id_high_water AFTER INSERT ON runs
WHEN new.id > (SELECT id FROM run_id_high_water)
BEGIN
    UPDATE run_id_high_water SET id = new.id;
END;
"""

# Params now come from several sources (models.PARAM_SOURCES): argv, explicit (--param, called
# `cli` before), config-file, hook (the Python start-up hook) and output (printed configuration).
# `params` keeps the value that wins for each name; a value another source gave for the same
# name is kept here, so that `show` can say who disagreed. Rows exist only for names that two or
# more sources gave, one per losing source.
M005_PARAM_SOURCES = """
UPDATE params SET source = 'explicit' WHERE source = 'cli';

CREATE TABLE overridden_params (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name   TEXT NOT NULL,
    source TEXT NOT NULL,                 -- the source whose value lost
    type   TEXT NOT NULL,                 -- as in params
    value,
    text   TEXT NOT NULL,
    PRIMARY KEY (run_id, name, source)
) WITHOUT ROWID;

-- Where params other than argv's came from: each config file read or refused, each start-up
-- hook report (`origin` is the file's path as named, or `argparse`/`hydra`). `count` params were
-- taken from it; `problem` is NULL when it was read, else why it was not (or only in part).
CREATE TABLE param_origins (
    run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    source  TEXT NOT NULL,
    origin  TEXT NOT NULL,
    count   INTEGER NOT NULL,
    problem TEXT,
    PRIMARY KEY (run_id, source, origin)
) WITHOUT ROWID;
"""

# Metric chunks that fit their page. A row of the (WITHOUT ROWID) metric_chunks table larger than
# about a quarter page (1,002 bytes at 4 KiB pages) keeps only its head on the page and spills
# the rest into an overflow page of its own: a 100-point chunk (2.4 KB) took 46.8 bytes a point.
# The store now writes rows of at most `chunk_points` points (store/sqlite_write.py), 40 at 4 KiB;
# m006 splits the chunks written before into such rows, in place (the same bytes, `seq` still
# the index of each row's first point). The space freed is reused by new rows; `expctl compact`
# returns it to the file system.
#
# The split is data only, and rewrites every chunk (2.5 GB at 100,000 runs): it runs before the
# migrations' transaction, in batches of runs, each its own short transaction (store/sqlite.py
# `_repack_chunks`), so that runs being recorded meanwhile wait for one batch, not for all of
# it. A batch is idempotent (it splits only rows still too long), so an interrupted upgrade, or
# two processes upgrading at once, repeat no work and lose none; the version moves to 6 after.
M006_CHUNKS_FIT_THEIR_PAGE = "-- data only: REPACK_PIECES and REPACK_FIRSTS, run in batches before\n"

# Points per row for a metric `name` (store/sqlite_write.py chunk_points, in SQL: the page's
# largest local payload, less 37 bytes of row overhead and the name's bytes, over 24 a point).
_PER_ROW = ("max(1, (((SELECT page_size FROM pragma_page_size()) - 12) * 64 / 255 - 23 - 37"
            " - length(CAST(name AS BLOB))) / 24)")
# The pieces after the first of each too-long row of the runs in [:low, :high).
REPACK_PIECES = f"""
WITH RECURSIVE
    piece(run_id, name, seq, n, per, i) AS (
        SELECT run_id, name, seq, n, per, 1 FROM (
            SELECT run_id, name, seq, n, {_PER_ROW} AS per FROM metric_chunks
            WHERE run_id >= :low AND run_id < :high) WHERE n > per
        UNION ALL
        SELECT run_id, name, seq, n, per, i + 1 FROM piece WHERE (i + 1) * per < n)
SELECT p.run_id, p.name, p.seq + p.i * p.per, min(p.per, p.n - p.i * p.per),
       substr(c.steps, p.i * p.per * 8 + 1, min(p.per, p.n - p.i * p.per) * 8),
       substr(c.times, p.i * p.per * 8 + 1, min(p.per, p.n - p.i * p.per) * 8),
       substr(c.vals, p.i * p.per * 8 + 1, min(p.per, p.n - p.i * p.per) * 8)
FROM piece p JOIN metric_chunks c ON c.run_id = p.run_id AND c.name = p.name AND c.seq = p.seq
"""
# ... and each too-long row cut to its first piece, in place.
REPACK_FIRSTS = f"""
UPDATE metric_chunks SET n = {_PER_ROW}, steps = substr(steps, 1, {_PER_ROW} * 8),
    times = substr(times, 1, {_PER_ROW} * 8), vals = substr(vals, 1, {_PER_ROW} * 8)
WHERE run_id >= :low AND run_id < :high AND n > {_PER_ROW}
"""
REPACK_BEFORE = 6  # stores older than this version get the batched split first

# Logs in a rowid table. `logs` was WITHOUT ROWID, and a WITHOUT ROWID table is an index b-tree:
# to find its place for an insert, a delete or `MAX(seq)`, SQLite compares whole keys, and a key
# (the row) that spills into overflow pages is read in full for each comparison. Log chunks are
# up to 256 KiB, so a 200 MB passthrough read ~540 MB back from the store. In a rowid table the
# chunk's bytes are only the row's payload, and the primary key is a small separate index.
M007_LOGS_ROWID = """
CREATE TABLE logs_m007 (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    seq    INTEGER NOT NULL,
    stream TEXT NOT NULL,                 -- stdout, stderr, or output (both, through one pipe)
    offset INTEGER NOT NULL,
    size   INTEGER NOT NULL,
    data   BLOB NOT NULL,
    PRIMARY KEY (run_id, seq)
);
INSERT INTO logs_m007 (run_id, seq, stream, offset, size, data)
    SELECT run_id, seq, stream, offset, size, data FROM logs;
DROP TABLE logs;
ALTER TABLE logs_m007 RENAME TO logs;
"""

MIGRATIONS: list[tuple[str, str]] = [
    ("m001_initial", M001_INITIAL),
    ("m002_query_indexes", M002_QUERY_INDEXES),
    ("m003_artifacts", M003_ARTIFACTS),
    ("m004_run_id_high_water", M004_RUN_ID_HIGH_WATER),
    ("m005_param_sources", M005_PARAM_SOURCES),
    ("m006_chunks_fit_their_page", M006_CHUNKS_FIT_THEIR_PAGE),
    ("m007_logs_rowid", M007_LOGS_ROWID),
]

SCHEMA_VERSION = len(MIGRATIONS)
