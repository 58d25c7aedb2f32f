package vn.partracker.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Repository;
import vn.partracker.shared.Cursor;

/** Reading the in-app notifications (rem_notification); the sweep writes them through {@link Outbox}. */
@Repository
class Notifications {

  record View(long id, String kind, String title, @Nullable String message, @Nullable String link, Instant createdAt, boolean read) {}

  /** A page of the user's notifications, newest first; {@code nextCursor} asks for the older ones (null: none left). */
  record Inbox(long unread, List<View> items, @Nullable String nextCursor) {}

  private final NamedParameterJdbcTemplate jdbc;

  Notifications(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The user's notifications after the cursor (null: the newest), at most {@code size}, with the unread count over all. */
  Inbox page(long userId, @Nullable String cursor, int size) {
    MapSqlParameterSource p = new MapSqlParameterSource("user", userId).addValue("size", size + 1);
    String after = "";
    if (cursor != null) {
      String[] parts = Cursor.decode(cursor, 2);
      try {
        p.addValue("cAt", Db.ts(Cursor.fromMicros(parts[0]))).addValue("cId", Long.parseLong(parts[1]));
      } catch (RuntimeException e) {
        throw Cursor.invalid();
      }
      after = " and (created_at < :cAt or (created_at = :cAt and id < :cId))";
    }
    List<View> items = jdbc.query("""
        select id, kind, title, message, link_path, created_at, read_at from rem_notification
        where user_id = :user""" + after + " order by created_at desc, id desc fetch first :size rows only", p,
        (rs, i) -> new View(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("message"),
            rs.getString("link_path"), Db.instant(rs, "created_at"), rs.getObject("read_at") != null));
    String next = null;
    if (items.size() > size) {
      items = items.subList(0, size);
      View last = items.get(size - 1);
      next = Cursor.encode(String.valueOf(Cursor.micros(last.createdAt())), String.valueOf(last.id()));
    }
    return new Inbox(unread(userId), items, next);
  }

  long unread(long userId) {
    Long unread = jdbc.queryForObject("select count(*) from rem_notification where user_id = :user and read_at is null",
        Map.of("user", userId), Long.class);
    return unread == null ? 0 : unread;
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
