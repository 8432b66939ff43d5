package vn.cpreferrals.report;

import java.util.Set;

import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * Serves the report downloads under Tasklist's own login (registered in META-INF/services), so that the links on the
 * consolidation and send forms work for the standing agency's staff, who use Tasklist only. It adds nothing to
 * Tasklist's screens (its page script is empty).
 */
public class ReportsTasklistPlugin extends AbstractTasklistPlugin {

  static final String ID = "cpReports";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ReportsTasklistResource.Root.class);
  }

  @Override
  public String getAssetDirectory() {
    return "plugin-webapp/" + ID;
  }
}
