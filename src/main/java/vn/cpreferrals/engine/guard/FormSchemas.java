package vn.cpreferrals.engine.guard;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The forms of each deployment, parsed once. Our models bind forms by deployment ({@code formRefBinding="deployment"}),
 * so the form a task shows is the one deployed with its model; a task whose form cannot be found accepts no input.
 */
final class FormSchemas {

  private final Map<String, Map<String, FormSchema>> byDeployment = new ConcurrentHashMap<>();

  FormSchema find(CommandContext context, String deploymentId, CamundaFormRef ref) {
    if (ref == null || ref.getKey() == null || deploymentId == null) {
      return null;
    }
    return byDeployment.computeIfAbsent(deploymentId, id -> load(context, id)).get(ref.getKey());
  }

  private static Map<String, FormSchema> load(CommandContext context, String deploymentId) {
    Map<String, FormSchema> forms = new HashMap<>();
    for (ResourceEntity resource : context.getResourceManager().findResourcesByDeploymentId(deploymentId)) {
      if (resource.getName() != null && resource.getName().endsWith(".form")) {
        try {
          FormSchema schema = FormSchema.parse(resource.getBytes());
          forms.put(schema.id(), schema);
        } catch (IOException e) {
          throw new ProcessEngineException("Form " + resource.getName() + " of deployment " + deploymentId
              + " is not valid JSON", e);
        }
      } else if (resource.getName() != null && resource.getName().endsWith(".html")) {
        forms.put(resource.getName(), FormSchema.embedded(resource.getName(), resource.getBytes()));
      }
    }
    return forms;
  }
}
