package vn.cpreferrals.metrics;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.process.EngineClock;

/**
 * Open, due-soon and overdue task counts per agency, for monitoring ({@code /actuator/prometheus}:
 * cp_tasks_open, cp_tasks_due_soon, cp_tasks_overdue). One aggregate query a minute over the engine's runtime tables.
 */
@Component
public class TaskDeadlineMetrics {

  static final Duration DUE_SOON = Duration.ofDays(3);

  private static final String SQL = "SELECT I.GROUP_ID_, COUNT(*), "
      + "SUM(CASE WHEN T.DUE_DATE_ >= ? AND T.DUE_DATE_ < ? THEN 1 ELSE 0 END), "
      + "SUM(CASE WHEN T.DUE_DATE_ < ? THEN 1 ELSE 0 END) "
      + "FROM ACT_RU_TASK T JOIN ACT_RU_IDENTITYLINK I ON I.TASK_ID_ = T.ID_ "
      + "WHERE I.TYPE_ = 'candidate' AND I.GROUP_ID_ IS NOT NULL GROUP BY I.GROUP_ID_";

  private final JdbcTemplate jdbc;
  private final AgencyRegistry registry;
  private final MultiGauge open;
  private final MultiGauge dueSoon;
  private final MultiGauge overdue;

  TaskDeadlineMetrics(JdbcTemplate jdbc, AgencyRegistry registry, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.open = MultiGauge.builder("cp.tasks.open").description("Open tasks per agency").register(meters);
    this.dueSoon = MultiGauge.builder("cp.tasks.due.soon").description("Open tasks due within 3 days per agency")
        .register(meters);
    this.overdue = MultiGauge.builder("cp.tasks.overdue").description("Open overdue tasks per agency")
        .register(meters);
  }

  @Scheduled(fixedDelayString = "${cp.metrics.refresh-interval:PT1M}")
  public void refresh() {
    long now = EngineClock.now().getTime();
    Timestamp nowTs = new Timestamp(now);
    List<MultiGauge.Row<?>> openRows = new ArrayList<>();
    List<MultiGauge.Row<?>> soonRows = new ArrayList<>();
    List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
    Map<String, long[]> counts = new java.util.HashMap<>();
    jdbc.query(SQL, rs -> {
      counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
    }, nowTs, new Timestamp(now + DUE_SOON.toMillis()), nowTs);
    registry.agencies().forEach(agency -> {
      long[] c = counts.getOrDefault(agency.groupId(), new long[3]);
      Tags tags = Tags.of("agency", agency.id(), "province", agency.province());
      openRows.add(MultiGauge.Row.of(tags, c[0]));
      soonRows.add(MultiGauge.Row.of(tags, c[1]));
      overdueRows.add(MultiGauge.Row.of(tags, c[2]));
    });
    open.register(openRows, true);
    dueSoon.register(soonRows, true);
    overdue.register(overdueRows, true);
  }
}
