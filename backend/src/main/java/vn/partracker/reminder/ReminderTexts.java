package vn.partracker.reminder;

import vn.partracker.shared.TimeConfig;

/** The Vietnamese wording of reminders, shared by mails and in-app notifications. */
final class ReminderTexts {

  private ReminderTexts() {}

  static String dayUnit(int days, boolean workingDays) {
    return days + (workingDays ? " ngày làm việc" : " ngày");
  }

  /** What and when in a few words: "Còn 3 ngày", "Đến hạn hôm nay", "Quá hạn 2 ngày". */
  static String headline(String kind, int days, boolean workingDays) {
    if (kind.startsWith(ReminderSchedule.BEFORE)) {
      return "Còn " + dayUnit(days, workingDays);
    }
    return switch (kind) {
      case ReminderSchedule.DUE_TODAY -> "Đến hạn hôm nay";
      case ReminderSchedule.OVERDUE -> "Quá hạn " + dayUnit(days, workingDays);
      case ReminderSchedule.ESCALATION -> "Báo cáo lãnh đạo – quá hạn " + dayUnit(days, workingDays);
      default -> kind;
    };
  }

  /** "Còn 3 ngày: <title> – hạn 05/11/2026" (an escalation names the unit). */
  static String line(Outbox.Item item) {
    String unit = item.kind().equals(ReminderSchedule.ESCALATION) && item.unitName() != null
        ? " (" + item.unitName() + ")" : "";
    return headline(item.kind(), item.days(), item.workingDays()) + ": " + item.title() + unit
        + " – hạn " + TimeConfig.DATE.format(item.dueDate());
  }

  static String subject(Outbox.Item item) {
    return "[PAR Tracker] " + line(item);
  }

  /** The body's main sentence. */
  static String sentence(Outbox.Item item) {
    String due = TimeConfig.DATE.format(item.dueDate());
    String unit = item.unitName() == null ? "đơn vị" : item.unitName();
    String days = dayUnit(item.days(), item.workingDays());
    if (item.kind().startsWith(ReminderSchedule.BEFORE)) {
      return "Công việc \"" + item.title() + "\" của " + unit + " sẽ đến hạn vào ngày " + due + " (còn " + days + ").";
    }
    return switch (item.kind()) {
      case ReminderSchedule.DUE_TODAY -> "Công việc \"" + item.title() + "\" của " + unit + " đến hạn hôm nay, ngày " + due + ".";
      case ReminderSchedule.OVERDUE -> "Công việc \"" + item.title() + "\" của " + unit + " đã quá hạn " + days
          + " (hạn " + due + "). Đề nghị đơn vị khẩn trương hoàn thành và cập nhật kết quả.";
      case ReminderSchedule.ESCALATION -> unit + " chưa hoàn thành công việc \"" + item.title() + "\", đã quá hạn "
          + days + " (hạn " + due + "). Thư này gửi lãnh đạo và cơ quan điều phối để đôn đốc.";
      default -> item.title();
    };
  }
}
