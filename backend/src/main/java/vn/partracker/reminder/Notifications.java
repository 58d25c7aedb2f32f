package vn.partracker.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Repository;

/** Reading the in-app notifications (rem_notification); the sweep writes them through {@link Outbox}. */
@Repository
class Notifications {

  record View(long id, String kind, String title, @Nullable String message, @Nullable String link, Instant createdAt, boolean read) {}

  record Inbox(long unread, List<View> items) {}

  private final NamedParameterJdbcTemplate jdbc;

  Notifications(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Inbox of(long userId, int limit) {
    List<View> items = jdbc.query("""
        select id, kind, title, message, link_path, created_at, read_at from rem_notification
        where user_id = :user order by created_at desc, id desc limit :limit""",
        Map.of("user", userId, "limit", limit),
        (rs, i) -> new View(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("message"),
            rs.getString("link_path"), Db.instant(rs, "created_at"), rs.getObject("read_at") != null));
    Long unread = jdbc.queryForObject("select count(*) from rem_notification where user_id = :user and read_at is null",
        Map.of("user", userId), Long.class);
    return new Inbox(unread == null ? 0 : unread, items);
  }

  /** Marks one of the user's notifications read; false when it is not theirs or does not exist. */
  boolean markRead(long userId, long id, Instant now) {
    int changed = jdbc.update("""
        update rem_notification set read_at = coalesce(read_at, :now) where id = :id and user_id = :user""",
        Map.of("id", id, "user", userId, "now", Db.ts(now)));
    return changed == 1;
  }

  int markAllRead(long userId, Instant now) {
    return jdbc.update("update rem_notification set read_at = :now where user_id = :user and read_at is null",
        Map.of("user", userId, "now", Db.ts(now)));
  }
}
