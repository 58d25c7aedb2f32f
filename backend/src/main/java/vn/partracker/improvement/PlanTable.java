package vn.partracker.improvement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.partracker.criteria.Points;
import java.util.Set;
import vn.partracker.org.UnitNames;
import vn.partracker.org.UnitPhrases;
import vn.partracker.org.UnitView;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.Message;
import vn.partracker.shared.OfficialRows;
import vn.partracker.shared.Table;

/**
 * Reads an official plan appendix in either layout found in real plans:
 * <ul>
 *   <li>the appendix of DOMAIN.md: {@code Stt | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Điểm chuẩn |
 *       Điểm <năm> đạt được | Mục tiêu năm <năm> | Nhiệm vụ/Giải pháp | Đơn vị chủ trì} (+ {@code Cơ
 *       quan phối hợp | Kết quả | Yêu cầu | Thời gian hoàn thành});</li>
 *   <li>seed 001's task table: {@code STT | Cơ quan thực hiện | Cơ quan phối hợp | Kết quả | Yêu cầu |
 *       Thời gian hoàn thành}, where a row with only a unit name in capitals heads the rows that unit
 *       leads, and each task names its criterion ("TCTP 1.1.1 Kế hoạch ...").</li>
 * </ul>
 * Every problem is reported with row, column and reason; unknown unit names come with the closest units.
 */
final class PlanTable {

  record Row(int row, ItemContent content) {}

  /** A unit name of a cell that matches no unit or several: {@code candidates} ranked, closest first. */
  record UnknownUnit(int row, String column, String name,
      @com.fasterxml.jackson.annotation.JsonIgnore List<UnitView> candidates) {

    /** The closest names (the preview's {@code unknownUnits}; {@code questions} carry the candidates with ids). */
    @com.fasterxml.jackson.annotation.JsonProperty("suggestions")
    public List<String> suggestions() {
      return candidates.stream().limit(3).map(UnitView::name).toList();
    }
  }

  /** A phrase of a cell kept as the item's note by a person's answer (unit and column as reported). */
  record NoteAnswer(int row, String column, String phraseKey) {}

  record BaselineRow(String code, String title, BigDecimal max, BigDecimal achieved) {}

  /**
   * {@code errors}: every problem, the unknown names included; {@code unknownErrors}: those of them
   * that are questions a person answers in the wizard.
   */
  record Parsed(List<Row> rows, List<ApiErrorItem> errors, List<UnknownUnit> unknownUnits, List<BaselineRow> baseline,
      List<ApiErrorItem> unknownErrors) {

    List<ApiErrorItem> otherErrors() {
      return errors.stream().filter(e -> !unknownErrors.contains(e)).toList();
    }
  }

  static final String STT = "Stt";
  static final String TITLE = "Lĩnh vực/Tiêu chí/Tiêu chí thành phần";
  static final String MAX = "Điểm chuẩn";
  static final String ACHIEVED = "Điểm đạt được";
  static final String TARGET = "Mục tiêu";
  static final String TASKS = "Nhiệm vụ/Giải pháp";
  static final String LEAD = "Đơn vị chủ trì";
  static final String EXECUTOR = "Cơ quan thực hiện";
  static final String SUPPORT = "Cơ quan phối hợp";
  static final String OUTPUT = "Kết quả";
  static final String REQUIREMENT = "Yêu cầu";
  static final String DEADLINE = "Thời gian hoàn thành";

