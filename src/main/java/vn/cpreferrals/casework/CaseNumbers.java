package vn.cpreferrals.casework;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * QUANG-NGAI-2026-0001: province, year of receipt, running number. The counter row is locked by the increment until
 * the intake commits, so parallel intakes in one province wait for each other for a moment and never share a number.
 */
@Component
class CaseNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    // A failed insert must not abort the intake's transaction (PostgreSQL would refuse every later statement).
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Call inside the intake's transaction. */
  String next(String province, int year) {
    String prefix = province.toUpperCase() + "-" + year + "-";
    for (int attempt = 0; ; attempt++) {
      if (jdbc.update("UPDATE cp_case_counter SET last_number = last_number + 1 WHERE prefix = ?", prefix) == 1) {
        Integer number = jdbc.queryForObject("SELECT last_number FROM cp_case_counter WHERE prefix = ?",
            Integer.class, prefix);
        return prefix + String.format("%04d", number);
      }
      try {
        // First case of the year (or of a database numbered before the counter existed): start after those numbered.
        savepoint.executeWithoutResult(tx -> jdbc.update("INSERT INTO cp_case_counter (prefix, last_number) "
            + "SELECT ?, COUNT(*) FROM cp_case_intake WHERE case_number LIKE ?", prefix, prefix + "%"));
      } catch (DuplicateKeyException created) {
        if (attempt > 3) {
          throw created;
        }
        // another intake created the row meanwhile: increment it
      }
    }
  }
}
