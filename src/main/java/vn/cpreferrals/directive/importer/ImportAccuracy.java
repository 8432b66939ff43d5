package vn.cpreferrals.directive.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.agency.RegistryFiles;
import vn.cpreferrals.directive.DirectiveTable;

/**
 * How well the importer reads the five seed directives: each text of {@code directives/sources/} is imported and its
 * proposal compared, field by field, with the table committed for it in {@code directives/} (the one whose
 * {@code source} names the seed). Items are paired by id, else by the best overlap of their titles' words. Printed per
 * seed and in total as the share of exact values:
 *
 * <pre>
 * mvn -o -q compile exec:java -Dexec.mainClass=vn.cpreferrals.directive.importer.ImportAccuracy [-Dexec.args=-v]
 * </pre>
 *
 * With {@code -v} every difference is listed. {@code DirectiveImporterTests} keeps the totals from falling.
 */
public final class ImportAccuracy {

  /** The fields compared, in the order printed. */
  enum Field {
    ITEMS("items found"), LEADS("leads"), COORDINATING("coordinating"), TIMING("time frame"), DEADLINES("report due"),
    CONSOLIDATION("consolidate by"), STANDING("standing agency"), NUMBER("document no."), ISSUER("issuer"),
    ALSO_REPORT_TO("also report to");

    final String label;

    Field(String label) {
      this.label = label;
    }
  }

  /** Exact values over values compared. */
  record Score(int exact, int total) {

    Score plus(Score other) {
      return new Score(exact + other.exact, total + other.total);
    }

    double percent() {
      return total == 0 ? 100.0 : 100.0 * exact / total;
    }
  }

  /** One seed: its scores, proposed items matching no committed one, flags by severity, differences. */
  record SeedResult(String seed, String processId, Map<Field, Score> scores, int extraItems, double titleOverlap,
      Map<Flag.Severity, Long> flags, List<String> differences) {}

  /** All seeds. */
  record Result(List<SeedResult> seeds) {

    Score total(Field field) {
      return seeds.stream().map(s -> s.scores().get(field)).reduce(new Score(0, 0), Score::plus);
    }

    String render(boolean verbose) {
      StringBuilder b = new StringBuilder();
      b.append(String.format("%-6s", "seed"));
      for (Field f : Field.values()) {
        b.append(String.format(" | %15s", f.label));
      }
      b.append(String.format(" | %6s | %6s | %s%n", "extra", "title≈", "flags E/W/I"));
      for (SeedResult s : seeds) {
        b.append(String.format("%-6s", s.seed()));
        for (Field f : Field.values()) {
          Score sc = s.scores().get(f);
          b.append(String.format(" | %15s", sc.exact() + "/" + sc.total() + " " + Math.round(sc.percent()) + "%"));
        }
        b.append(String.format(" | %6d | %5d%% | %d/%d/%d%n", s.extraItems(), Math.round(100 * s.titleOverlap()),
            s.flags().getOrDefault(Flag.Severity.ERROR, 0L), s.flags().getOrDefault(Flag.Severity.WARNING, 0L),
            s.flags().getOrDefault(Flag.Severity.INFO, 0L)));
      }
      b.append(String.format("%-6s", "all"));
      for (Field f : Field.values()) {
        Score sc = total(f);
        b.append(String.format(" | %15s", sc.exact() + "/" + sc.total() + " " + Math.round(sc.percent()) + "%"));
      }
      b.append(String.format(" | %6d |%n", seeds.stream().mapToInt(SeedResult::extraItems).sum()));
      if (verbose) {
        for (SeedResult s : seeds) {
          b.append("\n").append(s.seed()).append(" ").append(s.processId()).append('\n');
          s.differences().forEach(d -> b.append("  ").append(d).append('\n'));
        }
      }
      return b.toString();
    }
  }

  private static final Pattern SEED = Pattern.compile("seeds/(\\d{3})");

  private ImportAccuracy() {}

  public static void main(String[] args) throws IOException {
    AgencyRegistry registry = registry();
    Result result = measure(registry, Path.of("directives"), Path.of("directives", "sources"));
    System.out.println("Directive importer against the committed tables (share of exact values):");
    System.out.print(result.render(args.length > 0 && args[0].equals("-v")));
    System.out.println();
    System.out.println("The same texts altered (robustness; totals over the five seeds):");
    for (Variant v : Variant.values()) {
      Result altered = measure(registry, Path.of("directives"), Path.of("directives", "sources"), v);
      StringBuilder b = new StringBuilder(String.format("%-22s", v.label));
      for (Field f : Field.values()) {
        Score sc = altered.total(f);
        b.append(String.format(" | %s %d/%d", f.label, sc.exact(), sc.total()));
      }
      System.out.println(b);
    }
  }

