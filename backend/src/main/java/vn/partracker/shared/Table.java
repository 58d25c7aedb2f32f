package vn.partracker.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A table read from an uploaded CSV or xlsx file: a header row and data rows. Row numbers are the
 * ones a person sees in a spreadsheet (the header is row {@code headerRow}).
 */
public record Table(int headerRow, List<String> headers, List<Row> rows) {

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

  /** The column whose header matches one of the names (case, accents and spacing ignored). */
  public Optional<Integer> column(String... names) {
    for (int i = 0; i < headers.size(); i++) {
      String header = key(headers.get(i));
      for (String name : names) {
        if (header.equals(key(name))) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  /** Like {@link #column} but a missing column is an error reported on the header row. */
  public int requireColumn(List<ApiErrorItem> errors, String name, String... otherNames) {
    String[] names = new String[otherNames.length + 1];
    names[0] = name;
    System.arraycopy(otherNames, 0, names, 1, otherNames.length);
    Optional<Integer> index = column(names);
    if (index.isEmpty()) {
      errors.add(ApiErrorItem.cell(headerRow, name, "Thiếu cột \"" + name + "\""));
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
}
