package vn.partracker.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public holidays of the Labor Code 2019 (Bộ luật Lao động 2019), Art. 112, computed for any
 * year, with the compensation days of Art. 111(3) (a holiday on a Saturday or Sunday gives the
 * next working day off). 11 days a year:
 * <ul>
 *   <li>Tết Dương lịch: 1/1;
 *   <li>Tết Âm lịch: 5 days; the law leaves the split to the Government's yearly notice, the
 *       default here is the last day of the lunar year and mùng 1 to mùng 4;
 *   <li>Giỗ Tổ Hùng Vương: 10/3 lunar;
 *   <li>Ngày Chiến thắng 30/4 and Quốc tế Lao động 1/5;
 *   <li>Quốc khánh: 2/9 and one adjacent day (1/9 or 3/9, chosen yearly by the Prime Minister);
 *       the default takes the day that joins the holiday to a weekend.
 * </ul>
 * What the yearly decisions add on top (a different Tết split, bridge days swapped against a
 * Saturday, a 2/9 adjacent day other than the default) is entered by an administrator as extra
 * holidays and compensation working days (see {@link WorkingCalendar}).
 */
final class VietnameseHolidays {

  private VietnameseHolidays() {}

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** Statutory days off of a year, with their Vietnamese names, compensation days included. */
  static Map<LocalDate, String> of(int year) {
    Map<LocalDate, String> days = new TreeMap<>();
    days.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
    LocalDate newYear = LunarCalendar.lunarNewYear(year);
    days.put(newYear.minusDays(1), "Tết Nguyên Đán (cuối năm âm lịch)");
    for (int i = 0; i < 4; i++) {
      days.put(newYear.plusDays(i), "Tết Nguyên Đán (mùng " + (i + 1) + ")");
    }
    days.put(LunarCalendar.toSolar(10, 3, year, false), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    days.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng 30/4");
    days.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động 1/5");
    LocalDate nationalDay = LocalDate.of(year, 9, 2);
    days.put(nationalDay, "Quốc khánh 2/9");
    days.put(adjacentNationalDay(nationalDay), "Quốc khánh (ngày liền kề)");

    Map<LocalDate, String> withCompensation = new TreeMap<>(days);
    for (Map.Entry<LocalDate, String> day : days.entrySet()) {
      if (isWeekend(day.getKey())) {
        LocalDate next = day.getKey().plusDays(1);
        while (isWeekend(next) || withCompensation.containsKey(next)) {
          next = next.plusDays(1);
        }
        withCompensation.put(next, "Nghỉ bù " + day.getValue());
      }
    }
    return withCompensation;
  }

  /** 1/9 when it joins 2/9 to a weekend or is the working day around a weekend 2/9, else 3/9. */
  static LocalDate adjacentNationalDay(LocalDate nationalDay) {
    return switch (nationalDay.getDayOfWeek()) {
      case TUESDAY, FRIDAY, SATURDAY -> nationalDay.minusDays(1);
      default -> nationalDay.plusDays(1);
    };
  }
}
