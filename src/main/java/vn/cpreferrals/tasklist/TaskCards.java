package vn.cpreferrals.tasklist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.cpreferrals.process.ProcessVariable;
import vn.cpreferrals.directive.DirectiveProcess;
import vn.cpreferrals.casework.CaseProcess;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.process.InCommand;

/**
 * What tells one task card from another in the Tasklist: case or directive number, commune and the agency the task is
 * for. Copied onto each new task as task variables, because staff read a task's own variables but (rightly) not the
 * variables of the case or directive it belongs to; none of them names or describes a child.
 */
@Component
class TaskCards {

  /** The identifying facts a card shows, in the order of {@link SharedFilters#COLUMNS}. */
  static final List<ProcessVariable<?>> COPIED = List.of(CaseProcess.CASE_NUMBER, DirectiveProcess.DIRECTIVE_NUMBER,
      CaseProcess.COMMUNE_NAME);
  /** The card's own variable: the candidate agencies by name. */
  static final ProcessVariable<String> AGENCY_NAME = ProcessVariable.string("agencyName");

  private final AgencyRegistry registry;

  TaskCards(AgencyRegistry registry) {
    this.registry = registry;
  }

  @EventListener
  void on(DelegateTask task) {
    if (!InCommand.active() || task.getExecution() == null
        || !TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      return;
    }
    for (ProcessVariable<?> copied : COPIED) {
      Object value = copied.from(task.getExecution());
      if (value != null) {
        copied.setLocal(task, value);
      }
    }
    String agencies = agencyNames(task.getCandidates());
    // A case task of the commune already shows the commune; the agency column would say it twice.
    if (!agencies.isEmpty() && !agencies.equals(task.getVariableLocal(CaseProcess.COMMUNE_NAME.name()))) {
      AGENCY_NAME.setLocal(task, agencies);
    }
  }

  /** Candidate groups by their registry names; the leadership group of an agency reads as "Lãnh đạo …". */
  String agencyNames(Set<IdentityLink> links) {
    Set<String> names = new LinkedHashSet<>();
    for (IdentityLink link : links) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        names.add(registry.groupName(link.getGroupId()));
      }
    }
    return names.stream().collect(Collectors.joining("; "));
  }
}
