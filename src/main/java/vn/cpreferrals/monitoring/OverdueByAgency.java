package vn.cpreferrals.monitoring;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.deadline.DueStatus;

/**
 * The view *Việc quá hạn theo cơ quan*: open and overdue tasks per agency of the given provinces, the agency with the
 * oldest overdue task first, with the highest escalation level reached; and the oldest overdue tasks themselves. One
 * grouped query each (the engine's query API cannot group), filtered by the provinces given — the caller's scope.
 */
final class OverdueByAgency {

  record AgencyLine(String agencyId, String agency, long open, long overdue, Date oldestDue, int escalationLevel) {}

  record OverdueTask(String taskId, String name, String agencyId, String agency, Date due, int escalationLevel,
      String processInstanceId) {}

  record View(List<AgencyLine> agencies, List<OverdueTask> oldest) {}

  static final int OLDEST_SHOWN = 50;

  private final JdbcTemplate jdbc;
  private final AgencyRegistry registry;

  OverdueByAgency(JdbcTemplate jdbc, AgencyRegistry registry) {
    this.jdbc = jdbc;
    this.registry = registry;
  }

  View of(List<String> provinces, Date now) {
    if (provinces.isEmpty()) {
      return new View(List.of(), List.of());
    }
    String in = String.join(",", Collections.nCopies(provinces.size(), "?"));
    Timestamp at = new Timestamp(now.getTime());
    List<Object> args = new ArrayList<>(List.of(at, at, DueStatus.ESCALATION_LEVEL_VARIABLE));
    args.addAll(provinces);
    // Leadership groups become candidates when a task is escalated: the task is counted for the agency's staff group.
    List<AgencyLine> lines = jdbc.query("SELECT l.GROUP_ID_, COUNT(*), SUM(CASE WHEN t.DUE_DATE_ < ? THEN 1 ELSE 0 END),"
        + " MIN(CASE WHEN t.DUE_DATE_ < ? THEN t.DUE_DATE_ END), MAX(v.LONG_)"
        + " FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate'"
        + " LEFT JOIN ACT_RU_VARIABLE v ON v.TASK_ID_ = t.ID_ AND v.NAME_ = ?"
        + " WHERE l.GROUP_ID_ IS NOT NULL AND t.TENANT_ID_ IN (" + in + ")"
        + " GROUP BY l.GROUP_ID_", (rs, n) -> new AgencyLine(rs.getString(1), registry.groupName(rs.getString(1)),
            rs.getLong(2), rs.getLong(3), rs.getTimestamp(4), rs.getInt(5)), args.toArray());
    lines = lines.stream().filter(l -> !Agency.isManagerGroup(l.agencyId()))
        .sorted((a, b) -> a.oldestDue() == null ? (b.oldestDue() == null ? Long.compare(b.open(), a.open()) : 1)
            : b.oldestDue() == null ? -1 : a.oldestDue().compareTo(b.oldestDue()))
        .toList();
    List<Object> taskArgs = new ArrayList<>(List.of(DueStatus.ESCALATION_LEVEL_VARIABLE, at));
    taskArgs.addAll(provinces);
    List<OverdueTask> oldest;
    try (java.util.stream.Stream<OverdueTask> rows = jdbc.queryForStream("SELECT t.ID_, t.NAME_, l.GROUP_ID_, t.DUE_DATE_, v.LONG_, t.PROC_INST_ID_"
        + " FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate'"
        + " LEFT JOIN ACT_RU_VARIABLE v ON v.TASK_ID_ = t.ID_ AND v.NAME_ = ?"
        + " WHERE l.GROUP_ID_ IS NOT NULL AND l.GROUP_ID_ NOT LIKE '%" + Agency.MANAGER_GROUP_SUFFIX + "'"
        + " AND t.DUE_DATE_ < ? AND t.TENANT_ID_ IN (" + in + ") ORDER BY t.DUE_DATE_, t.ID_",
        (rs, n) -> new OverdueTask(rs.getString(1), rs.getString(2), rs.getString(3), registry.groupName(rs.getString(3)),
            rs.getTimestamp(4), rs.getInt(5), rs.getString(6)), taskArgs.toArray())) {
      oldest = rows.limit(OLDEST_SHOWN).toList();
    }
    return new View(lines, oldest);
  }
}
