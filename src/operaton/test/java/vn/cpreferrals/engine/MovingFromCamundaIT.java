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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import vn.cpreferrals.support.EmbeddedPostgresConfiguration;
import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;
import vn.cpreferrals.support.WebappSession;

/**
 * Operaton build only (src/operaton/test): a PostgreSQL database of the Camunda build keeps its administrator after the
 * move script. Operaton creates the same tables as Camunda 7.24; what a Camunda database has differently is the name of
 * the administrators' group (camunda-admin), and Operaton's starter leaves an existing admin account as it is.
 */
@EngineTest
@Import(EmbeddedPostgresConfiguration.class)
class MovingFromCamundaIT {

  static final String MOVE_SCRIPT = "src/operaton/migration/camunda-7.24-to-operaton-1.0.sql";

  @Autowired DataSource dataSource;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @LocalServerPort int port;

  @Test
  void administratorOfACamundaDatabaseAdministersAgainAfterTheMoveScript() throws SQLException {
    // given the rows a Camunda 7.24 build writes: its administrators' group is camunda-admin
    namedTheCamundaWay();
    assertThat(WebappSession.login(port, "admin", TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).loginStatus())
        .as("Operaton does not know camunda-admin: the administrator is locked out of Admin")
        .isNotEqualTo(200);

    // when the operator runs the move script
    try (Connection connection = dataSource.getConnection()) {
      ScriptUtils.executeSqlScript(connection, new FileSystemResource(MOVE_SCRIPT));
    }

    // then the administrator is in Operaton's group again, with every grant it had, and signs in to Admin
    assertThat(identityService.createGroupQuery().groupMember(TestAccounts.ADMIN).groupId(Groups.OPERATON_ADMIN)
        .count()).isEqualTo(1);
    assertThat(identityService.createGroupQuery().groupId("camunda-admin").count()).isZero();
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn("camunda-admin").count()).isZero();
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Groups.OPERATON_ADMIN).count()).isPositive();
    assertThat(WebappSession.login(port, "admin", TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).loginStatus())
        .isEqualTo(200);

    // and running it a second time changes nothing
    try (Connection connection = dataSource.getConnection()) {
      ScriptUtils.executeSqlScript(connection, new FileSystemResource(MOVE_SCRIPT));
    }
    assertThat(WebappSession.login(port, "admin", TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).loginStatus())
        .isEqualTo(200);
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
