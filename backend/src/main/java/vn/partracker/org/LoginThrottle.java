package vn.partracker.org;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a guesser lock other people out. Failures within
 * the window are counted per account and address ({@code par.security.login.max-failures}, 5),
 * per account from anywhere (five times as many) and per address (five times as many). An address
 * that reached its limit (someone there tries many usernames) is refused, except for accounts that
 * signed in from it before (remembered 30 days): 25 made-up usernames from one address lock
 * neither a real user elsewhere nor the colleagues behind the same address who use it daily. The
 * address is the real client's (Tomcat's RemoteIpValve reads {@code X-Forwarded-For} from trusted
 * proxies only, {@code server.tomcat.remoteip.internal-proxies}).
 *
 * <p>The counters live in the database (table {@code login_throttle}, one row per counter), so
 * every node of a cluster counts the same failures and a restart forgets nothing. A counter's
 * window starts at its first failure and lasts {@code par.security.login.window}; a failure is
 * counted with one conditional UPDATE (a new window when the old one ended), or an INSERT for a
 * new counter, so concurrent failures on several nodes are all counted. Keys are SHA-256 hashes:
 * no username or address is stored, and a 10,000-character username makes a short key. Expired rows
 * are deleted by whichever node writes next, at most once a minute per node.
 */
@Component
class LoginThrottle {

  static final Duration REMEMBER_SIGN_IN = Duration.ofDays(30);
  static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(1);

  private final NamedParameterJdbcTemplate jdbc;
  private final boolean postgres;
  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private final AtomicReference<Instant> lastCleanUp = new AtomicReference<>(Instant.MIN);

  LoginThrottle(
      DataSource dataSource,
      Clock clock,
      @Value("${par.security.login.max-failures:5}") int maxFailures,
      @Value("${par.security.login.window:PT15M}") Duration window) {
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    this.postgres = isPostgres(dataSource);
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database's kind", e);
    }
  }

  /** How long the caller must wait, if they are locked out now. */
  Optional<Duration> lockedFor(String username, String address) {
    Instant now = clock.instant();
    String pair = pairKey(username, address);
    String account = accountKey(username);
    String addr = addressKey(address);
    String known = knownKey(username, address);
    Map<String, Row> rows = load(List.of(pair, account, addr, known), now);
    Optional<Duration> locked = wait(rows.get(pair), maxFailures, now)
        .or(() -> wait(rows.get(account), maxFailures * 5, now));
    if (locked.isPresent() || rows.containsKey(known)) {
      return locked;
    }
    return wait(rows.get(addr), maxFailures * 5, now);
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    count(pairKey(username, address), now);
    count(accountKey(username), now);
    count(addressKey(address), now);
    cleanUpNowAndThen(now);
  }

  void succeeded(String username, String address) {
    Instant now = clock.instant();
    jdbc.update("delete from login_throttle where throttle_key in (:keys)",
        Map.of("keys", List.of(pairKey(username, address), accountKey(username))));
    remember(knownKey(username, address), now);
    cleanUpNowAndThen(now);
  }

  /** Deletes the rows whose window or memory has ended; returns how many. */
  int cleanUp() {
    Instant now = clock.instant();
    lastCleanUp.set(now);
    return jdbc.update("delete from login_throttle where expires_at <= :now", Map.of("now", ts(now)));
  }

  /** The number of rows kept now (for tests of the clean-up). */
  long size() {
    Long n = jdbc.getJdbcTemplate().queryForObject("select count(*) from login_throttle", Long.class);
    return n == null ? 0 : n;
  }

  private void cleanUpNowAndThen(Instant now) {
    Instant last = lastCleanUp.get();
    if (!now.isBefore(last.plus(CLEAN_UP_EVERY)) && lastCleanUp.compareAndSet(last, now)) {
      jdbc.update("delete from login_throttle where expires_at <= :now", Map.of("now", ts(now)));
    }
  }

  private record Row(int failures, Instant expiresAt) {}

  private Map<String, Row> load(List<String> keys, Instant now) {
    Map<String, Row> rows = new HashMap<>();
    jdbc.query("select throttle_key, failures, expires_at from login_throttle where throttle_key in (:keys)"
        + " and expires_at > :now", new MapSqlParameterSource().addValue("keys", keys).addValue("now", ts(now)),
        rs -> {
          rows.put(rs.getString("throttle_key"),
              new Row(rs.getInt("failures"), rs.getObject("expires_at", OffsetDateTime.class).toInstant()));
        });
    return rows;
  }

  private static Optional<Duration> wait(Row row, int limit, Instant now) {
    if (row == null || row.failures() < limit) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, row.expiresAt()));
  }

  /** One more failure on a counter: a new window when the old one has ended. */
  private void count(String key, Instant now) {
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("key", key).addValue("now", ts(now))
        .addValue("expires", ts(now.plus(window)));
    for (int attempt = 0; attempt < 3; attempt++) {
      int updated = jdbc.update("""
          update login_throttle set
            failures = case when expires_at <= :now then 1 else failures + 1 end,
            window_start = case when expires_at <= :now then :now else window_start end,
            expires_at = case when expires_at <= :now then :expires else expires_at end
          where throttle_key = :key""", p);
      if (updated == 1 || insert(p.addValue("failures", 1))) {
        return;
      }
      // another node inserted the counter meanwhile: count on it
    }
  }

  private void remember(String key, Instant now) {
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("key", key).addValue("now", ts(now))
        .addValue("expires", ts(now.plus(REMEMBER_SIGN_IN))).addValue("failures", 0);
    for (int attempt = 0; attempt < 3; attempt++) {
      int updated = jdbc.update("""
          update login_throttle set window_start = :now, expires_at = :expires where throttle_key = :key""", p);
      if (updated == 1 || insert(p)) {
        return;
      }
    }
  }

  /** Inserts a new row; false when another writer was first (PostgreSQL: never aborts a transaction). */
  private boolean insert(MapSqlParameterSource p) {
    String sql = "insert into login_throttle (throttle_key, failures, window_start, expires_at)"
        + " values (:key, :failures, :now, :expires)";
    if (postgres) {
      return jdbc.update(sql + " on conflict do nothing", p) == 1;
    }
    try {
      return jdbc.update(sql, p) == 1;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private static OffsetDateTime ts(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String account(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static String accountKey(String username) {
    return "user:" + hash(account(username));
  }

  private static String pairKey(String username, String address) {
    return "pair:" + hash(account(username) + "\n" + address);
  }

  private static String knownKey(String username, String address) {
    return "known:" + hash(account(username) + "\n" + address);
  }

  private static String addressKey(String address) {
    return "addr:" + hash(String.valueOf(address));
  }

  private static String hash(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
