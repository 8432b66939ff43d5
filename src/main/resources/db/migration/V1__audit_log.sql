-- Append-only audit log with a keyed hash chain (see vn.cpreferrals.audit). Portable SQL for H2 and PostgreSQL.
CREATE TABLE cp_audit_entry (
    seq                    BIGINT        NOT NULL PRIMARY KEY,
    occurred_at            BIGINT        NOT NULL, -- epoch milliseconds, UTC
    actor                  VARCHAR(64)   NOT NULL, -- engine user id, or 'system' for timers and start-up
    actor_agency           VARCHAR(64),
    province               VARCHAR(64),
    action                 VARCHAR(64)   NOT NULL,
    process_definition_key VARCHAR(255),
    process_instance_id    VARCHAR(64),
    business_key           VARCHAR(255),
    task_id                VARCHAR(64),
    subject                VARCHAR(255),
    details                VARCHAR(2000),
    prev_hash              CHAR(64)      NOT NULL,
    hash                   CHAR(64)      NOT NULL
);

CREATE INDEX cp_audit_entry_province_time ON cp_audit_entry (province, occurred_at);
CREATE INDEX cp_audit_entry_instance ON cp_audit_entry (process_instance_id);
CREATE INDEX cp_audit_entry_actor ON cp_audit_entry (actor);

-- One row: the head of the chain. Appending locks it, which orders all appends cluster-wide.
CREATE TABLE cp_audit_chain (
    id                 INT       NOT NULL PRIMARY KEY,
    last_seq           BIGINT    NOT NULL,
    last_hash          CHAR(64)  NOT NULL,
    purged_through_seq BIGINT    NOT NULL,
    purged_last_hash   CHAR(64)  NOT NULL
);

INSERT INTO cp_audit_chain (id, last_seq, last_hash, purged_through_seq, purged_last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0,
        '0000000000000000000000000000000000000000000000000000000000000000');
