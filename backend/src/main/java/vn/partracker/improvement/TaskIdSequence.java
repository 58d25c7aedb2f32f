package vn.partracker.improvement;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V10: {@code improvement_task} ids come from the sequence {@code improvement_task_seq} in
 * blocks of {@link ImprovementTask#ID_BLOCK} instead of an identity column, so Hibernate batches the
 * thousands of task rows a plan's activation inserts (an identity id costs a round trip per row).
 * In Java because the sequence starts after the ids already there, which H2 and PostgreSQL cannot
 * both express in SQL. Spring Boot hands Flyway every {@link JavaMigration} bean.
 */
@Component
class TaskIdSequence implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("10");
  }

  @Override
  public String getDescription() {
    return "improvement task id sequence";
  }

  @Override
  public Integer getChecksum() {
    return 10;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement statement = context.getConnection().createStatement()) {
      long max;
      try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from improvement_task")) {
        rs.next();
        max = rs.getLong(1);
      }
      statement.execute("alter table improvement_task alter column id drop identity");
      // Hibernate's pooled optimizer takes each value of the sequence as the last id of its block
      statement.execute("create sequence improvement_task_seq start with " + (max + ImprovementTask.ID_BLOCK)
          + " increment by " + ImprovementTask.ID_BLOCK);
    }
  }
}
