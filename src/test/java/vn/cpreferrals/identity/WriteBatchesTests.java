package vn.cpreferrals.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Start-up writes in batched transactions, and row by row again when a batch fails (a real H2 database). */
class WriteBatchesTests {

  final DriverManagerDataSource database = new DriverManagerDataSource(
      "jdbc:h2:mem:write-batches;DB_CLOSE_DELAY=-1", "sa", "");
  final JdbcTemplate jdbc = new JdbcTemplate(database);
  final DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
  final AtomicInteger runs = new AtomicInteger();

  @BeforeEach
  void givenAnEmptyTable() {
    jdbc.execute("DROP TABLE IF EXISTS grants");
    jdbc.execute("CREATE TABLE grants (id VARCHAR(20) PRIMARY KEY)");
  }

  @Test
  void fiveWritesInBatchesOfTwoRunOnceInThreeTransactions() {
    List<Object> transactionsSeen = new ArrayList<>();

    WriteBatches.run(transactions, 2, "grants", batches -> {
      runs.incrementAndGet();
      for (String id : List.of("a", "b", "c", "d", "e")) {
        assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
        Object connection = TransactionSynchronizationManager.getResource(database);
        if (!transactionsSeen.contains(connection)) {
          transactionsSeen.add(connection);
        }
        jdbc.update("INSERT INTO grants VALUES (?)", id);
        batches.wrote();
      }
    });

    assertThat(runs).hasValue(1);
    assertThat(transactionsSeen).hasSize(3);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grants", Integer.class)).isEqualTo(5);
  }

  @Test
  void aFailedBatchLeavesNothingAndTheWorkIsDoneAgainRowByRow() {
    WriteBatches.run(transactions, 10, "grants", batches -> {
      runs.incrementAndGet();
      jdbc.update("INSERT INTO grants VALUES ('a')");
      batches.wrote();
      if (batches != WriteBatches.NONE) {
        jdbc.update("INSERT INTO grants VALUES ('a')"); // as a second node's row would collide
      }
    });

    assertThat(runs).hasValue(2);
    assertThat(jdbc.queryForList("SELECT id FROM grants", String.class)).containsExactly("a");
  }
}
