package vn.partracker.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.springframework.lang.Nullable;

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

  /** The parts of a cursor made by {@link #encode} with {@code count} parts; a 422 on the field {@code cursor} otherwise. */
  private static String[] decode(String cursor, int count) {
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

  /**
   * The value a cursor of {@code count} parts stands for: {@code parse} reads its parts (null, or any
   * exception it throws, for a cursor of another kind); a 422 on the field {@code cursor} otherwise.
   */
  public static <T> T read(String cursor, int count, Function<String[], T> parse) {
    String[] parts = decode(cursor, count);
    T value;
    try {
      value = parse.apply(parts);
    } catch (RuntimeException e) {
      throw invalid();
    }
    if (value == null) {
      throw invalid();
    }
    return value;
  }

  /** A page of rows and the cursor after its last row (null: the last page). */
  public record Page<T>(List<T> items, @Nullable String nextCursor) {}

  /**
   * The page of {@code rows} read with a limit of {@code size + 1}: the one more row tells that a next page
   * exists, whose cursor is the sort key of the page's last row ({@code key}).
   */
  public static <T> Page<T> page(List<T> rows, int size, Function<T, String[]> key) {
    if (rows.size() <= size) {
      return new Page<>(rows, null);
    }
    List<T> items = rows.subList(0, size);
    return new Page<>(items, encode(key.apply(items.get(size - 1))));
  }

  /** A 422 on {@code size} unless it is from 1 to {@code max}. */
  public static void checkSize(int size, int max) {
    if (size < 1 || size > max) {
      throw ApiException.invalidField("size", "shared.pageSizeRange", max);
    }
  }

  /** The 422 for a cursor whose parts do not parse. */
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
