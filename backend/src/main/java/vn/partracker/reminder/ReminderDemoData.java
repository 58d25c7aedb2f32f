package vn.partracker.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.partracker.shared.DemoMode;

/**
 * The demo run's first sweep (demo mode only), after the demo campaign and plan have tracked their
 * deadlines (due in 7, 3 and 1 days, and one 3 days overdue), so the test mailbox and the bell show
 * real reminders right after start-up.
 */
@Component
@Order(100)
class ReminderDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ReminderDemoData.class);

  private final DemoMode demoMode;
  private final Deadlines deadlines;
  private final ReminderService reminders;

  ReminderDemoData(DemoMode demoMode, Deadlines deadlines, ReminderService reminders) {
    this.demoMode = demoMode;
    this.deadlines = deadlines;
    this.reminders = reminders;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demoMode.isOn()) {
      return;
    }
    // the demo campaign and plan have tracked their real deadlines; sweep once so the test
    // mailbox and the bell show their reminders right after start-up
    ReminderService.RunResult result = reminders.runNow();
    log.info("Demo reminders: {} deadlines, {} mails sent to the test mailbox", deadlines.count(), result.sent());
  }

}
