package vn.partracker.reminder;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reminder policies: the global row {@code GLOBAL} and per-subject rows (rem_policy). */
@Repository
class Policies {

  static final String GLOBAL = "GLOBAL";

  private static final RowMapper<ReminderPolicy> ROW = (rs, i) -> new ReminderPolicy(
      ReminderPolicy.parseBeforeDays(rs.getString("before_days")),
      rs.getBoolean("on_due_day"),
      rs.getInt("overdue_every_days"),
      rs.getInt("escalate_after_days"),
      rs.getBoolean("working_days"),
      rs.getBoolean("shift_due_date"));

  private final JdbcTemplate jdbc;
  private final ReminderProperties properties;

  Policies(JdbcTemplate jdbc, ReminderProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** The global policy: the admin's row, or the configuration's defaults. */
  ReminderPolicy global() {
    return find(GLOBAL).orElseGet(() -> properties.policy().toPolicy());
  }

  Optional<ReminderPolicy> find(String key) {
    return jdbc.query("select * from rem_policy where policy_key = ?", ROW, key).stream().findFirst();
  }

  /** Every stored policy by key, the global one always present (for a sweep). */
  Map<String, ReminderPolicy> all() {
    Map<String, ReminderPolicy> result = new HashMap<>();
    jdbc.query("select * from rem_policy", rs -> {
      result.put(rs.getString("policy_key"), ROW.mapRow(rs, 0));
    });
    result.computeIfAbsent(GLOBAL, k -> properties.policy().toPolicy());
    return result;
  }

  void save(String key, ReminderPolicy policy, Instant now) {
    Object[] values = {policy.beforeDaysText(), policy.onDueDay(), policy.overdueEveryDays(),
        policy.escalateAfterDays(), policy.workingDays(), policy.shiftDueDate(), Db.ts(now), key};
    int updated = jdbc.update("""
        update rem_policy set before_days = ?, on_due_day = ?, overdue_every_days = ?, escalate_after_days = ?,
          working_days = ?, shift_due_date = ?, updated_at = ? where policy_key = ?""", values);
    if (updated == 0) {
      jdbc.update("""
          insert into rem_policy (before_days, on_due_day, overdue_every_days, escalate_after_days, working_days,
            shift_due_date, updated_at, policy_key) values (?, ?, ?, ?, ?, ?, ?, ?)""", values);
    }
  }

  boolean delete(String key) {
    return jdbc.update("delete from rem_policy where policy_key = ?", key) > 0;
  }
}
