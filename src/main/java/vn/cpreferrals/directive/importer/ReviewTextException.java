package vn.cpreferrals.directive.importer;

import java.util.List;

/**
 * A review text ({@link ReviewText}) that cannot be read back as a table: every problem found in it, in Vietnamese for
 * the officer who edited it, each naming its line ("Dòng 14: …") where a line is concerned.
 */
public final class ReviewTextException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ReviewTextException(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
