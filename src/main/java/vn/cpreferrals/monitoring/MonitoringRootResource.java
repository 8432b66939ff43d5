package vn.cpreferrals.monitoring;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** {@code /camunda/api/cockpit/plugin/cpMonitoring/{engine}/…}: the plugin's API under Cockpit's session login. */
@Path("plugin/" + MonitoringPlugin.ID)
public class MonitoringRootResource extends AbstractCockpitPluginRootResource {

  public MonitoringRootResource() {
    super(MonitoringPlugin.ID);
  }

  @Path("{engineName}")
  public MonitoringResource monitoring(@PathParam("engineName") String engineName) {
    return subResource(new MonitoringResource(engineName), engineName);
  }
}
