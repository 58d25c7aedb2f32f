package vn.partracker.shared;

import java.util.regex.Pattern;

/**
 * The rows of official tables that are not data: section rows numbered "I", "II", "A", "B" (a
 * group of fields, written in bold, often without points) and total rows ("TỔNG ĐIỂM", "Tổng
 * cộng", "Tổng số điểm"), which carry no Stt code. Every importer recognises them the same way.
 */
public final class OfficialRows {

  private static final Pattern SECTION = Pattern.compile("^([IVXL]{1,6}|[A-Z])[.)]?$");
  private static final Pattern TOTAL = Pattern.compile("^(tong cong|tong so diem|tong so|tong diem|tong)( .*)?$|^cong$");
  private static final Pattern NOT_TOTAL = Pattern.compile("^tong (hop|ket|quan)\\b.*");

  private OfficialRows() {}

  /** "I", "IV.", "A", "B)": a section number, never a criterion code. */
  public static boolean isSectionNumber(String stt) {
    return stt != null && SECTION.matcher(stt.strip()).matches();
  }

  /**
   * An Stt cell of a row that may be a heading: empty, or words without a number (a heading or a
   * signature line under the table, "CHỦ TỊCH", written across the Stt column); callers also check
   * that the row has no points.
   */
  public static boolean isHeading(String stt) {
    return stt == null || !stt.matches(".*\\d.*");
  }

  /** "TỔNG ĐIỂM", "Tổng cộng", "Tổng số điểm (A+B)", "TỔNG": the label of a total row. */
  public static boolean isTotalLabel(String text) {
    String key = Table.headerKey(text);
    return TOTAL.matcher(key).matches() && !NOT_TOTAL.matcher(key).matches();
  }

  /** A total row: a total label in the Stt cell (merged over the title) or in the title with no Stt code. */
  public static boolean isTotal(String stt, String title) {
    return isTotalLabel(stt) || (stt.isBlank() && isTotalLabel(title));
  }
}
