package vn.cpreferrals.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two authorization checks the engine makes the slow way, answered the same way with less work:
 * <ul>
 * <li>Before each check the engine narrows the user's groups to those named by some authorization, and learns those by
 * reading the whole authorization table once per command: two rows per open task here, so every Tasklist request got
 * slower as the open workload grew (benchmark figure 4). The narrowing exists for directory users in hundreds of
 * groups; a group without authorizations matches no row, so passing our staff's two or three groups as they are gives
 * the same answers without the read. Users in more groups get the engine's narrowing.</li>
 * <li>A task query for the user's own candidate groups (the agency filters of Tasklist) is answered without joining
 * every task to every grant: see {@link OwnCandidateGroupQuery} for why the answer is the same.</li>
 * </ul>
 */
@Component
@Order(EnginePlugins.AUTHORIZATION_SHORTCUTS)
class AuthorizationShortcuts extends AbstractProcessEnginePlugin {

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
        return new ShortcutAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  static class ShortcutAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.size() > MAX_UNFILTERED_GROUPS) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return new ArrayList<>(authenticatedGroupIds);
    }

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
      super.configureTaskQuery(query);
      AuthorizationCheck check = query.getAuthCheck();
      // With a REVOKE anywhere in the user's reach the engine's check decides: a revoke may deny what a grant gives.
      if (check.isAuthorizationCheckEnabled() && !check.isRevokeAuthorizationCheckEnabled()
          && OwnCandidateGroupQuery.limitsTo(query, getCurrentAuthentication())) {
        check.setAuthorizationCheckEnabled(false);
      }
    }
  }
}
