package vn.partracker.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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

  public Table read(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw ApiException.invalidField("file", "Chưa chọn tệp hoặc tệp rỗng");
    }
    if (file.getSize() > MAX_BYTES) {
      throw ApiException.invalidField("file", "Tệp lớn hơn 10 MB");
    }
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
    try {
      byte[] bytes = file.getBytes();
      if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
        return readWorkbook(new ByteArrayInputStream(bytes));
      }
      if (name.endsWith(".csv") || name.endsWith(".txt")) {
        return readCsv(bytes);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiException api) {
        throw api;
      }
      throw ApiException.invalidField("file", "Không đọc được tệp: " + e.getMessage());
    }
    throw ApiException.invalidField("file", "Chỉ nhận tệp .xlsx hoặc .csv");
  }

  public Table readCsv(byte[] bytes) throws IOException {
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
        lines.add(record.toList().stream().map(CsvCells::restore).toList());
        numbers.add((int) record.getRecordNumber());
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw ApiException.invalidField("file", "Tệp CSV sai định dạng: " + e.getMessage());
    }
    return toTable(lines, numbers);
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
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        lines.add(cells);
        numbers.add(row.getRowNum() + 1);
      }
      return toTable(lines, numbers);
    }
  }

  private static Table toTable(List<List<String>> lines, List<Integer> numbers) {
    int header = 0;
    while (header < lines.size() && lines.get(header).stream().allMatch(c -> c == null || c.isBlank())) {
      header++;
    }
    if (header == lines.size()) {
      throw ApiException.invalidField("file", "Tệp không có dữ liệu");
    }
    List<Table.Row> rows = new ArrayList<>();
    for (int i = header + 1; i < lines.size(); i++) {
      rows.add(new Table.Row(numbers.get(i), lines.get(i)));
    }
    List<String> headers = lines.get(header).stream().map(h -> h == null ? "" : h.strip()).toList();
    return new Table(numbers.get(header), headers, rows);
  }

  private static String decodeUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.invalidField("file", "Tệp CSV phải được lưu với bảng mã UTF-8");
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
