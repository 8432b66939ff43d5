package vn.cpreferrals.directive.importer;

/**
 * Something the importer could not read with certainty, for whoever reviews the proposal: the field of the table it
 * concerns ("items[II.3].coordinating", "reports", "standingAgency"), a message in Vietnamese, and how much it matters.
 */
public record Flag(String field, String message, Severity severity) {

  public enum Severity {
    /** The proposal is wrong or incomplete here: it must be corrected before approval. */
    ERROR,
    /** Read by a rule that may be wrong for this text: check it. */
    WARNING,
    /** Inferred or normalised as the tables usually are; shown so that nothing is decided silently. */
    INFO
  }

  static Flag error(String field, String message) {
    return new Flag(field, message, Severity.ERROR);
  }

  static Flag warning(String field, String message) {
    return new Flag(field, message, Severity.WARNING);
  }

  static Flag info(String field, String message) {
    return new Flag(field, message, Severity.INFO);
  }
}
