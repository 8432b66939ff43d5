package vn.cpreferrals.identity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

import vn.cpreferrals.agency.AgencyRegistry;

/**
 * Leadership monitors every instance of its province in Cockpit, but reads variables only of the models that carry no
 * child data (directives). The grant is per model key, given after the models are deployed, so a model deployed later
 * stays closed until the next start: hidden by default, never shown by accident.
 */
@Component
class VariableVisibility {

  private static final Logger LOG = LoggerFactory.getLogger(VariableVisibility.class);

  private final ProcessEngine engine;
  private final AgencyRegistry registry;
  private final IdentityProperties properties;
  private final DataSource dataSource;

  VariableVisibility(ProcessEngine engine, AgencyRegistry registry, IdentityProperties properties,
      DataSource dataSource) {
    this.engine = engine;
    this.registry = registry;
    this.properties = properties;
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  void grantLeadershipVariablesOfNonCaseModels() {
    WriteBatches.run(engine, "Leadership variable grants", this::grant);
  }

  private void grant(WriteBatches batches) {
    List<Grant> grants = openModels().stream()
        .map(key -> Grant.of(Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
            ProcessDefinitionPermissions.READ_HISTORY_VARIABLE))
        .toList();
    IdentityWriter writer = new IdentityWriter(engine, dataSource, Set.of(Resources.PROCESS_DEFINITION), false,
        batches);
    registry.agencies().forEach(agency -> grants.forEach(g -> writer.grant(agency.managerGroupId(), g)));
    LOG.info("Leadership may read variables of {} models; variables of {} stay with the staff working their tasks",
        grants.size(), properties.caseProcesses());
  }

  Set<String> openModels() {
    Set<String> keys = new TreeSet<>();
    engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
        .map(ProcessDefinition::getKey)
        .filter(key -> !properties.caseProcesses().contains(key))
        .forEach(keys::add);
    return keys;
  }
}
