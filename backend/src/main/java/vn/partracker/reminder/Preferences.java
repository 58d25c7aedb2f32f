package vn.partracker.reminder;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Per-user reminder preferences (rem_user_pref): the daily digest. */
@Repository
class Preferences {

  private final NamedParameterJdbcTemplate jdbc;

  Preferences(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean dailyDigest(long userId) {
    List<Boolean> values = jdbc.queryForList("select daily_digest from rem_user_pref where user_id = :user",
        Map.of("user", userId), Boolean.class);
    return !values.isEmpty() && values.get(0);
  }

  Set<Long> digestUsers() {
    return new HashSet<>(jdbc.queryForList("select user_id from rem_user_pref where daily_digest = true", Map.of(), Long.class));
  }

  void setDailyDigest(long userId, boolean digest, Instant now) {
    Map<String, Object> p = Map.of("user", userId, "digest", digest, "now", Db.ts(now));
    if (jdbc.update("update rem_user_pref set daily_digest = :digest, updated_at = :now where user_id = :user", p) == 0) {
      jdbc.update("insert into rem_user_pref (user_id, daily_digest, updated_at) values (:user, :digest, :now)", p);
    }
  }
}
