package vn.partracker.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V10 on a database that already holds tasks: the sequence's first block of ids starts
 * after the last task, on H2 and on PostgreSQL.
 */
class TaskIdSequenceIT {

  @Test
  void h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:task_id_sequence;DB_CLOSE_DELAY=-1");
    firstNewIdFollowsTheTasksAlreadyThere(h2, "select next value for improvement_task_seq");
  }

  @Test
  void postgres() throws Exception {
    try (var server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start()) {
      firstNewIdFollowsTheTasksAlreadyThere(server.getPostgresDatabase(), "select nextval('improvement_task_seq')");
    }
  }

  void firstNewIdFollowsTheTasksAlreadyThere(DataSource dataSource, String nextValue) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("9").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("insert into org_unit (id, name, level, created_at, updated_at) values (1, 'UBND xã', 'COMMUNE',"
        + " current_timestamp, current_timestamp)");
    jdbc.update("insert into improvement_plan (id, name, plan_year, owner_unit_id, status, source, created_at,"
        + " updated_at) values (1, 'Kế hoạch', 2026, 1, 'ACTIVE', 'MANUAL', current_timestamp, current_timestamp)");
    jdbc.update("insert into improvement_item (id, plan_id, position, title) values (1, 1, 1, 'Nội dung')");
    jdbc.update("insert into improvement_task (plan_id, item_id, label, opens_on, due_on, status, overdue,"
        + " lead_unit_id, created_at, updated_at) values (1, 1, 'Năm 2026', date '2026-01-01', date '2026-12-31',"
        + " 'OPEN', false, 1, current_timestamp, current_timestamp)");
    jdbc.update("insert into improvement_task (id, plan_id, item_id, label, opens_on, due_on, status, overdue,"
        + " lead_unit_id, created_at, updated_at) values (1234, 1, 1, 'Quý I', date '2026-01-01', date '2026-03-31',"
        + " 'OPEN', false, 1, current_timestamp, current_timestamp)");

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
        .javaMigrations(new TaskIdSequence()).load().migrate();

    // Hibernate's pooled optimizer takes a value as the last id of its block of ID_BLOCK
    long firstBlockEnd = jdbc.queryForObject(nextValue, Long.class);
    assertThat(firstBlockEnd - ImprovementTask.ID_BLOCK + 1).isEqualTo(1235);
    assertThat(jdbc.queryForObject(nextValue, Long.class)).isEqualTo(firstBlockEnd + ImprovementTask.ID_BLOCK);
  }
}
