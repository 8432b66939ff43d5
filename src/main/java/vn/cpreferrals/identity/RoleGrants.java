package vn.cpreferrals.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;

/**
 * What each role may do. Task access is deliberately absent: the engine grants a group access to a task only when the
 * group is a candidate of that task, so agencies see their own work and nothing else. Tenant checks add the province
 * boundary on top.
 */
final class RoleGrants {

  static final String ALL = "*";

  /** The resource types whose group authorizations the registry decides (never TASK: tasks are granted one by one). */
  static final java.util.Set<org.camunda.bpm.engine.authorization.Resource> TYPES = java.util.Set.of(APPLICATION, GROUP,
      HISTORIC_PROCESS_INSTANCE, PROCESS_DEFINITION, PROCESS_INSTANCE);

  private RoleGrants() {}

  /** Agency staff: Tasklist, the names of agencies, and starting the processes staff may open. */
  static List<Grant> officer(List<String> startableProcesses) {
    List<Grant> grants = new ArrayList<>();
    grants.add(Grant.of(APPLICATION, "tasklist", ACCESS));
    grants.add(Grant.of(GROUP, ALL, READ));
    if (!startableProcesses.isEmpty()) {
      grants.add(Grant.of(PROCESS_INSTANCE, ALL, CREATE));
      for (String key : startableProcesses) {
        grants.add(Grant.of(PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.CREATE_INSTANCE));
      }
    }
    return grants;
  }

  /**
   * Standing agencies (and every leadership group) open directives for their province: they may create instances and
   * read every model, and start the models of their own province (granted per model), so start lists show only those.
   */
  static List<Grant> starter() {
    return List.of(
        Grant.of(PROCESS_INSTANCE, ALL, CREATE),
        Grant.of(PROCESS_DEFINITION, ALL, ProcessDefinitionPermissions.READ));
  }

  /** Starting a directive of the province: granted per model to its province's starters ({@code StartGrants}). */
  static Grant startModel(String processKey) {
    return Grant.of(PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
  }

  /**
   * Granted by earlier versions and now withdrawn: with historic instance permissions on, READ on every historic
   * instance would also open the history of every variable, child data included.
   */
  static final List<Grant> WITHDRAWN_FROM_MANAGERS = List.of(
      Grant.of(HISTORIC_PROCESS_INSTANCE, ALL, HistoricProcessInstancePermissions.READ));

  /** Agency leadership: monitor (read-only) every instance of their province in Cockpit, on top of officer rights. */
  static List<Grant> manager() {
    return List.of(
        Grant.of(APPLICATION, "cockpit", ACCESS),
        Grant.of(APPLICATION, "tasklist", ACCESS),
        Grant.of(GROUP, ALL, READ),
        Grant.of(PROCESS_DEFINITION, ALL, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY),
        Grant.of(PROCESS_INSTANCE, ALL, READ));
  }
}
