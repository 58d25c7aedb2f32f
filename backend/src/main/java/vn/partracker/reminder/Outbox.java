package vn.partracker.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The mail outbox (rem_outbox) and the in-app notifications (rem_notification). A reminder is
 * inserted at most once per unique key; a row is sent by whoever claims it first with an atomic
 * conditional UPDATE, so any number of sender threads or application nodes on one database send
 * each row once. A claim older than {@code staleBefore} (a node died mid-send) may be taken over.
 */
@Repository
class Outbox {

  static final String PENDING = "PENDING";
  static final String SENDING = "SENDING";
  static final String SENT = "SENT";
  static final String FAILED = "FAILED";

  /**
   * What the sweep inserts: one reminder for one recipient; or one hand-over for one recipient,
   * which has an {@code eventKey} (empty for reminders) and its sentence as {@code message}.
   */
  record Item(long userId, String email, String recipientName, String subjectType, String subjectId, String kind,
      LocalDate dueDate, LocalDate occurrence, int days, boolean workingDays, String title, String unitName,
      String linkPath, boolean digest, String eventKey, String message) {

    /** A reminder. */
    Item(long userId, String email, String recipientName, String subjectType, String subjectId, String kind,
        LocalDate dueDate, LocalDate occurrence, int days, boolean workingDays, String title, String unitName,
        String linkPath, boolean digest) {
      this(userId, email, recipientName, subjectType, subjectId, kind, dueDate, occurrence, days, workingDays, title,
          unitName, linkPath, digest, "", null);
    }

    boolean handOver() {
      return eventKey != null && !eventKey.isEmpty();
    }

    /** The same item under another title (the bell's, which names what happened). */
    Item withTitle(String newTitle) {
      return new Item(userId, email, recipientName, subjectType, subjectId, kind, dueDate, occurrence, days,
          workingDays, newTitle, unitName, linkPath, digest, eventKey, message);
    }
  }

  record Row(long id, Item item, String status, int attempts, Instant nextAttemptAt, String claimedBy,
      Instant claimedAt, Instant sentAt, String lastError, Instant createdAt) {}

  private static final RowMapper<Row> ROW = (rs, i) -> new Row(
      rs.getLong("id"),
      new Item(rs.getLong("user_id"), rs.getString("email"), rs.getString("recipient_name"),
          rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("kind"),
          rs.getObject("due_date", LocalDate.class), rs.getObject("occurrence_date", LocalDate.class),
          rs.getInt("days"), rs.getBoolean("working_days"), rs.getString("title"), rs.getString("unit_name"),
          rs.getString("link_path"), rs.getBoolean("digest"), rs.getString("event_key"), rs.getString("message")),
      rs.getString("status"), rs.getInt("attempts"), Db.instant(rs, "next_attempt_at"),
      rs.getString("claimed_by"), Db.instant(rs, "claimed_at"), Db.instant(rs, "sent_at"),
      rs.getString("last_error"), Db.instant(rs, "created_at"));

  private static final String KEY = """
      user_id = :user and subject_type = :type and subject_id = :subject and kind = :kind
      and due_date = :due and occurrence_date = :occurrence and event_key = :event""";

  private final NamedParameterJdbcTemplate jdbc;
  private final SqlDialect dialect;

  Outbox(NamedParameterJdbcTemplate jdbc, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.dialect = dialect;
  }

  /** Inserts the mail unless the same reminder is already there; true when inserted. */
  boolean insertMail(Item item, Instant now) {
    MapSqlParameterSource p = keyParams(item)
        .addValue("email", item.email()).addValue("name", item.recipientName()).addValue("days", item.days())
        .addValue("working", item.workingDays()).addValue("title", item.title()).addValue("unit", item.unitName())
        .addValue("link", item.linkPath()).addValue("digest", item.digest()).addValue("message", item.message())
        .addValue("now", Db.ts(now));
    return insertIfAbsent("rem_outbox", """
        (user_id, email, recipient_name, subject_type, subject_id, kind, due_date, occurrence_date, event_key, days,
         working_days, title, unit_name, link_path, digest, message, status, attempts, next_attempt_at, created_at)
        values (:user, :email, :name, :type, :subject, :kind, :due, :occurrence, :event, :days,
         :working, :title, :unit, :link, :digest, :message, 'PENDING', 0, :now, :now)""", p);
  }

