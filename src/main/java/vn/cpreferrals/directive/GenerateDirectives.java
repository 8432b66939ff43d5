package vn.cpreferrals.directive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.agency.RegistryFiles;

/**
 * Operator and developer command: regenerates bpmn/directives/*.bpmn from directives/*.yaml with
 * {@link DirectiveBpmnWriter} ({@code mvn -q compile exec:java}, the pom's default main class). It lives in
 * {@code src/main} with the writer because the running application generates models too (a directive imported from
 * its text is generated and deployed there).
 */
public final class GenerateDirectives {

  public static final Path TABLES = Path.of("directives");
  public static final Path MODELS = Path.of("bpmn", "directives");

  private GenerateDirectives() {}

  public static void main(String[] args) throws IOException {
    Files.createDirectories(MODELS);
    for (Path table : tables()) {
      DirectiveTable directive;
      try (InputStream in = Files.newInputStream(table)) {
        directive = DirectiveTable.read(in);
      }
      Path model = MODELS.resolve(directive.processId() + ".bpmn");
      Files.writeString(model, new DirectiveBpmnWriter(registryFor(directive)).write(directive),
          StandardCharsets.UTF_8);
      System.out.println(table + " -> " + model);
    }
  }

  /**
   * The registry a table is written against: the registry file (with the communes of its pre-2025 districts, to which
   * the classes of an earlier directive resolve) for directives of the earlier structure; with today's units of the
   * directive's province for one issued from 1/7/2025, so its classes resolve to their units.
   */
  public static AgencyRegistry registryFor(DirectiveTable table) throws IOException {
    ClassPathResource file = new ClassPathResource("registry/agencies.yaml");
    return table.addressesUnitByUnit() ? RegistryFiles.read(file, List.of(table.province()), LocalDate.now())
        : RegistryFiles.read(file);
  }

  public static List<Path> tables() throws IOException {
    try (Stream<Path> files = Files.list(TABLES)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
