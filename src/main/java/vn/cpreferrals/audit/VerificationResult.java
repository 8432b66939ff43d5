package vn.cpreferrals.audit;

/** Outcome of a chain verification; {@code firstBrokenSeq} is null when the checked range is intact. */
public record VerificationResult(boolean intact, long checked, Long fromSeq, Long toSeq, Long firstBrokenSeq,
    String reason) {

  static VerificationResult intact(long checked, long from, long to) {
    return new VerificationResult(true, checked, from, to, null, null);
  }

  static VerificationResult broken(long checked, long seq, String reason) {
    return new VerificationResult(false, checked, null, null, seq, reason);
  }
}
