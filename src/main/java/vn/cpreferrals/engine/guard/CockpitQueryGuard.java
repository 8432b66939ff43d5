package vn.cpreferrals.engine.guard;

import java.util.List;

import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.db.CommandExecutor;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cockpit's own queries (process instance lists and counts with variable filters) run on a command executor of their
 * own, outside the engine's interceptors. This wraps that executor with the same variable-filter rule, so guessing a
 * child's name through Cockpit's search fails as it does through the REST API.
 */
@Component
class CockpitQueryGuard {

  private final QueryFilterCheck queries;
  private final IdentityService identity;

  CockpitQueryGuard(OpenVariables open, IdentityService identity) {
    this.queries = new QueryFilterCheck(open);
    this.identity = identity;
  }

  /** After the webapps started, which set Cockpit's default delegate. */
  @EventListener(ApplicationReadyEvent.class)
  void install() {
    Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate() {
      @Override
      protected CommandExecutor createCommandExecutor(String processEngineName) {
        CommandExecutor engineExecutor = super.createCommandExecutor(processEngineName);
        return new CommandExecutor() {
          @Override
          public <T> T executeCommand(Command<T> command) {
            if (!isAdministrator(processEngineName)) {
              queries.check(command);
            }
            return engineExecutor.executeCommand(command);
          }
        };
      }
    });
  }

  private boolean isAdministrator(String engineName) {
    Authentication engineAuth = identity.getCurrentAuthentication();
    List<String> groups = engineAuth == null ? null : engineAuth.getGroupIds();
    if (groups == null) {
      Authentications web = Authentications.getCurrent();
      var user = web == null ? null : web.getAuthenticationForProcessEngine(engineName);
      groups = user instanceof UserAuthentication u && u.getGroupIds() != null ? List.copyOf(u.getGroupIds()) : null;
    }
    return groups != null && groups.contains(Groups.CAMUNDA_ADMIN);
  }

}
