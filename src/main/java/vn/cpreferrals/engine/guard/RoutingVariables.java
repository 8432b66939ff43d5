package vn.cpreferrals.engine.guard;

import java.util.Set;

/**
 * Variables that decide who receives the work or by when. A person never writes them through task completion or the
 * variable APIs, except where a form asks for one and {@link AgencyChoice} accepts the value.
 */
final class RoutingVariables {

  static final Set<String> AGENCY_CHOICES = Set.of("providerAgency", "newProviderAgency");

  private RoutingVariables() {}

  static boolean isRouting(String name) {
    return name.equals("provinceId") || name.endsWith("Agency") || name.endsWith("Chairman") || name.startsWith("cp");
  }
}
