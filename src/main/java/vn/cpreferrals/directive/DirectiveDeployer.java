package vn.cpreferrals.directive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.tenancy.PinnedProvince;

/**
 * Deploys a directive table while the server runs (issue 21): the model from the same generator as
 * {@code directives/*.yaml}, the forms it names, the reviewed table and the text it came from, in one deployment, so
 * what runs can always be traced back to what was approved. The caller decides who may; this class only checks that
 * the table makes a correct model that takes no other province's process key.
 */
@Service
public class DirectiveDeployer {

  /** Where the forms of directive models live on the classpath (and under which names they are deployed). */
  static final String FORMS = "classpath*:forms/directive/*.form";

  private final RepositoryService repository;
  private final AgencyRegistry registry;

  DirectiveDeployer(RepositoryService repository, AgencyRegistry registry) {
    this.repository = repository;
    this.registry = registry;
  }

  /** Everything that stops this table from being deployed, in Vietnamese; empty when it may be. */
  public List<String> problems(DirectiveTable table) {
    List<String> problems = new ArrayList<>(table.problems(registry));
    if (problems.isEmpty()) {
      ProcessDefinition existing = repository.createProcessDefinitionQuery().processDefinitionKey(table.processId())
          .latestVersion().singleResult();
      String owner = existing == null ? null
          : PinnedProvince.of(repository.getBpmnModelInstance(existing.getId()), existing.getKey());
      if (existing != null && !table.province().equals(owner)) {
        problems.add("Mã quy trình '" + table.processId() + "' đã được dùng cho một quy trình khác; hãy đặt mã khác");
      }
    }
    return problems;
  }

  /** The version of the model under this key that starts today, 0 when there is none. */
  public int runningVersion(String processKey) {
    ProcessDefinition existing = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    return existing == null ? 0 : existing.getVersion();
  }

  /**
   * Generates and deploys the table's model. A table whose process key its province already runs becomes that
   * directive's next version: running instances keep theirs.
   *
   * @throws IllegalArgumentException when {@link #problems} is not empty
   */
  public DeployedDirective deploy(DirectiveTable table, byte[] sourceText, String sourceName) {
    List<String> problems = problems(table);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    String model = new DirectiveBpmnWriter(registry).write(table);
    DeploymentBuilder deployment = repository.createDeployment()
        .name(table.processId())
        .source("Nhập từ văn bản")
        .addString(table.processId() + ".bpmn", model)
        .addString("directives/" + table.processId() + ".yaml", table.toYaml());
    if (sourceText != null && sourceText.length > 0) {
      deployment.addInputStream("sources/" + safeName(sourceName), new java.io.ByteArrayInputStream(sourceText));
    }
    for (Resource form : forms()) {
      try (var in = form.getInputStream()) {
        deployment.addString("forms/directive/" + form.getFilename(),
            new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    DeploymentWithDefinitions deployed = deployment.deployWithResult();
    ProcessDefinition definition = deployed.getDeployedProcessDefinitions().get(0);
    return new DeployedDirective(deployed.getId(), definition.getId(), definition.getKey(), definition.getVersion());
  }

  /** What was deployed: the deployment, and the process definition staff start. */
  public record DeployedDirective(String deploymentId, String definitionId, String processKey, int version) {}

  private static Resource[] forms() {
    try {
      return new PathMatchingResourcePatternResolver().getResources(FORMS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String safeName(String name) {
    String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
    return base.isEmpty() ? "van-ban" : base;
  }
}
