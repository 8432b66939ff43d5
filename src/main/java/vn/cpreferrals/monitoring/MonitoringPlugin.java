package vn.cpreferrals.monitoring;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "Giám sát công tác trẻ em" (registered in META-INF/services): its REST resource and its page
 * (plugin-webapp/cpMonitoring/app/plugin.js), loaded by Cockpit like its own plugins.
 */
public class MonitoringPlugin extends AbstractCockpitPlugin {

  static final String ID = "cpMonitoring";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(MonitoringRootResource.class);
  }

  @Override
  public String getAssetDirectory() {
    return "plugin-webapp/" + ID;
  }
}
