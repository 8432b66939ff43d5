package vn.cpreferrals.directive.importer;

import vn.cpreferrals.process.ProcessVariable;

/**
 * Names of the import process ({@code bpmn/DirectiveImport.bpmn}): a standing agency uploads a directive's text, its
 * staff review the proposed table, its leadership approve, and the model is deployed for the province.
 */
public final class DirectiveImportProcess {

  public static final String KEY = "DirectiveImport";
  /** The embedded start form (a file field, which Camunda Forms in Tasklist lack). */
  public static final String UPLOAD_FORM = "forms/directive/directiveUpload.html";

  // Given at the start (the upload form).
  public static final ProcessVariable<Object> DIRECTIVE_FILE = ProcessVariable.any("directiveFile");

  // Set when the text is read.
  public static final ProcessVariable<String> TITLE = ProcessVariable.string("importTitle");
  public static final ProcessVariable<String> REVIEW_GROUP = ProcessVariable.string("importReviewGroup");
  public static final ProcessVariable<String> APPROVE_GROUP = ProcessVariable.string("importApproveGroup");
  /** The importer's table as proposed (YAML), kept to count the reviewers' corrections. */
  public static final ProcessVariable<String> PROPOSED_TABLE = ProcessVariable.string("proposedTable");
  /** What the importer was unsure of, as a Vietnamese list for the review form. */
  public static final ProcessVariable<String> FLAGS = ProcessVariable.string("importFlags");

  // The review form.
  /** The table as staff read and correct it ({@link ReviewText}). */
  public static final ProcessVariable<String> REVIEW_TEXT = ProcessVariable.string("reviewText");
  public static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.string("reviewDecision");
  public static final String SUBMIT = "submit";
  public static final String CANCEL = "cancel";

  // Set when the review is sent for approval.
  public static final ProcessVariable<String> REVIEWED_TABLE = ProcessVariable.string("reviewedTable");
  public static final ProcessVariable<String> SUMMARY = ProcessVariable.string("tableSummary");
  public static final ProcessVariable<String> REVIEWED_BY = ProcessVariable.string("reviewedBy");
  public static final ProcessVariable<Object> CORRECTIONS = ProcessVariable.any("reviewCorrections");

  // The approval form.
  public static final ProcessVariable<String> APPROVAL_DECISION = ProcessVariable.string("approvalDecision");
  public static final ProcessVariable<String> APPROVAL_NOTE = ProcessVariable.string("approvalNote");
  public static final String APPROVE = "approve";
  public static final String RETURN = "return";

  // Set when deployed.
  public static final ProcessVariable<String> DEPLOYED_KEY = ProcessVariable.string("deployedProcessKey");
  public static final ProcessVariable<String> DEPLOYMENT_ID = ProcessVariable.string("deploymentId");

  private DirectiveImportProcess() {}
}
