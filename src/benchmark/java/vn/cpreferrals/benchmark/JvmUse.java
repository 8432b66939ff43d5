package vn.cpreferrals.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

/**
 * What this JVM has spent so far: CPU of the process and of the calling thread, the collectors' and the JIT's time,
 * bytes allocated, and CPU per live thread. Two of them taken around some work give its cost.
 */
record JvmUse(long wallNanos, long processCpuNanos, long threadCpuNanos, long gcMillis, long jitMillis,
    long allocatedBytes, Map<Long, Long> cpuNanosByThread) {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  static JvmUse now() {
    long[] ids = THREADS.getAllThreadIds();
    Map<Long, Long> cpu = new HashMap<>();
    for (long id : ids) {
      cpu.put(id, THREADS.getThreadCpuTime(id));
    }
    return new JvmUse(System.nanoTime(), OS.getProcessCpuTime(), THREADS.getCurrentThreadCpuTime(),
        ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
            .sum(),
        ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
        Arrays.stream(THREADS.getThreadAllocatedBytes(ids)).filter(b -> b > 0).sum(), cpu);
  }

  /** GC, JIT and allocation per step since {@code before}, as one line. */
  String perStep(JvmUse before, double steps) {
    return String.format(Locale.ROOT, "GC %.2f ms (pauses and concurrent work the collectors report), JIT %.2f ms, "
        + "%.0f KiB allocated", (gcMillis - before.gcMillis) / steps, (jitMillis - before.jitMillis) / steps,
        (allocatedBytes - before.allocatedBytes) / 1024.0 / steps);
  }

  /** The threads the CPU went to since {@code before}, busiest first, in ms (names only, digits folded). */
  List<String> busiestThreads(JvmUse before, int limit) {
    Map<String, Long> byName = new TreeMap<>();
    cpuNanosByThread.forEach((id, spent) -> {
      var info = THREADS.getThreadInfo(id);
      long delta = spent - before.cpuNanosByThread.getOrDefault(id, 0L);
      if (info != null && delta > 0) {
        byName.merge(info.getThreadName().replaceAll("\\d+", "#"), delta, Long::sum);
      }
    });
    return byName.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(limit)
        .map(e -> e.getKey() + " " + e.getValue() / 1_000_000).toList();
  }
}
