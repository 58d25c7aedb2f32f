package vn.partracker.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which reminders of one deadline are due on a day. Each reminder has a kind and an occurrence
 * date; together with the recipient and the deadline they form the outbox's unique key, so
 * asking again the same day (or the next days, until a more urgent reminder takes over) yields
 * the same keys and sends nothing twice. A sweep that did not run for a while catches up with
 * the most urgent reminder only, never with stale "7 days left" mails.
 */
final class ReminderSchedule {

  static final String DUE_TODAY = "DUE_TODAY";
  static final String OVERDUE = "OVERDUE";
  static final String ESCALATION = "ESCALATION";
  static final String BEFORE = "BEFORE_";

  /** One reminder: {@code days} left (before) or overdue (after), in the policy's day unit. */
  record Due(String kind, LocalDate occurrence, int days) {
    boolean escalation() {
      return ESCALATION.equals(kind);
    }
  }

  private ReminderSchedule() {}

  /** The due date the reminders count from: moved to a working day when the policy says so. */
  static LocalDate effectiveDueDate(LocalDate due, ReminderPolicy policy, WorkingDays calendar) {
    return policy.shiftDueDate() ? calendar.shiftToWorkingDay(due) : due;
  }

  static List<Due> dueOn(LocalDate today, LocalDate due, ReminderPolicy policy, WorkingDays calendar) {
    List<Due> result = new ArrayList<>();
    if (today.isBefore(due)) {
      // the most urgent offset whose day has come (offsets sorted from the largest)
      Due best = null;
      for (int offset : policy.beforeDays()) {
        LocalDate fire = policy.workingDays() ? calendar.plusWorkingDays(due, -offset) : due.minusDays(offset);
        if (!fire.isAfter(today)) {
          best = new Due(BEFORE + offset, fire, between(today, due, policy, calendar));
        }
      }
      if (best != null) {
        result.add(best);
      }
    } else if (today.isEqual(due)) {
      if (policy.onDueDay()) {
        result.add(new Due(DUE_TODAY, due, 0));
      }
    } else {
      int overdue = between(due, today, policy, calendar);
      if (overdue >= 1 && policy.overdueEveryDays() > 0) {
        int every = policy.overdueEveryDays();
        int latest = 1 + ((overdue - 1) / every) * every;
        result.add(new Due(OVERDUE, plus(due, latest, policy, calendar), overdue));
      }
      if (policy.escalateAfterDays() > 0 && overdue >= policy.escalateAfterDays()) {
        result.add(new Due(ESCALATION, plus(due, policy.escalateAfterDays(), policy, calendar), overdue));
      }
    }
    return result;
  }

  private static int between(LocalDate from, LocalDate to, ReminderPolicy policy, WorkingDays calendar) {
    return policy.workingDays() ? calendar.workingDaysBetween(from, to) : (int) ChronoUnit.DAYS.between(from, to);
  }

  private static LocalDate plus(LocalDate date, int days, ReminderPolicy policy, WorkingDays calendar) {
    return policy.workingDays() ? calendar.plusWorkingDays(date, days) : date.plusDays(days);
  }
}
