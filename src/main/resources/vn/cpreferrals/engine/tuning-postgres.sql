-- Indexes and statistics the shared Tasklist filters need on top of the engine's schema (benchmark figure 4).
-- Every task query joins the authorizations of the user OR the user's groups; without an index on the user column
-- that join read the whole authorization table (two rows per open task) on every Tasklist request.
CREATE INDEX IF NOT EXISTS cp_idx_auth_user ON act_ru_authorization (user_id_);
-- The engine tests permission bits (PERMS_ & 2 = 2); PostgreSQL guesses such a test matches 0.5 % of rows and then
-- plans the authorization join as if the user had a handful of grants instead of two per open task.
CREATE STATISTICS IF NOT EXISTS cp_auth_perm_read ON (perms_ & 2) FROM act_ru_authorization;
CREATE STATISTICS IF NOT EXISTS cp_auth_perm_read_task ON (perms_ & 64) FROM act_ru_authorization;
-- Thousands of agency groups with very different workloads: the default sample knows the size of none of them, so a
-- busy agency's hundreds of tasks were planned as a few dozen and its grants compared with every task (quadratic).
ALTER TABLE act_ru_identitylink ALTER COLUMN group_id_ SET STATISTICS 10000;
ALTER TABLE act_ru_authorization ALTER COLUMN group_id_ SET STATISTICS 10000;
-- Completing a task looks up its subtasks by parent; the engine's schema has no index for it (a full scan per step).
CREATE INDEX IF NOT EXISTS cp_idx_task_parent ON act_ru_task (parent_task_id_) WHERE parent_task_id_ IS NOT NULL;
-- The shared filters join these three tables on every Tasklist request. PostgreSQL planned a busy agency's filter as a
-- parallel scan of all identity links (three processes, ~100 ms) instead of the group index (~25 ms): on a server with
-- few cores and many staff the extra workers only queue for CPU. History tables keep parallel scans for reports.
ALTER TABLE act_ru_task SET (parallel_workers = 0);
ALTER TABLE act_ru_identitylink SET (parallel_workers = 0);
ALTER TABLE act_ru_authorization SET (parallel_workers = 0);
ANALYZE act_ru_authorization;
ANALYZE act_ru_identitylink;
