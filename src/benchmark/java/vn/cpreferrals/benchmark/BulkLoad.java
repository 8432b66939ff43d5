package vn.cpreferrals.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import vn.cpreferrals.agency.Agency;

/**
 * Loads open tasks and history at scale without waiting on the engine: one instance is made by the engine itself
 * (as an officer, with every listener, authorization and timer), then its rows are copied in bulk with new ids and,
 * for open tasks, another agency and province. Copies are as real as the original: the engine can query, claim and
 * complete them.
 */
final class BulkLoad {

  static final String TEMPLATE_AGENCY = EngineWorkload.AGENCY;
  static final String TEMPLATE_PROVINCE = "quang-ngai";

  /** In foreign-key order. */
  static final Map<String, String> RUNTIME = new java.util.LinkedHashMap<>();

  static {
    RUNTIME.put("act_ru_execution", "proc_inst_id_ = :pi");
    RUNTIME.put("act_ru_task", "proc_inst_id_ = :pi");
    RUNTIME.put("act_ru_identitylink", "task_id_ = :task");
    RUNTIME.put("act_ru_authorization", "resource_id_ = :task");
    RUNTIME.put("act_ru_variable", "proc_inst_id_ = :pi");
    RUNTIME.put("act_ru_job", "process_instance_id_ = :pi");
  }

  static final List<String> HISTORY = HistoryCleanup.HISTORY_TABLES;

  private final DataSource ds;

  BulkLoad(DataSource ds) {
    this.ds = ds;
  }

  /**
   * A table of the agencies open tasks are spread over (round robin over slots): the registry's agencies, then made-up
   * agencies of other provinces up to {@code total}, as a national deployment has one or more per commune. Registry
   * agencies, whose staff are measured, hold {@code weight} slots each: they are that many times busier than the
   * average agency, and their officers do not run out of tasks to claim during a run.
   */
  void agencies(List<Agency> agencies, int total, int weight) throws Exception {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS bench_agency (idx INT PRIMARY KEY, group_id VARCHAR(255),"
          + " tenant VARCHAR(64))");
      s.execute("DELETE FROM bench_agency");
      int slot = 0;
      for (Agency agency : agencies) {
        for (int w = 0; w < weight; w++) {
          s.execute("INSERT INTO bench_agency VALUES (" + slot++ + ", '" + agency.groupId() + "', '"
              + agency.province() + "')");
        }
      }
      s.execute("INSERT INTO bench_agency SELECT " + slot + " + g, 'bench-agency-' || g, 'bench-province-' || (g % 31)"
          + " FROM generate_series(0, " + (total - agencies.size() - 1) + ") g");
    }
  }

  /** The engine makes one open task as the template's officer; returns its process instance and task. */
  static String[] template(ProcessEngine engine, boolean finish) {
    // Started by the system: the engine guard lets a signed-in user start only with the start form's fields.
    engine.getIdentityService().clearAuthentication();
    try {
      java.util.Date due = new java.util.Date(System.currentTimeMillis() + 2L * 24 * 3600 * 1000);
      String pi = engine.getRuntimeService().startProcessInstanceByKey(EngineWorkload.PROCESS,
          Map.of("due", due, vn.cpreferrals.tenancy.ProvinceRule.PROVINCE_VARIABLE, TEMPLATE_PROVINCE)).getId();
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
      if (finish) {
        engine.getTaskService().complete(task.getId());
        engine.getTaskService().complete(
            engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId());
      }
      return new String[] {pi, task.getId()};
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Copies the template's open task {@code from..to} times, each for the agency {@code g mod n}. */
  long copyOpen(String[] template, long from, long to) throws Exception {
    long rows = 0;
    for (var table : RUNTIME.entrySet()) {
      rows += copy(table.getKey(), table.getValue(), template, from, to, true);
    }
    for (String table : HISTORY) {
      rows += copy(table, "root_proc_inst_id_ = :pi", template, from, to, true);
    }
    return rows;
  }

  /** Copies a finished instance's history {@code from..to} times. */
  long copyHistory(String[] template, long from, long to) throws Exception {
    long rows = 0;
    for (String table : HISTORY) {
      rows += copy(table, "root_proc_inst_id_ = :pi", template, from, to, false);
    }
    return rows;
  }

  private long copy(String table, String where, String[] template, long from, long to, boolean spread)
      throws Exception {
    List<String[]> columns = columns(table);
    List<String> select = new ArrayList<>();
    String suffix = "'-' || g";
    for (String[] col : columns) {
      String name = col[0];
      String expr = "t." + name;
      if (col[1].startsWith("character")) {
        expr = "replace(replace(" + expr + ", '" + template[0] + "', '" + template[0] + "' || " + suffix + "), '"
            + template[1] + "', '" + template[1] + "' || " + suffix + ")";
        if (name.equals("id_")) {
          expr = "CASE WHEN t.id_ IN ('" + template[0] + "', '" + template[1] + "') THEN " + expr
              + " ELSE t.id_ || " + suffix + " END";
        } else if (name.endsWith("inst_id_") && !name.startsWith("proc") && !name.startsWith("root")) {
          expr = "CASE WHEN t." + name + " IS NULL THEN NULL ELSE t." + name + " || " + suffix + " END";
        }
        if (spread && (name.equals("group_id_"))) {
          expr = "replace(" + expr + ", '" + TEMPLATE_AGENCY + "', a.group_id)";
        }
        if (spread && name.equals("tenant_id_")) {
          expr = "CASE WHEN t.tenant_id_ IS NULL THEN NULL ELSE a.tenant END";
        }
      }
      select.add(expr);
    }
    String condition = where.replace(":pi", "'" + template[0] + "'").replace(":task", "'" + template[1] + "'");
    String sql = "INSERT INTO " + table + " (" + String.join(", ", columns.stream().map(c -> c[0]).toList())
        + ") SELECT " + String.join(", ", select) + " FROM " + table + " t, generate_series(" + from + ", " + to
        + ") g, bench_agency a WHERE " + condition + " AND a.idx = g % (SELECT count(*) FROM bench_agency)";
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  long historyRowsOf(String processInstanceId) throws Exception {
    long rows = 0;
    for (String table : HISTORY) {
      rows += Postgres.scalar(ds, "SELECT count(*) FROM " + table + " WHERE root_proc_inst_id_ = '"
          + processInstanceId + "'");
    }
    return rows;
  }

  private List<String[]> columns(String table) throws Exception {
    List<String[]> columns = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns WHERE"
            + " table_name = '" + table + "' ORDER BY ordinal_position")) {
      while (rs.next()) {
        columns.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    return columns;
  }
}
