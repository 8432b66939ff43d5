package vn.cpreferrals.benchmark;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database every figure runs against: an embedded PostgreSQL 17 with durable commits (fsync and synchronous commit
 * on, unlike the test default), or any server given by {@code -Dbench.db.url}. Each variant gets its own database.
 */
final class Postgres implements AutoCloseable {

  private final EmbeddedPostgres embedded;
  private final String baseUrl;
  private final String user;
  private final String password;

  private Postgres(EmbeddedPostgres embedded, String baseUrl, String user, String password) {
    this.embedded = embedded;
    this.baseUrl = baseUrl;
    this.user = user;
    this.password = password;
  }

  static Postgres start(String url) throws IOException {
    if (url != null && !url.isBlank()) {
      return new Postgres(null, url, System.getProperty("bench.db.user", "postgres"),
          System.getProperty("bench.db.password", ""));
    }
    EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("max_connections", "300")
        .setServerConfig("shared_buffers", "512MB")
        .start();
    return new Postgres(pg, pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
  }

  String description() {
    return embedded == null ? "PostgreSQL at " + baseUrl : "embedded PostgreSQL 17 (fsync on, synchronous_commit on)";
  }

  /** A fresh database for one variant, dropped first if a previous run left it. */
  String createDatabase(String name) throws SQLException {
    try (Connection c = java.sql.DriverManager.getConnection(baseUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    }
    return databaseUrl(name);
  }

  /** The address of database {@code name} on this server, as it is (for measuring again on data left there). */
  String databaseUrl(String name) {
    return baseUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
  }

  HikariDataSource pool(String jdbcUrl, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(size);
    config.setAutoCommit(true);
    return new HikariDataSource(config);
  }

  /** Spring Boot properties for an application on this server's database {@code jdbcUrl}, to add more to. */
  Map<String, Object> springDataSource(String jdbcUrl) {
    Map<String, Object> p = new HashMap<>();
    p.put("spring.datasource.url", jdbcUrl);
    p.put("spring.datasource.username", user);
    p.put("spring.datasource.password", password);
    return p;
  }

  /** The single number a query answers (a count, mostly). */
  static long scalar(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void execute(DataSource ds, String... statements) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
