package vn.cpreferrals.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.cpreferrals.process.OneCommand;

/**
 * Identity and grant writes at start-up go to the database {@value #SIZE} at a time, each batch as one engine command:
 * the engine calls inside it share that command's context, so their rows are flushed together (JDBC batches) and
 * committed once. One command per row cost a commit each (a first start writing 12,516 rows took 450 s on the
 * integration tests' PostgreSQL) and, with commits batched, still the engine's per-command work (about half of a first
 * start's identity sync on H2). Batches rather than one command for everything because H2 keeps an open transaction's
 * changes in memory (one transaction for all rows left the demo 100 MiB larger).
 *
 * <p>If a batch fails — typically a second node writing the same rows at the same moment — its command is rolled back
 * and the work is done again without batches, where each write tolerates such a race by itself. The work must read
 * what exists afresh each time.
 */
final class WriteBatches {

  static final int SIZE = 500;

  private static final Logger LOG = LoggerFactory.getLogger(WriteBatches.class);

  /** Writes outside any batch: each runs at once, and each engine command commits by itself. */
  static final WriteBatches NONE = new WriteBatches(null, 0);

  /** Runs a batch of writes as one unit of work: one engine command, one transaction. */
  interface Together {
    void run(Runnable writes);
  }

  private final Together together;
  private final int size;
  private final List<Runnable> pending = new ArrayList<>();
  private final Set<Object> pendingEntities = Collections.newSetFromMap(new IdentityHashMap<>());

  private WriteBatches(Together together, int size) {
    this.together = together;
    this.size = size;
  }

  /** Each batch as one command of this engine. */
  static void run(ProcessEngine engine, String what, Consumer<WriteBatches> work) {
    run(writes -> OneCommand.run(engine, writes), SIZE, what, work);
  }

  static void run(Together together, int size, String what, Consumer<WriteBatches> work) {
    WriteBatches batches = new WriteBatches(together, size);
    try {
      work.accept(batches);
      batches.flush();
    } catch (RuntimeException failed) {
      LOG.warn("{} in batches failed ({}); writing row by row instead", what, failed.getClass().getSimpleName());
      work.accept(NONE);
    }
  }

  /** A write, at once outside batches, else with its batch; every {@link #SIZE} writes the batch is run. */
  void write(Runnable write) {
    if (together == null) {
      write.run();
      return;
    }
    pending.add(write);
    if (pending.size() >= size) {
      flush();
    }
  }

  /**
   * A save of this entity object, once per batch: a save reads the object when its batch runs, so a second save of the
   * same object in the same batch adds nothing (and the engine refuses to update a row it inserts in the same command).
   */
  void save(Object entity, Runnable write) {
    if (together == null || pendingEntities.add(entity)) {
      write(write);
    }
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    List<Runnable> batch = List.copyOf(pending);
    pending.clear();
    pendingEntities.clear();
    together.run(() -> batch.forEach(Runnable::run));
  }
}
