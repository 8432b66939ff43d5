package vn.cpreferrals.engine.guard;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

import vn.cpreferrals.engine.EngineFields;

/**
 * The engine's authorizations say who may touch a resource; this says what a person may do with it: which variables
 * they may filter on, what a task lets them write, which processes they may start, which comments they may read, and
 * that jobs are not theirs. Runs inside the command (after the transaction interceptor), before the command itself.
 * The system (no user) and the administrator pass, except that internal processes start only from their callers.
 */
final class GuardInterceptor extends CommandInterceptor {

  private final QueryFilterCheck queries;
  private final WriteCheck writes;
  private final CommentCheck comments;

  GuardInterceptor(QueryFilterCheck queries, WriteCheck writes, CommentCheck comments) {
    this.queries = queries;
    this.writes = writes;
    this.comments = comments;
  }

  @Override
  public <T> T execute(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    CallerRole role = CallerRole.of(context);
    if (role != CallerRole.SYSTEM) {
      checkStart(context, command);
    }
    if (role == CallerRole.PERSON) {
      check(context, command);
      if (GroupTaskReport.concerns(command) && GroupTaskReport.mayRun(context.getAuthentication())) {
        // Tenant check stays on: the counts are of the caller's province only.
        return context.runWithoutAuthorization(() -> next.execute(command));
      }
    }
    return next.execute(command);
  }

  private void check(CommandContext context, Object command) {
    if (command instanceof CompleteTaskCmd) { // also ResolveTaskCmd
      writes.checkTaskWrite(context, field(command, "taskId"), map(command, "variables"), null, true);
    } else if (command instanceof SubmitTaskFormCmd) {
      writes.checkTaskWrite(context, field(command, "taskId"), map(command, "properties"), null, true);
    } else if (command instanceof SetTaskVariablesCmd) {
      writes.checkTaskWrite(context, field(command, "entityId"), map(command, "variables"), null, false);
    } else if (command instanceof PatchTaskVariablesCmd) {
      writes.checkTaskWrite(context, field(command, "entityId"), map(command, "variables"),
          names(command, "deletions"), false);
    } else if (command instanceof RemoveTaskVariablesCmd) {
      writes.checkTaskWrite(context, field(command, "entityId"), null, names(command, "variableNames"), false);
    } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd
        || command instanceof AbstractRemoveVariableCmd) {
      WriteCheck.refuseExecutionWrite();
    } else if (command instanceof SaveUserCmd) {
      ProfileCheck.check(context, (User) EngineFields.read(command, "user"));
    } else if (JobCheck.concerns(command)) {
      JobCheck.refuse();
    } else if (CommentCheck.concerns(command)) {
      comments.check(context, command);
    } else if (QueryFilterCheck.isQuery(command)) {
      queries.check(command);
    }
  }

  private void checkStart(CommandContext context, Object command) {
    ProcessInstantiationBuilderImpl builder = null;
    if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
      builder = (ProcessInstantiationBuilderImpl) EngineFields.read(command, "instantiationBuilder");
    }
    if (builder != null) {
      writes.checkStart(context, definition(context, builder.getProcessDefinitionId(),
          builder.getProcessDefinitionKey()), builder.getVariables());
    } else if (command instanceof SubmitStartFormCmd) {
      writes.checkStart(context, definition(context, field(command, "processDefinitionId"), null),
          map(command, "variables"));
    }
  }

  private static ProcessDefinitionEntity definition(CommandContext context, String id, String key) {
    var cache = context.getProcessEngineConfiguration().getDeploymentCache();
    if (id != null) {
      return cache.findDeployedProcessDefinitionById(id);
    }
    return key == null ? null : context.runWithoutAuthorization(
        () -> cache.findDeployedLatestProcessDefinitionByKey(key));
  }

  private static String field(Object command, String name) {
    return (String) EngineFields.read(command, name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> map(Object command, String name) {
    return (Map<String, ?>) EngineFields.read(command, name);
  }

  @SuppressWarnings("unchecked")
  private static Collection<String> names(Object command, String name) {
    return (Collection<String>) EngineFields.read(command, name);
  }
}
