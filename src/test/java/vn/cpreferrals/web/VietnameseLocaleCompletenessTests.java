package vn.cpreferrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Each webapp's Vietnamese file has every label of the English file shipped in the Camunda 7.24 webjar (or in
 * Operaton's), none empty, and keeps every placeholder and HTML tag, so no English and no broken sentence reaches
 * staff. Text in angle brackets that is not markup ({@code <Operation>}, {@code <null>}) is a label like any other and
 * may be translated.
 */
class VietnameseLocaleCompletenessTests {

  static final String ROOT = "META-INF/resources/webjars/camunda/app/";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?\\}\\}|%[sd]|\\{\\w+\\}|</?(a|b|i|em|strong|br|span|code|p|ul|li)\\b[^>]*>");
  static final ObjectMapper JSON = new ObjectMapper();
  /** Camunda's end-of-life banner: the one label Operaton's webjar (the -Doperaton build) does not have. */
  static final Set<String> OTHER_ENGINE_ONLY = Set.of("BANNER_CE_EOL_TEXT");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void vietnameseFileHasEveryEnglishLabelFilledAndWithTheSamePlaceholders(String app) throws IOException {
    Map<String, String> english = labels(read(app, "en"));
    Map<String, String> vietnamese = labels(read(app, "vi"));

    assertThat(vietnamese.keySet()).as("%s labels", app).containsAll(english.keySet());
    assertThat(without(vietnamese.keySet(), english.keySet())).as("%s labels the webjar does not have", app)
        .isSubsetOf(OTHER_ENGINE_ONLY);
    List<String> problems = new ArrayList<>();
    english.forEach((key, en) -> {
      String vi = vietnamese.get(key);
      if (vi == null || vi.isBlank()) {
        problems.add(key + " is empty");
      } else if (!placeholders(en).equals(placeholders(vi))) {
        problems.add(key + " has " + placeholders(vi) + " instead of " + placeholders(en));
      }
    });
    assertThat(problems).as("%s labels", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void dateLocaleIsVietnamese(String app) throws IOException {
    JsonNode dates = read(app, "vi").get("dateLocales");

    assertThat(dates).as(app + " dateLocales").isNotNull();
    assertThat(dates.get("months").get(0).asText()).isEqualTo("tháng 1");
    assertThat(dates.get("weekdays").get(1).asText()).isEqualTo("thứ hai");
    assertThat(dates.get("longDateFormat").get("L").asText()).isEqualTo("DD/MM/YYYY");
  }

  static JsonNode read(String app, String locale) throws IOException {
    try (InputStream in = new ClassPathResource(ROOT + app + "/locales/" + locale + ".json").getInputStream()) {
      byte[] bytes = in.readAllBytes();
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      return JSON.readTree(text);
    }
  }

  static Map<String, String> labels(JsonNode file) {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = file.get("labels").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      labels.put(e.getKey(), e.getValue().asText());
    }
    return labels;
  }

  static Set<String> without(Set<String> keys, Set<String> removed) {
    Set<String> left = new TreeSet<>(keys);
    left.removeAll(removed);
    return left;
  }

  static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group().replace(" ", ""));
    }
    found.sort(null);
    return found;
  }
}
