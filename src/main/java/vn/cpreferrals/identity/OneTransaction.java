package vn.cpreferrals.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Identity and grant writes at start-up go to the database in one transaction (the engine's commands join it), so in
 * one commit rather than one per row: on PostgreSQL each commit waits for the disk, and a first start writing 12,516
 * rows one by one took 450 s in the integration tests. If the transaction fails — typically a second node writing the
 * same rows at the same moment — the work is done again outside it, where each write tolerates such a race by itself.
 * {@code work} must read what exists afresh each time it runs.
 */
final class OneTransaction {

  private static final Logger LOG = LoggerFactory.getLogger(OneTransaction.class);

  private OneTransaction() {}

  static void run(PlatformTransactionManager transactions, String what, Runnable work) {
    try {
      new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    } catch (RuntimeException failed) {
      LOG.warn("{} in one transaction failed ({}); writing row by row instead", what,
          failed.getClass().getSimpleName());
      work.run();
    }
  }
}
