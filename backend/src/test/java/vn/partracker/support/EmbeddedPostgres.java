package vn.partracker.support;

import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server (binaries from Maven Central, no Docker) for every PostgreSQL
 * integration test of the run; each test context gets its own database.
 */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  private EmbeddedPostgres() {}

  public static synchronized void register(DynamicPropertyRegistry registry, String database) {
    String url = jdbcUrl(database);
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    // as the postgres profile configures the driver
    registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
  }

  /** A new, empty database on the shared server (user {@code postgres}, no password). */
  public static synchronized String jdbcUrl(String database) {
    try {
      if (server == null) {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      }
      try (var connection = server.getPostgresDatabase().getConnection();
          var statement = connection.createStatement()) {
        statement.execute("drop database if exists " + database);
        statement.execute("create database " + database);
      }
    } catch (IOException | java.sql.SQLException e) {
      throw new IllegalStateException("Could not start embedded PostgreSQL", e);
    }
    return server.getJdbcUrl("postgres", database);
  }
}
