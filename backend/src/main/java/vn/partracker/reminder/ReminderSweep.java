package vn.partracker.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.partracker.org.UnitService;
import vn.partracker.org.UserService;
import vn.partracker.org.UserView;

/**
 * Computes the reminders due today for every tracked deadline and writes them, once per unique
 * key, to the outbox and the notifications, one transaction per page of deadlines. Running it
 * again, on the same node or on another one, inserts nothing new.
 */
@Component
class ReminderSweep {

  record Result(int deadlines, int mails, int notifications, long millis) {}

  private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);
  private static final int PAGE = 500;

  private final Deadlines deadlines;
  private final Policies policies;
  private final Outbox outbox;
  private final Preferences preferences;
  private final WorkingCalendar calendar;
  private final UserService users;
  private final UnitService units;
  private final Clock clock;
  private final TransactionTemplate tx;

  ReminderSweep(Deadlines deadlines, Policies policies, Outbox outbox, Preferences preferences, WorkingCalendar calendar,
      UserService users, UnitService units, Clock clock, TransactionTemplate tx) {
    this.deadlines = deadlines;
    this.policies = policies;
    this.outbox = outbox;
    this.preferences = preferences;
    this.calendar = calendar;
    this.users = users;
    this.units = units;
    this.clock = clock;
    this.tx = tx;
  }

  Result sweep() {
    long start = System.nanoTime();
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    Map<String, ReminderPolicy> byKey = policies.all();
    ReminderPolicy global = byKey.get(Policies.GLOBAL);
    int maxOffset = byKey.values().stream().flatMap(p -> p.beforeDays().stream()).max(Integer::compare).orElse(0);
    // working-day offsets reach further back than calendar days (weekends, Tết): keep a margin
    LocalDate horizon = today.plusDays(maxOffset * 2L + 30);
    Recipients recipients = new Recipients(units.all(), users.activeUsersWithRoles(Recipients.ROLES));
    Set<Long> digest = preferences.digestUsers();
    int[] totals = new int[3];
    long after = 0;
    while (true) {
      List<Deadlines.Row> page = deadlines.datedPage(horizon, after, PAGE);
      if (page.isEmpty()) {
        break;
      }
      tx.executeWithoutResult(status -> {
        for (Deadlines.Row row : page) {
          Deadline d = row.deadline();
          ReminderPolicy policy = d.policyKey() == null ? global : byKey.getOrDefault(d.policyKey(), global);
          LocalDate due = ReminderSchedule.effectiveDueDate(d.dueDate(), policy, calendar);
          for (ReminderSchedule.Due reminder : ReminderSchedule.dueOn(today, due, policy, calendar)) {
            for (UserView user : recipients.of(d.unitId(), reminder.escalation())) {
              Outbox.Item item = new Outbox.Item(user.id(), user.email(), user.displayName(), d.subjectType(),
                  d.subjectId(), reminder.kind(), due, reminder.occurrence(), reminder.days(), policy.workingDays(),
                  d.title(), recipients.unitName(d.unitId()), d.linkPath(), digest.contains(user.id()));
              if (outbox.insertNotification(item, ReminderTexts.line(item), now)) {
                totals[2]++;
              }
              if (user.email() != null && !user.email().isBlank() && outbox.insertMail(item, now)) {
                totals[1]++;
              }
            }
          }
        }
      });
      totals[0] += page.size();
      after = page.get(page.size() - 1).id();
    }
    Result result = new Result(totals[0], totals[1], totals[2], (System.nanoTime() - start) / 1_000_000);
    log.info("Reminder sweep {}: {} deadlines, {} new mails, {} new notifications in {} ms",
        today, result.deadlines(), result.mails(), result.notifications(), result.millis());
    return result;
  }
}
