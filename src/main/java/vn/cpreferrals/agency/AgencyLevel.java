package vn.cpreferrals.agency;

/** Tier of government a unit belongs to. The district tier was abolished on 1/7/2025 but 2024 directives still name it. */
public enum AgencyLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE
}
