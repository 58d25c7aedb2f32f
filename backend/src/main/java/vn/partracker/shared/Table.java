package vn.partracker.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A table read from an uploaded CSV or xlsx file: a header row and data rows. Row numbers are the
 * ones a person sees in a spreadsheet (the header is row {@code headerRow}). A header written over
 * two rows (a group such as "Điểm số" merged above "Điểm 2023 đạt được" and "Mục tiêu năm 2024")
 * keeps the lower, specific label in {@code headers} and the group above it in {@code groups}.
 */
public record Table(int headerRow, List<String> headers, List<Row> rows, List<String> groups) {

  private static final Pattern HEADER_PUNCTUATION = Pattern.compile("[/\\\\,;:.()\\[\\]*\"'“”‘’+\\-–—_]");
  private static final Pattern YEAR = Pattern.compile("\\b(nam\\s+)?(19|20)\\d{2}\\b");

  public Table(int headerRow, List<String> headers, List<Row> rows) {
    this(headerRow, headers, rows, List.of());
  }

  public record Row(int number, List<String> cells) {

    /** The trimmed cell of a column, empty when the row is shorter. */
    public String get(int column) {
      if (column < 0 || column >= cells.size()) {
        return "";
      }
      String value = cells.get(column);
      return value == null ? "" : value.strip();
    }

    public boolean isBlank() {
      return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
  }

  /**
   * The column whose header matches one of the names, compared by {@link #headerKey}: case, accents,
   * spacing, line breaks, slashes, commas and years do not matter ("Lĩnh vực/ Tiêu chí/ Tiêu chí
   * thành phần", "Điểm 2023 đạt được"). A two-row header matches by its own label or by group and label.
   */
  public Optional<Integer> column(String... names) {
    List<String> keys = java.util.Arrays.stream(names).map(Table::headerKey).toList();
    return columnWhere(keys::contains);
  }

  /** The first column whose header key (see {@link #headerKey}) passes the test. */
  public Optional<Integer> columnWhere(Predicate<String> headerKeyTest) {
    for (int i = 0; i < headers.size(); i++) {
      if (headerKeyTest.test(headerKey(headers.get(i))) || headerKeyTest.test(headerKey(header(i)))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The header of a column as the file writes it, with its group when it has one. */
  public String header(int column) {
    if (column < 0 || column >= headers.size()) {
      return "";
    }
    String group = column < groups.size() ? groups.get(column) : "";
    return group == null || group.isBlank() ? headers.get(column) : group + " " + headers.get(column);
  }

  /** Like {@link #column} but a missing column is an error reported on the header row. */
  public int requireColumn(List<ApiErrorItem> errors, String name, String... otherNames) {
    String[] names = new String[otherNames.length + 1];
    names[0] = name;
    System.arraycopy(otherNames, 0, names, 1, otherNames.length);
    Optional<Integer> index = column(names);
    if (index.isEmpty()) {
      errors.add(ApiErrorItem.cell(headerRow, name, "shared.columnMissing", name));
      return -1;
    }
    return index.get();
  }

  public List<Row> dataRows() {
    List<Row> result = new ArrayList<>();
    for (Row row : rows) {
      if (!row.isBlank()) {
        result.add(row);
      }
    }
    return result;
  }

  /** Lower case, no accents (đ becomes d), single spaces: how headers and names are compared. */
  public static String key(String text) {
    if (text == null) {
      return "";
    }
    String noAccents =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    return noAccents.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /**
   * How headers are compared: {@link #key} without punctuation (slashes, commas, dots, brackets,
   * dashes) and without years ("năm 2024", "2023"): "Điểm 2023 đạt được" and "Điểm đạt được" agree.
   */
  public static String headerKey(String text) {
    String key = HEADER_PUNCTUATION.matcher(key(text)).replaceAll(" ");
    key = YEAR.matcher(key).replaceAll(" ");
    return key.replaceAll("\\s+", " ").strip();
  }
}
