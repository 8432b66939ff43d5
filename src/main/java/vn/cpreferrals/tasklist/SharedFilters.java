package vn.cpreferrals.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cpreferrals.directive.DirectiveProcess;
import vn.cpreferrals.casework.CaseProcess;
import vn.cpreferrals.deadline.DueStatus;
import vn.cpreferrals.process.OnEngineBuilt;

/**
 * The Tasklist filters every member of staff shares, created or updated at start-up. Filters only narrow what a user
 * may see anyway: task authorizations and province checks still apply.
 */
@Component
@Order(OnEngineBuilt.SHARED_FILTERS)
class SharedFilters implements OnEngineBuilt {

  static final String MY_TASKS = "Việc của tôi";
  static final String AGENCY_UNCLAIMED = "Việc chưa nhận của cơ quan";
  static final String DUE_SOON = "Sắp đến hạn (3 ngày)";
  static final String OVERDUE = "Quá hạn";
  static final String ESCALATED = "Đã chuyển cấp đến nhóm của tôi";

  private static final String MY_GROUPS = "${currentUserGroups()}";

  /** Variables shown as columns when a task has them. */
  static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", CaseProcess.CASE_NUMBER.name(), "label", "Số hồ sơ"),
      Map.of("name", DirectiveProcess.DIRECTIVE_NUMBER.name(), "label", "Số văn bản"),
      Map.of("name", CaseProcess.COMMUNE_NAME.name(), "label", "Xã/phường"),
      Map.of("name", TaskCards.AGENCY_NAME.name(), "label", "Cơ quan"),
      Map.of("name", DueStatus.VARIABLE, "label", "Tình trạng hạn"),
      Map.of("name", DueStatus.ESCALATION_LEVEL_VARIABLE, "label", "Cấp đã chuyển"));

  @Override
  public void engineBuilt(ProcessEngine engine) {
    TaskService tasks = engine.getTaskService();
    save(engine, MY_TASKS, -10, "#337ab7", "Công việc đang giao cho tôi",
        s -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    save(engine, AGENCY_UNCLAIMED, 0, "#5cb85c", "Công việc của cơ quan tôi chưa ai nhận",
        s -> tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).taskUnassigned());
    save(engine, DUE_SOON, 10, "#f0ad4e", "Công việc của cơ quan tôi đến hạn trong 3 ngày tới",
        s -> tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()
            .dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(3).toDate()}"));
    save(engine, OVERDUE, 20, "#d9534f", "Công việc của cơ quan tôi đã quá hạn xử lý",
        s -> tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()
            .dueBeforeExpression("${now()}"));
    save(engine, ESCALATED, 30, "#8e44ad", "Công việc quá hạn đã được chuyển lên nhóm lãnh đạo của tôi",
        s -> tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()
            .taskVariableValueGreaterThan(DueStatus.ESCALATION_LEVEL_VARIABLE, 0));
  }

  private static void save(ProcessEngine engine, String name, int priority, String color, String description,
      Function<Void, TaskQuery> query) {
    FilterService filters = engine.getFilterService();
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", COLUMNS);
    filter.setQuery(query.apply(null)).setProperties(properties);
    filters.saveFilter(filter);
    shareWithEveryone(engine.getAuthorizationService(), filter.getId());
  }

  private static void shareWithEveryone(AuthorizationService authorizations, String filterId) {
    boolean shared = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
    if (!shared) {
      Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      auth.setUserId(Authorization.ANY);
      auth.setResource(Resources.FILTER);
      auth.setResourceId(filterId);
      auth.addPermission(Permissions.READ);
      authorizations.saveAuthorization(auth);
    }
  }
}
