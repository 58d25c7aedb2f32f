package vn.partracker.shared.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A bordered table with a bold header row. Cells are String, Number (numbers in xlsx, "13,5" in
 * docx and PDF), LocalDate (dd/MM/yyyy) or null (empty).
 *
 * @param relativeWidths one per column (in xlsx, characters), or null for equal columns
 */
public record TableBlock(List<String> headers, List<List<Object>> rows, List<Integer> relativeWidths)
    implements Block {

  public TableBlock {
    headers = List.copyOf(headers);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("Row has " + row.size() + " cells, expected " + headers.size());
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
    if (relativeWidths != null && relativeWidths.size() != headers.size()) {
      throw new IllegalArgumentException("Need one width per column");
    }
    relativeWidths = relativeWidths == null ? Collections.nCopies(headers.size(), 1) : List.copyOf(relativeWidths);
  }

  public TableBlock(List<String> headers, List<List<Object>> rows) {
    this(headers, rows, null);
  }
}
