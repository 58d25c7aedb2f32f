package vn.partracker.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The days an administrator added (holiday) or removed (compensation working day): rem_calendar_day. */
@Repository
class CalendarDays {

  record AdminDay(LocalDate date, boolean working, String note) {}

  private final JdbcTemplate jdbc;

  CalendarDays(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<AdminDay> all() {
    return jdbc.query("select cal_date, working, note from rem_calendar_day order by cal_date",
        (rs, i) -> new AdminDay(rs.getObject("cal_date", LocalDate.class), rs.getBoolean("working"), rs.getString("note")));
  }

  void save(LocalDate date, boolean working, String note, Instant now) {
    int updated = jdbc.update("update rem_calendar_day set working = ?, note = ?, updated_at = ? where cal_date = ?",
        working, note, Db.ts(now), date);
    if (updated == 0) {
      jdbc.update("insert into rem_calendar_day (cal_date, working, note, updated_at) values (?, ?, ?, ?)",
          date, working, note, Db.ts(now));
    }
  }

  boolean delete(LocalDate date) {
    return jdbc.update("delete from rem_calendar_day where cal_date = ?", date) > 0;
  }
}
