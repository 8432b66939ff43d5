package vn.cpreferrals.engine.guard;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

import vn.cpreferrals.tenancy.ProvinceRule;

/**
 * Each task declares what it may write: the inputs of its form. A person completing a task, submitting its form or
 * setting its variables writes only those, with the right types; routing variables (who gets the work, by when) are
 * never written this way, and direct writes on process instances are the system's and the administrator's alone.
 */
final class WriteCheck {

  static final String PROVINCE_AT_START = ProvinceRule.PROVINCE_VARIABLE;

  private final FormSchemas forms;
  private final AgencyChoice agencies;

  WriteCheck(FormSchemas forms, AgencyChoice agencies) {
    this.forms = forms;
    this.agencies = agencies;
  }

  /** @param completing true for completion and form submission: required inputs must then be there */
  void checkTaskWrite(CommandContext context, String taskId, Map<String, ?> variables, Collection<String> deletions,
      boolean completing) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || !TaskWorkers.worksOpenTask(task, context.getAuthentication())) {
      return; // the engine refuses (not found, not yours, another province) with its own answer
    }
    Map<String, ?> submitted = variables == null ? Map.of() : variables;
    String deploymentId = task.getProcessDefinition() == null ? null : task.getProcessDefinition().getDeploymentId();
    FormSchema schema = forms.find(context, deploymentId, formRef(task));
    FormInput input = new FormInput(schema, "'" + task.getName() + "'", task::getVariable);
    input.checkValues(submitted, (name, value) -> routing(task.getTenantId(), name, value));
    if (deletions != null && !deletions.isEmpty()) {
      input.problems().add("Không được xóa dữ liệu của hồ sơ: " + String.join(", ", deletions) + ".");
    }
    if (completing) {
      input.checkRequired(submitted);
    }
    refuseIfAny(input.problems());
  }

  void checkStart(CommandContext context, ProcessDefinitionEntity definition, Map<String, ?> variables) {
    if (definition == null) {
      return;
    }
    if (!definition.isStartableInTasklist()) {
      throw new AuthorizationException("Quy trình '" + definition.getName() + "' do hệ thống mở (qua tiếp nhận tin "
          + "báo hoặc từ quy trình cha), không được bắt đầu trực tiếp.");
    }
    Map<String, ?> submitted = variables == null ? Map.of() : variables;
    FormSchema schema = forms.find(context, definition.getDeploymentId(), startFormRef(context, definition));
    FormInput input = new FormInput(schema, "bắt đầu '" + definition.getName() + "'", null);
    Map<String, Object> withoutProvince = typedCopy(submitted);
    // The province rule (tenancy) decides about the province; it is the one routing input a start may carry.
    withoutProvince.remove(PROVINCE_AT_START);
    // A start form may name the agency where the work goes (the commune of a report): any agency of the registry.
    input.checkValues(withoutProvince, (name, value) -> name.endsWith("Agency") ? agencies.refusal(null, value)
        : "do hệ thống xác định");
    input.checkRequired(withoutProvince);
    refuseIfAny(input.problems());
  }

  /** A copy that keeps typed values typed (a file stays a file, not its stream). */
  private static Map<String, Object> typedCopy(Map<String, ?> submitted) {
    if (submitted instanceof org.camunda.bpm.engine.variable.VariableMap typed) {
      org.camunda.bpm.engine.variable.VariableMap copy = org.camunda.bpm.engine.variable.Variables.createVariables();
      typed.keySet().forEach(name -> copy.putValueTyped(name, typed.getValueTyped(name)));
      return copy;
    }
    return new java.util.HashMap<>(submitted);
  }

  private static final String EMBEDDED_DEPLOYMENT = "embedded:deployment:";

  static void refuseExecutionWrite() {
    throw new AuthorizationException("Dữ liệu hồ sơ chỉ được ghi qua biểu mẫu của công việc được giao.");
  }

  private String routing(String province, String name, Object value) {
    if (!RoutingVariables.AGENCY_CHOICES.contains(name)) {
      return "do hệ thống xác định, không được sửa";
    }
    return agencies.refusal(province, value);
  }

  /** The task's form, read from its definition (the entity's own form key is filled only for form queries). */
  private static CamundaFormRef formRef(TaskEntity task) {
    TaskDefinition definition = task.getTaskDefinition();
    if (definition == null || definition.getCamundaFormDefinitionKey() == null) {
      return null;
    }
    Object key = definition.getCamundaFormDefinitionKey().getValue(task);
    return key == null ? null : new CamundaFormRefImpl(key.toString(), definition.getCamundaFormDefinitionBinding());
  }

  private static CamundaFormRef startFormRef(CommandContext context, ProcessDefinitionEntity definition) {
    BpmnModelInstance model = context.getProcessEngineConfiguration().getDeploymentCache()
        .findBpmnModelInstanceForProcessDefinition(definition.getId());
    if (model == null) {
      return null;
    }
    StartEvent start = model.getModelElementsByType(StartEvent.class).stream()
        .filter(e -> e.getParentElement() != null && definition.getKey().equals(
            e.getParentElement().getAttributeValue("id")))
        .filter(e -> e.getCamundaFormRef() != null || e.getCamundaFormKey() != null).findFirst().orElse(null);
    if (start == null) {
      return null;
    }
    if (start.getCamundaFormRef() != null) {
      return new CamundaFormRefImpl(start.getCamundaFormRef(), "deployment");
    }
    // An embedded form of the same deployment: its schema is read from the HTML under the resource's name.
    String key = start.getCamundaFormKey();
    return key.startsWith(EMBEDDED_DEPLOYMENT) ? new CamundaFormRefImpl(key.substring(EMBEDDED_DEPLOYMENT.length()),
        "deployment") : null;
  }

  private static void refuseIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("Dữ liệu gửi lên chưa hợp lệ, chưa có gì được lưu. " + String.join(" ", problems));
    }
  }
}
