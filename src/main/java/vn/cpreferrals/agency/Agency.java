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
    List<String> seeds) {

  public static final String MANAGER_GROUP_SUFFIX = "-managers";

  public Agency {
    seeds = seeds == null ? List.of() : List.copyOf(seeds);
  }

  public String groupId() {
    return id;
  }

  public String managerGroupId() {
    return id + MANAGER_GROUP_SUFFIX;
  }
}
