package vn.cpreferrals.identity;

import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyKind;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.agency.Province;
import vn.cpreferrals.process.OnEngineBuilt;

/**
 * Turns the agency registry into engine identities at every start: a tenant per province, a staff group and a
 * leadership group per agency, their authorizations and, in the demo, one account per role. Idempotent.
 */
@Component
@Order(OnEngineBuilt.IDENTITIES)
class IdentitySync implements OnEngineBuilt {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySync.class);

  static final String OFFICER_SUFFIX = "-officer";
  static final String MANAGER_SUFFIX = "-manager";
  static final String DEMO_MAIL_DOMAIN = "@demo.cp-referrals.invalid";

  private final AgencyRegistry registry;
  private final IdentityProperties properties;
  private final DataSource dataSource;
  /** Rows the last run wrote: 0 when the engine already matched the registry. */
  private int lastRowsWritten;

  IdentitySync(AgencyRegistry registry, IdentityProperties properties, DataSource dataSource) {
    this.registry = registry;
    this.properties = properties;
    this.dataSource = dataSource;
  }

  @Override
  public void engineBuilt(ProcessEngine engine) {
    WriteBatches.run(engine, "Identity sync", batches -> sync(engine, batches));
  }

  private void sync(ProcessEngine engine, WriteBatches batches) {
    long started = System.nanoTime();
    // With a directory (profile ldap) people, groups and memberships are the directory's; only grants are ours.
    boolean ownAccounts = !engine.getIdentityService().isReadOnly();
    IdentityWriter writer = new IdentityWriter(engine, dataSource, RoleGrants.TYPES, ownAccounts, batches);
    if (ownAccounts) {
      for (Province province : registry.provinces()) {
        writer.tenant(province.id(), province.name());
      }
    }
    List<Grant> officerGrants = RoleGrants.officer(properties.startableProcesses());
    List<Grant> managerGrants = RoleGrants.manager();
    for (Agency agency : registry.agencies()) {
      if (ownAccounts) {
        writer.group(agency.groupId(), agency.name());
        writer.group(agency.managerGroupId(), agency.managerGroupName());
        writer.groupInTenant(agency.groupId(), agency.province());
        writer.groupInTenant(agency.managerGroupId(), agency.province());
      }
      officerGrants.forEach(g -> writer.grant(agency.groupId(), g));
      managerGrants.forEach(g -> writer.grant(agency.managerGroupId(), g));
      RoleGrants.WITHDRAWN_FROM_MANAGERS.forEach(g -> writer.revoke(agency.managerGroupId(), g));
      RoleGrants.starter().forEach(g -> writer.grant(agency.managerGroupId(), g));
      if (agency.standing()) {
        RoleGrants.starter().forEach(g -> writer.grant(agency.groupId(), g));
      }
      if (ownAccounts && properties.demoUsers()) {
        createDemoAccounts(writer, agency);
      }
    }
    lastRowsWritten = writer.writes();
    LOG.info("Identity synchronised from the agency registry: {} provinces, {} agencies, accounts {}, {} rows "
        + "written ({} ms)", registry.provinces().size(), registry.agencies().size(),
        !ownAccounts ? "from the directory" : properties.demoUsers() ? "local with demo accounts" : "local",
        writer.writes(), (System.nanoTime() - started) / 1_000_000);
  }

  int lastRowsWritten() {
    return lastRowsWritten;
  }

  private void createDemoAccounts(IdentityWriter writer, Agency agency) {
    String officer = officerId(agency);
    writer.user(officer, "Cán bộ", agency.shortName(), officer + DEMO_MAIL_DOMAIN, properties.demoPassword());
    writer.membership(officer, agency.groupId());
    if (hasDemoManager(agency)) {
      String manager = managerId(agency);
      writer.user(manager, "Lãnh đạo", agency.shortName(), manager + DEMO_MAIL_DOMAIN, properties.demoPassword());
      writer.membership(manager, agency.groupId());
      writer.membership(manager, agency.managerGroupId());
    }
  }

  /** Standing agencies and People's Committees: the leaders that reports and escalations reach. */
  static boolean hasDemoManager(Agency agency) {
    return agency.standing() || agency.kind() == AgencyKind.PEOPLES_COMMITTEE;
  }

  static String officerId(Agency agency) {
    return agency.id() + OFFICER_SUFFIX;
  }

  static String managerId(Agency agency) {
    return agency.id() + MANAGER_SUFFIX;
  }
}
