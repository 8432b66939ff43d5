package vn.cpreferrals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import vn.cpreferrals.support.EmbeddedPostgresConfiguration;
import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;

/**
 * Operaton build only (src/operaton/test): a PostgreSQL database of the Camunda build keeps its administrator after the
 * move script. Operaton creates the same tables as Camunda 7.24; what a Camunda database has differently is the name of
 * the administrators' group (camunda-admin), which every administrator check of the application reads.
 */
@EngineTest
@Import(EmbeddedPostgresConfiguration.class)
class MovingFromCamundaIT {

  static final String MOVE_SCRIPT = "src/operaton/migration/camunda-7.24-to-operaton-1.0.sql";
  /** Only an administrator may verify the audit chain (AuditAccess). */
  static final String ADMINISTRATORS_ONLY = "/api/audit/verify";

  @Autowired DataSource dataSource;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired TestRestTemplate rest;

  @Test
  void administratorOfACamundaDatabaseAdministersAgainAfterTheMoveScript() throws SQLException {
    try {
      // given the rows a Camunda 7.24 build writes: its administrators' group is camunda-admin
      namedTheCamundaWay();
      assertThat(asAdministrator()).as("camunda-admin means nothing on Operaton").isEqualTo(HttpStatus.FORBIDDEN);

      // when the operator runs the move script
      runTheMoveScript();

      // then the administrator is in Operaton's group again, with every grant it had, and administers
      assertThat(identityService.createGroupQuery().groupMember(TestAccounts.ADMIN).groupId(Groups.OPERATON_ADMIN)
          .count()).isEqualTo(1);
      assertThat(identityService.createGroupQuery().groupId("camunda-admin").count()).isZero();
      assertThat(authorizationService.createAuthorizationQuery().groupIdIn("camunda-admin").count()).isZero();
      assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Groups.OPERATON_ADMIN).count())
          .isPositive();
      assertThat(asAdministrator()).isEqualTo(HttpStatus.OK);

      // and running it a second time changes nothing
      runTheMoveScript();
      assertThat(asAdministrator()).isEqualTo(HttpStatus.OK);
    } finally {
      // the database is shared with the other PostgreSQL tests: leave it on Operaton's names whatever happened
      runTheMoveScript();
    }
  }

  private HttpStatus asAdministrator() {
    return HttpStatus.valueOf(rest.withBasicAuth(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)
        .getForEntity(ADMINISTRATORS_ONLY, String.class).getStatusCode().value());
  }

  private void runTheMoveScript() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      ScriptUtils.executeSqlScript(connection, new FileSystemResource(MOVE_SCRIPT));
    }
  }

  /** The administrators' group, its members and grants as Camunda names them (the script's steps, reversed). */
  private void namedTheCamundaWay() throws SQLException {
    try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      statement.executeUpdate("insert into ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_) select 'camunda-admin', 1, NAME_, "
          + "TYPE_ from ACT_ID_GROUP where ID_ = 'operaton-admin'");
      statement.executeUpdate("update ACT_ID_MEMBERSHIP set GROUP_ID_ = 'camunda-admin' "
          + "where GROUP_ID_ = 'operaton-admin'");
      statement.executeUpdate("update ACT_RU_AUTHORIZATION set GROUP_ID_ = 'camunda-admin' "
          + "where GROUP_ID_ = 'operaton-admin'");
      statement.executeUpdate("delete from ACT_ID_GROUP where ID_ = 'operaton-admin'");
    }
  }
}
