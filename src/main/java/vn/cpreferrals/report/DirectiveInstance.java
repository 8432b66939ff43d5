package vn.cpreferrals.report;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A directive instance, running or finished, as the reports need it before anything is read: its province (the
 * instance's tenant) and standing agency decide who may download, its model which periods there are.
 */
record DirectiveInstance(String id, String processDefinitionKey, String directiveName, String businessKey,
    String province, String standingAgency, BpmnModelInstance model) {}