  /** Inserts the in-app notification unless already there; true when inserted. */
  boolean insertNotification(Item item, String message, Instant now) {
    MapSqlParameterSource p = keyParams(item).addValue("title", item.title()).addValue("message", message)
        .addValue("link", item.linkPath()).addValue("now", Db.ts(now));
    return insertIfAbsent("rem_notification", """
        (user_id, subject_type, subject_id, kind, due_date, occurrence_date, event_key, title, message, link_path,
         created_at)
        values (:user, :type, :subject, :kind, :due, :occurrence, :event, :title, :message, :link, :now)""", p);
  }

  /**
   * PostgreSQL: {@code on conflict do nothing} (atomic, waits for a concurrent insert of the same
   * key, never aborts the transaction). H2 (no such clause, and an error does not abort its
   * transaction): look first, insert, and take a unique violation as "already there".
   */
  private boolean insertIfAbsent(String table, String columnsAndValues, MapSqlParameterSource p) {
    if (dialect.postgres()) {
      return jdbc.update("insert into " + table + " " + columnsAndValues + " on conflict do nothing", p) == 1;
    }
    Integer existing = jdbc.queryForObject("select count(*) from " + table + " where " + KEY, p, Integer.class);
    if (existing != null && existing > 0) {
      return false;
    }
    try {
      return jdbc.update("insert into " + table + " " + columnsAndValues, p) == 1;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private static MapSqlParameterSource keyParams(Item item) {
    return new MapSqlParameterSource()
        .addValue("user", item.userId()).addValue("type", item.subjectType()).addValue("subject", item.subjectId())
        .addValue("kind", item.kind()).addValue("due", item.dueDate()).addValue("occurrence", item.occurrence())
        .addValue("event", item.eventKey() == null ? "" : item.eventKey());
  }

  // ---- sending ----

  private static final String CLAIMABLE = """
      ((status = 'PENDING' and next_attempt_at <= :now) or (status = 'SENDING' and claimed_at < :stale))""";

  /** Ids of single mails that may be claimed now, oldest first. */
  List<Long> claimableSingles(Instant now, Instant staleBefore, int limit) {
    return jdbc.queryForList("select id from rem_outbox where digest = false and " + CLAIMABLE + " order by id limit :limit",
        times(now, staleBefore).addValue("limit", limit), Long.class);
  }

  /** Recipients with digest rows that may be claimed now. */
  List<Long> claimableDigestUsers(Instant now, Instant staleBefore, int limit) {
    return jdbc.queryForList("select distinct user_id from rem_outbox where digest = true and " + CLAIMABLE
        + " order by user_id limit :limit", times(now, staleBefore).addValue("limit", limit), Long.class);
  }

  /** Takes one row for this claim token; false when another sender was first. */
  boolean claim(long id, String token, String node, Instant now, Instant staleBefore) {
    return jdbc.update("""
        update rem_outbox set status = 'SENDING', claim_token = :token, claimed_by = :node, claimed_at = :now,
          attempts = attempts + 1 where id = :id and """ + CLAIMABLE,
        times(now, staleBefore).addValue("id", id).addValue("token", token).addValue("node", node)) == 1;
  }

  /**
   * Takes those of these rows that are still claimable, all under one claim token, in one
   * conditional UPDATE (a row another sender took meanwhile is not taken); returns the rows taken.
   */
  List<Row> claimBatch(List<Long> ids, String token, String node, Instant now, Instant staleBefore) {
    if (ids.isEmpty()) {
      return List.of();
    }
    jdbc.update("""
        update rem_outbox set status = 'SENDING', claim_token = :token, claimed_by = :node, claimed_at = :now,
          attempts = attempts + 1 where id in (:ids) and """ + CLAIMABLE,
        times(now, staleBefore).addValue("ids", ids).addValue("token", token).addValue("node", node));
    return jdbc.query("select * from rem_outbox where claim_token = :token and status = 'SENDING' order by id",
        Map.of("token", token), ROW);
  }

  /** Takes every claimable digest row of a recipient for this claim token; returns them. */
  List<Row> claimDigest(long userId, String token, String node, Instant now, Instant staleBefore) {
    jdbc.update("""
        update rem_outbox set status = 'SENDING', claim_token = :token, claimed_by = :node, claimed_at = :now,
          attempts = attempts + 1 where user_id = :user and digest = true and """ + CLAIMABLE,
        times(now, staleBefore).addValue("user", userId).addValue("token", token).addValue("node", node));
    return jdbc.query("select * from rem_outbox where claim_token = :token and status = 'SENDING' order by due_date, id",
        Map.of("token", token), ROW);
  }

  Row get(long id) {
    return jdbc.query("select * from rem_outbox where id = :id", Map.of("id", id), ROW).stream().findFirst().orElse(null);
  }

  /** Marks the rows of a claim sent; a claim taken over meanwhile is left alone. */
  int markSent(String token, Instant now) {
    return jdbc.update("""
        update rem_outbox set status = 'SENT', sent_at = :now, last_error = null
        where claim_token = :token and status = 'SENDING'""", Map.of("token", token, "now", Db.ts(now)));
  }

  /** Marks one row of a claim sent (a batch marks each row as the server accepts its message). */
  int markSent(String token, long id, Instant now) {
    return jdbc.update("""
        update rem_outbox set status = 'SENT', sent_at = :now, last_error = null
        where id = :id and claim_token = :token and status = 'SENDING'""",
        Map.of("id", id, "token", token, "now", Db.ts(now)));
  }

  /** After a failed attempt: back to PENDING at {@code nextAttempt}, or FAILED when none is left. */
  int markFailed(String token, String error, Instant nextAttempt, boolean giveUp) {
    return markFailed(token, null, error, nextAttempt, giveUp);
  }

  /** The same for one row of a claim ({@code id}), or for all its rows ({@code id} null). */
  int markFailed(String token, Long id, String error, Instant nextAttempt, boolean giveUp) {
    return jdbc.update("""
        update rem_outbox set status = :status, next_attempt_at = :next, last_error = :error
        where claim_token = :token and status = 'SENDING'""" + (id == null ? "" : " and id = :id"),
        new MapSqlParameterSource().addValue("status", giveUp ? FAILED : PENDING).addValue("next", Db.ts(nextAttempt))
            .addValue("error", error.length() > 1000 ? error.substring(0, 1000) : error).addValue("token", token)
            .addValue("id", id));
  }

  /**
   * Gives back rows of a claim that were never tried (the connection dropped before their turn):
   * PENDING again at once, their attempt not counted, claimable by any sender. One row
   * ({@code id}) or all of the claim's rows still SENDING ({@code id} null).
   */
  int release(String token, Long id, Instant now) {
    return jdbc.update("""
        update rem_outbox set status = 'PENDING', attempts = attempts - 1, next_attempt_at = :now, claim_token = null
        where claim_token = :token and status = 'SENDING'""" + (id == null ? "" : " and id = :id"),
        new MapSqlParameterSource().addValue("now", Db.ts(now)).addValue("token", token).addValue("id", id));
  }

  /** An administrator's retry of a FAILED row: pending again now, with fresh attempts. */
  boolean retry(long id, Instant now) {
    return jdbc.update("""
        update rem_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now, claim_token = null
        where id = :id and status = 'FAILED'""", Map.of("id", id, "now", Db.ts(now))) == 1;
  }

  /** At most {@code limit} rows of the status (any without it) with ids below {@code before} (all without it), newest first. */
  List<Row> byStatus(@Nullable String status, @Nullable Long before, int limit) {
    MapSqlParameterSource p = new MapSqlParameterSource("limit", limit).addValue("status", status).addValue("before", before);
    return jdbc.query("select * from rem_outbox where 1 = 1" + (status == null ? "" : " and status = :status")
        + (before == null ? "" : " and id < :before") + " order by id desc limit :limit", p, ROW);
  }

  Map<String, Long> countByStatus() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    jdbc.query("select status, count(*) as n from rem_outbox group by status", Map.of(),
        rs -> {
          counts.put(rs.getString("status"), rs.getLong("n"));
        });
    return counts;
  }

  private static MapSqlParameterSource times(Instant now, Instant staleBefore) {
    return new MapSqlParameterSource().addValue("now", Db.ts(now)).addValue("stale", Db.ts(staleBefore));
  }
}
