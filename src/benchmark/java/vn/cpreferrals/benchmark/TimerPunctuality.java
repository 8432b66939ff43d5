package vn.cpreferrals.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * How late timers fire while many others wait: {@code pending} timers far in the future sit in the job table (bulk
 * inserted), then timers fall due during the run — densely, then sparsely — and each one's lateness is its firing time
 * (end of the timer event in history) minus its due date. The job executor runs as configured.
 */
final class TimerPunctuality {

  static final String PROCESS = "BenchTimer";

  record Outcome(int timers, double p50, double p95, double p99, double max) {}

  static void deploy(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("benchmark-timer").addModelInstance(PROCESS + ".bpmn",
        Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(30)
            .startEvent("StartEvent_Timer")
            .intermediateCatchEvent("Event_Wait").timerWithDate("${fireAt}")
            .endEvent("EndEvent_Timer")
            .done()).deploy();
  }

  /** Timers due in the year 2100: waiting, never acquired, but in every acquisition's way. */
  static void insertPending(DataSource ds, int count) throws Exception {
    try (Connection c = ds.getConnection(); PreparedStatement insert = c.prepareStatement(
        "INSERT INTO act_ru_job (id_, rev_, type_, exclusive_, retries_, duedate_, handler_type_, handler_cfg_,"
            + " suspension_state_, priority_, sequence_counter_, create_time_)"
            + " SELECT 'pending-' || g, 1, 'timer', true, 3, ?::timestamp + g * interval '1 second',"
            + " 'timer-intermediate-transition', 'Event_Wait', 1, 0, 1, now() FROM generate_series(1, ?) g")) {
      insert.setTimestamp(1, Timestamp.valueOf("2100-01-01 00:00:00"));
      insert.setInt(2, count);
      insert.executeUpdate();
    }
  }

  static void removePending(DataSource ds) throws Exception {
    try (Connection c = ds.getConnection(); var s = c.createStatement()) {
      s.executeUpdate("DELETE FROM act_ru_job WHERE id_ LIKE 'pending-%'");
    }
  }

  /** Starts the dense and the sparse timers, waits for all of them, returns the lateness distribution. */
  static Outcome run(ProcessEngine engine, int dense, Duration denseSpread, int sparse, Duration sparseGap)
      throws Exception {
    long lead = 10_000;
    long start = System.currentTimeMillis() + lead;
    List<Long> dueTimes = new ArrayList<>();
    for (int i = 0; i < dense; i++) {
      dueTimes.add(start + i * denseSpread.toMillis() / dense);
    }
    for (int i = 1; i <= sparse; i++) {
      dueTimes.add(start + denseSpread.toMillis() + i * sparseGap.toMillis());
    }
    String tag = "run-" + System.nanoTime();
    for (long due : dueTimes) {
      // provinceId: our province rule needs it when nobody is logged in (ignored by vanilla)
      engine.getRuntimeService().startProcessInstanceByKey(PROCESS, tag,
          Map.of("fireAt", new Date(due), "provinceId", "quang-ngai"));
    }
    HistoryService history = engine.getHistoryService();
    long deadline = dueTimes.get(dueTimes.size() - 1) + 180_000;
    while (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(tag).finished().count()
        < dueTimes.size()) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("timers did not fire within 180 s of the last due date");
      }
      Thread.sleep(500);
    }
    Map<String, Long> dueByInstance = history.createHistoricVariableInstanceQuery().variableName("fireAt").list()
        .stream().collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId,
            v -> ((Date) v.getValue()).getTime(), (a, b) -> a));
    Latencies lateness = new Latencies();
    for (HistoricActivityInstance event : history.createHistoricActivityInstanceQuery().activityId("Event_Wait")
        .finished().list()) {
      Long due = dueByInstance.get(event.getProcessInstanceId());
      if (due != null) {
        lateness.record(Math.max(0, event.getEndTime().getTime() - due) * 1_000_000L);
      }
    }
    Latencies sorted = Latencies.merge(List.of(lateness));
    return new Outcome(sorted.count(), sorted.percentileMillis(50) / 1000, sorted.percentileMillis(95) / 1000,
        sorted.percentileMillis(99) / 1000, sorted.percentileMillis(100) / 1000);
  }

  private TimerPunctuality() {}

}