  /** A seed text altered the way uploads differ from it: lines broken by a PDF export, diacritics lost. */
  enum Variant {
    AS_COMMITTED("as committed"),
    REWRAPPED("re-wrapped at 70 cols"),
    WITHOUT_DIACRITICS("without diacritics");

    final String label;

    Variant(String label) {
      this.label = label;
    }

    String apply(String text) {
      return switch (this) {
        case AS_COMMITTED -> text;
        case REWRAPPED -> rewrapped(text.replace("**", "").replaceAll("(?m)^#+ *", ""));
        case WITHOUT_DIACRITICS -> java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'),
            java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      };
    }

    /** Every paragraph broken into lines of at most 70 characters with a blank line between, as seed 002 is. */
    private static String rewrapped(String text) {
      StringBuilder b = new StringBuilder();
      for (String paragraph : text.split("\n")) {
        int column = 0;
        for (String word : paragraph.trim().split(" ")) {
          if (column + word.length() > 70) {
            b.append(" \n\n");
            column = 0;
          }
          b.append(word).append(' ');
          column += word.length() + 1;
        }
        b.append("\n\n");
      }
      return b.toString();
    }
  }

  static AgencyRegistry registry() throws IOException {
    return RegistryFiles.read(new ClassPathResource("registry/agencies.yaml"));
  }

  /** Imports every seed text of {@code sources} and compares it with its table in {@code tables}. */
  static Result measure(AgencyRegistry registry, Path tables, Path sources) throws IOException {
    return measure(registry, tables, sources, Variant.AS_COMMITTED);
  }

