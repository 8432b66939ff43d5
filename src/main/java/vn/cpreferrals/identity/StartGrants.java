package vn.cpreferrals.identity;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.tenancy.PinnedProvince;

/**
 * A directive is started by the standing agency and the leadership of its own province: each model pinned to a
 * province is granted to those groups only, so a start list never offers another province's directive. Earlier
 * versions granted starting every model; that permission is taken back. Runs after the models are deployed; a directive
 * deployed by the import process is granted at once ({@link DirectiveStarters}); another model deployed while the
 * server runs can be started by its province after the next start (closed until then).
 */
@Component
class StartGrants {

  private static final Logger LOG = LoggerFactory.getLogger(StartGrants.class);

  private final ProcessEngine engine;
  private final AgencyRegistry registry;
  private final DataSource dataSource;

  StartGrants(ProcessEngine engine, AgencyRegistry registry, DataSource dataSource) {
    this.engine = engine;
    this.registry = registry;
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  void grantEachProvinceItsOwnModels() {
    WriteBatches.run(engine, "Start grants", this::grant);
  }

  private void grant(WriteBatches batches) {
    IdentityWriter writer = new IdentityWriter(engine, dataSource, RoleGrants.TYPES, false, batches);
    for (Agency agency : registry.agencies()) {
      for (String group : List.of(agency.groupId(), agency.managerGroupId())) {
        writer.withdraw(group, Resources.PROCESS_DEFINITION, RoleGrants.ALL,
            ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
    }
    List<String> granted = new ArrayList<>();
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
        .list()) {
      String province = definition.isStartableInTasklist() ? PinnedProvince.of(
          engine.getRepositoryService().getBpmnModelInstance(definition.getId()), definition.getKey()) : null;
      if (province == null) {
        continue;
      }
      for (Agency agency : registry.agenciesIn(province)) {
        writer.grant(agency.managerGroupId(), RoleGrants.startModel(definition.getKey()));
        if (agency.standing()) {
          writer.grant(agency.groupId(), RoleGrants.startModel(definition.getKey()));
        }
      }
      granted.add(definition.getKey());
    }
    LOG.info("Directive models startable by their own province only: {}", granted);
  }
}
