package vn.cpreferrals.agency;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A commune-level unit that took over (all or part of) an abolished one, as listed in
 * {@code registry/units/successors-2025.csv}.
 *
 * @param newCode the code of the successor, a commune-level unit in force from {@code effective}
 * @param effective the first day of the successor's arrangement (the old unit's last day is the day before)
 * @param whole whether the whole old unit went to this successor; {@code false} when the source says only part of
 *     it did, or when the old unit was split among several successors
 */
record Successor(String newCode, LocalDate effective, boolean whole) {

  Successor {
    Objects.requireNonNull(newCode, "newCode");
    Objects.requireNonNull(effective, "effective");
  }
}
