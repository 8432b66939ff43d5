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
import org.springframework.transaction.support.TransactionTemplate;

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

  /** A batch as production runs it: one transaction (there, the engine command's). */
  final WriteBatches.Together inOneTransaction = writes -> new TransactionTemplate(transactions)
      .executeWithoutResult(status -> writes.run());

  @Test
  void fiveWritesInBatchesOfTwoRunOnceInThreeTransactions() {
    List<Object> transactionsSeen = new ArrayList<>();

    WriteBatches.run(inOneTransaction, 2, "grants", batches -> {
      runs.incrementAndGet();
      for (String id : List.of("a", "b", "c", "d", "e")) {
        batches.write(() -> {
          assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
          Object connection = TransactionSynchronizationManager.getResource(database);
          if (!transactionsSeen.contains(connection)) {
            transactionsSeen.add(connection);
          }
          jdbc.update("INSERT INTO grants VALUES (?)", id);
        });
      }
    });

    assertThat(runs).hasValue(1);
    assertThat(transactionsSeen).hasSize(3);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grants", Integer.class)).isEqualTo(5);
  }

  @Test
  void aFailedBatchLeavesNothingAndTheWorkIsDoneAgainRowByRow() {
    WriteBatches.run(inOneTransaction, 10, "grants", batches -> {
      runs.incrementAndGet();
      batches.write(() -> jdbc.update("INSERT INTO grants VALUES ('a')"));
      if (batches != WriteBatches.NONE) {
        batches.write(() -> jdbc.update("INSERT INTO grants VALUES ('a')")); // as a second node's row would collide
      }
    });

    assertThat(runs).hasValue(2);
    assertThat(jdbc.queryForList("SELECT id FROM grants", String.class)).containsExactly("a");
  }

  @Test
  void anEntitySavedTwiceInOneBatchIsSavedOnceThereAndAgainInTheNextBatch() {
    Object authorization = new Object();
    List<String> saves = new ArrayList<>();

    WriteBatches.run(inOneTransaction, 3, "grants", batches -> {
      batches.save(authorization, () -> saves.add("grant"));
      batches.save(authorization, () -> saves.add("grant again"));
      batches.write(() -> saves.add("other"));
      batches.write(() -> saves.add("other"));
      batches.save(authorization, () -> saves.add("withdraw"));
    });

    assertThat(saves).containsExactly("grant", "other", "other", "withdraw");
  }

  @Test
  void outsideBatchesEveryWriteRunsAtOnce() {
    List<String> saves = new ArrayList<>();
    Object authorization = new Object();

    WriteBatches.NONE.save(authorization, () -> saves.add("grant"));
    WriteBatches.NONE.save(authorization, () -> saves.add("withdraw"));

    assertThat(saves).containsExactly("grant", "withdraw");
  }
}
