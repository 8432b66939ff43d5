package vn.cpreferrals.process;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Work a feature does once the engine is built and before the application serves anyone (identities, shared
 * filters). Beans implementing it run in their {@code @Order}, inside engine start-up (after every engine plugin, see
 * {@code engine/EnginePlugins}), so a failure stops the start instead of leaving a half-configured engine.
 */
public interface OnEngineBuilt {

  /** Identities from the registry first: the shared filters name their groups. */
  int IDENTITIES = 10;
  int SHARED_FILTERS = 20;

  void engineBuilt(ProcessEngine engine);
}
