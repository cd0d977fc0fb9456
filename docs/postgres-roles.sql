-- An insert-only role for a shared expctl store on PostgreSQL (README: "Sharing runs with a team").
--
-- CI jobs (and anyone who only records runs) connect as `expctl_ci`: they can record runs,
-- deliver spooled ones and read everything, but they cannot delete a run (`expctl rm` and
-- `expctl gc --delete` are refused) nor change one that has ended (rename, note, tag, scrub):
--   * no DELETE on `runs`; UPDATE of `runs` only for the columns a recorder finishes a run with,
--     and only while the run is running (or crashed: a spooled run's rest is delivered into it);
--   * the tables that hang off a run (logs, metrics, params ...) may get rows added; rows are
--     changed or removed (the recorder's log cap, re-recorded git state) only for such runs.
--
-- Run it as the role that owns the store's tables (the one whose first `expctl` command created
-- them), in the store's database, after the tables exist (`expctl info` creates them):
--   psql "postgresql://admin@db.example.org/runs" -f docs/postgres-roles.sql
--   psql "postgresql://admin@db.example.org/runs" -c "ALTER ROLE expctl_ci PASSWORD '...'"
-- The owner keeps every right (row security does not apply to a table's owner). Schema upgrades
-- (a newer expctl) are made by the owner too: run `expctl info` as the owner after upgrading.
-- Running this file again is harmless.

DO $$ BEGIN
    CREATE ROLE expctl_ci LOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

GRANT USAGE ON SCHEMA public TO expctl_ci;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO expctl_ci;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO expctl_ci;
GRANT INSERT ON experiments, package_sets, runs TO expctl_ci;
GRANT UPDATE (status, exit_code, signal, ended_at, resources) ON runs TO expctl_ci;

ALTER TABLE runs ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS ci_read ON runs;
DROP POLICY IF EXISTS ci_add ON runs;
DROP POLICY IF EXISTS ci_finish ON runs;
CREATE POLICY ci_read ON runs FOR SELECT TO expctl_ci USING (true);
CREATE POLICY ci_add ON runs FOR INSERT TO expctl_ci WITH CHECK (true);
CREATE POLICY ci_finish ON runs FOR UPDATE TO expctl_ci
    USING (status IN ('running', 'crashed')) WITH CHECK (true);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['run_tags', 'params', 'overridden_params', 'param_origins',
                             'metric_chunks', 'metric_summaries', 'logs', 'log_streams',
                             'run_git', 'run_env', 'artifacts'] LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO expctl_ci', t);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS ci_read ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS ci_add ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS ci_change ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS ci_remove ON %I', t);
        EXECUTE format('CREATE POLICY ci_read ON %I FOR SELECT TO expctl_ci USING (true)', t);
        EXECUTE format('CREATE POLICY ci_add ON %I FOR INSERT TO expctl_ci WITH CHECK (true)', t);
        EXECUTE format('CREATE POLICY ci_change ON %I FOR UPDATE TO expctl_ci USING (run_id IN '
                       '(SELECT id FROM runs WHERE status IN (''running'', ''crashed''))) WITH CHECK (true)', t);
        EXECUTE format('CREATE POLICY ci_remove ON %I FOR DELETE TO expctl_ci USING (run_id IN '
                       '(SELECT id FROM runs WHERE status IN (''running'', ''crashed'')))', t);
    END LOOP;
END $$;
