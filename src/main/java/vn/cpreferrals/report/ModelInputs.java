package vn.cpreferrals.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaEntry;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaList;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaMap;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Reading the values a generated directive model writes into its elements: input parameters and properties. */
final class ModelInputs {

  private ModelInputs() {}

  /** The input parameters of an element by name. */
  static Map<String, CamundaInputParameter> of(BaseElement element) {
    Map<String, CamundaInputParameter> inputs = new LinkedHashMap<>();
    if (element.getExtensionElements() != null) {
      element.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
          .flatMap(io -> io.getCamundaInputParameters().stream())
          .forEach(p -> inputs.put(p.getCamundaName(), p));
    }
    return inputs;
  }

  /** The text of an input parameter given as text; empty for a missing one or one given as a list or map. */
  static Optional<String> text(BaseElement element, String name) {
    CamundaInputParameter parameter = of(element).get(name);
    return parameter == null || parameter.getValue() != null ? Optional.empty()
        : Optional.ofNullable(parameter.getTextContent()).map(String::trim);
  }

  /** An input parameter given as a list of maps, each map as key → text. */
  static Optional<List<Map<String, String>>> listOfMaps(BaseElement element, String name) {
    CamundaInputParameter parameter = of(element).get(name);
    if (parameter == null || !(parameter.getValue() instanceof CamundaList list)) {
      return Optional.empty();
    }
    return Optional.of(list.getValues().stream().filter(CamundaMap.class::isInstance).map(CamundaMap.class::cast)
        .map(map -> {
          Map<String, String> entries = new LinkedHashMap<>();
          for (CamundaEntry entry : map.getCamundaEntries()) {
            entries.put(entry.getCamundaKey(), entry.getTextContent().trim());
          }
          return entries;
        }).toList());
  }

  /** A {@code camunda:property} of an element. */
  static Optional<String> property(BaseElement element, String name) {
    if (element.getExtensionElements() == null) {
      return Optional.empty();
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream()).filter(p -> name.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).findFirst();
  }
}
