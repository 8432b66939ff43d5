package vn.cpreferrals.directive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Starting directives and driving their timers in tests, as staff and the job executor would. */
class DirectiveTestSupport {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  DirectiveTestSupport(RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  static DirectiveTable table(String processId) throws IOException {
    return DirectiveModelDriftTests.read(Path.of("directives", processId + ".yaml"));
  }

  static Date at(int year, int month, int day, int hour) {
    return Date.from(LocalDate.of(year, month, day).atTime(hour, 0).atZone(VIETNAM).toInstant());
  }

  ProcessInstance start(String processId, int year, String number) {
    ClockUtil.setCurrentTime(at(year, 1, 2, 8));
    return runtime.startProcessInstanceByKey(processId,
        Map.of(DirectiveProcess.YEAR.name(), year, DirectiveProcess.DIRECTIVE_NUMBER.name(), number,
            "issuedOn", "" + year + "-01-02"));
  }

  List<Task> tasks(String businessKey, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).list();
  }

  List<Task> tasksOf(String businessKey, String taskKey, String group) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
        .taskCandidateGroup(group).list();
  }

  /** Executes every BPMN timer of the directive at the given activity, with the clock at the timer's due date. */
  int fireTimers(String businessKey, String activityId) {
    List<Job> jobs = management.createJobQuery().timers().activityId(activityId).list().stream()
        .filter(j -> businessKey.equals(runtime.createProcessInstanceQuery().processInstanceId(j.getProcessInstanceId())
            .singleResult().getBusinessKey()))
        .toList();
    for (Job job : jobs) {
      if (ClockUtil.getCurrentTime().before(job.getDuedate())) {
        ClockUtil.setCurrentTime(job.getDuedate());
      }
      management.executeJob(job.getId());
    }
    return jobs.size();
  }

  void completeAll(List<Task> list, Map<String, Object> variables) {
    list.forEach(t -> tasks.complete(t.getId(), variables));
  }

  /** Removes a directive model a test deployed, with its instances, and gives the engine its own clock back. */
  static void undeploy(org.camunda.bpm.engine.RepositoryService repository, String deploymentId) {
    ClockUtil.reset();
    if (deploymentId != null) {
      repository.deleteDeployment(deploymentId, true);
    }
  }
}
