package vn.cpreferrals.benchmark;

import java.util.Arrays;

/** Step latencies of one run, in nanoseconds; one instance per client thread, merged at the end. */
final class Latencies {

  private long[] values = new long[1 << 14];
  private int size;

  void record(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  void reset() {
    size = 0;
  }

  int count() {
    return size;
  }

  static Latencies merge(Iterable<Latencies> parts) {
    Latencies all = new Latencies();
    for (Latencies p : parts) {
      for (int i = 0; i < p.size; i++) {
        all.record(p.values[i]);
      }
    }
    Arrays.sort(all.values, 0, all.size);
    return all;
  }

  /** Milliseconds at the given percentile (0..100) of a merged, sorted set. */
  double percentileMillis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(p / 100.0 * size) - 1));
    return values[index] / 1_000_000.0;
  }
}
