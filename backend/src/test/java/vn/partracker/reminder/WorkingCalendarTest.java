package vn.partracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The computed calendar against the holiday dates the Government published for 2024–2027. */
class WorkingCalendarTest {

  private final WorkingDays statutory = d -> !VietnameseHolidays.isWeekend(d)
      && !VietnameseHolidays.of(d.getYear()).containsKey(d);

  @ParameterizedTest(name = "Tết {0}: mùng 1 = {1}, Giỗ Tổ = {2}")
  @CsvSource({
    "2024, 2024-02-10, 2024-04-18",
    "2025, 2025-01-29, 2025-04-07",
    "2026, 2026-02-17, 2026-04-26",
    "2027, 2027-02-06, 2027-04-16",
    // further published dates, to check the algorithm outside the window
    "2020, 2020-01-25, 2020-04-02",
    "2023, 2023-01-22, 2023-04-29",
    "2028, 2028-01-26, 2028-04-04"
  })
  void lunarNewYearAndHungKingsDayMatchThePublishedDates(int year, LocalDate tet, LocalDate hungKings) {
    assertThat(LunarCalendar.lunarNewYear(year)).isEqualTo(tet);
    assertThat(LunarCalendar.toSolar(10, 3, year, false)).isEqualTo(hungKings);
  }

  @Test
  void leapMonthsAreFound() {
    // 2023 had a leap 2nd month (nhuận tháng 2): 22/03/2023 is mùng 1 tháng 2 nhuận
    assertThat(LunarCalendar.toSolar(1, 2, 2023, true)).isEqualTo(LocalDate.of(2023, 3, 22));
    // 2025 had a leap 6th month: 25/07/2025 is mùng 1 tháng 6 nhuận
    assertThat(LunarCalendar.toSolar(1, 6, 2025, true)).isEqualTo(LocalDate.of(2025, 7, 25));
  }

  @Test
  void theStatutoryDaysOf2025FollowTheLaborCode() {
    Map<LocalDate, String> days = VietnameseHolidays.of(2025);
    assertThat(days).containsKeys(
        LocalDate.of(2025, 1, 1),
        // Tết: 28/01 (last day of Giáp Thìn) and mùng 1–4 (29/01–01/02); 01/02 is a Saturday
        LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30),
        LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 1),
        LocalDate.of(2025, 2, 3), // compensation for Saturday 01/02
        LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1),
        LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2)); // 2/9 a Tuesday: 1/9 bridges the weekend
    assertThat(days.keySet().stream().filter(d -> !days.get(d).startsWith("Nghỉ bù"))).hasSize(11);
  }

  @Test
  void holidaysOnAWeekendGiveTheNextWorkingDayOff() {
    // 2026: Giỗ Tổ 26/04 is a Sunday -> Monday 27/04; 2027: 01/05 is a Saturday -> Monday 03/05
    assertThat(VietnameseHolidays.of(2026)).containsEntry(LocalDate.of(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    assertThat(statutory.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
    assertThat(statutory.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
    // 2024: Tết 09/02–13/02 with 10/02 and 11/02 on the weekend -> 14/02 and 15/02 off
    for (int day = 9; day <= 18; day++) {
      assertThat(statutory.isWorkingDay(LocalDate.of(2024, 2, day))).as("02/%d", day).isEqualTo(day == 16);
    }
  }

  @Test
  void workingDayArithmeticSkipsWeekendsAndHolidays() {
    // Friday 24/04/2026 + 1 working day: weekend, then Monday 27/04 (compensation day) -> Tuesday 28/04
    assertThat(statutory.plusWorkingDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
    // 30/04 and 01/05/2026 (Thursday, Friday) -> Monday 04/05
    assertThat(statutory.plusWorkingDays(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(statutory.plusWorkingDays(LocalDate.of(2026, 5, 4), -1)).isEqualTo(LocalDate.of(2026, 4, 29));
    assertThat(statutory.shiftToWorkingDay(LocalDate.of(2026, 4, 30))).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(statutory.shiftToWorkingDay(LocalDate.of(2026, 5, 5))).isEqualTo(LocalDate.of(2026, 5, 5));
    assertThat(statutory.workingDaysBetween(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 5))).isEqualTo(2);
  }

  @Test
  void adminDaysOverrideTheStatutoryCalendar() {
    CalendarDays days = org.mockito.Mockito.mock(CalendarDays.class);
    org.mockito.Mockito.when(days.all()).thenReturn(java.util.List.of(
        new CalendarDays.AdminDay(LocalDate.of(2026, 2, 13), false, "Nghỉ thêm theo thông báo của Chính phủ"),
        new CalendarDays.AdminDay(LocalDate.of(2026, 2, 28), true, "Làm bù")));
    WorkingCalendar calendar = new WorkingCalendar(days, java.time.Clock.systemUTC());
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isFalse(); // a Friday made holiday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue(); // a Saturday worked
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse(); // mùng 1 Tết Bính Ngọ
    assertThat(calendar.exceptions(2026)).anySatisfy(d -> {
      assertThat(d.date()).isEqualTo(LocalDate.of(2026, 2, 28));
      assertThat(d.source()).isEqualTo("ADMIN");
    });
  }
}
