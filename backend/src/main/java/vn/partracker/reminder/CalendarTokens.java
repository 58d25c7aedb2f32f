package vn.partracker.reminder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The secret of each user's calendar feed; only its SHA-256 is stored (rem_calendar_token). */
@Repository
class CalendarTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final NamedParameterJdbcTemplate jdbc;

  CalendarTokens(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A new token for the user, replacing any earlier one. */
  String rotate(long userId, Instant now) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.update("delete from rem_calendar_token where user_id = :user", Map.of("user", userId));
    jdbc.update("insert into rem_calendar_token (user_id, token_hash, created_at) values (:user, :hash, :now)",
        Map.of("user", userId, "hash", hash(token), "now", Db.ts(now)));
    return token;
  }

  boolean revoke(long userId) {
    return jdbc.update("delete from rem_calendar_token where user_id = :user", Map.of("user", userId)) > 0;
  }

  Optional<Long> userOf(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    List<Long> users = jdbc.queryForList("select user_id from rem_calendar_token where token_hash = :hash",
        Map.of("hash", hash(token)), Long.class);
    return users.stream().findFirst();
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
