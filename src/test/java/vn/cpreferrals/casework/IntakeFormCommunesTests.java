package vn.cpreferrals.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyKind;
import vn.cpreferrals.agency.AgencyLevel;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.agency.RegistryFiles;

/**
 * The intake form offers every commune the registry knows with the default provinces: today's communes first (by
 * province, then by name, searchable), then the 2024 communes the seeds name, marked as such. The form is a static
 * file Tasklist deploys, so this test keeps it in step with the registry; {@code -Dcp.regenerate-forms=true} rewrites
 * it instead of failing.
 */
class IntakeFormCommunesTests {

  static final Path FORM = Path.of("forms/casework/caseReportIntake.form");
  /** The default of cp.registry.enabled-provinces in application.yaml. */
  static final List<String> DEFAULT_PROVINCES = List.of("lai-chau", "quang-ngai", "gia-lai");
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theIntakeFormOffersEveryCommuneOfTheDefaultProvincesSearchably() throws IOException {
    assertThat(Files.readString(Path.of("src/main/resources/application.yaml")))
        .contains("${CP_ENABLED_PROVINCES:" + String.join(",", DEFAULT_PROVINCES) + "}");
    ObjectNode form = (ObjectNode) JSON.readTree(FORM.toFile());
    ObjectNode field = communeField(form);
    ArrayNode expected = options(RegistryFiles.read(new ClassPathResource("registry/agencies.yaml"),
        DEFAULT_PROVINCES, LocalDate.now()));

    if (Boolean.getBoolean("cp.regenerate-forms")) {
      field.put("searchable", true);
      field.set("values", expected);
      Files.writeString(FORM, write(form), StandardCharsets.UTF_8);
    }

    assertThat(field.path("searchable").asBoolean()).as("a list this long must be searchable").isTrue();
    assertThat(field.get("values")).as("options of %s; regenerate with -Dcp.regenerate-forms=true", FORM)
        .isEqualTo(expected);
    assertThat(expected.size()).isGreaterThan(38 + 96 + 135);
    assertThat(expected.toString()).contains("Ủy ban nhân dân phường Quy Nhơn Bắc, tỉnh Gia Lai")
        .contains("Ủy ban nhân dân phường Chánh Lộ, thành phố Quảng Ngãi (Tỉnh Quảng Ngãi, đến 30/6/2025)");
  }

  static ArrayNode options(AgencyRegistry registry) {
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    List<Agency> communes = registry.agencies().stream()
        .filter(a -> a.level() == AgencyLevel.COMMUNE && a.kind() == AgencyKind.PEOPLES_COMMITTEE).toList();
    List<Map.Entry<String, String>> today = new ArrayList<>();
    List<Map.Entry<String, String>> before = new ArrayList<>();
    for (Agency commune : communes) {
      String province = registry.province(commune.province()).orElseThrow().name();
      if (commune.id().matches(commune.province() + "-ubnd-\\d{5}")) {
        today.add(Map.entry(commune.id(), commune.name()));
      } else {
        before.add(Map.entry(commune.id(), commune.name() + " (" + province + ", đến 30/6/2025)"));
      }
    }
    // By province, then by the unit's own name ("Quy Nhơn Bắc"), not by its type.
    Comparator<Map.Entry<String, String>> byLabel = Comparator.comparing(
        (Map.Entry<String, String> e) -> registry.agency(e.getKey()).orElseThrow().province())
        .thenComparing(e -> e.getValue().replaceFirst("^Ủy ban nhân dân (xã|phường|đặc khu|thị trấn) ", ""),
            vietnamese);
    ArrayNode values = JSON.createArrayNode();
    for (List<Map.Entry<String, String>> group : List.of(today, before)) {
      group.stream().sorted(byLabel).forEach(e -> values.addObject().put("label", e.getValue()).put("value", e.getKey()));
    }
    return values;
  }

  private static ObjectNode communeField(JsonNode node) {
    if (node.isObject() && "communeAgency".equals(node.path("key").asText())) {
      return (ObjectNode) node;
    }
    for (JsonNode child : node) {
      ObjectNode found = child.isContainerNode() ? communeField(child) : null;
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** As the form files are written: two spaces, one element per line. */
  private static String write(JsonNode form) throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator(""));
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    return JSON.writer(printer).writeValueAsString(form) + "\n";
  }
}
