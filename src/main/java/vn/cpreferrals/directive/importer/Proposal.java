package vn.cpreferrals.directive.importer;

import java.util.List;

import vn.cpreferrals.directive.DirectiveTable;

/**
 * What the importer proposes for a directive's text: the table (as {@code directives/*.yaml} holds it) and every field
 * it is unsure of. Staff review it, correct it and approve it; nothing is deployed from a proposal as it stands.
 */
public record Proposal(DirectiveTable table, List<Flag> flags) {

  public Proposal {
    flags = flags.stream().distinct().toList();
  }

  /** The flags that must be resolved before the table can be approved. */
  public List<Flag> errors() {
    return flags.stream().filter(f -> f.severity() == Flag.Severity.ERROR).toList();
  }

  /** The flags of one field ("items[2].lead"), or of all its parts for a prefix ("items[2]"). */
  public List<Flag> flagsOf(String field) {
    return flags.stream().filter(f -> f.field().equals(field) || f.field().startsWith(field + ".")).toList();
  }
}
