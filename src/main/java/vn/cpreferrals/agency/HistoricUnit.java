package vn.cpreferrals.agency;

import java.time.LocalDate;

/**
 * A unit of the registry that belongs to a district of the earlier structure and exists only for a while, as the
 * official list dates its commune: its People's Committee or police.
 *
 * @param agencyId the registry unit
 * @param district the id of the People's Committee of its district
 * @param validFrom first day, or {@code null} when the official list does not say when the commune began
 * @param validTo last day (30/6/2025 at the latest, when the district tier ended)
 */
record HistoricUnit(String agencyId, String district, LocalDate validFrom, LocalDate validTo) {

  boolean validAt(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
  }
}
