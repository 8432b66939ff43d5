package vn.cpreferrals.support;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL 17 server from the embedded binaries on Maven Central: no Docker, no network. Started once per
 * Spring context and stopped with it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    return EmbeddedPostgres.builder().start();
  }

  /**
   * Pooled, as in production: the embedded server's own data source opens a new connection (a new server process)
   * for every connection asked of it.
   */
  @Bean(destroyMethod = "close")
  @Primary
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource pool = new HikariDataSource();
    pool.setDataSource(postgres.getPostgresDatabase());
    pool.setMaximumPoolSize(20);
    return pool;
  }
}
