package vn.cpreferrals.agency;

import java.util.List;

/** The registry data file contradicts itself; the message lists every problem so the operator fixes them in one go. */
public class InvalidRegistryException extends IllegalStateException {

  private final List<String> problems;

  InvalidRegistryException(List<String> problems) {
    super("Agency registry is invalid:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
