package vn.cpreferrals.agency;

/** What sort of body a registry unit is; drives nothing yet but lets routing rules tell committees from offices. */
public enum AgencyKind {
  /** Ủy ban nhân dân at any level. */
  PEOPLES_COMMITTEE,
  /** Provincial department (Sở). */
  DEPARTMENT,
  /** District or city office (Phòng). */
  OFFICE,
  /** Công an at any level. */
  POLICE,
  /** Public service unit (Trung tâm Y tế, Trung tâm Văn hóa…). */
  SERVICE_UNIT,
  /** Fatherland Front, Youth Union, associations. */
  MASS_ORGANISATION,
  /** Radio, television, newspapers named as recipients. */
  MEDIA,
  /** A class of units a directive addresses together, e.g. "UBND các xã, thị trấn". */
  UNIT_CLASS
}
