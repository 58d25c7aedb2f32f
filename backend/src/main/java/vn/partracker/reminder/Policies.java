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
  private final jakarta.persistence.EntityManager entityManager;

  Policies(JdbcTemplate jdbc, ReminderProperties properties, jakarta.persistence.EntityManager entityManager) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.entityManager = entityManager;
  }

  /** The stored row's version; 0 for a policy not stored yet (the configuration's defaults). */
  long version(String key) {
    return jdbc.query("select version from rem_policy where policy_key = ?", (rs, i) -> rs.getLong(1), key).stream()
        .findFirst().orElse(0L);
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

  /**
   * Writes a policy through JPA, so that its version is checked and Hibernate Envers keeps the
   * change (who, when, from where); two first writes of one key meet the primary key: a 409.
   */
  void save(String key, ReminderPolicy policy, Instant now, Long expected) {
    PolicyRow row = entityManager.find(PolicyRow.class, key);
    long stored = row == null ? 0 : row.getVersion();
    if (expected != null && expected != stored) {
      throw new org.springframework.dao.OptimisticLockingFailureException("rem_policy " + key + " is at " + stored);
    }
    if (row == null) {
      row = new PolicyRow(key);
      row.update(policy, now);
      entityManager.persist(row);
    } else {
      row.update(policy, now);
    }
    entityManager.flush(); // the answer carries the new version
  }

  boolean delete(String key) {
    return jdbc.update("delete from rem_policy where policy_key = ?", key) > 0;
  }
}
