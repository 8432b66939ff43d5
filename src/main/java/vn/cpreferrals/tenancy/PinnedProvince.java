package vn.cpreferrals.tenancy;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** The province a model belongs to ({@code <camunda:property name="province">} on the process), or null. */
public final class PinnedProvince {

  private PinnedProvince() {}

  public static String of(BpmnModelInstance model, String processKey) {
    Process process = model == null ? null : model.getModelElementById(processKey);
    if (process == null || process.getExtensionElements() == null) {
      return null;
    }
    return process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> ProvinceRule.PROVINCE_PROPERTY.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
  }
}
