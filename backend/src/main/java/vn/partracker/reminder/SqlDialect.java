package vn.partracker.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** PostgreSQL or H2: the few reminder statements that differ (atomic upserts) ask it. */
@Component
class SqlDialect {

  private final boolean postgres;

  SqlDialect(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
  }

  boolean postgres() {
    return postgres;
  }
}
