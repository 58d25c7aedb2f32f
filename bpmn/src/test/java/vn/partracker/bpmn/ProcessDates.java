package vn.partracker.bpmn;

import java.time.ZoneId;
import java.util.Date;

/** The application's {@code processDates} bean, as the models call it: the start of the day after, in Vietnam. */
public class ProcessDates {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  public Date dayAfter(Date instant) {
    return Date.from(instant.toInstant().atZone(VN).toLocalDate().plusDays(1).atStartOfDay(VN).toInstant());
  }
}
