package vn.partracker.reminder;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * Vietnam's working days: Monday to Friday except the statutory holidays computed by
 * {@link VietnameseHolidays}, corrected by the days an administrator adds (a holiday, e.g. a
 * bridge day of the Government's yearly notice) or removes (a compensation working day, e.g. the
 * Saturday worked in exchange). Other features use it through {@link WorkingDays}.
 */
@Component
public class WorkingCalendar implements WorkingDays {

  /** Another node may have changed the admin days: read them again after this long. */
  private static final Duration REFRESH = Duration.ofMinutes(1);

  public record Day(LocalDate date, boolean working, @Nullable String name,
      @Schema(allowableValues = {"LAW", "ADMIN"}) String source) {}

  private final CalendarDays adminDays;
  private final Clock clock;
  private final Map<Integer, Map<LocalDate, String>> statutory = new ConcurrentHashMap<>();
  private volatile Map<LocalDate, CalendarDays.AdminDay> overrides;
  private volatile Instant loadedAt = Instant.MIN;

  WorkingCalendar(CalendarDays adminDays, Clock clock) {
    this.adminDays = adminDays;
    this.clock = clock;
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    CalendarDays.AdminDay admin = overrides().get(date);
    if (admin != null) {
      return admin.working();
    }
    return !VietnameseHolidays.isWeekend(date) && statutoryName(date).isEmpty();
  }

  /** The statutory holiday's name, if the law makes this day one. */
  public Optional<String> statutoryName(LocalDate date) {
    return Optional.ofNullable(statutory.computeIfAbsent(date.getYear(), VietnameseHolidays::of).get(date));
  }

  /** Every day of a year that differs from "working Monday to Friday": statutory and admin days. */
  public List<Day> exceptions(int year) {
    Map<LocalDate, Day> days = new java.util.TreeMap<>();
    statutory.computeIfAbsent(year, VietnameseHolidays::of)
        .forEach((date, name) -> days.put(date, new Day(date, false, name, "LAW")));
    overrides().values().stream().filter(d -> d.date().getYear() == year).forEach(d ->
        days.put(d.date(), new Day(d.date(), d.working(), d.note(), "ADMIN")));
    return new ArrayList<>(days.values());
  }

  void saveAdminDay(LocalDate date, boolean working, String note) {
    adminDays.save(date, working, note, clock.instant());
    reload();
  }

  boolean deleteAdminDay(LocalDate date) {
    boolean deleted = adminDays.delete(date);
    reload();
    return deleted;
  }

  private Map<LocalDate, CalendarDays.AdminDay> overrides() {
    Map<LocalDate, CalendarDays.AdminDay> current = overrides;
    if (current == null || Instant.now().isAfter(loadedAt.plus(REFRESH))) {
      current = reload();
    }
    return current;
  }

  private synchronized Map<LocalDate, CalendarDays.AdminDay> reload() {
    Map<LocalDate, CalendarDays.AdminDay> loaded = new ConcurrentHashMap<>();
    adminDays.all().forEach(d -> loaded.put(d.date(), d));
    overrides = loaded;
    loadedAt = Instant.now();
    return loaded;
  }
}
