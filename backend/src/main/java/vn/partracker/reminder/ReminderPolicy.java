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
      errors.add(ApiErrorItem.field("beforeDays", "Cần danh sách số ngày nhắc trước hạn (có thể rỗng)"));
    } else if (beforeDays.size() > 10) {
      errors.add(ApiErrorItem.field("beforeDays", "Nhiều nhất 10 mốc nhắc trước hạn"));
    } else if (beforeDays.stream().anyMatch(d -> d == null || d < 1 || d > 90)) {
      errors.add(ApiErrorItem.field("beforeDays", "Mỗi mốc nhắc trước hạn là số ngày từ 1 đến 90"));
    }
    if (onDueDay == null) {
      errors.add(ApiErrorItem.field("onDueDay", "Cần chọn có nhắc vào ngày đến hạn hay không"));
    }
    if (overdueEveryDays == null || overdueEveryDays < 0 || overdueEveryDays > 30) {
      errors.add(ApiErrorItem.field("overdueEveryDays", "Chu kỳ nhắc khi quá hạn là số ngày từ 0 (không nhắc) đến 30"));
    }
    if (escalateAfterDays == null || escalateAfterDays < 0 || escalateAfterDays > 90) {
      errors.add(ApiErrorItem.field("escalateAfterDays", "Số ngày quá hạn trước khi báo lãnh đạo là từ 0 (không báo) đến 90"));
    }
    if (workingDays == null) {
      errors.add(ApiErrorItem.field("workingDays", "Cần chọn tính theo ngày làm việc hay ngày lịch"));
    }
    if (shiftDueDate == null) {
      errors.add(ApiErrorItem.field("shiftDueDate", "Cần chọn có dời hạn rơi vào ngày nghỉ hay không"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("Chính sách nhắc việc chưa hợp lệ", errors);
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
