package vn.partracker.reminder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;

/**
 * When to remind about a deadline: {@code beforeDays} before the due date (e.g. 7, 3, 1), on the
 * due day, every {@code overdueEveryDays} while overdue (0: never), an escalation to leaders and
 * the coordinator after {@code escalateAfterDays} overdue (0: never); days count as calendar
 * days or working days; a due date on a non-working day may move to the next working day.
 */
public record ReminderPolicy(
    List<Integer> beforeDays,
    boolean onDueDay,
    int overdueEveryDays,
    int escalateAfterDays,
    boolean workingDays,
    boolean shiftDueDate) {

  public ReminderPolicy {
    beforeDays = beforeDays.stream().distinct().sorted(Comparator.reverseOrder()).toList();
  }

  /** Checks the ranges; every problem is reported by field (422). */
  public static ReminderPolicy validated(
      List<Integer> beforeDays, Boolean onDueDay, Integer overdueEveryDays, Integer escalateAfterDays,
      Boolean workingDays, Boolean shiftDueDate) {
    List<ApiErrorItem> errors = new ArrayList<>();
    if (beforeDays == null) {
      errors.add(ApiErrorItem.field("beforeDays", "reminder.beforeDaysRequired"));
    } else if (beforeDays.size() > 10) {
      errors.add(ApiErrorItem.field("beforeDays", "reminder.beforeDaysTooMany"));
    } else if (beforeDays.stream().anyMatch(d -> d == null || d < 1 || d > 90)) {
      errors.add(ApiErrorItem.field("beforeDays", "reminder.beforeDaysRange"));
    }
    if (onDueDay == null) {
      errors.add(ApiErrorItem.field("onDueDay", "reminder.onDueDayRequired"));
    }
    if (overdueEveryDays == null || overdueEveryDays < 0 || overdueEveryDays > 30) {
      errors.add(ApiErrorItem.field("overdueEveryDays", "reminder.overdueEveryDaysRange"));
    }
    if (escalateAfterDays == null || escalateAfterDays < 0 || escalateAfterDays > 90) {
      errors.add(ApiErrorItem.field("escalateAfterDays", "reminder.escalateAfterDaysRange"));
    }
    if (workingDays == null) {
      errors.add(ApiErrorItem.field("workingDays", "reminder.workingDaysRequired"));
    }
    if (shiftDueDate == null) {
      errors.add(ApiErrorItem.field("shiftDueDate", "reminder.shiftDueDateRequired"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("reminder.policyInvalid", errors);
    }
    return new ReminderPolicy(beforeDays, onDueDay, overdueEveryDays, escalateAfterDays, workingDays, shiftDueDate);
  }

  String beforeDaysText() {
    return String.join(",", beforeDays.stream().map(String::valueOf).toList());
  }

  static List<Integer> parseBeforeDays(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
  }
}
