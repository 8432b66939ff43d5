package vn.cpreferrals.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Every figure of a run, printed side by side and written as CSV and a PNG chart, each with the machine's cores. */
final class Results {

  record Figure(String section, String variant, String measure, double value, String unit, String note) {}

  private final List<Figure> figures = new ArrayList<>();
  private final int cores = Runtime.getRuntime().availableProcessors();

  void add(String section, String variant, String measure, double value, String unit, String note) {
    Figure f = new Figure(section, variant, measure, value, unit, note == null ? "" : note);
    figures.add(f);
    System.out.printf(Locale.ROOT, "  %-28s %-50s %-26s %12.1f %-8s %s%n", section, variant, measure, value, unit,
        f.note());
  }

  List<Figure> all() {
    return List.copyOf(figures);
  }

  double value(String section, String variant, String measure) {
    return figures.stream().filter(f -> f.section().equals(section) && f.variant().equals(variant)
        && f.measure().equals(measure)).mapToDouble(Figure::value).findFirst().orElse(Double.NaN);
  }

  void print() {
    System.out.println();
    System.out.printf(Locale.ROOT, "cp-referrals benchmark — %d cores, %s, Java %s%n", cores,
        System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"));
    System.out.printf(Locale.ROOT, "%-28s %-50s %-26s %12s %-8s %s%n", "section", "variant", "measure", "value", "unit",
        "note");
    System.out.println("-".repeat(146));
    for (Figure f : figures) {
      System.out.printf(Locale.ROOT, "%-28s %-50s %-26s %12.1f %-8s %s%n", f.section(), f.variant(), f.measure(),
          f.value(), f.unit(), f.note());
    }
  }

  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Writer w = Files.newBufferedWriter(dir.resolve("results.csv"), StandardCharsets.UTF_8)) {
      w.write("cores,section,variant,measure,value,unit,note\n");
      for (Figure f : figures) {
        w.write(String.format(Locale.ROOT, "%d,%s,%s,%s,%.3f,%s,\"%s\"%n", cores, f.section(), f.variant(),
            f.measure(), f.value(), f.unit(), f.note().replace("\"", "'")));
      }
    }
    chart(dir.resolve("throughput.png"), "throughput", "tx/s", "Engine transactions per second (" + cores + " cores)");
    chart(dir.resolve("latency.png"), "p95", "ms", "Per-step latency p95, ms (" + cores + " cores)");
    chart(dir.resolve("timers.png"), "p99", "s", "Timer lateness p99, s (" + cores + " cores)");
  }

  private void chart(Path file, String measurePrefix, String unit, String title) throws IOException {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Figure f : figures) {
      if (f.measure().startsWith(measurePrefix) && f.unit().equals(unit)) {
        data.addValue(f.value(), f.variant(), f.section() + " " + f.measure().substring(measurePrefix.length()).trim());
      }
    }
    if (data.getRowCount() == 0) {
      return;
    }
    JFreeChart chart = ChartFactory.createBarChart(title, "", "", data, PlotOrientation.VERTICAL, true, false, false);
    ChartUtils.saveChartAsPNG(file.toFile(), chart, 1100, 600);
  }
}
