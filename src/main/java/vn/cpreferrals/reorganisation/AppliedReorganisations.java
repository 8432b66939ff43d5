package vn.cpreferrals.reorganisation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The days the administrator has applied the successor map as of (table cp_reorganisation). */
@Component
public class AppliedReorganisations {

  private final JdbcTemplate jdbc;

  AppliedReorganisations(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest day the successor map was applied as of; empty while it never was. */
  public Optional<LocalDate> latestAsOf() {
    Date day = jdbc.queryForObject("SELECT MAX(as_of) FROM cp_reorganisation", Date.class);
    return Optional.ofNullable(day).map(Date::toLocalDate);
  }

  void record(LocalDate asOf, String userId, int moves) {
    jdbc.update("INSERT INTO cp_reorganisation (as_of, applied_at, applied_by, moves) VALUES (?,?,?,?)",
        Date.valueOf(asOf), System.currentTimeMillis(), userId, moves);
  }
}
