package vn.cpreferrals.agency;

import java.util.List;

/**
 * One unit of the registry. Its id is the Camunda group id of its staff; {@link #managerGroupId()} is the group of its
 * leadership.
 */
public record Agency(
    String id,
    String name,
    String shortName,
    AgencyLevel level,
    AgencyKind kind,
    String parent,
    String province,
    boolean standing,
    List<String> seeds,
    List<AgencyKind> memberKinds) {

  public static final String MANAGER_GROUP_SUFFIX = "-managers";
  private static final String MANAGER_GROUP_NAME_PREFIX = "Lãnh đạo ";

  public Agency {
    seeds = seeds == null ? List.of() : List.copyOf(seeds);
    memberKinds = memberKinds == null ? List.of() : List.copyOf(memberKinds);
  }

  /** A unit that is not a class of units. */
  public Agency(String id, String name, String shortName, AgencyLevel level, AgencyKind kind, String parent,
      String province, boolean standing, List<String> seeds) {
    this(id, name, shortName, level, kind, parent, province, standing, seeds, List.of());
  }

  public String groupId() {
    return id;
  }

  public String managerGroupId() {
    return id + MANAGER_GROUP_SUFFIX;
  }

  /** The leadership group's name as staff read it: "Lãnh đạo " and the agency's name. */
  public String managerGroupName() {
    return MANAGER_GROUP_NAME_PREFIX + name;
  }

  /** Whether a Camunda group id is the leadership group of some agency. */
  public static boolean isManagerGroup(String groupId) {
    return groupId != null && groupId.endsWith(MANAGER_GROUP_SUFFIX);
  }
}
