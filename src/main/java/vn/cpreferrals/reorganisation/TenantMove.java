package vn.cpreferrals.reorganisation;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves the running work of a merged province to the province that absorbed it. The engine has no call to change an
 * instance's tenant, so this writes the tenant column of its runtime rows (raising each row's revision, so that an
 * engine command working on the same rows at the same time fails on optimistic locking and is retried instead of
 * writing the old tenant back) and of the history rows of those instances, so that the new province's managers also
 * see their past steps. Values in history are not touched: history keeps the old names. Finished instances stay with
 * the old tenant. Runs in the caller's transaction.
 */
final class TenantMove {

  /** Runtime tables with a tenant and a revision; definitions are shared (no tenant), so ACT_RE_* are not touched. */
  private static final List<String> RUNTIME = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
      "ACT_RU_EVENT_SUBSCR", "ACT_RU_EXT_TASK", "ACT_RU_INCIDENT", "ACT_RU_JOB", "ACT_RU_IDENTITYLINK");

  /** History and byte-array tables, found by the root instance of the running work. */
  private static final List<String> BY_ROOT = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
      "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT",
      "ACT_HI_INCIDENT", "ACT_HI_JOB_LOG", "ACT_HI_OP_LOG", "ACT_HI_EXT_TASK_LOG", "ACT_HI_DECINST", "ACT_HI_DEC_IN",
      "ACT_HI_DEC_OUT", "ACT_GE_BYTEARRAY");

  private static final int CHUNK = 500;

  private final JdbcTemplate jdbc;

  TenantMove(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Rows changed, all tables together. */
  int move(String from, String to, List<String> rootInstanceIds) {
    int rows = 0;
    for (int i = 0; i < rootInstanceIds.size(); i += CHUNK) {
      List<String> roots = rootInstanceIds.subList(i, Math.min(rootInstanceIds.size(), i + CHUNK));
      String in = String.join(",", java.util.Collections.nCopies(roots.size(), "?"));
      for (String table : BY_ROOT) {
        Object[] args = new Object[roots.size() + 2];
        args[0] = to;
        args[1] = from;
        for (int k = 0; k < roots.size(); k++) {
          args[k + 2] = roots.get(k);
        }
        rows += jdbc.update("update " + table + " set TENANT_ID_ = ? where TENANT_ID_ = ? and ROOT_PROC_INST_ID_ in ("
            + in + ")", args);
      }
    }
    for (String table : RUNTIME) {
      rows += jdbc.update("update " + table + " set TENANT_ID_ = ?, REV_ = REV_ + 1 where TENANT_ID_ = ?", to, from);
    }
    return rows;
  }
}
