package vn.cpreferrals.engine.guard;

import java.util.Set;

import vn.cpreferrals.casework.ReferralProcess;
import vn.cpreferrals.tenancy.ProvinceRule;

/**
 * Variables that decide who receives the work or by when. A person never writes them through task completion or the
 * variable APIs, except where a form asks for one and {@link AgencyChoice} accepts the value.
 */
final class RoutingVariables {

  static final Set<String> AGENCY_CHOICES = Set.of(ReferralProcess.PROVIDER_AGENCY.name(),
      ReferralProcess.NEW_PROVIDER_AGENCY.name());

  private RoutingVariables() {}

  static boolean isRouting(String name) {
    return name.equals(ProvinceRule.PROVINCE_VARIABLE) || name.endsWith("Agency") || name.endsWith("Chairman") || name.startsWith("cp");
  }
}
