package vn.partracker.shared;

/**
 * The one rule for optimistic locking on a write: the version the person read comes in the body
 * ({@code version}) or as an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3});
 * one of them is required, and a write based on an older version is a 409 with the current value.
 */
public final class IfMatch {

  private IfMatch() {}

  /** The header as a version; null when absent; anything else is a 422 on {@code If-Match}. */
  public static Long version(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String digits = header.strip().replaceFirst("^W/", "").replace("\"", "");
    if (!digits.matches("\\d{1,18}")) {
      throw ApiException.invalidField("If-Match", "shared.ifMatchFormat");
    }
    return Long.valueOf(digits);
  }

  /**
   * The version the write is based on: the body's, else the header's; neither is a 422 naming
   * {@code version} ({@code whatKey}: the key of "của đơn vị", "của mục"..., {@code shared.versionOf.*}).
   */
  public static long required(Long bodyVersion, Long headerVersion, String whatKey) {
    Long version = bodyVersion != null ? bodyVersion : headerVersion;
    if (version == null) {
      throw ApiException.invalidField("version", "shared.versionMissing", Message.of(whatKey));
    }
    return version;
  }

  /**
   * The 409 of a write based on an older version than the stored one: "{@code subject} vừa được
   * {@code who} lưu sau khi bạn mở…", a {@code version} error "{@code kind} đã được {@code who} thay
   * đổi", and the record as it is now ({@code current}), from which the person chooses.
   */
  public static ApiException stale(Message subject, Message kind, Message who, Object current) {
    return ApiException.stale(Message.of("shared.staleWrite", subject, who),
        java.util.List.of(ApiErrorItem.field("version", "shared.changedBy", kind, who)), current);
  }
}
