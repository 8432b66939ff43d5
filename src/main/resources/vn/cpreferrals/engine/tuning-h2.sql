-- Same purpose as tuning-postgres.sql: the authorization join filters by user or group.
CREATE INDEX IF NOT EXISTS CP_IDX_AUTH_USER ON ACT_RU_AUTHORIZATION (USER_ID_);
-- Completing a task looks up its subtasks by parent.
CREATE INDEX IF NOT EXISTS CP_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_);
