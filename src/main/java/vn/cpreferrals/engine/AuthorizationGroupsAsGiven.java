package vn.cpreferrals.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before each authorization check the engine narrows the user's groups to those named by some authorization, and
 * learns those by reading the whole authorization table once per command: two rows per open task here, so every
 * Tasklist request got slower as the open workload grew (benchmark figure 4). The narrowing exists for directory
 * users in hundreds of groups; a group without authorizations matches no row, so passing our staff's two or three
 * groups as they are gives the same answers without the read. Users in more groups get the engine's narrowing.
 */
@Component
@Order(EnginePlugins.AUTHORIZATION_GROUPS)
class AuthorizationGroupsAsGiven extends AbstractProcessEnginePlugin {

  /** Up to this many groups are passed on unfiltered; beyond it the engine's own narrowing keeps SQL lists short. */
  static final int MAX_UNFILTERED_GROUPS = 50;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new GroupsAsGivenAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  static class GroupsAsGivenAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.size() > MAX_UNFILTERED_GROUPS) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return new ArrayList<>(authenticatedGroupIds);
    }
  }
}