  private static final Pattern CODE = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,5}");
  private static final Pattern CRITERION =
      Pattern.compile("^(?:TCTP|TC|Tiêu chí thành phần|Tiêu chí)\\s*(\\d[\\d.\\s]*\\d|\\d)\\.?\\s+(.+)$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final Table table;
  private final UnitPhrases units;
  private final List<ApiErrorItem> errors = new ArrayList<>();
  private final List<UnknownUnit> unknown = new ArrayList<>();
  private final List<ApiErrorItem> unknownErrors = new ArrayList<>();
  private final Set<NoteAnswer> notes;
  private boolean unreadablePoints;

  private PlanTable(Table table, UnitPhrases units, Set<NoteAnswer> notes) {
    this.table = table;
    this.units = units;
    this.notes = notes;
  }

  static Parsed parse(Table table, UnitPhrases units) {
    return parse(table, units, Set.of());
  }

  /** {@code notes}: the phrases a person chose to keep as notes, by row and column. */
  static Parsed parse(Table table, UnitPhrases units, Set<NoteAnswer> notes) {
    PlanTable parser = new PlanTable(table, units, notes);
    return table.column(EXECUTOR, "Cơ quan, đơn vị thực hiện").isPresent() ? parser.seed001() : parser.appendix();
  }

  private Parsed appendix() {
    int stt = table.requireColumn(errors, STT, "STT", "TT");
    Optional<Integer> tasks = table.columnWhere(k -> k.startsWith("nhiem vu") || k.startsWith("giai phap")
        || k.equals("noi dung thuc hien") || k.equals("noi dung nhiem vu"));
    // a results table names its rows "Lĩnh vực đánh giá" or "Chỉ số thành phần"; a yearly CCHC plan
    // has no criterion column at all: its tasks, under section rows naming the fields, are the items
    Optional<Integer> titleColumn = table.column(TITLE, "Lĩnh vực/Tiêu chí", "Lĩnh vực, tiêu chí", "Tiêu chí",
        "Tiêu chí/Tiêu chí thành phần", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần/Nội dung", "Nội dung",
        "Nội dung tiêu chí", "Tên tiêu chí", "Lĩnh vực/Tiêu chí đánh giá", "Tiêu chí đánh giá")
        .or(() -> table.columnWhere(k -> k.startsWith("linh vuc") || k.startsWith("chi so thanh phan")))
        .or(() -> tasks);
    int title = titleColumn.orElseGet(() -> table.requireColumn(errors, TITLE));
    Optional<Integer> max = table.column(MAX, "Điểm tối đa", "Điểm chuẩn tối đa", "Thang điểm");
    Optional<Integer> achieved = table.columnWhere(k -> (k.startsWith("diem") && (k.contains("dat duoc")
        || k.contains("tham dinh"))) || k.startsWith("dat duoc") || k.equals("diem dat"));
    Optional<Integer> target = table.columnWhere(k -> k.startsWith("muc tieu") || k.startsWith("diem muc tieu"));
    Optional<Integer> lead = table.columnWhere(k -> k.contains("chu tri"));
    Optional<Integer> support = table.columnWhere(k -> k.contains("phoi hop"));
    Optional<Integer> output = table.column(OUTPUT, "Sản phẩm", "Kết quả đầu ra", "Sản phẩm đầu ra", "Kết quả, sản phẩm");
    Optional<Integer> requirement = table.column(REQUIREMENT);
    Optional<Integer> deadline = table.columnWhere(k -> k.startsWith("thoi gian") || k.startsWith("thoi han"));
    if (!errors.isEmpty()) {
      return result(List.of(), List.of());
    }
    List<Row> rows = new ArrayList<>();
    List<BaselineRow> baseline = new ArrayList<>();
    Sums sums = new Sums(List.of(max, achieved, target));
    for (Table.Row row : table.dataRows()) {
      int before = errors.size();
      if (Table.key(row.get(stt)).equals("stt") || Table.key(row.get(stt)).equals("tt")) {
        continue; // the header repeated after a page break
      }
      if (OfficialRows.isTotal(row.get(stt), row.get(title))) {
        sums.check(row);
        continue;
      }
      boolean noPoints = Stream.of(max, achieved, target).allMatch(c -> c.map(row::get).map(PlanTable::blankPoints).orElse(true));
      if (OfficialRows.isSectionNumber(row.get(stt)) || (OfficialRows.isHeading(row.get(stt)) && noPoints
          && tasks.map(row::get).orElse("").isEmpty() && lead.map(row::get).orElse("").isEmpty())) {
        continue; // a section ("I", "A"), a bold heading or a signature line without points, tasks or units
      }
      String code = normalizeCode(row.get(stt));
      if (!code.isEmpty() && !CODE.matcher(code).matches()) {
        errors.add(ApiErrorItem.cell(row.number(), STT, "shared.codeFormat", row.get(stt)));
      }
      String text = row.get(title);
      if (text.isEmpty()) {
        errors.add(ApiErrorItem.cell(row.number(), TITLE, "shared.titleMissing"));
      }
      BigDecimal maxPoints = number(row, max, MAX);
      BigDecimal achievedPoints = number(row, achieved, ACHIEVED);
      BigDecimal targetPoints = number(row, target, TARGET);
      if (maxPoints != null && achievedPoints != null && achievedPoints.compareTo(maxPoints) > 0) {
        errors.add(ApiErrorItem.cell(row.number(), header(achieved), "improvement.achievedAboveMax", Points.format(maxPoints)));
      }
      if (maxPoints != null && targetPoints != null && targetPoints.compareTo(maxPoints) > 0) {
        errors.add(ApiErrorItem.cell(row.number(), header(target), "improvement.targetAboveMax", Points.format(maxPoints)));
      }
      String taskText = tasks.map(row::get).orElse("");
      String leadText = lead.map(row::get).orElse("");
      List<String> leadNotes = new ArrayList<>();
      List<Long> leadIds = leadText.isEmpty() ? List.of() : leads(row, leadText, LEAD, leadNotes);
      if (leadText.isEmpty() && !taskText.isEmpty()) {
        errors.add(ApiErrorItem.cell(row.number(), LEAD, "improvement.taskWithoutLead"));
      }
      UnitPhrases.Resolution supporting = supporting(row, support);
      if (errors.size() == before) {
        rows.add(new Row(row.number(), new ItemContent(code.isEmpty() ? null : code, text, maxPoints, achievedPoints,
            targetPoints, blank(taskText), leadIds, blank(leadText), withoutLeads(supporting.unitIds(), leadIds),
            note(leadNotes, supporting),
            blank(output.map(row::get).orElse("")), blank(requirement.map(row::get).orElse("")),
            blank(deadline.map(row::get).orElse("")), null)));
        if (!code.isEmpty() && !code.contains(".") && maxPoints != null && achievedPoints != null) {
          baseline.add(new BaselineRow(code, text, maxPoints, achievedPoints));
        }
      }
      // summed whatever else the row has (an unknown unit name is a question, not a points problem)
      sums.add(code, maxPoints, achievedPoints, targetPoints);
    }
    return result(rows, baseline);
  }

  private Parsed seed001() {
    int stt = table.requireColumn(errors, STT, "STT", "TT");
    int executor = table.requireColumn(errors, EXECUTOR, "Cơ quan, đơn vị thực hiện");
    Optional<Integer> support = table.column(SUPPORT, "Đơn vị phối hợp");
    Optional<Integer> output = table.column(OUTPUT, "Sản phẩm");
    Optional<Integer> requirement = table.column(REQUIREMENT);
    Optional<Integer> deadline = table.column(DEADLINE, "Thời hạn", "Thời hạn hoàn thành");
    if (!errors.isEmpty()) {
      return result(List.of(), List.of());
    }
    List<Row> rows = new ArrayList<>();
    List<Long> currentLeads = List.of();
    List<String> currentLeadNotes = new ArrayList<>();
    String currentLeadName = null;
    Table.Row heading = null;
    for (Table.Row row : table.dataRows()) {
      String number = row.get(stt);
      String text = row.get(executor);
      if (Table.key(number).equals("stt")) {
        continue; // the header repeated after a page break
      }
      if (!number.isEmpty() && text.isEmpty() && !number.matches(".*\\d.*")) {
        // the heading merged across the table keeps its text in the first cell ("PHÒNG NỘI VỤ")
        text = number;
        number = "";
      }
      if (number.isEmpty()) {
        // a heading row: the unit that leads the rows below it, read when a task follows it (the
        // signature lines under the table, "CHỦ TỊCH" and a name, lead nothing)
        heading = row;
        currentLeadName = text;
        currentLeads = List.of();
        continue;
      }
      if (heading != null) {
        currentLeadNotes = new ArrayList<>();
        currentLeads = currentLeadName.isEmpty() ? List.of() : leads(heading, currentLeadName, EXECUTOR, currentLeadNotes);
        heading = null;
      }
      int before = errors.size();
      if (currentLeadName == null) {
        errors.add(ApiErrorItem.cell(row.number(), EXECUTOR, "improvement.noLeadRowAbove"));
      }
      if (text.isEmpty()) {
        errors.add(ApiErrorItem.cell(row.number(), EXECUTOR, "improvement.taskTextMissing"));
      }
      Matcher criterion = CRITERION.matcher(text);
      String code = criterion.matches() ? normalizeCode(criterion.group(1)) : null;
      String title = criterion.matches() ? criterion.group(2).strip() : text;
      UnitPhrases.Resolution supporting = supporting(row, support);
      if (errors.size() == before && !currentLeads.isEmpty()) {
        // a heading naming one unit is written back as the unit's name, one naming several as published
        rows.add(new Row(row.number(), new ItemContent(code, title, null, null, null, null, currentLeads,
            currentLeads.size() > 1 ? currentLeadName : null, withoutLeads(supporting.unitIds(), currentLeads),
            note(currentLeadNotes, supporting), blank(output.map(row::get).orElse("")), blank(requirement.map(row::get).orElse("")),
            blank(deadline.map(row::get).orElse("")), null)));
      }
    }
    return result(rows, List.of());
  }

  /** "Các phòng chuyên môn" includes the lead offices themselves; they do not support their own task. */
  private static List<Long> withoutLeads(List<Long> unitIds, List<Long> leads) {
    return unitIds.stream().filter(id -> !leads.contains(id)).toList();
  }

  private Parsed result(List<Row> rows, List<BaselineRow> baseline) {
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add(ApiErrorItem.cell(table.headerRow(), STT, "improvement.tableNoTasks"));
    }
    return new Parsed(rows, errors, unknown, baseline, unknownErrors);
  }

  /**
   * The lead units a cell names, those named on their own first (the principal lead), then the units
   * of its collective phrases ("UBND các xã": every commune under the plan's owner leads its own
   * share); an error on that cell when it names none (only a vague phrase, or a group with no unit).
   */
  private List<Long> leads(Table.Row row, String text, String column, List<String> notesInto) {
    UnitPhrases.Resolution resolution = resolve(row, column, text);
    report(row, column, resolution);
    notesInto.addAll(resolution.notes());
    if (!resolution.resolved()) {
      return List.of();
    }
    if (resolution.unitIds().isEmpty()) {
      errors.add(ApiErrorItem.cell(row.number(), column, "improvement.leadPhraseNoUnit", text));
    }
    return resolution.namedFirst();
  }

  private UnitPhrases.Resolution supporting(Table.Row row, Optional<Integer> column) {
    if (column.isEmpty()) {
      return new UnitPhrases.Resolution(List.of(), List.of(), List.of());
    }
    UnitPhrases.Resolution resolution = resolve(row, SUPPORT, row.get(column.get()));
    report(row, SUPPORT, resolution);
    return resolution;
  }

  private UnitPhrases.Resolution resolve(Table.Row row, String column, String text) {
    return units.resolve(text, phrase -> notes.contains(new NoteAnswer(row.number(), column, UnitNames.key(phrase))));
  }

  private void report(Table.Row row, String column, UnitPhrases.Resolution resolution) {
    for (UnitPhrases.Unknown u : resolution.unknown()) {
      unknown.add(new UnknownUnit(row.number(), column, u.name(), u.candidates()));
      ApiErrorItem error = ApiErrorItem.cell(row.number(), column, u.suggestions().isEmpty()
          ? Message.of("improvement.unitUnknown", u.name())
          : Message.of("improvement.unitUnknownNearest", u.name(), String.join(", ", u.suggestions())));
      errors.add(error);
      unknownErrors.add(error);
    }
  }

  /** Empty, or a dash as published tables write "no points". */
  private static boolean blankPoints(String text) {
    return text.isEmpty() || text.matches("[-\u2010-\u2015]+");
  }

  private BigDecimal number(Table.Row row, Optional<Integer> column, String name) {
    if (column.isEmpty() || blankPoints(row.get(column.get()))) {
      return null;
    }
    Optional<BigDecimal> value = Points.parse(row.get(column.get()));
    if (value.isEmpty()) {
      unreadablePoints = true;
      errors.add(ApiErrorItem.cell(row.number(), header(column), "shared.notAPointsNumber", row.get(column.get())));
      return null;
    }
    return value.get();
  }

  private String header(Optional<Integer> column) {
    return column.map(table::header).orElse("");
  }

  /**
   * The points of the rows a total row sums: those of the least deep code seen (the fields "1".."8",
   * or the criteria when a plan lists only those); a "TỔNG ĐIỂM" row that disagrees is an error there.
   */
  private final class Sums {
    private final List<Optional<Integer>> columns;
    private final Map<Integer, BigDecimal[]> byDepth = new TreeMap<>();

    Sums(List<Optional<Integer>> columns) {
      this.columns = columns;
    }

    void add(String code, BigDecimal... points) {
      if (code.isEmpty()) {
        return;
      }
      BigDecimal[] sums = byDepth.computeIfAbsent(code.split("\\.").length, d -> new BigDecimal[] {
          BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      for (int i = 0; i < points.length; i++) {
        sums[i] = sums[i].add(points[i] == null ? BigDecimal.ZERO : points[i]);
      }
    }

    void check(Table.Row row) {
      if (unreadablePoints) {
        return; // a cell above is not a number: that error is reported, the sum would only repeat it
      }
      BigDecimal[] sums = byDepth.isEmpty() ? null : byDepth.values().iterator().next();
      for (int i = 0; i < columns.size(); i++) {
        Optional<Integer> column = columns.get(i);
        BigDecimal stated = number(row, column, "");
        if (stated == null) {
          continue;
        }
        BigDecimal sum = sums == null ? BigDecimal.ZERO : sums[i];
        if (stated.compareTo(sum) != 0) {
          errors.add(ApiErrorItem.cell(row.number(), header(column), "improvement.totalRowMismatch", Points.format(stated), Points.format(sum)));
        }
      }
    }
  }

  /** The lead cell's notes, then the supporting cell's. */
  private static String note(List<String> leadNotes, UnitPhrases.Resolution supporting) {
    List<String> all = new ArrayList<>(leadNotes);
    all.addAll(supporting.notes());
    return all.isEmpty() ? null : String.join("; ", all);
  }

  static String normalizeCode(String raw) {
    String code = raw == null ? "" : raw.replaceAll("\\s+", "");
    while (code.endsWith(".")) {
      code = code.substring(0, code.length() - 1);
    }
    return code;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
