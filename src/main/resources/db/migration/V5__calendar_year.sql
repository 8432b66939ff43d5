-- Years of the working-day calendar entered or confirmed by an administrator at runtime (the Government's notice):
-- they replace the shipped file's year or the derived, provisional one, on every node.
CREATE TABLE cp_calendar_year (
    calendar_year INT           NOT NULL PRIMARY KEY,
    source        VARCHAR(500)  NOT NULL,
    days_off      VARCHAR(8000) NOT NULL, -- JSON list of {from, to, name}
    working_days  VARCHAR(4000) NOT NULL, -- JSON list of {from, to, name}
    -- the year as it was before the last change, until open tasks' due dates are recomputed (then null)
    previous_days_off     VARCHAR(8000),
    previous_working_days VARCHAR(4000),
    changed_by    VARCHAR(64)   NOT NULL,
    changed_at    BIGINT        NOT NULL
);
