package vn.cpreferrals.identity;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Identity and grant writes at start-up go to the database in transactions of {@value #SIZE} writes (the engine's
 * commands join them), not one commit per row: on PostgreSQL each commit waits for the disk, and a first start writing
 * 12,516 rows one by one took 450 s in the integration tests. Batches rather than one transaction because H2 keeps an
 * open transaction's changes in memory (one transaction for all rows left the demo 100 MiB larger). If a batch fails —
 * typically a second node writing the same rows at the same moment — it is rolled back and the work is done again
 * without batches, where each write tolerates such a race by itself. The work must read what exists afresh each time.
 */
final class WriteBatches {

  static final int SIZE = 500;

  private static final Logger LOG = LoggerFactory.getLogger(WriteBatches.class);

  /** Writes outside any batch: each engine command commits by itself. */
  static final WriteBatches NONE = new WriteBatches(null, 0);

  private final PlatformTransactionManager transactions;
  private final int size;
  private TransactionStatus open;
  private int written;

  private WriteBatches(PlatformTransactionManager transactions, int size) {
    this.transactions = transactions;
    this.size = size;
  }

  static void run(PlatformTransactionManager transactions, String what, Consumer<WriteBatches> work) {
    run(transactions, SIZE, what, work);
  }

  static void run(PlatformTransactionManager transactions, int size, String what, Consumer<WriteBatches> work) {
    WriteBatches batches = new WriteBatches(transactions, size);
    try {
      batches.begin();
      work.accept(batches);
      batches.commit();
    } catch (RuntimeException failed) {
      batches.rollback();
      LOG.warn("{} in batches failed ({}); writing row by row instead", what, failed.getClass().getSimpleName());
      work.accept(NONE);
    }
  }

  /** Counts one write; every {@link #SIZE} writes the batch is committed and the next begun. */
  void wrote() {
    if (open != null && ++written % size == 0) {
      commit();
      begin();
    }
  }

  private void begin() {
    open = transactions.getTransaction(new DefaultTransactionDefinition());
  }

  private void commit() {
    TransactionStatus done = open;
    open = null;
    transactions.commit(done);
  }

  private void rollback() {
    if (open != null && !open.isCompleted()) {
      TransactionStatus failed = open;
      open = null;
      transactions.rollback(failed);
    }
  }
}
