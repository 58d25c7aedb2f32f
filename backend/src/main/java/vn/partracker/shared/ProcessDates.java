package vn.partracker.shared;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Dates the BPMN models compute from their variables, e.g. {@code ${processDates.dayAfter(dueDate)}}. */
@Component("processDates")
public class ProcessDates {

  /** The given hour of a day in Vietnam, as the models' timers take it (e.g. 17:00 of a due day). */
  public static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(TimeConfig.ZONE).toInstant());
  }

  /** The start of the day after the instant's day in Vietnam: when a step due that day becomes late. */
  public Date dayAfter(Date instant) {
    return Date.from(instant.toInstant().atZone(TimeConfig.ZONE).toLocalDate().plusDays(1)
        .atStartOfDay(TimeConfig.ZONE).toInstant());
  }
}
