package vn.cpreferrals.directive.importer;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans {@code bpmn/DirectiveImport.bpmn} names. Delegates rather than method expressions: a refusal thrown by a
 * step reaches the person as itself (400/403 with its Vietnamese message), not wrapped as an expression error (500).
 */
@Configuration(proxyBeanMethods = false)
class DirectiveImportDelegates {

  @Bean
  JavaDelegate proposeDirectiveTable(DirectiveImportSteps steps) {
    return steps::propose;
  }

  @Bean
  TaskListener directiveTableReviewed(DirectiveImportSteps steps) {
    return steps::reviewed;
  }

  @Bean
  TaskListener directiveApprovalDecided(DirectiveImportSteps steps) {
    return steps::decided;
  }

  @Bean
  JavaDelegate deployDirectiveTable(DirectiveImportSteps steps) {
    return steps::deploy;
  }
}
