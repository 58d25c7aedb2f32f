package vn.partracker.support;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server (binaries from Maven Central, no Docker) for every PostgreSQL
 * integration test of the run. The integration tests on PostgreSQL ({@link OnPostgres}) share one
 * database and one application context, as their H2 twins share theirs (a context boot is 10–15 s
 * here); a test with a context of its own (a benchmark) gets its own database by name.
 */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private static String shared;

  private EmbeddedPostgres() {}

  /**
   * The test runs against the shared PostgreSQL database: every class so marked (with the same
   * Spring Boot test set-up) gets the same cached application context.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Inherited
  @ContextConfiguration(initializers = Initializer.class)
  public @interface OnPostgres {}

  /** Points the context at the shared database (created once per JVM). */
  public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      String url = sharedUrl();
      TestPropertyValues.of("spring.datasource.url=" + url, "spring.datasource.username=postgres",
          "spring.datasource.password=",
          // as the postgres profile configures the driver
          "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true").applyTo(context);
    }
  }

  private static synchronized String sharedUrl() {
    if (shared == null) {
      shared = jdbcUrl("integration");
    }
    return shared;
  }

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
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder();
        if (Boolean.getBoolean("pg.statements")) { // the benchmarks print where the server's time went
          builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        server = builder.start();
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
