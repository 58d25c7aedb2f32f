package vn.partracker.shared;

import java.util.Date;
import org.springframework.stereotype.Component;

/** Dates the BPMN models compute from their variables, e.g. {@code ${processDates.dayAfter(dueDate)}}. */
@Component("processDates")
public class ProcessDates {

  /** The start of the day after the instant's day in Vietnam: when a step due that day becomes late. */
  public Date dayAfter(Date instant) {
    return Date.from(instant.toInstant().atZone(TimeConfig.ZONE).toLocalDate().plusDays(1)
        .atStartOfDay(TimeConfig.ZONE).toInstant());
  }
}
