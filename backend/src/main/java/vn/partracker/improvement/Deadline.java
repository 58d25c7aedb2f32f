package vn.partracker.improvement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A deadline as real plans write it, parsed into what the system can schedule. Every kind keeps
 * the original text. {@link #occurrences(int, LocalDate)} says which tasks a plan year needs.
 */
public sealed interface Deadline {

  /** The kinds, as the API names them. */
  enum Kind { DATE, RECURRING, PERIOD, ONGOING, NONE, UNPARSED }

  /** One task to create: its label, when it opens in the inbox and when it is due. */
  record Occurrence(String label, LocalDate opensOn, LocalDate dueOn) {}

  String text();

  Kind kind();

  /** The occurrences of a plan year; tasks without a usable date fall due at the end of the year. */
  List<Occurrence> occurrences(int year, LocalDate activatedOn);

  /** "Trước ngày 01/12/2017": one task due that day. */
  record OnDate(LocalDate date, String text) implements Deadline {
    public Kind kind() {
      return Kind.DATE;
    }

    public List<Occurrence> occurrences(int year, LocalDate activatedOn) {
      return List.of(new Occurrence("Hạn " + Dates.format(date), activatedOn, date));
    }
  }

  /** "Quý II năm 2017", "Tháng 12/2017", "Trước tháng 01": due at the end of a period. */
  record InPeriod(LocalDate start, LocalDate end, String label, String text) implements Deadline {
    public Kind kind() {
      return Kind.PERIOD;
    }

    public List<Occurrence> occurrences(int year, LocalDate activatedOn) {
      LocalDate opens = start.isAfter(activatedOn) ? start : activatedOn;
      return List.of(new Occurrence(label, opens, end));
    }
  }

  /**
   * "Báo cáo quý trước ngày 10 của tháng cuối quý; báo cáo năm trước 15/11": one task per rule
   * and period of the plan year.
   */
  record Recurring(List<Rule> rules, String text) implements Deadline {
    public Kind kind() {
      return Kind.RECURRING;
    }

    public List<Occurrence> occurrences(int year, LocalDate activatedOn) {
      List<Occurrence> result = new ArrayList<>();
      for (Rule rule : rules) {
        result.addAll(rule.occurrences(year, activatedOn));
      }
      result.sort(java.util.Comparator.comparing(Occurrence::dueOn));
      return result;
    }
  }

  /** A recurrence rule: quarterly on a day of a month of the quarter, yearly on a date, or monthly. */
  sealed interface Rule {
    List<Occurrence> occurrences(int year, LocalDate activatedOn);
  }

  /** Quarterly on {@code day} of the quarter's {@code monthOfQuarter} (1–3; 3 = the last month). */
  record Quarterly(int day, int monthOfQuarter) implements Rule {
    public List<Occurrence> occurrences(int year, LocalDate activatedOn) {
      List<Occurrence> result = new ArrayList<>();
      for (int q = 1; q <= 4; q++) {
        YearMonth month = YearMonth.of(year, (q - 1) * 3 + monthOfQuarter);
        LocalDate due = month.atDay(Math.min(day, month.lengthOfMonth()));
        LocalDate opens = YearMonth.of(year, (q - 1) * 3 + 1).atDay(1);
        if (!due.isBefore(activatedOn)) {
          result.add(new Occurrence("Quý " + Dates.roman(q) + "/" + year, max(opens, activatedOn), due));
        }
      }
      return result;
    }
  }

  /** Yearly on a day and month. */
  record Yearly(int day, int month) implements Rule {
    public List<Occurrence> occurrences(int year, LocalDate activatedOn) {
      LocalDate due = LocalDate.of(year, month, day);
      return due.isBefore(activatedOn) ? List.of()
          : List.of(new Occurrence("Năm " + year, activatedOn, due));
    }
  }

  /** Monthly on a day (the last day when the month is shorter). */
  record Monthly(int day) implements Rule {
    public List<Occurrence> occurrences(int year, LocalDate activatedOn) {
      List<Occurrence> result = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        YearMonth month = YearMonth.of(year, m);
        LocalDate due = month.atDay(Math.min(day, month.lengthOfMonth()));
        if (!due.isBefore(activatedOn)) {
          result.add(new Occurrence("Tháng " + m + "/" + year, max(month.atDay(1), activatedOn), due));
        }
      }
      return result;
    }
  }

  /** "Thường xuyên": no end date; a periodic check-in (monthly by default, on the last day). */
  record Ongoing(String text) implements Deadline {
    public Kind kind() {
      return Kind.ONGOING;
    }

    public List<Occurrence> occurrences(int year, LocalDate activatedOn) {
      return new Monthly(31).occurrences(year, activatedOn).stream()
          .map(o -> new Occurrence("Kiểm tra định kỳ " + o.label().toLowerCase(), o.opensOn(), o.dueOn()))
          .toList();
    }
  }

  /** No deadline written: one task, due at the end of the plan year. */
  record None() implements Deadline {
    public String text() {
      return "";
    }

    public Kind kind() {
      return Kind.NONE;
    }

    public List<Occurrence> occurrences(int year, LocalDate activatedOn) {
      return List.of(new Occurrence("Trong năm " + year, activatedOn, LocalDate.of(year, 12, 31)));
    }
  }

  /** Text the parser did not understand: kept as written and flagged for a person to set. */
  record Unparsed(String text) implements Deadline {
    public Kind kind() {
      return Kind.UNPARSED;
    }

    public List<Occurrence> occurrences(int year, LocalDate activatedOn) {
      return List.of(new Occurrence("Trong năm " + year + " (cần xác định hạn)", activatedOn,
          LocalDate.of(year, 12, 31)));
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
