package vn.partracker.criteria;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.CsvCells;
import vn.partracker.shared.Message;
import vn.partracker.shared.OfficialRows;
import vn.partracker.shared.Table;

/**
 * The official table layout of a criteria set (as in the plan appendices): reading it with every
 * problem reported by row and column, and writing it back so that it imports to the same set.
 */
final class CriteriaTable {

  static final String CODE = "Stt";
  static final String TITLE = "Lĩnh vực/Tiêu chí/Tiêu chí thành phần";
  static final String MAX = "Điểm chuẩn";
  static final String GUIDANCE = "Hướng dẫn chấm điểm";
  static final String EVIDENCE = "Tài liệu kiểm chứng";
  static final String NOT_APPLICABLE = "Không áp dụng";
  static final String ANSWER = "Loại trả lời";
  static final String NUMERATOR = "Tử số";
  static final String DENOMINATOR = "Mẫu số";
  static final String BANDS = "Mức điểm theo tỷ lệ";
  static final String PER_EVENT = "Điểm trừ mỗi lần";
  static final String SECTION = "Phần điểm";
  static final List<String> HEADERS = List.of(CODE, TITLE, MAX, GUIDANCE, EVIDENCE, NOT_APPLICABLE, ANSWER,
      NUMERATOR, DENOMINATOR, BANDS, PER_EVENT, SECTION);
  private static final Map<String, AnswerType> ANSWER_WORDS = Map.of(
      Table.key("Điểm"), AnswerType.POINTS, "points", AnswerType.POINTS,
      Table.key("Có/Không"), AnswerType.YES_NO, "yes_no", AnswerType.YES_NO,
      Table.key("Tỷ lệ"), AnswerType.RATE, "rate", AnswerType.RATE,
      Table.key("Trừ điểm"), AnswerType.DEDUCTION, "deduction", AnswerType.DEDUCTION);

  private static final Set<String> YES = Set.of("x", "co", "yes", "1", "true", "duoc");
  private static final Set<String> NO = Set.of("", "khong", "no", "0", "false");

  record ParsedNode(int row, NodeContent content) {}

  /** {@code warnings}: guidance that mentions rates or deductions in words not read for sure; the item stays "Điểm". */
  record Parsed(List<ParsedNode> nodes, List<ApiErrorItem> errors, List<ApiErrorItem> warnings) {
    Parsed(List<ParsedNode> nodes, List<ApiErrorItem> errors) {
      this(nodes, errors, List.of());
    }

    List<CriteriaTree.Item> items() {
      return nodes.stream().map(n -> new CriteriaTree.Item(null, n.content())).toList();
    }
  }

  private CriteriaTable() {}

