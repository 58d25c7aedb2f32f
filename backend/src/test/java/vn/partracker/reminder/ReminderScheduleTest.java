package vn.partracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Policy -> which reminders fire on which day, walking day by day and skipping days. */
class ReminderScheduleTest {

  private static final ReminderPolicy DEFAULT = new ReminderPolicy(List.of(7, 3, 1), true, 2, 3, false, false);
  private final WorkingDays statutory = d -> !VietnameseHolidays.isWeekend(d)
      && !VietnameseHolidays.of(d.getYear()).containsKey(d);

  /** Every distinct (kind, occurrence) seen while a sweep runs every day from {@code from} to {@code to}. */
  private Set<String> walk(LocalDate due, ReminderPolicy policy, LocalDate from, LocalDate to, int step) {
    Set<String> keys = new LinkedHashSet<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(step)) {
      for (ReminderSchedule.Due d : ReminderSchedule.dueOn(day, due, policy, statutory)) {
        keys.add(d.kind() + "@" + d.occurrence());
      }
    }
    return keys;
  }

  @Test
  void calendarDaysGiveEachReminderOnceAndOverdueEveryTwoDays() {
    LocalDate due = LocalDate.of(2026, 11, 5);
    assertThat(walk(due, DEFAULT, due.minusDays(20), due.plusDays(8), 1)).containsExactly(
        "BEFORE_7@2026-10-29", "BEFORE_3@2026-11-02", "BEFORE_1@2026-11-04", "DUE_TODAY@2026-11-05",
        "OVERDUE@2026-11-06", "OVERDUE@2026-11-08", "ESCALATION@2026-11-08", "OVERDUE@2026-11-10",
        "OVERDUE@2026-11-12");
  }

  @Test
  void aSweepThatMissedDaysCatchesUpWithTheMostUrgentReminderOnly() {
    LocalDate due = LocalDate.of(2026, 11, 5);
    // down from 27/10 to 03/11: the 7-day reminder is never sent late, the 3-day one is
    assertThat(ReminderSchedule.dueOn(LocalDate.of(2026, 11, 3), due, DEFAULT, statutory))
        .containsExactly(new ReminderSchedule.Due("BEFORE_3", LocalDate.of(2026, 11, 2), 2));
    // ten days late: one overdue reminder (the latest occurrence) and the escalation
    assertThat(ReminderSchedule.dueOn(LocalDate.of(2026, 11, 15), due, DEFAULT, statutory)).containsExactly(
        new ReminderSchedule.Due("OVERDUE", LocalDate.of(2026, 11, 14), 10),
        new ReminderSchedule.Due("ESCALATION", LocalDate.of(2026, 11, 8), 10));
    assertThat(walk(due, DEFAULT, due.minusDays(20), due.plusDays(8), 3)).doesNotHaveDuplicates();
  }

  @Test
  void workingDaysSkipTetAndWeekends() {
    // due Tuesday 24/02/2026, a week after Tết Bính Ngọ (16/02–20/02 off, mùng 1 = 17/02)
    ReminderPolicy working = new ReminderPolicy(List.of(3, 1), false, 0, 2, true, false);
    LocalDate due = LocalDate.of(2026, 2, 24);
    assertThat(walk(due, working, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3), 1)).containsExactly(
        "BEFORE_3@2026-02-12", // 3 working days before: 23/02, (Tết 16–20/02, weekend) 13/02, 12/02
        "BEFORE_1@2026-02-23",
        "ESCALATION@2026-02-26"); // 2 working days after
  }

  @Test
  void aDueDateOnAHolidayMovesToTheNextWorkingDayWhenThePolicySaysSo() {
    ReminderPolicy shift = new ReminderPolicy(List.of(1), true, 0, 0, false, true);
    assertThat(ReminderSchedule.effectiveDueDate(LocalDate.of(2026, 9, 2), shift, statutory))
        .isEqualTo(LocalDate.of(2026, 9, 4)); // 2/9 Wednesday and 3/9 off
    assertThat(ReminderSchedule.effectiveDueDate(LocalDate.of(2026, 9, 2), DEFAULT, statutory))
        .isEqualTo(LocalDate.of(2026, 9, 2));
  }

  @Test
  void offPolicyPartsSendNothing() {
    ReminderPolicy quiet = new ReminderPolicy(List.of(), false, 0, 0, false, false);
    LocalDate due = LocalDate.of(2026, 11, 5);
    assertThat(walk(due, quiet, due.minusDays(10), due.plusDays(10), 1)).isEmpty();
  }
}
