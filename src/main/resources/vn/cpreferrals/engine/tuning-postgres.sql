-- Indexes and statistics the shared Tasklist filters need on top of the engine's schema (benchmark figure 4).
-- Every task query joins the authorizations of the user OR the user's groups; without an index on the user column
-- that join read the whole authorization table (two rows per open task) on every Tasklist request.
CREATE INDEX IF NOT EXISTS cp_idx_auth_user ON act_ru_authorization (user_id_);
-- The engine tests permission bits (PERMS_ & 2 = 2); PostgreSQL guesses such a test matches 0.5 % of rows and then
-- plans the authorization join as if the user had a handful of grants instead of two per open task.
CREATE STATISTICS IF NOT EXISTS cp_auth_perm_read ON (perms_ & 2) FROM act_ru_authorization;
CREATE STATISTICS IF NOT EXISTS cp_auth_perm_read_task ON (perms_ & 64) FROM act_ru_authorization;
ANALYZE act_ru_authorization;
