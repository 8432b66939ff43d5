package vn.cpreferrals.engine;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Work a feature does once the engine is built and before the application serves anyone (identities, shared
 * filters). Beans implementing it run in their {@code @Order} (see {@link EnginePlugins}), inside engine start-up, so
 * a failure stops the start instead of leaving a half-configured engine.
 */
public interface OnEngineBuilt {

  void engineBuilt(ProcessEngine engine);
}