  static Parsed parse(Table table) {
    List<ApiErrorItem> errors = new ArrayList<>();
    int code = table.requireColumn(errors, CODE, "STT", "TT", "Số thứ tự");
    int title = table.requireColumn(errors, TITLE, "Lĩnh vực/Tiêu chí", "Lĩnh vực, tiêu chí", "Tiêu chí",
        "Tiêu chí/Tiêu chí thành phần", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần/Nội dung", "Lĩnh vực đánh giá",
        "Nội dung", "Nội dung tiêu chí", "Tên tiêu chí", "Lĩnh vực/Tiêu chí đánh giá", "Tiêu chí đánh giá");
    int max = table.requireColumn(errors, MAX, "Điểm tối đa", "Điểm", "Thang điểm", "Điểm chuẩn tối đa",
        "Điểm đánh giá tối đa", "Điểm tối đa đánh giá");
    Optional<Integer> guidance = table.column(GUIDANCE, "Hướng dẫn", "Cách chấm điểm", "Hướng dẫn chấm");
    Optional<Integer> evidence = table.column(EVIDENCE, "Tài liệu kiểm chứng", "Hồ sơ kiểm chứng", "Minh chứng");
    Optional<Integer> notApplicable = table.column(NOT_APPLICABLE, "Được không áp dụng");
    Optional<Integer> answer = table.column(ANSWER);
    Optional<Integer> numerator = table.column(NUMERATOR);
    Optional<Integer> denominator = table.column(DENOMINATOR);
    Optional<Integer> bandsColumn = table.column(BANDS, "Mức điểm");
    Optional<Integer> perEventColumn = table.column(PER_EVENT);
    Optional<Integer> sectionColumn = table.column(SECTION);
    List<ApiErrorItem> warnings = new ArrayList<>();
    if (!errors.isEmpty()) {
      return new Parsed(List.of(), errors);
    }
    List<Table.Row> rows = table.dataRows();
    if (rows.isEmpty()) {
      errors.add(ApiErrorItem.cell(table.headerRow(), CODE, "criteria.tableNoRows"));
      return new Parsed(List.of(), errors);
    }

    List<ParsedNode> nodes = new ArrayList<>();
    Map<String, Integer> rowOfCode = new HashMap<>();
    Totals totals = new Totals(max, errors);
    for (Table.Row row : rows) {
      int errorsBefore = errors.size();
      String stt = row.get(code);
      String maxText = row.get(max);
      if (OfficialRows.isTotal(stt, row.get(title))) {
        totals.total(row);
        continue;
      }
      if (OfficialRows.isSectionNumber(stt) || (OfficialRows.isHeading(stt) && maxText.isEmpty())) {
        totals.section(row); // "A. ĐIỂM THẨM ĐỊNH", "II", or a bold heading without points
        continue;
      }
      String nodeCode = Codes.normalize(stt);
      if (nodeCode.isEmpty()) {
        errors.add(ApiErrorItem.cell(row.number(), CODE, "criteria.codeMissing"));
      } else if (!Codes.isValid(nodeCode)) {
        errors.add(ApiErrorItem.cell(row.number(), CODE,
            "shared.codeFormat", row.get(code)));
      } else if (rowOfCode.containsKey(nodeCode)) {
        errors.add(ApiErrorItem.cell(row.number(), CODE,
            "criteria.codeRepeated", nodeCode, rowOfCode.get(nodeCode)));
      } else if (Codes.parent(nodeCode) != null && !rowOfCode.containsKey(Codes.parent(nodeCode))) {
        errors.add(ApiErrorItem.cell(row.number(), CODE,
            "criteria.parentMissing", Codes.parent(nodeCode), nodeCode));
      }
      String nodeTitle = row.get(title);
      if (nodeTitle.isEmpty()) {
        errors.add(ApiErrorItem.cell(row.number(), TITLE, "shared.titleMissing"));
      } else if (nodeTitle.length() > 2000) {
        errors.add(ApiErrorItem.cell(row.number(), TITLE, "criteria.titleTooLong"));
      }
      Optional<BigDecimal> points = Points.parse(row.get(max));
      if (points.isEmpty()) {
        errors.add(ApiErrorItem.cell(row.number(), MAX, row.get(max).isEmpty()
            ? Message.of("criteria.maxMissing")
            : Message.of("criteria.maxNotNumber", row.get(max))));
      }
      boolean naAllowed = false;
      if (notApplicable.isPresent()) {
        String value = Table.key(row.get(notApplicable.get()));
        if (YES.contains(value)) {
          naAllowed = true;
        } else if (!NO.contains(value)) {
          errors.add(ApiErrorItem.cell(row.number(), NOT_APPLICABLE, "criteria.notApplicableMark"));
        }
      }
      AnswerType declared = null;
      if (answer.isPresent()) {
        String value = Table.key(row.get(answer.get()));
        declared = ANSWER_WORDS.get(value);
        if (declared == null && !value.isEmpty()) {
          errors.add(ApiErrorItem.cell(row.number(), ANSWER,
              "criteria.answerTypeValues"));
        }
      }
      String guidanceText = guidance.map(row::get).orElse("");
      Scoring scoring = scoring(row, declared, guidanceText, bandsColumn.map(row::get).orElse(""),
          perEventColumn.map(row::get).orElse(""), points.orElse(null), errors, warnings);
      AnswerType answerType = scoring.type();
      Section section = section(row, sectionColumn, nodeCode, nodeTitle, errors);
      if (errors.size() == errorsBefore) {
        if (section == null) {
          totals.node(nodeCode, points.get()); // bonus and penalty are outside the total
        }
        rowOfCode.put(nodeCode, row.number());
        nodes.add(new ParsedNode(row.number(), new NodeContent(nodeCode, nodeTitle, points.get(),
            blankToNull(guidanceText), blankToNull(evidence.map(row::get).orElse("")),
            answerType, naAllowed,
            answerType == AnswerType.RATE ? blankToNull(numerator.map(row::get).orElse("")) : null,
            answerType == AnswerType.RATE ? blankToNull(denominator.map(row::get).orElse("")) : null,
            scoring.bands(), scoring.pointsPerEvent(), section)));
      } else if (Codes.isValid(nodeCode) && !rowOfCode.containsKey(nodeCode)) {
        // a row with other problems still counts as a parent, so its children are not reported twice
        rowOfCode.put(nodeCode, row.number());
      }
    }
    totals.end();
    checkSums(nodes, errors);
    return new Parsed(nodes, errors, warnings);
  }

