package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.partracker.org.UnitView;
import vn.partracker.support.ApiClient;

/**
 * The official-table exports through the API, each in xlsx, docx and pdf, read back with POI and
 * PDFBox: the plan appendix, a campaign's results with the loss analysis, task status by unit.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:exports;DB_CLOSE_DELAY=-1")
class ExportsH2IT extends IntegrationTestBase {

  static final int YEAR = LocalDate.now().getYear();
  static final List<String> FORMATS = List.of("xlsx", "docx", "pdf");

  @Test
  void planResultsAndTaskStatusDownloadInEveryFormatWithVietnameseIntact() throws Exception {
    user("it-leader", district.id(), "LEADER");
    ApiClient coordinator = as("it-coord");

    // an active plan: its appendix, and tasks of Phòng Thử A for the task status by unit
    String csv = "Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Điểm đạt được,Mục tiêu,Nhiệm vụ/Giải pháp,"
        + "Đơn vị chủ trì,Cơ quan phối hợp,Kết quả,Thời gian hoàn thành\n"
        + "1,LĨNH VỰC THỬ,10,6,,,,,,\n"
        + "1.1,Ủy ban nhân dân ban hành kế hoạch,4,2.5,4,Ban hành kế hoạch,Phòng Thử A,Phòng Thử B,Kế hoạch,"
        + "Trước ngày 31/12/" + YEAR + "\n";
    ApiClient.Response imported = coordinator.uploadForm("/api/improvement-plans/import", "ke-hoach.csv", bytes(csv),
        Map.of("year", String.valueOf(YEAR), "ownerUnitId", String.valueOf(district.id()), "name", "Kế hoạch xuất"));
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    long planId = imported.json().get("id").asLong();
    as("it-leader").post("/api/improvement-plans/" + planId + "/approve", Map.of());
    assertThat(activate(coordinator, planId).get("status").asText()).isEqualTo("ACTIVE");

    for (String format : FORMATS) {
      ApiClient.Response plan = coordinator.get("/api/improvement-plans/" + planId + "/export?format=" + format);
      assertDownload(plan, "ke-hoach-" + YEAR + "-" + planId, format);
      assertThat(text(format, plan.bodyBytes())).contains("PHỤ LỤC: KẾ HOẠCH XUẤT", "Đơn vị chủ trì",
          "Thời gian hoàn thành", "Ủy ban nhân dân ban hành kế hoạch", "Phòng Thử A", "Trước ngày 31/12/" + YEAR,
          format.equals("xlsx") ? "2.5" : "2,5");
    }
    try (var workbook = workbook(coordinator.get("/api/improvement-plans/" + planId + "/export?format=xlsx"))) {
      Row item = workbook.getSheetAt(0).getRow(4);
      assertThat(item.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(item.getCell(3).getNumericCellValue()).isEqualTo(2.5);
    }
    assertThat(coordinator.get("/api/improvement-plans/" + planId + "/export?format=rtf").status()).isEqualTo(422);

    // a campaign of two communes, self-assessed: results and where points were lost
    UnitView one = commune("Xã Xuất Một", "it-xx1");
    UnitView two = commune("Xã Xuất Hai", "it-xx2");
    String set = "Stt,Tiêu chí,Điểm chuẩn\n1,LĨNH VỰC A,60\n1.1,Kết quả đạt được,20\n1.2,Đơn vị chủ trì báo cáo,40\n"
        + "2,LĨNH VỰC B,40\n2.1,Thời gian hoàn thành đúng hạn,40\n";
    long setId = coordinator.uploadForm("/api/criteria-sets/import", "xa.csv", bytes(set),
        Map.of("name", "Bộ xã xuất", "year", String.valueOf(YEAR), "level", "COMMUNE")).json().get("id").asLong();
    coordinator.post("/api/criteria-sets/" + setId + "/publish", Map.of());
    Map<String, Object> create = new HashMap<>();
    create.put("name", "Chỉ số CCHC cấp xã (xuất)");
    create.put("year", YEAR);
    create.put("criteriaSetId", setId);
    create.put("assessedUnitIds", List.of(one.id(), two.id()));
    create.put("councilDeadline", LocalDate.now().plusDays(1).toString());
    create.put("selfAssessmentDeadline", LocalDate.now().plusDays(5).toString());
    create.put("appraisalDeadline", LocalDate.now().plusDays(15).toString());
    ApiClient.Response created = coordinator.post("/api/campaigns", create);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long campaignId = created.json().get("id").asLong();
    String units = "/api/campaigns/" + campaignId + "/units/";
    ApiClient xx1 = as("it-xx1");
    assertThat(xx1.put(units + one.id() + "/answers", List.of(answer("1.1", 20), answer("1.2", 40), answer("2.1", 40)))
        .status()).isEqualTo(200);
    assertThat(as("it-xx2").put(units + two.id() + "/answers", List.of(answer("1.1", 10), answer("1.2", 30.5)))
        .status()).isEqualTo(200);

    String results = "/api/campaigns/" + campaignId + "/results/export?format=";
    for (String format : FORMATS) {
      ApiClient.Response all = coordinator.get(results + format);
      assertDownload(all, "ket-qua-" + YEAR + "-" + campaignId, format);
      assertThat(text(format, all.bodyBytes())).contains("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + YEAR,
          "Chỉ số CCHC cấp xã (xuất)", "Xã Xuất Một", "Xuất sắc", "Xã Xuất Hai", "Yếu", "Chỉ số năm " + (YEAR - 1),
          "1. LĨNH VỰC A", "2. LĨNH VỰC B", "Phân tích điểm bị trừ", "Thời gian hoàn thành đúng hạn",
          "Xã Xuất Hai (9,5)", "Xã Xuất Hai (40)");
    }
    try (var workbook = workbook(coordinator.get(results + "xlsx"))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
      Sheet units1 = workbook.getSheet("Kết quả theo đơn vị");
      Row header = units1.getRow(3);
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
      assertThat(units1.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Xã Xuất Một");
      assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Chỉ số");
      assertThat(units1.getRow(4).getCell(7).getNumericCellValue()).isEqualTo(100.0);
      assertThat(units1.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(2.0);
      assertThat(units1.getRow(5).getCell(10).getNumericCellValue()).as("field A of Xã Xuất Hai").isEqualTo(40.5);
      Sheet losses = workbook.getSheet("Phân tích điểm bị trừ");
      Row first = losses.getRow(3);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1.1");
      assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(10.0);
      assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(1.0);
      assertThat(losses.getRow(5).getCell(0).getStringCellValue()).isEqualTo("2.1");
      assertThat(losses.getRow(6)).isNull();
    }
    // before publication a commune's head gets only its own row and its own losses
    String own = text("pdf", xx1.get(results + "pdf").bodyBytes());
    assertThat(own).contains("Xã Xuất Một").doesNotContain("Xã Xuất Hai");
    assertThat(as("it-head-a").get(results + "pdf").status()).isEqualTo(403);
    assertThat(coordinator.get(results + "rtf").status()).isEqualTo(422);

    // task status by unit of the coordinator dashboard
    String status = "/api/dashboard/coordinator/export?year=" + YEAR + "&format=";
    for (String format : FORMATS) {
      ApiClient.Response tasks = coordinator.get(status + format);
      assertDownload(tasks, "tinh-hinh-nhiem-vu-" + YEAR, format);
      assertThat(text(format, tasks.bodyBytes())).contains(
          "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM " + YEAR + " THEO ĐƠN VỊ", "Đến hạn trong 7 ngày",
          "Hoàn thành đúng hạn", "Tỷ lệ đúng hạn (%)", "Hạn gần nhất", "Phòng Thử A", "31/12/" + YEAR);
    }
    try (var workbook = workbook(coordinator.get(status + "xlsx"))) {
      Row row = workbook.getSheetAt(0).getRow(3);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Phòng Thử A");
      assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1.0);
      assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(1.0);
    }
    assertThat(coordinator.get(status + "rtf").status()).isEqualTo(422);
    // the file shows what the filtered dashboard shows, and says how it was filtered
    String narrowed = text("docx", coordinator.get(status + "docx&level=COMMUNE&planId=" + planId).bodyBytes());
    assertThat(narrowed).contains("Kế hoạch: Kế hoạch xuất", "cấp đơn vị: ").doesNotContain("Phòng Thử A");
    assertThat(coordinator.get(status + "xlsx&campaignId=999999").status()).isEqualTo(404);
    assertThat(coordinator.get(status + "xlsx&planId=abc").status()).isEqualTo(422);
    assertThat(as("it-head-a").get(status + "xlsx").status()).isEqualTo(403);
    assertThat(as("it-leader").get("/api/dashboard/coordinator/export?format=pdf").status()).isEqualTo(200);
  }

  UnitView commune(String name, String head) {
    UnitView unit = units.all().stream().filter(u -> u.name().equals(name)).findFirst()
        .orElseGet(() -> unit(name, "COMMUNE", district.id()));
    user(head, unit.id(), "UNIT_HEAD");
    return unit;
  }

  static Map<String, Object> answer(String code, Object points) {
    return Map.of("code", code, "points", points);
  }

  static void assertDownload(ApiClient.Response response, String name, String format) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains(name + "." + format);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo(switch (format) {
      case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      default -> "application/pdf";
    });
  }

  static XSSFWorkbook workbook(ApiClient.Response response) throws Exception {
    assertThat(response.status()).isEqualTo(200);
    return new XSSFWorkbook(new ByteArrayInputStream(response.bodyBytes()));
  }

  /**
   * Everything a reader sees, whitespace joined: every cell of every sheet, the Word text, the PDF
   * text in content order (where each wrapped cell's lines follow each other).
   */
  static String text(String format, byte[] bytes) throws Exception {
    return rawText(format, bytes).replaceAll("\\s+", " ");
  }

  static String rawText(String format, byte[] bytes) throws Exception {
    switch (format) {
      case "xlsx" -> {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
          for (Sheet sheet : workbook) {
            text.append(sheet.getSheetName()).append('\n');
            for (Row row : sheet) {
              for (Cell cell : row) {
                text.append(formatter.formatCellValue(cell)).append('\t');
              }
              text.append('\n');
            }
          }
        }
        return text.toString();
      }
      case "docx" -> {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(bytes)); var extractor = new XWPFWordExtractor(doc)) {
          return extractor.getText();
        }
      }
      default -> {
        try (var doc = Loader.loadPDF(bytes)) {
          return new PDFTextStripper().getText(doc);
        }
      }
    }
  }
}