  static Result measure(AgencyRegistry registry, Path tables, Path sources, Variant variant) throws IOException {
    DirectiveImporter importer = new DirectiveImporter(registry);
    Map<String, DirectiveTable> committed = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(tables)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(p)) {
          DirectiveTable t = DirectiveTable.read(in);
          Matcher m = SEED.matcher(t.source() == null ? "" : t.source());
          if (m.find()) {
            committed.put(m.group(1), t);
          }
        }
      }
    }
    List<SeedResult> results = new ArrayList<>();
    try (Stream<Path> files = Files.list(sources)) {
      for (Path p : files.filter(f -> f.getFileName().toString().matches("\\d{3}-.*\\.txt")).sorted().toList()) {
        String seed = p.getFileName().toString().substring(0, 3);
        DirectiveTable expected = committed.get(seed);
        if (expected != null) {
          Proposal proposal = importer.propose(variant.apply(Files.readString(p, StandardCharsets.UTF_8)),
              "directives/sources/" + p.getFileName());
          results.add(compare(seed, expected, proposal));
        }
      }
    }
    return new Result(List.copyOf(results));
  }

  static SeedResult compare(String seed, DirectiveTable expected, Proposal proposal) {
    DirectiveTable actual = proposal.table();
    List<String> diff = new ArrayList<>();
    Map<Field, Score> scores = new LinkedHashMap<>();
    Map<DirectiveTable.Item, DirectiveTable.Item> pairs = pair(expected.items(), actual.items());
    int leads = 0;
    int coordinating = 0;
    int timing = 0;
    double overlap = 0;
    for (DirectiveTable.Item e : expected.items()) {
      DirectiveTable.Item a = pairs.get(e);
      if (a == null) {
        diff.add("item " + e.id() + " not found (" + shorten(e.title()) + ")");
        continue;
      }
      String where = "item " + e.id() + (a.id().equals(e.id()) ? "" : " (proposed " + a.id() + ")");
      overlap += overlap(e.title(), a.title());
      if (Set.copyOf(e.lead()).equals(Set.copyOf(a.lead()))) {
        leads++;
      } else {
        diff.add(where + " lead " + e.lead() + " ≠ " + a.lead());
      }
      if (Set.copyOf(e.coordinating()).equals(Set.copyOf(a.coordinating()))) {
        coordinating++;
      } else {
        diff.add(where + " coordinating " + e.coordinating() + " ≠ " + a.coordinating());
      }
      if (Objects.equals(e.timing(), a.timing())) {
        timing++;
      } else {
        diff.add(where + " timing '" + e.timing() + "' ≠ '" + a.timing() + "'");
      }
    }
    int n = expected.items().size();
    Set<DirectiveTable.Item> paired = new HashSet<>(pairs.values());
    List<DirectiveTable.Item> extra = actual.items().stream().filter(a -> !paired.contains(a)).toList();
    extra.forEach(a -> diff.add("extra item " + a.id() + " " + a.lead() + " (" + shorten(a.title()) + ")"));
    scores.put(Field.ITEMS, new Score(pairs.size(), n));
    scores.put(Field.LEADS, new Score(leads, n));
    scores.put(Field.COORDINATING, new Score(coordinating, n));
    scores.put(Field.TIMING, new Score(timing, n));
    int due = 0;
    int consolidate = 0;
    for (DirectiveTable.Report r : expected.reports()) {
      Optional<DirectiveTable.Report> found = actual.reports().stream().filter(x -> x.due().equals(r.due()))
          .findFirst();
      if (found.isEmpty()) {
        diff.add("report " + r.id() + " due " + r.due() + " not found");
        continue;
      }
      due++;
      if (found.get().consolidateBy().equals(r.consolidateBy())) {
        consolidate++;
      } else {
        diff.add("report " + r.id() + " consolidate by " + r.consolidateBy() + " ≠ " + found.get().consolidateBy());
      }
    }
    Set<String> expectedDues = expected.reports().stream().map(DirectiveTable.Report::due).collect(Collectors.toSet());
    long extraReports = actual.reports().stream().filter(r -> !expectedDues.contains(r.due())).count();
    if (extraReports > 0) {
      diff.add(extraReports + " extra report deadline(s): " + actual.reports());
    }
    scores.put(Field.DEADLINES, new Score(due, (int) Math.max(expected.reports().size(),
        expected.reports().size() + extraReports)));
    scores.put(Field.CONSOLIDATION, new Score(consolidate, expected.reports().size()));
    scores.put(Field.STANDING, same(expected.standingAgency(), actual.standingAgency(), "standing agency", diff));
    scores.put(Field.NUMBER, same(expected.documentNumber(), actual.documentNumber(), "document number", diff));
    scores.put(Field.ISSUER, same(expected.issuedBy(), actual.issuedBy(), "issuer", diff));
    scores.put(Field.ALSO_REPORT_TO, same(Set.copyOf(expected.alsoReportTo()), Set.copyOf(actual.alsoReportTo()),
        "alsoReportTo", diff));
    Map<Flag.Severity, Long> flags = proposal.flags().stream()
        .collect(Collectors.groupingBy(Flag::severity, LinkedHashMap::new, Collectors.counting()));
    double titles = pairs.isEmpty() ? 0 : overlap / pairs.size();
    return new SeedResult(seed, expected.processId(), scores, extra.size(), titles, flags, diff);
  }

  private static Score same(Object expected, Object actual, String what, List<String> diff) {
    if (Objects.equals(expected, actual)) {
      return new Score(1, 1);
    }
    diff.add(what + " '" + expected + "' ≠ '" + actual + "'");
    return new Score(0, 1);
  }

  /** Committed item → proposed item: same id, else the unpaired proposal whose title shares most words (≥ 25%). */
  static Map<DirectiveTable.Item, DirectiveTable.Item> pair(List<DirectiveTable.Item> expected,
      List<DirectiveTable.Item> actual) {
    Map<DirectiveTable.Item, DirectiveTable.Item> pairs = new LinkedHashMap<>();
    Set<DirectiveTable.Item> used = new HashSet<>();
    for (DirectiveTable.Item e : expected) {
      actual.stream().filter(a -> a.id().equals(e.id()) && !used.contains(a)).findFirst().ifPresent(a -> {
        pairs.put(e, a);
        used.add(a);
      });
    }
    for (DirectiveTable.Item e : expected) {
      if (pairs.containsKey(e)) {
        continue;
      }
      actual.stream().filter(a -> !used.contains(a))
          .max((x, y) -> Double.compare(overlap(e.title(), x.title()), overlap(e.title(), y.title())))
          .filter(a -> overlap(e.title(), a.title()) >= 0.25).ifPresent(a -> {
            pairs.put(e, a);
            used.add(a);
          });
    }
    return pairs;
  }

  /** Jaccard overlap of the titles' words (without diacritics). */
  static double overlap(String x, String y) {
    Set<String> a = new HashSet<>(Tokens.words(x == null ? "" : x));
    Set<String> b = new HashSet<>(Tokens.words(y == null ? "" : y));
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return (double) common.size() / all.size();
  }

  private static String shorten(String s) {
    return Assignments.shorten(s == null ? "" : s, 70);
  }
}