  private record Scoring(AnswerType type, List<RateBand> bands, BigDecimal pointsPerEvent) {
    static final Scoring POINTS = new Scoring(AnswerType.POINTS, List.of(), null);
  }

  /**
   * The answer type of a row with its bands or points per event: from the band and per-event columns
   * when filled, else from the guidance. A declared "Tỷ lệ"/"Trừ điểm" that cannot be read is an
   * error; an undeclared row whose guidance mentions a rate or deduction irregularly is a warning
   * and stays "Điểm" (a person decides; nothing is guessed).
   */
  private static Scoring scoring(Table.Row row, AnswerType declared, String guidance, String bandText,
      String perEventText, BigDecimal max, List<ApiErrorItem> errors, List<ApiErrorItem> warnings) {
    if (declared == AnswerType.POINTS || declared == AnswerType.YES_NO) {
      return new Scoring(declared, List.of(), null);
    }
    GuidanceReader.Reading reading;
    String column;
    if (!perEventText.isBlank()) {
      column = PER_EVENT;
      Optional<BigDecimal> per = Points.parse(perEventText);
      if (per.isEmpty() || per.get().signum() == 0) {
        errors.add(ApiErrorItem.cell(row.number(), PER_EVENT, "criteria.perEventNumber", perEventText));
        return Scoring.POINTS;
      }
      reading = new GuidanceReader.Reading(AnswerType.DEDUCTION, List.of(), per.get(), null);
    } else if (!bandText.isBlank()) {
      column = BANDS;
      reading = GuidanceReader.read(bandText);
      if (reading.type() != AnswerType.RATE) {
        errors.add(ApiErrorItem.cell(row.number(), BANDS, reading.problem() == null
            ? Message.of("criteria.bandsUnread", bandText)
            : Message.of("criteria.bandsUnreadBecause", bandText, reading.problem())));
        return Scoring.POINTS;
      }
    } else {
      column = GUIDANCE;
      reading = GuidanceReader.read(guidance);
    }
    Message problem = reading.problem();
    if (reading.regular() && max != null) {
      BigDecimal most = reading.type() == AnswerType.RATE
          ? reading.bands().stream().map(RateBand::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO)
          : reading.pointsPerEvent();
      if (most.compareTo(max) > 0) {
        problem = Message.of(reading.type() == AnswerType.RATE ? "criteria.bandAboveMax" : "criteria.perEventAboveMax",
            Points.format(most), Points.format(max));
      }
    }
    if (declared != null) {
      if (reading.type() != declared || problem != null) {
        errors.add(ApiErrorItem.cell(row.number(), column, problem == null
            ? Message.of(declared == AnswerType.RATE ? "criteria.rateNeedsBands" : "criteria.deductionNeedsPerEvent")
            : Message.of(declared == AnswerType.RATE ? "criteria.rateNeedsBandsBecause" : "criteria.deductionNeedsPerEventBecause",
                problem)));
        return Scoring.POINTS;
      }
    } else if (problem != null) {
      warnings.add(ApiErrorItem.cell(row.number(), column, "criteria.keptAsPoints", problem));
      return Scoring.POINTS;
    } else if (!reading.regular()) {
      return Scoring.POINTS;
    }
    return new Scoring(reading.type(), reading.bands(), reading.pointsPerEvent());
  }

  /**
   * Total rows ("TỔNG ĐIỂM") and section rows with points ("A. Điểm thẩm định | 70") checked
   * against the fields (codes without a dot) they sum; a mismatch is an error on that row.
   */
  private static final class Totals {
    private final int column;
    private final List<ApiErrorItem> errors;
    private BigDecimal all = BigDecimal.ZERO;
    private BigDecimal inSection = BigDecimal.ZERO;
    private Table.Row section;

    Totals(int column, List<ApiErrorItem> errors) {
      this.column = column;
      this.errors = errors;
    }

    void node(String code, BigDecimal points) {
      if (Codes.depth(code) == 1) {
        all = all.add(points);
        inSection = inSection.add(points);
      }
    }

    void section(Table.Row row) {
      end();
      section = row;
      inSection = BigDecimal.ZERO;
    }

    void end() {
      if (section != null) {
        check(section, inSection, Message.of("criteria.sumOfSectionFields"));
        section = null;
      }
    }

    void total(Table.Row row) {
      end();
      check(row, all, Message.of("criteria.sumOfFields"));
    }

