-- Each time the administrator applied the successor map (registry/successors.yaml), as of which day. Intake maps an
-- ended commune to its successor only up to the latest day applied: until then the old unit still has its people.
CREATE TABLE cp_reorganisation (
  as_of       DATE         NOT NULL,
  applied_at  BIGINT       NOT NULL,
  applied_by  VARCHAR(100) NOT NULL,
  moves       INTEGER      NOT NULL
);
