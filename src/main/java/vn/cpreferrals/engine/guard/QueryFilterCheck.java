package vn.cpreferrals.engine.guard;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.QueryEntityRelationCondition;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.QueryVariableValue;
import org.camunda.bpm.engine.impl.VariableInstanceQueryProperty;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.rest.dto.VariableQueryParameterDto;

import vn.cpreferrals.engine.EngineFields;

/**
 * A filter on a variable's value answers "is it X?" one row at a time, so a person who may not read a variable could
 * still recover it by guessing. Filters and sort keys on variables are therefore allowed only for the open variables
 * (ids, codes, statuses). Works on every query the engine runs for a person — runtime, history, tasks, variable
 * instances, OR-queries inside them — and on the Cockpit plugin's own queries (their parameter objects).
 */
final class QueryFilterCheck {

  private static final int MAX_DEPTH = 4;

  private final OpenVariables open;

  QueryFilterCheck(OpenVariables open) {
    this.open = open;
  }

  static boolean isQuery(Object command) {
    return command instanceof AbstractQuery<?, ?> || EngineFields.read(command, "parameter") instanceof ListQueryParameterObject;
  }

  void check(Object query) {
    visit(query, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private void visit(Object value, int depth, Set<Object> seen) {
    if (value == null || depth > MAX_DEPTH || !seen.add(value)) {
      return;
    }
    if (value instanceof QueryVariableValue variable) {
      require(variable.getName());
    } else if (value instanceof VariableQueryParameterDto dto) {
      require(dto.getName());
    } else if (value instanceof QueryOrderingProperty ordering) {
      checkOrdering(ordering);
    } else if (value instanceof Collection<?> items) {
      items.forEach(item -> visit(item, depth + 1, seen));
    } else if (value instanceof Map<?, ?> byName) {
      // Recent engines keep a query's variable conditions by name until the query runs.
      byName.values().forEach(item -> visit(item, depth + 1, seen));
    } else if (depth == 0 || value instanceof AbstractQuery<?, ?> || value instanceof ListQueryParameterObject) {
      for (Field field : EngineFields.of(value.getClass())) {
        if (isWorthVisiting(field.getType())) {
          visit(EngineFields.value(field, value), depth + 1, seen);
        }
      }
    }
  }

  /** Only fields that can hold a filter: never the command executor or the engine behind a query. */
  private static boolean isWorthVisiting(Class<?> type) {
    return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
        || QueryVariableValue.class.isAssignableFrom(type)
        || AbstractQuery.class.isAssignableFrom(type) || ListQueryParameterObject.class.isAssignableFrom(type)
        || type == Object.class;
  }

  private void checkOrdering(QueryOrderingProperty ordering) {
    if (ordering.getRelationConditions() == null) {
      return;
    }
    for (QueryEntityRelationCondition condition : ordering.getRelationConditions()) {
      if (condition.isPropertyComparison() || condition.getProperty() != VariableInstanceQueryProperty.VARIABLE_NAME) {
        continue;
      }
      require(String.valueOf(condition.getScalarValue()));
    }
  }

  private void require(String variableName) {
    if (!open.isOpen(variableName)) {
      throw new AuthorizationException("Không được lọc hoặc sắp xếp theo giá trị của biến '" + variableName
          + "': đây là dữ liệu của trẻ em hoặc hồ sơ. Chỉ lọc được theo số hồ sơ, số văn bản, trạng thái và thời hạn.");
    }
  }
}
