package vn.partracker.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The one cursor of the API's keyset paging: the last row's sort key, opaque to the client, which sends
 * it back as {@code cursor} for the rows after it. Never an offset, so a row inserted while someone pages
 * neither repeats nor hides another.
 */
public final class Cursor {

  private Cursor() {}

  /** The cursor of a row's sort key, e.g. ("N", created micros, id). */
  public static String encode(String... parts) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
  }

  /** The parts of a cursor made by {@link #encode} with {@code count} parts; a 400 on the field {@code cursor} otherwise. */
  public static String[] decode(String cursor, int count) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", count);
      if (parts.length == count && !parts[count - 1].isEmpty()) {
        return parts;
      }
    } catch (IllegalArgumentException e) {
      // not base64: the error below
    }
    throw invalid();
  }

  /** The 400 for a cursor whose parts do not parse. */
  public static ApiException invalid() {
    return ApiException.invalidField("cursor", "shared.cursorInvalid");
  }

  /** An instant as microseconds, the precision both databases keep. */
  public static long micros(Instant at) {
    return at.getEpochSecond() * 1_000_000L + at.getNano() / 1000;
  }

  public static Instant fromMicros(String micros) {
    long value = Long.parseLong(micros);
    return Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1000L);
  }
}
