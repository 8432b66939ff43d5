package vn.cpreferrals.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Start-up writes in one transaction, and row by row again when that transaction fails (a real H2 database). */
class OneTransactionTests {

  final DriverManagerDataSource database = new DriverManagerDataSource(
      "jdbc:h2:mem:one-transaction;DB_CLOSE_DELAY=-1", "sa", "");
  final JdbcTemplate jdbc = new JdbcTemplate(database);
  final DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
  final AtomicInteger runs = new AtomicInteger();

  @BeforeEach
  void givenAnEmptyTable() {
    jdbc.execute("DROP TABLE IF EXISTS grants");
    jdbc.execute("CREATE TABLE grants (id VARCHAR(20) PRIMARY KEY)");
  }

  @Test
  void workThatSucceedsRunsOnceInsideOneTransaction() {
    OneTransaction.run(transactions, "grants", () -> {
      runs.incrementAndGet();
      assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
      jdbc.update("INSERT INTO grants VALUES ('a')");
      jdbc.update("INSERT INTO grants VALUES ('b')");
    });

    assertThat(runs).hasValue(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grants", Integer.class)).isEqualTo(2);
  }

  @Test
  void aFailedTransactionLeavesNothingAndTheWorkIsDoneAgainOutsideIt() {
    OneTransaction.run(transactions, "grants", () -> {
      runs.incrementAndGet();
      jdbc.update("INSERT INTO grants VALUES ('a')");
      if (TransactionSynchronizationManager.isActualTransactionActive()) {
        jdbc.update("INSERT INTO grants VALUES ('a')"); // as a second node's row would collide
      }
    });

    assertThat(runs).hasValue(2);
    assertThat(jdbc.queryForList("SELECT id FROM grants", String.class)).containsExactly("a");
  }
}
