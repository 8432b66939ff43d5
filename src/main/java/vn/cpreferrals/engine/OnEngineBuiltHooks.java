package vn.cpreferrals.engine;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cpreferrals.process.OnEngineBuilt;

/** Runs the features' {@link OnEngineBuilt} work as one engine plugin, so features need no engine internals. */
@Component
@Order(EnginePlugins.ON_ENGINE_BUILT)
class OnEngineBuiltHooks extends AbstractProcessEnginePlugin {

  private final List<OnEngineBuilt> hooks;

  OnEngineBuiltHooks(List<OnEngineBuilt> hooks) {
    this.hooks = hooks;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    hooks.forEach(hook -> hook.engineBuilt(engine));
  }
}
