"""The schema of a PostgreSQL store: the same append-only list of migrations as SQLite's
(store/migrations.py), by the same names and numbers, written in PostgreSQL's dialect. A
migration added there is added here too (tests/test_store_conformance.py checks the names).

Where the engines differ, and why:
* `params` keeps a param's value twice: `value` as text (the str, or the number written out) and
  `num` (the number, for int/float/bool; NULL otherwise). SQLite keeps one column of dynamic
  type; PostgreSQL needs a type per column, and numbers must compare as numbers.
* Text that runs are sorted or matched by uses the "C" collation, so names order by code point
  whatever the server's locale, as they do in SQLite.
* `user` and `offset` are reserved words in PostgreSQL: quoted.
* Run ids come from a sequence, which never gives an id twice (what m004 gives SQLite).
* Floats are DOUBLE PRECISION; NaN is stored as NULL, as SQLite does.
"""

from __future__ import annotations

M001_INITIAL = """
CREATE TABLE experiments (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT COLLATE "C" NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at  DOUBLE PRECISION NOT NULL,
    tags        TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE runs (
    id            BIGSERIAL PRIMARY KEY,
    uuid          TEXT COLLATE "C" NOT NULL UNIQUE,
    name          TEXT COLLATE "C",
    experiment_id BIGINT NOT NULL REFERENCES experiments(id),
    command       TEXT NOT NULL,
    cwd           TEXT COLLATE "C" NOT NULL,
    status        TEXT COLLATE "C" NOT NULL,
    exit_code     INTEGER,
    signal        INTEGER,
    started_at    DOUBLE PRECISION NOT NULL,
    ended_at      DOUBLE PRECISION,
    host          TEXT COLLATE "C" NOT NULL,
    "user"        TEXT COLLATE "C" NOT NULL,
    pid           INTEGER,
    pid_started   DOUBLE PRECISION,
    notes         TEXT NOT NULL DEFAULT '',
    resources     TEXT
);
CREATE INDEX runs_started_at ON runs(started_at, id);
CREATE INDEX runs_name ON runs(name);
CREATE INDEX runs_experiment ON runs(experiment_id);
CREATE INDEX runs_status ON runs(status);
CREATE TABLE run_tags (
    run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    tag    TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (run_id, tag)
);
CREATE INDEX run_tags_tag ON run_tags(tag);
CREATE TABLE params (
    run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name   TEXT COLLATE "C" NOT NULL,
    type   TEXT NOT NULL,
    value  TEXT COLLATE "C",
    num    DOUBLE PRECISION,
    text   TEXT COLLATE "C" NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (run_id, name)
);
CREATE INDEX params_name_num ON params(name, num);
CREATE INDEX params_name_value ON params(name, value);
CREATE TABLE metric_chunks (
    run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name   TEXT COLLATE "C" NOT NULL,
    seq    BIGINT NOT NULL,
    n      INTEGER NOT NULL,
    steps  BYTEA NOT NULL,
    times  BYTEA NOT NULL,
    vals   BYTEA NOT NULL,
    PRIMARY KEY (run_id, name, seq)
);
CREATE TABLE metric_summaries (
    run_id    BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name      TEXT COLLATE "C" NOT NULL,
    last      DOUBLE PRECISION,
    min       DOUBLE PRECISION,
    max       DOUBLE PRECISION,
    count     BIGINT NOT NULL,
    last_step DOUBLE PRECISION,
    last_time DOUBLE PRECISION,
    PRIMARY KEY (run_id, name)
);
CREATE INDEX metric_summaries_name ON metric_summaries(name, last);
CREATE TABLE run_git (
    run_id          BIGINT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    commit_sha      TEXT COLLATE "C",
    branch          TEXT COLLATE "C",
    dirty           INTEGER NOT NULL,
    remote_url      TEXT COLLATE "C",
    root            TEXT,
    patch           TEXT,
    patch_truncated INTEGER NOT NULL DEFAULT 0,
    untracked       TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE package_sets (
    id       BIGSERIAL PRIMARY KEY,
    hash     TEXT NOT NULL,
    packages TEXT NOT NULL
);
CREATE INDEX package_sets_hash ON package_sets(hash);
CREATE TABLE run_env (
    run_id         BIGINT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    data           TEXT NOT NULL,
    package_set_id BIGINT REFERENCES package_sets(id)
);
CREATE TABLE logs (
    run_id   BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    seq      BIGINT NOT NULL,
    stream   TEXT NOT NULL,
    "offset" BIGINT NOT NULL,
    size     BIGINT NOT NULL,
    data     BYTEA NOT NULL,
    PRIMARY KEY (run_id, seq)
);
CREATE TABLE log_streams (
    run_id      BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    stream      TEXT NOT NULL,
    total_bytes BIGINT NOT NULL,
    PRIMARY KEY (run_id, stream)
);
"""

M002_QUERY_INDEXES = """
CREATE INDEX metric_summaries_name_min ON metric_summaries(name, min);
CREATE INDEX metric_summaries_name_max ON metric_summaries(name, max);
CREATE INDEX params_name_text ON params(name, text);
"""

M003_ARTIFACTS = """
CREATE TABLE artifacts (
    run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    path   TEXT COLLATE "C" NOT NULL,
    size   BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (run_id, path)
);
CREATE INDEX artifacts_sha256 ON artifacts(sha256);
"""

# Ids are never reused here from the start: the runs id sequence only moves forward.
M004_RUN_ID_HIGH_WATER = """
SELECT 1;
"""

# Params from several sources (see store/migrations.py m005): the losing values and the origins.
M005_PARAM_SOURCES = """
UPDATE params SET source = 'explicit' WHERE source = 'cli';
CREATE TABLE overridden_params (
    run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name   TEXT COLLATE "C" NOT NULL,
    source TEXT COLLATE "C" NOT NULL,
    type   TEXT NOT NULL,
    value  TEXT COLLATE "C",
    num    DOUBLE PRECISION,
    text   TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (run_id, name, source)
);
CREATE TABLE param_origins (
    run_id  BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    source  TEXT COLLATE "C" NOT NULL,
    origin  TEXT COLLATE "C" NOT NULL,
    count   INTEGER NOT NULL,
    problem TEXT,
    PRIMARY KEY (run_id, source, origin)
);
"""

# SQLite's m006 re-cuts metric chunks to fit its b-tree pages; PostgreSQL keeps large values
# out of line itself (TOAST), so chunk size is not a storage concern here.
M006_CHUNKS_FIT_THEIR_PAGE = """
SELECT 1;
"""

# SQLite's m007 moves its logs out of a WITHOUT ROWID table (store/migrations.py); PostgreSQL's
# tables are heaps with large values kept out of line: nothing to change.
M007_LOGS_ROWID = """
SELECT 1;
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
