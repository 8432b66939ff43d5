package vn.cpreferrals.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cgroup v1 CPU group with a quota: a process started in it gets at most {@code cpus} cores, as on a smaller host.
 * The machines here have 2 cores, so this is how one node of a bigger cluster is emulated. Needs root and cgroup v1
 * ({@code /sys/fs/cgroup/cpu/…/cpu.cfs_quota_us}); the JVM started inside sees the quota as its processor count.
 */
final class CpuGroup implements AutoCloseable {

  private static final Path CPU = Path.of("/sys/fs/cgroup/cpu");
  private static final Path CPUACCT = Path.of("/sys/fs/cgroup/cpuacct");
  private static final long PERIOD_MICROS = 100_000;

  private final Path cpu;
  private final Path cpuacct;

  private CpuGroup(Path cpu, Path cpuacct) {
    this.cpu = cpu;
    this.cpuacct = cpuacct;
  }

  static CpuGroup create(String name, double cpus) throws IOException {
    if (!Files.isWritable(CPU) || !Files.isWritable(CPUACCT)) {
      throw new IllegalStateException("cgroup v1 cpu and cpuacct controllers are not writable at " + CPU + " and "
          + CPUACCT + ": the scale-out section needs root on a cgroup v1 host");
    }
    Path cpu = Files.createDirectories(CPU.resolve(name));
    Path cpuacct = Files.createDirectories(CPUACCT.resolve(name));
    Files.writeString(cpu.resolve("cpu.cfs_period_us"), Long.toString(PERIOD_MICROS));
    Files.writeString(cpu.resolve("cpu.cfs_quota_us"), Long.toString(Math.round(cpus * PERIOD_MICROS)));
    return new CpuGroup(cpu, cpuacct);
  }

  /**
   * A shell line that moves itself into the group and then becomes the command ({@code sh -c LINE command args…}),
   * so the JVM starts inside the quota and sizes its threads for it.
   */
  String enterAndExec() {
    return "echo $$ > " + cpu.resolve("cgroup.procs") + " && echo $$ > " + cpuacct.resolve("cgroup.procs")
        + " && exec \"$0\" \"$@\"";
  }

  /** CPU time used by the group's processes so far, in nanoseconds. */
  long usageNanos() throws IOException {
    return Long.parseLong(Files.readString(cpuacct.resolve("cpuacct.usage")).trim());
  }

  /** Scheduler periods in which the group hit its quota and waited. */
  long throttledPeriods() throws IOException {
    return Files.readAllLines(cpu.resolve("cpu.stat")).stream().filter(l -> l.startsWith("nr_throttled "))
        .mapToLong(l -> Long.parseLong(l.substring("nr_throttled ".length()).trim())).findFirst().orElse(0);
  }

  /** Removes the group; its processes must have ended (the kernel refuses otherwise, and the group is left). */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(cpu);
      Files.deleteIfExists(cpuacct);
    } catch (IOException stillInUse) {
      System.err.println("cgroup left behind: " + cpu + " (" + stillInUse.getMessage() + ")");
    }
  }
}
