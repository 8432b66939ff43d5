-- One row per report received from an intake point: a resubmitted report (same source and external reference)
-- finds its case instead of opening a second one.
CREATE TABLE cp_case_intake (
    source              VARCHAR(32)  NOT NULL,
    external_reference  VARCHAR(100) NOT NULL,
    case_number         VARCHAR(40)  NOT NULL,
    province            VARCHAR(64)  NOT NULL,
    process_instance_id VARCHAR(64)  NOT NULL,
    reported_by         VARCHAR(64)  NOT NULL,
    created_at          BIGINT       NOT NULL,
    CONSTRAINT cp_case_intake_pk PRIMARY KEY (source, external_reference),
    CONSTRAINT cp_case_intake_number UNIQUE (case_number)
);
