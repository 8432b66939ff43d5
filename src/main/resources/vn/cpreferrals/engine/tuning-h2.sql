-- Same purpose as tuning-postgres.sql: the authorization join filters by user or group.
CREATE INDEX IF NOT EXISTS CP_IDX_AUTH_USER ON ACT_RU_AUTHORIZATION (USER_ID_);
