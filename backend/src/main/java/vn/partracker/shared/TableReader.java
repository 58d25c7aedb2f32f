package vn.partracker.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads the tables users upload: xlsx (first sheet) or CSV in UTF-8 with or without BOM, separated
 * by commas or semicolons. The header is the first non-blank row. Anything unreadable is an
 * {@link ApiException} with a clear reason, never a 500.
 */
@Component
public class TableReader {

  public static final long MAX_BYTES = 10L * 1024 * 1024;

  /**
   * The most data rows one upload may hold, per kind of table (one place for every importer): a
   * file above it is refused while it is being read, before it is parsed whole.
   */
  public static final int MAX_ROWS = 20_000;
  public static final int MAX_ROWS_CRITERIA = 2_000;
  public static final int MAX_ROWS_PLAN = 5_000;
  /** Title lines and a header over two rows come on top of the data rows. */
  private static final int HEADER_ROWS = 30;

  public Table read(MultipartFile file) {
    return read(file, MAX_ROWS);
  }

  public Table read(MultipartFile file, int maxRows) {
    if (file == null || file.isEmpty()) {
      throw ApiException.invalidField("file", "shared.fileEmpty");
    }
    if (file.getSize() > MAX_BYTES) {
      throw ApiException.invalidField("file", "shared.fileOver10Mb");
    }
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
    try {
      byte[] bytes = file.getBytes();
      if (name.endsWith(".xlsx")) {
        checkXlsxRows(bytes, maxRows);
      }
      if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
        return limited(readWorkbook(new ByteArrayInputStream(bytes)), maxRows);
      }
      if (name.endsWith(".csv") || name.endsWith(".txt")) {
        return limited(readCsv(bytes, maxRows), maxRows);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiException api) {
        throw api;
      }
      // POI's own words ("Tried to allocate an array of length ...") mean nothing to a person
      throw ApiException.invalidField("file", "shared.fileUnreadable");
    }
    throw ApiException.invalidField("file", "shared.fileXlsxOrCsv");
  }

  private static ApiException tooManyRows(int maxRows) {
    return ApiException.invalidField("file", "shared.fileTooManyRows",
        String.format(Locale.ROOT, "%,d", maxRows).replace(',', '.'));
  }

  private static Table limited(Table table, int maxRows) {
    if (table.dataRows().size() > maxRows) {
      throw tooManyRows(maxRows);
    }
    return table;
  }

  /**
   * Counts the rows of the first sheet from the sheet's XML as it is unzipped, stopping past the
   * limit: a workbook of 200,000 rows is refused without building it (which takes gigabytes) and
   * without inflating more of it than the limit. One pass over the zip: the rows of every worksheet
   * part (each count stops at the limit), and the workbook's order of its sheets.
   */
  private static void checkXlsxRows(byte[] bytes, int maxRows) throws IOException {
    Map<String, Boolean> overLimit = new HashMap<>();
    String workbook = null;
    String rels = null;
    // commons-compress (as POI): also reads stored entries followed by a data descriptor, which POI writes
    try (org.apache.commons.compress.archivers.zip.ZipArchiveInputStream zip =
        new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
      for (org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null; ) {
        String name = entry.getName();
        if (name.equals("xl/workbook.xml")) {
          workbook = new String(zip.readNBytes(1 << 20), StandardCharsets.UTF_8);
        } else if (name.equals("xl/_rels/workbook.xml.rels")) {
          rels = new String(zip.readNBytes(1 << 20), StandardCharsets.UTF_8);
        } else if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
          overLimit.put(name.substring("xl/".length()), rowsAbove(zip, maxRows + HEADER_ROWS));
        }
      }
    } catch (java.util.zip.ZipException | javax.xml.stream.XMLStreamException e) {
      return; // not a zip this scan can read: the workbook reader below says what is wrong
    }
    String first = firstSheetPart(workbook, rels);
    boolean refused = first != null ? overLimit.getOrDefault(first, false) : overLimit.containsValue(true);
    if (refused) {
      throw tooManyRows(maxRows);
    }
  }

  private static boolean rowsAbove(InputStream sheet, int limit) throws javax.xml.stream.XMLStreamException {
    javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
    factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    javax.xml.stream.XMLStreamReader xml = factory.createXMLStreamReader(sheet);
    int rows = 0;
    while (xml.hasNext()) {
      if (xml.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())
          && ++rows > limit) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern FIRST_SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\br:id=\"([^\"]+)\"");

  /** The part of the workbook's first sheet ("worksheets/sheet1.xml"), or null when it cannot be told. */
  private static String firstSheetPart(String workbook, String rels) {
    if (workbook == null || rels == null) {
      return null;
    }
    java.util.regex.Matcher sheet = FIRST_SHEET.matcher(workbook);
    if (!sheet.find()) {
      return null;
    }
    java.util.regex.Matcher rel = Pattern.compile("<Relationship\\b[^>]*?\\bId=\"" + Pattern.quote(sheet.group(1))
        + "\"[^>]*>").matcher(rels);
    if (!rel.find()) {
      return null;
    }
    java.util.regex.Matcher target = Pattern.compile("Target=\"([^\"]+)\"").matcher(rel.group());
    return target.find() ? target.group(1).replaceFirst("^/?xl/", "").replaceFirst("^/", "") : null;
  }

  public Table readCsv(byte[] bytes) throws IOException {
    return readCsv(bytes, Integer.MAX_VALUE - HEADER_ROWS);
  }

  private Table readCsv(byte[] bytes, int maxRows) throws IOException {
    String text = decodeUtf8(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    char delimiter = guessDelimiter(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    List<List<String>> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        if (lines.size() >= maxRows + HEADER_ROWS) {
          throw tooManyRows(maxRows);
        }
        lines.add(record.toList().stream().map(CsvCells::restore).toList());
        numbers.add((int) record.getRecordNumber());
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw ApiException.invalidField("file", "shared.csvMalformed", e.getMessage());
    }
    return toTable(lines, numbers, NO_MERGES);
  }

  public Table readWorkbook(InputStream in) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<List<String>> lines = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      for (org.apache.poi.ss.usermodel.Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
          cells.add(text(row.getCell(c), formatter));
        }
        lines.add(cells);
        numbers.add(row.getRowNum() + 1);
      }
      Merges merges = new Merges(new HashSet<>(), new HashMap<>());
      for (CellRangeAddress region : sheet.getMergedRegions()) {
        if (region.getLastRow() > region.getFirstRow()) {
          merges.spansNextRow().add(region.getFirstRow() + 1);
        }
        if (region.getLastColumn() > region.getFirstColumn()) {
          merges.across().computeIfAbsent(region.getFirstRow() + 1, k -> new HashMap<>())
              .put(region.getFirstColumn(), region.getLastColumn());
        }
      }
      return toTable(lines, numbers, merges);
    }
  }

  /**
   * A cell as a person reads it: the shown text, except that a number shown rounded ("13.57" for
   * 13.567) or a formula (a total row's SUM) gives its value, so points keep their three decimals.
   */
  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (type) {
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          return formatter.formatCellValue(cell);
        }
        BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).setScale(6, RoundingMode.HALF_UP);
        String shown = cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell);
        if (shown.matches("-?\\d+(\\.\\d+)?") && new BigDecimal(shown).compareTo(value) == 0) {
          return shown;
        }
        return Decimals.clean(value).toPlainString();
      }
      case STRING -> {
        return cell.getCellType() == CellType.FORMULA ? cell.getStringCellValue() : formatter.formatCellValue(cell);
      }
      case BOOLEAN -> {
        return String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
      }
      default -> {
        return "";
      }
    }
  }

  /** Merged cells of a sheet by row number: rows whose cells span the next row, and ranges across columns. */
  private record Merges(Set<Integer> spansNextRow, Map<Integer, Map<Integer, Integer>> across) {}

  private static final Merges NO_MERGES = new Merges(Set.of(), Map.of());
  private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?|\\(\\d{1,2}\\)\\s*=.*");

  /**
   * The header is the first row with two or more cells, after the title lines above the table (one
   * cell each: "BẢNG TIÊU CHÍ ...", "(Kèm theo Kế hoạch số ...)"). It continues on the next row when
   * its cells are merged down or the next row labels columns the header row leaves blank (a group
   * such as "Điểm số" over two columns); a row of column numbers ("1 2 3", "(1) (2) (3)") is skipped.
   */
  private static Table toTable(List<List<String>> lines, List<Integer> numbers, Merges merges) {
    int header = firstHeaderLine(lines);
    if (header < 0) {
      throw ApiException.invalidField("file", "shared.fileNoData");
    }
    List<String> top = stripped(lines.get(header));
    List<String> headers = new ArrayList<>(top);
    List<String> groups = new ArrayList<>();
    int next = header + 1;
    if (next < lines.size() && continuesHeader(top, stripped(lines.get(next)),
        merges.spansNextRow().contains(numbers.get(header)))) {
      List<String> below = stripped(lines.get(next));
      Map<Integer, Integer> across = merges.across().getOrDefault(numbers.get(header), Map.of());
      int width = Math.max(top.size(), below.size());
      headers.clear();
      String group = "";
      int groupEnd = -1;
      for (int c = 0; c < width; c++) {
        String upper = c < top.size() ? top.get(c) : "";
        String lower = c < below.size() ? below.get(c) : "";
        if (!upper.isEmpty()) {
          group = upper;
          groupEnd = across.getOrDefault(c, lower.isEmpty() ? c : Integer.MAX_VALUE);
        } else if (c > groupEnd || lower.isEmpty()) {
          group = "";
        }
        if (lower.isEmpty() || lower.equals(upper)) {
          headers.add(upper);
          groups.add("");
        } else {
          headers.add(lower);
          groups.add(group);
        }
      }
      next++;
    }
    if (next < lines.size() && isColumnNumbers(lines.get(next))) {
      next++;
    }
    List<Table.Row> rows = new ArrayList<>();
    for (int i = next; i < lines.size(); i++) {
      rows.add(new Table.Row(numbers.get(i), lines.get(i)));
    }
    return new Table(numbers.get(header), headers, rows, groups);
  }

  private static int firstHeaderLine(List<List<String>> lines) {
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      long filled = filled(lines.get(i));
      if (filled == 0) {
        continue;
      }
      if (first < 0) {
        first = i;
      }
      if (filled >= 2) {
        // title lines are skipped only when a real table (three columns or more) follows them
        boolean tableBelow = false;
        for (int j = i; j < Math.min(lines.size(), i + 15) && !tableBelow; j++) {
          tableBelow = filled(lines.get(j)) >= 3;
        }
        return tableBelow || first == i ? i : first;
      }
    }
    return first;
  }

  private static boolean continuesHeader(List<String> top, List<String> below, boolean mergedDown) {
    if (below.stream().allMatch(String::isEmpty) || below.stream().anyMatch(c -> c.matches("\\d+([.,]\\d+)?"))) {
      return false;
    }
    if (mergedDown) {
      return true;
    }
    if (!below.isEmpty() && !below.get(0).isEmpty()) {
      return false;
    }
    for (int c = 0; c < below.size(); c++) {
      if (!below.get(c).isEmpty() && (c >= top.size() || top.get(c).isEmpty())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isColumnNumbers(List<String> line) {
    List<String> cells = stripped(line).stream().filter(c -> !c.isEmpty()).toList();
    return cells.size() >= 2 && cells.stream().allMatch(c -> COLUMN_NUMBER.matcher(c).matches());
  }

  private static long filled(List<String> line) {
    return line.stream().filter(c -> c != null && !c.isBlank()).count();
  }

  private static List<String> stripped(List<String> line) {
    return line.stream().map(h -> h == null ? "" : h.strip()).toList();
  }

  private static String decodeUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.invalidField("file", "shared.csvNotUtf8");
    }
  }

  /** Semicolon when the header line has more semicolons than commas (Excel in a comma-decimal locale). */
  static char guessDelimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    long semicolons = first.chars().filter(ch -> ch == ';').count();
    long commas = first.chars().filter(ch -> ch == ',').count();
    return semicolons > commas ? ';' : ',';
  }
}
