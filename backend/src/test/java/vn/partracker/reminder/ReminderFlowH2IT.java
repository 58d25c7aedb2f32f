package vn.partracker.reminder;

import org.springframework.test.context.TestPropertySource;

/** Reminders end to end on the embedded default database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:reminder-flow;DB_CLOSE_DELAY=-1")
class ReminderFlowH2IT extends ReminderFlowTests {}
