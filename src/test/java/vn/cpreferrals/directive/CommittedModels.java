package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;

import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * Compares a model the writer generates with the committed one. The committed files are what the Camunda build writes,
 * byte for byte. The Operaton build's model API writes the same model in Operaton's namespace (whose attributes then
 * sort differently), so there the two are compared as XML with that namespace read as Camunda's.
 */
public final class CommittedModels {

  static final String CAMUNDA_NAMESPACE = "http://camunda.org/schema/1.0/bpmn";
  static final String OPERATON_NAMESPACE = "http://operaton.org/schema/1.0/bpmn";

  private CommittedModels() {}

  public static void assertSameModel(String generated, String committed, String description) {
    if (!generated.contains(OPERATON_NAMESPACE)) {
      assertThat(generated).as(description).isEqualTo(committed);
      return;
    }
    Diff diff = DiffBuilder.compare(committed).withTest(generated.replace(OPERATON_NAMESPACE, CAMUNDA_NAMESPACE))
        .checkForSimilar().build();
    assertThat(diff.hasDifferences()).as(description + ": " + diff).isFalse();
  }
}
