package vn.cpreferrals.engine.history;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cpreferrals.casework.CaseProcess;
import vn.cpreferrals.engine.EnginePlugins;

/**
 * An intake point hands the child's data to the commune's case at once and keeps only the case number. Full engine
 * history would still store every submitted value of the intake form (variable and form-field history), out of reach
 * of the case's rules, so no value of the intake model but the case number and the commune is written to history (an allow-list, not
 * a list of names to hide). The case keeps them.
 */
@Component
@Order(EnginePlugins.INTAKE_HISTORY)
class IntakeHistoryFilter extends AbstractProcessEnginePlugin {

  static final String INTAKE_PROCESS = CaseProcess.INTAKE_KEY;
  /** What the intake point keeps — the case number and where it went; every other value lives on in the case only. */
  static final java.util.Set<String> KEPT = java.util.Set.of(CaseProcess.CASE_NUMBER.name(),
      CaseProcess.COMMUNE_AGENCY.name());

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new Handler());
    configuration.setCustomHistoryEventHandlers(handlers);
    // This handler replaces the engine's own database handler; all other history is written as before.
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  static boolean keptOutOfHistory(HistoryEvent event) {
    if (!INTAKE_PROCESS.equals(event.getProcessDefinitionKey())) {
      return false;
    }
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return !KEPT.contains(variable.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity field) {
      return !KEPT.contains(field.getPropertyId());
    }
    return false;
  }

  /** The width of ACT_HI_DETAIL.TEXT_, where a submitted form value is logged as text. */
  static final int FORM_VALUE_COLUMN = 4000;

  /**
   * A form value longer than its history column (a directive table under review) would fail the whole submission.
   * Its full text is kept by the variable's own history (stored as bytes); the form log keeps the beginning.
   */
  static void shortenLongFormValue(HistoryEvent event) {
    if (event instanceof HistoricFormPropertyEventEntity field && field.getPropertyValue() instanceof String value
        && value.length() > FORM_VALUE_COLUMN) {
      field.setPropertyValue(value.substring(0, FORM_VALUE_COLUMN - 1) + "…");
    }
  }

  static final class Handler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!keptOutOfHistory(event)) {
        shortenLongFormValue(event);
        super.handleEvent(event);
      }
    }
  }
}