    private void check(Table.Row row, BigDecimal sum, Message what) {
      String text = row.get(column);
      if (text.isEmpty()) {
        return;
      }
      Optional<BigDecimal> stated = Points.parse(text);
      if (stated.isEmpty()) {
        errors.add(ApiErrorItem.cell(row.number(), MAX, "shared.notAPointsNumber", text));
      } else if (stated.get().compareTo(sum) != 0) {
        errors.add(ApiErrorItem.cell(row.number(), MAX, "criteria.totalRowMismatch", Points.format(stated.get()), what, Points.format(sum)));
      }
    }
  }

  /**
   * A field that is a bonus or penalty section: as the "Phần điểm" column says, else when its title
   * opens with "Điểm thưởng", "Điểm cộng" or "Điểm trừ" (how published sets head these parts).
   */
  private static Section section(Table.Row row, Optional<Integer> column, String code, String title,
      List<ApiErrorItem> errors) {
    String declared = column.map(row::get).orElse("");
    if (!declared.isBlank()) {
      Optional<Section> section = Section.read(declared);
      if (section.isEmpty()) {
        errors.add(ApiErrorItem.cell(row.number(), SECTION, "criteria.sectionValues"));
      } else if (Codes.depth(code) != 1) {
        errors.add(ApiErrorItem.cell(row.number(), SECTION, "criteria.sectionOnlyFields"));
      }
      return section.orElse(null);
    }
    return Codes.isValid(code) && Codes.depth(code) == 1 ? Section.read(title).orElse(null) : null;
  }

  /** A parent's points must equal the sum of its children's; reported on the parent's row. */
  private static void checkSums(List<ParsedNode> nodes, List<ApiErrorItem> errors) {
    Map<String, BigDecimal> sums = new HashMap<>();
    for (ParsedNode node : nodes) {
      String parent = Codes.parent(node.content().code());
      if (parent != null) {
        sums.merge(parent, node.content().maxPoints(), BigDecimal::add);
      }
    }
    for (ParsedNode node : nodes) {
      BigDecimal sum = sums.get(node.content().code());
      if (sum != null && node.content().section() == null && sum.compareTo(node.content().maxPoints()) != 0) {
        errors.add(ApiErrorItem.cell(node.row(), MAX, "criteria.childrenSumMismatch", node.content().code(), Points.format(sum), Points.format(node.content().maxPoints())));
      }
    }
  }

  static byte[] toCsv(List<CriteriaNodeView> roots) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
        CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
      printer.printRecord(HEADERS);
      for (CriteriaNodeView node : CriteriaTree.flatten(roots)) {
        printer.printRecord(cells(node, Points.format(node.maxPoints())).stream().map(CsvCells::neutralise).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] toXlsx(String sheetName, List<CriteriaNodeView> roots) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADERS.size(); c++) {
        header.createCell(c).setCellValue(HEADERS.get(c));
        header.getCell(c).setCellStyle(bold);
      }
      int r = 1;
      for (CriteriaNodeView node : CriteriaTree.flatten(roots)) {
        Row row = sheet.createRow(r++);
        List<String> cells = cells(node, "");
        for (int c = 0; c < cells.size(); c++) {
          if (c == 2) {
            row.createCell(c).setCellValue(node.maxPoints().doubleValue());
          } else {
            row.createCell(c).setCellValue(cells.get(c));
          }
          if (node.depth() == 1) {
            row.getCell(c).setCellStyle(bold);
          }
        }
      }
      sheet.setColumnWidth(0, 8 * 256);
      sheet.setColumnWidth(1, 80 * 256);
      sheet.setColumnWidth(2, 12 * 256);
      sheet.setColumnWidth(3, 50 * 256);
      sheet.setColumnWidth(4, 40 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> cells(CriteriaNodeView node, String max) {
    boolean rate = node.answerType() == AnswerType.RATE;
    boolean deduction = node.answerType() == AnswerType.DEDUCTION;
    return List.of(node.code(), node.title(), max, nullToBlank(node.guidance()), nullToBlank(node.evidence()),
        node.notApplicableAllowed() ? "x" : "", answerWord(node.answerType()),
        rate ? nullToBlank(node.numeratorLabel()) : "", rate ? nullToBlank(node.denominatorLabel()) : "",
        rate ? GuidanceReader.write(node.bands()) : "",
        deduction && node.pointsPerEvent() != null ? Points.format(node.pointsPerEvent()) : "",
        node.section() == null ? "" : node.section().label());
  }

  private static String answerWord(AnswerType type) {
    return switch (type) {
      case YES_NO -> "Có/Không";
      case RATE -> "Tỷ lệ";
      case DEDUCTION -> "Trừ điểm";
      case POINTS -> "Điểm";
    };
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String nullToBlank(String value) {
    return value == null ? "" : value;
  }
}
