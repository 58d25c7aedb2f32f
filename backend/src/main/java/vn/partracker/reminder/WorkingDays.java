package vn.partracker.reminder;

import java.time.LocalDate;

/** Arithmetic on working days, given which days are working days. */
@FunctionalInterface
public interface WorkingDays {

  boolean isWorkingDay(LocalDate date);

  /**
   * The date {@code days} working days after {@code date} (before it when negative); the start
   * itself does not count, so {@code plusWorkingDays(friday, 1)} is the next Monday.
   */
  default LocalDate plusWorkingDays(LocalDate date, int days) {
    int step = days >= 0 ? 1 : -1;
    LocalDate current = date;
    for (int left = Math.abs(days); left > 0; ) {
      current = current.plusDays(step);
      if (isWorkingDay(current)) {
        left--;
      }
    }
    return current;
  }

  /** The date itself when it is a working day, otherwise the next working day. */
  default LocalDate shiftToWorkingDay(LocalDate date) {
    LocalDate current = date;
    for (int i = 0; i < 366 && !isWorkingDay(current); i++) {
      current = current.plusDays(1);
    }
    return current;
  }

  /** Working days in (from, to]: 0 when {@code to} is not after {@code from}. */
  default int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
