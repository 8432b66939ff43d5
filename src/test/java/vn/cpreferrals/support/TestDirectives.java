package vn.cpreferrals.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.core.io.ClassPathResource;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.directive.DirectiveBpmnWriter;
import vn.cpreferrals.directive.DirectiveTable;

/** A directive table of the tests (src/test/resources/directives/), generated and deployed as the application does. */
public final class TestDirectives {

  /** The forms a directive's tasks show; bound to the deployment, as for a directive deployed at run time. */
  static final List<String> FORMS = List.of("directivePlan", "directiveContribution", "directiveReportInput",
      "directiveReport", "directiveConsolidation", "directiveSend", "directiveQuarterWork");

  private TestDirectives() {}

  /** Reads {@code directives/<processId>.yaml} from the test classpath. */
  public static DirectiveTable table(String processId) {
    try (InputStream in = new ClassPathResource("directives/" + processId + ".yaml").getInputStream()) {
      return DirectiveTable.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deploys the model generated from the table, with or without the directive forms; returns the deployment id. */
  public static String deploy(RepositoryService repository, AgencyRegistry registry, DirectiveTable table, String name,
      boolean withForms) {
    var builder = repository.createDeployment().name(name)
        .addString(table.processId() + ".bpmn", new DirectiveBpmnWriter(registry).write(table));
    if (withForms) {
      FORMS.forEach(form -> builder.addClasspathResource("forms/directive/" + form + ".form"));
    }
    return builder.deploy().getId();
  }
}
