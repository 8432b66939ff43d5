package vn.cpreferrals.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters of an audit search. {@code provinces} null means every province (administrator); an empty list matches
 * nothing.
 */
public record AuditQuery(
    List<String> provinces,
    String processInstanceId,
    String businessKey,
    String processDefinitionKey,
    String actor,
    String agency,
    Instant from,
    Instant to,
    int limit) {

  static final int MAX_LIMIT = 10_000;

  public AuditQuery {
    if (limit <= 0 || limit > MAX_LIMIT) {
      limit = MAX_LIMIT;
    }
  }

  AuditQuery restrictedTo(List<String> allowedProvinces) {
    return new AuditQuery(allowedProvinces, processInstanceId, businessKey, processDefinitionKey, actor, agency, from,
        to, limit);
  }

  List<Object> appendConditions(StringBuilder sql) {
    List<Object> args = new ArrayList<>();
    if (provinces != null) {
      if (provinces.isEmpty()) {
        sql.append(" AND 1=0");
      } else {
        sql.append(" AND province IN (").append(String.join(",", provinces.stream().map(p -> "?").toList()))
            .append(")");
        args.addAll(provinces);
      }
    }
    equal(sql, args, "process_instance_id", processInstanceId);
    equal(sql, args, "business_key", businessKey);
    equal(sql, args, "process_definition_key", processDefinitionKey);
    equal(sql, args, "actor", actor);
    equal(sql, args, "actor_agency", agency);
    if (from != null) {
      sql.append(" AND occurred_at >= ?");
      args.add(from.toEpochMilli());
    }
    if (to != null) {
      sql.append(" AND occurred_at < ?");
      args.add(to.toEpochMilli());
    }
    return args;
  }

  private static void equal(StringBuilder sql, List<Object> args, String column, String value) {
    if (value != null && !value.isBlank()) {
      sql.append(" AND ").append(column).append(" = ?");
      args.add(value);
    }
  }
}
