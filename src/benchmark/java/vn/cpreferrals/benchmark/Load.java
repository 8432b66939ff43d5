package vn.cpreferrals.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a step loop from N client threads for a fixed time after a warm-up and reports throughput and latency. */
final class Load {

  /** One client's work: each call performs one or more transactions and records each one's latency. */
  interface Client {
    void iterate(Latencies latencies) throws Exception;
  }

  interface ClientFactory {
    Client create(int index) throws Exception;
  }

  record Outcome(int clients, double perSecond, double p50, double p95, double p99, long steps) {}

  static Outcome run(int clients, Duration warmUp, Duration measured, ClientFactory factory) throws Exception {
    List<Latencies> perClient = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    State state = new State();
    for (int i = 0; i < clients; i++) {
      Latencies latencies = new Latencies();
      perClient.add(latencies);
      Client client = factory.create(i);
      Latencies discarded = new Latencies();
      threads.add(new Thread(() -> {
        try {
          while (!state.stop && failure.get() == null) {
            client.iterate(state.measuring ? latencies : discarded);
            if (!state.measuring && discarded.count() > 100_000) {
              discarded.reset();
            }
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }, "bench-client-" + i));
    }
    threads.forEach(Thread::start);
    Thread.sleep(warmUp.toMillis());
    long start = System.nanoTime();
    state.measuring = true;
    Thread.sleep(measured.toMillis());
    state.stop = true;
    long end = System.nanoTime();
    for (Thread t : threads) {
      t.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("benchmark client failed", failure.get());
    }
    Latencies all = Latencies.merge(perClient);
    return new Outcome(clients, all.count() / ((end - start) / 1e9), all.percentileMillis(50),
        all.percentileMillis(95), all.percentileMillis(99), all.count());
  }

  private static final class State {
    volatile boolean measuring;
    volatile boolean stop;
  }

  private Load() {}
}
