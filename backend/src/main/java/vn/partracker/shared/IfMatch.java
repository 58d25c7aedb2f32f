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
      throw ApiException.invalidField("If-Match", "If-Match phải là phiên bản đã đọc, ví dụ \"3\"");
    }
    return Long.valueOf(digits);
  }

  /**
   * The version the write is based on: the body's, else the header's; neither is a 422 naming
   * {@code version} ({@code what}: "của đơn vị", "của mục"...).
   */
  public static long required(Long bodyVersion, Long headerVersion, String what) {
    Long version = bodyVersion != null ? bodyVersion : headerVersion;
    if (version == null) {
      throw ApiException.invalidField("version", "Thiếu phiên bản " + what + " (version hoặc If-Match): hãy tải lại trang");
    }
    return version;
  }

  /**
   * The 409 of a write based on an older version than the stored one: "{@code subject} vừa được
   * {@code who} lưu sau khi bạn mở…", a {@code version} error "{@code kind} đã được {@code who} thay
   * đổi", and the record as it is now ({@code current}), from which the person chooses.
   */
  public static ApiException stale(String subject, String kind, String who, Object current) {
    return ApiException.stale(subject + " vừa được " + who
            + " lưu sau khi bạn mở; chưa lưu. Hãy xem giá trị hiện tại và chọn giữ giá trị nào",
        java.util.List.of(ApiErrorItem.field("version", kind + " đã được " + who + " thay đổi")), current);
  }
}
