package vn.cpreferrals.benchmark;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.directive.DirectiveBpmnWriter;
import vn.cpreferrals.directive.DirectiveTable;

/**
 * A directive of today's structure addressed to "UBND cấp xã" of Gia Lai (135 communes, the most of the seeds'
 * provinces): how long the start call takes, and how long until every commune's assignment exists, created by the job
 * executor.
 */
final class FanOut {

  static final String NUMBER = "888/KH-UBND-BENCH";
  static final String CLASS = "gia-lai-ubnd-cap-xa";

  record Outcome(int units, double startSeconds, double allTasksSeconds, long tasks) {
    double assignmentsPerSecond() {
      return units / allTasksSeconds;
    }
  }

  static Outcome run(ProcessEngine engine, AgencyRegistry registry) throws InterruptedException {
    DirectiveTable table = new DirectiveTable("Directive_Bench_2026_TheoXa", "Kế hoạch đo hiệu năng (benchmark)",
        NUMBER, "gia-lai-ubnd-tinh", "gia-lai", "gia-lai-so-y-te", "benchmark", 10,
        List.of(new DirectiveTable.Report("Annual", "Báo cáo năm", "15/11", "22/11")),
        List.of(new DirectiveTable.Item("1", "Nhiệm vụ của từng xã, phường", List.of(CLASS),
            List.of(), "Thường xuyên trong năm")),
        List.of(), "2026-03-02");
    engine.getRepositoryService().createDeployment().name("bench-fan-out")
        .addString(table.processId() + ".bpmn", new DirectiveBpmnWriter(registry).write(table)).deploy();
    int units = registry.membersOf(CLASS).size();
    long t0 = System.nanoTime();
    engine.getRuntimeService().startProcessInstanceByKey(table.processId(),
        Map.of("year", java.time.LocalDate.now().getYear(), "directiveNumber", NUMBER, "issuedOn", "2026-03-02"));
    double started = (System.nanoTime() - t0) / 1e9;
    long plans;
    do {
      Thread.sleep(100);
      plans = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(NUMBER)
          .taskDefinitionKey("Task_PlanImplementation").count();
    } while (plans < units && (System.nanoTime() - t0) < 600_000_000_000L);
    double all = (System.nanoTime() - t0) / 1e9;
    return new Outcome(units, started, all,
        engine.getTaskService().createTaskQuery().processInstanceBusinessKey(NUMBER).count());
  }

  private FanOut() {}
}
