package vn.partracker.reminder;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.partracker.support.EmbeddedPostgres;

/** Reminders end to end on a real PostgreSQL server, as in production (two nodes share it). */
class ReminderFlowPostgresIT extends ReminderFlowTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "reminder_flow");
  }
}
