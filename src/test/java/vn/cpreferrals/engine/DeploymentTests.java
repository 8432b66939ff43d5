package vn.cpreferrals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cpreferrals.support.EngineTest;

@EngineTest
class DeploymentTests {

  @Autowired RepositoryService repositoryService;

  @Test
  void modelsAndFormsAreDeployedTogetherOnceUnderTheirClasspathPaths() {
    Deployment deployment = repositoryService.createDeploymentQuery().deploymentName("cp-referrals").singleResult();

    assertThat(repositoryService.getDeploymentResources(deployment.getId()))
        .extracting(Resource::getName)
        .contains("bpmn/AgencyTaskFixture.bpmn", "forms/agencyTaskFixture.form")
        .doesNotHaveDuplicates()
        .noneMatch(name -> name.startsWith("/"));
  }
}
