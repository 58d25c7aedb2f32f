package vn.partracker.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.TimeConfig;

/**
 * The working-day calendar for administrators: a year's statutory holidays (source LAW) and the
 * days added or removed by an administrator (source ADMIN), e.g. the Government's yearly bridge
 * days ({@code working=false}) and the Saturdays worked in exchange ({@code working=true}).
 */
@RestController
@RequestMapping("/api/admin/calendar/days")
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminController {

  record DayRequest(String date, Boolean working, @Nullable String note) {}

  record Year(int year, List<WorkingCalendar.Day> days) {}

  private final WorkingCalendar calendar;
  private final Clock clock;

  CalendarAdminController(WorkingCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  @GetMapping
  Year days(@RequestParam(required = false) Integer year) {
    int y = year == null ? LocalDate.now(clock).getYear() : year;
    if (y < 1900 || y > 2199) {
      throw ApiException.invalidField("year", "reminder.calendarYearRange");
    }
    return new Year(y, calendar.exceptions(y));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  WorkingCalendar.Day add(@RequestBody DayRequest request) {
    List<ApiErrorItem> errors = new ArrayList<>();
    LocalDate date = null;
    try {
      date = parse(request.date());
    } catch (ApiException e) {
      errors.add(ApiErrorItem.field("date", e.detail()));
    }
    if (request.working() == null) {
      errors.add(ApiErrorItem.field("working", "reminder.calendarWorkingRequired"));
    }
    String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
    if (note != null && note.length() > 255) {
      errors.add(ApiErrorItem.field("note", "reminder.calendarNoteTooLong"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("reminder.calendarDayInvalid", errors);
    }
    String name = note != null ? note : request.working() ? "Ngày làm việc bù" : "Ngày nghỉ thêm";
    calendar.saveAdminDay(date, request.working(), name);
    return new WorkingCalendar.Day(date, request.working(), name, "ADMIN");
  }

  @DeleteMapping("/{date}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable String date) {
    LocalDate day;
    try {
      day = parse(date);
    } catch (ApiException e) {
      throw ApiException.invalidField("date", e.detail());
    }
    if (!calendar.deleteAdminDay(day)) {
      throw ApiException.notFound("reminder.calendarDayNotAdded", TimeConfig.DATE.format(day));
    }
  }

  /** ISO (2026-09-01) or as users write it (01/09/2026). */
  static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      throw ApiException.invalidField("date", "reminder.calendarDateRequired");
    }
    String value = text.strip();
    try {
      return value.contains("/") ? LocalDate.parse(value, TimeConfig.DATE) : LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw ApiException.invalidField("date", "reminder.calendarDateInvalid", value);
    }
  }
}
