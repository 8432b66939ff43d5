package vn.cpreferrals.benchmark;

import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Engine history cleanup: history written 60 days ago (the benchmark model keeps history 30 days) is removed by the
 * engine's own cleanup job, executed batch after batch; rows removed per second is the figure.
 */
final class HistoryCleanup {

  record Outcome(long rowsRemoved, double seconds, double rowsPerTransaction) {
    double rowsPerSecond() {
      return rowsRemoved / seconds;
    }
  }

  /** The engine's history tables a process instance writes to (counted here, copied by the bulk load). */
  static final List<String> HISTORY_TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
      "act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "act_hi_op_log", "act_hi_job_log", "act_hi_comment",
      "act_hi_incident");

  static Outcome run(ProcessEngine engine, DataSource ds, int instances) throws Exception {
    long rowsBefore = historyRows(ds);
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() - 60L * 24 * 3600 * 1000));
    try {
      for (int i = 0; i < instances; i++) {
        String id = engine.getRuntimeService().startProcessInstanceByKey(EngineWorkload.PROCESS,
            Map.of("due", ClockUtil.getCurrentTime(), "provinceId", "quang-ngai")).getId();
        for (int step = 0; step < 2; step++) {
          Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
          engine.getTaskService().complete(task.getId());
        }
      }
    } finally {
      ClockUtil.reset();
    }
    long written = historyRows(ds) - rowsBefore;
    long before = historyRows(ds);
    Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
    long t0 = System.nanoTime();
    while (engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(EngineWorkload.PROCESS).count() > 0) {
      engine.getManagementService().executeJob(cleanup.getId());
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Outcome(before - historyRows(ds), seconds, written / (3.0 * instances));
  }

  static long historyRows(DataSource ds) throws Exception {
    long total = 0;
    for (String table : HISTORY_TABLES) {
      total += Postgres.scalar(ds, "SELECT count(*) FROM " + table);
    }
    return total;
  }

  private HistoryCleanup() {}
}
