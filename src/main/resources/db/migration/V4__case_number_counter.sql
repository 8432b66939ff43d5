-- Case numbers come from a counter per province and year (prefix QUANG-NGAI-2026-), taken under a row lock, so
-- concurrent intakes get distinct numbers. A missing row is created from the intakes already numbered.
CREATE TABLE cp_case_counter (
    prefix      VARCHAR(40) NOT NULL PRIMARY KEY,
    last_number INT         NOT NULL
);
