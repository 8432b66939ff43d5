package vn.cpreferrals.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Process variable names and process keys are written once, in their process model class ({@code CaseProcess},
 * {@code ReferralProcess}, {@code DirectiveProcess}, and the few owners of variables every process or task carries).
 * Anywhere else a name is read from there, so renaming a variable is one edit and a typo is a compile error.
 */
class NamesLiveInModelClassesTests {

  static final Path SOURCES = Path.of("src/main/java");

  /** Owners of variables that belong to no single process. */
  static final Set<String> SHARED_VARIABLE_OWNERS = Set.of(
      "DueStatus.java", // due status and escalation of every task and process
      "ProvinceRule.java", // the province every process carries (its tenant)
      "TaskCards.java"); // the task card's own agency name

  /** Literals that are names in a REST contract and only happen to equal a variable name. */
  static final Set<String> API_FIELDS = Set.of(
      "casework/CaseIntake.java|\"communeAgency\"", "casework/CaseIntake.java|\"receivedAt\"", // intake request fields in an error answer
      "casework/CaseIntakeController.java|\"caseNumber\"", // the intake answer
      "calendar/CalendarController.java|\"source\""); // the calendar confirmation body

  /** Engine calls whose first argument is a variable name or a process key. */
  static final Pattern ENGINE_NAME_CALL = Pattern.compile("\\.(?:(?:get|set|remove|has)Variables?(?:Local)?(?:Typed)?"
      + "|variableName|variableValue\\w*|processVariableValue\\w*|taskVariableValue\\w*|orderByProcessVariable"
      + "|processDefinitionKey\\w*|startProcessInstanceByKey|createProcessInstanceByKey|startProcessInstanceByMessage)"
      + "\\(\\s*\"");
  static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  static final Pattern DECLARED = Pattern.compile("(?:ProcessVariable\\.\\w+|string|bool|date|any)\\(\\s*\"(\\w+)\"\\)"
      + "|(?:KEY|VARIABLE\\w*|\\w+_KEY)\\s*=\\s*\"(\\w+)\"");

  @Test
  void noVariableNameOrProcessKeyIsWrittenOutsideItsModelClass() throws IOException {
    List<Path> files = javaFiles();
    Set<String> names = new TreeSet<>();
    files.stream().filter(NamesLiveInModelClassesTests::isModelClass).forEach(f -> names.addAll(declared(read(f))));
    assertThat(names).as("names declared in model classes").contains("caseNumber", "CaseIntervention", "cpDueStatus",
        "DirectiveAssignment", "provinceId", "agencyName");

    List<String> offences = new ArrayList<>();
    for (Path file : files) {
      if (!isModelClass(file)) {
        offences.addAll(offences(SOURCES.relativize(file).toString(), read(file), names).stream()
            .filter(o -> API_FIELDS.stream().noneMatch(a -> isApiField(o, a))).toList());
      }
    }

    assertThat(offences).isEmpty();
  }

  @Test
  void aNameWrittenInFeatureCodeIsFound() {
    String code = """
        class Feature {
          // a comment may say "caseNumber"
          void run(DelegateExecution e) {
            e.setVariable("caseNumber", "x");
            e.getVariable("somethingNew");
            java.util.List.of("cpDueStatus");
            String message = "Số hồ sơ";
          }
        }
        """;

    assertThat(offences("Feature.java", code, Set.of("caseNumber", "cpDueStatus")))
        .containsExactly("Feature.java:4 \"caseNumber\"", "Feature.java:5 engine call with a literal name",
            "Feature.java:6 \"cpDueStatus\"");
  }

  static List<String> offences(String file, String code, Set<String> names) {
    List<String> found = new ArrayList<>();
    String[] lines = code.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = withoutComment(lines[i]);
      Matcher literal = LITERAL.matcher(line);
      boolean reported = false;
      while (literal.find()) {
        if (names.contains(literal.group(1))) {
          found.add(file + ":" + (i + 1) + " \"" + literal.group(1) + "\"");
          reported = true;
        }
      }
      if (!reported && ENGINE_NAME_CALL.matcher(line).find()) {
        found.add(file + ":" + (i + 1) + " engine call with a literal name");
      }
    }
    return found;
  }

  private static boolean isApiField(String offence, String allowed) {
    String[] fileAndLiteral = allowed.split("\\|", 2);
    return offence.contains(fileAndLiteral[0] + ":") && offence.endsWith(" " + fileAndLiteral[1]);
  }

  static Set<String> declared(String code) {
    Set<String> names = new TreeSet<>();
    Matcher m = DECLARED.matcher(code);
    while (m.find()) {
      names.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return names;
  }

  static boolean isModelClass(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith("Process.java") || SHARED_VARIABLE_OWNERS.contains(name);
  }

  private static String withoutComment(String line) {
    String trimmed = line.trim();
    if (trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*")) {
      return "";
    }
    return line;
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
