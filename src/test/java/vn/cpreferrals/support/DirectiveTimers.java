package vn.cpreferrals.support;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Runs a directive's timers in tests as the job executor would, with the engine clock moved to each due date. */
public final class DirectiveTimers {

  private DirectiveTimers() {}

  /** Executes the timers at {@code activityId} of the directive and its assignments; returns how many ran. */
  public static int fire(RuntimeService runtime, ManagementService management, String directive, String activityId) {
    List<String> instances = new ArrayList<>(List.of(directive));
    runtime.createProcessInstanceQuery().superProcessInstanceId(directive).list().forEach(p -> instances.add(p.getId()));
    int fired = 0;
    for (Job job : management.createJobQuery().timers().activityId(activityId).list()) {
      if (instances.contains(job.getProcessInstanceId())) {
        if (ClockUtil.getCurrentTime().before(job.getDuedate())) {
          ClockUtil.setCurrentTime(job.getDuedate());
        }
        management.executeJob(job.getId());
        fired++;
      }
    }
    return fired;
  }
}
