package vn.partracker.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.partracker.shared.ApiException;

/** Each renderer: model → bytes → read back with an independent reader, Vietnamese intact. */
class ReportsTest {

  static final String VIETNAMESE = "Đơn vị chủ trì, Ủy ban nhân dân, Thời gian hoàn thành, Kết quả đạt được";

  static final Report REPORT = new Report("bao-cao", "BÁO CÁO THỬ NGHIỆM", true, List.of(
      new Paragraph(VIETNAMESE, Align.CENTER, true),
      new Heading("Bảng một"),
      new TableBlock(List.of("Đơn vị chủ trì", "Điểm", "Số lượng", "Thời gian hoàn thành"), List.of(
          Arrays.asList("Ủy ban nhân dân xã Thử", new BigDecimal("13.50"), 7L, LocalDate.of(2026, 3, 31)),
          Arrays.asList("Phòng Nội vụ", null, 0L, null)), List.of(40, 10, 10, 14)),
      new Heading("Bảng hai"),
      new TableBlock(List.of("Tiêu chí", "Điểm bị trừ"), List.<List<Object>>of(
          Arrays.asList("Kết quả đạt được", new BigDecimal("0.25"))), null),
      Paragraph.of("Ghi chú cuối")));

  @Test
  void xlsxHasOneSheetPerTableWithNumbersAsNumbers() throws Exception {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(Reports.render(REPORT, ExportFormat.XLSX)))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
      Sheet first = workbook.getSheet("Bảng một");
      assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo("BÁO CÁO THỬ NGHIỆM");
      assertThat(first.getRow(1).getCell(0).getStringCellValue()).isEqualTo(VIETNAMESE);
      assertThat(first.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Bảng một");
      assertThat(first.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Thời gian hoàn thành");
      assertThat(workbook.getFontAt(first.getRow(3).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(first.getRow(3).getCell(0).getCellStyle().getWrapText()).isTrue();
      assertThat(first.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Ủy ban nhân dân xã Thử");
      assertThat(first.getRow(4).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(13.5);
      assertThat(first.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(7.0);
      assertThat(new DataFormatter().formatCellValue(first.getRow(4).getCell(3))).isEqualTo("31/03/2026");
      assertThat(first.getRow(5).getCell(1).getStringCellValue()).isEmpty();
      assertThat(first.getColumnWidth(0)).isEqualTo(40 * 256);
      Sheet second = workbook.getSheet("Bảng hai");
      assertThat(second.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Điểm bị trừ");
      assertThat(second.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(0.25);
      assertThat(second.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Ghi chú cuối");
    }
  }

  @Test
  void docxIsLandscapeWithBorderedTablesAndCommaDecimals() throws Exception {
    try (var doc = new XWPFDocument(new ByteArrayInputStream(Reports.render(REPORT, ExportFormat.DOCX)));
        var extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      assertThat(text).contains("BÁO CÁO THỬ NGHIỆM", VIETNAMESE, "Bảng hai", "Ghi chú cuối");
      assertThat(doc.getTables()).hasSize(2);
      XWPFTable table = doc.getTables().get(0);
      assertThat(table.getRow(0).getCell(3).getText()).isEqualTo("Thời gian hoàn thành");
      assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("13,5");
      assertThat(table.getRow(1).getCell(3).getText()).isEqualTo("31/03/2026");
      assertThat(table.getRow(2).getCell(1).getText()).isEmpty();
      assertThat(table.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
      assertThat(table.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
      assertThat(doc.getTables().get(1).getRow(1).getCell(1).getText()).isEqualTo("0,25");
      var size = doc.getDocument().getBody().getSectPr().getPgSz();
      assertThat(((java.math.BigInteger) size.getW()).intValue())
          .isGreaterThan(((java.math.BigInteger) size.getH()).intValue());
    }
  }

  @Test
  void pdfEmbedsAFontThatKeepsVietnameseText() throws Exception {
    byte[] pdf = Reports.render(REPORT, ExportFormat.PDF);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("BÁO CÁO THỬ NGHIỆM", VIETNAMESE, "Ủy ban nhân dân xã Thử", "13,5", "31/03/2026",
          "0,25", "Ghi chú cuối");
      var page = doc.getPage(0);
      boolean turned = page.getRotation() % 180 != 0;
      float shown = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
      float tall = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
      assertThat(shown).as("landscape as displayed").isGreaterThan(tall);
      var fonts = doc.getPage(0).getResources().getFontNames();
      assertThat(fonts).isNotEmpty();
      for (var name : fonts) {
        var font = doc.getPage(0).getResources().getFont(name);
        assertThat(font.getName()).contains("LiberationSerif");
        assertThat(font.isEmbedded()).isTrue();
      }
    }
  }

  @Test
  void portraitPdfAndDownloadNames() {
    Report portrait = new Report("tep", "Tiêu đề", false, List.of(Paragraph.of("Nội dung")));
    var response = Reports.download(portrait, ExportFormat.PDF);
    try (PDDocument doc = Loader.loadPDF(response.getBody())) {
      assertThat(doc.getPage(0).getRotation()).isZero();
      assertThat(doc.getPage(0).getMediaBox().getHeight()).isGreaterThan(doc.getPage(0).getMediaBox().getWidth());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("tep.pdf");
    assertThat(new String(response.getBody(), 0, 5)).isEqualTo("%PDF-");
    assertThat(Reports.download(portrait, ExportFormat.XLSX).getHeaders().getContentDisposition().getFilename())
        .isEqualTo("tep.xlsx");
  }

  @Test
  void formatIsParsedCaseInsensitivelyAndAnythingElseIsAnInvalidField() {
    assertThat(ExportFormat.parse("XLSX")).isEqualTo(ExportFormat.XLSX);
    assertThat(ExportFormat.parse("Docx")).isEqualTo(ExportFormat.DOCX);
    assertThat(ExportFormat.parse("pdf")).isEqualTo(ExportFormat.PDF);
    for (String bad : Arrays.asList("rtf", "", null)) {
      assertThatThrownBy(() -> ExportFormat.parse(bad)).isInstanceOf(ApiException.class)
          .hasMessage("Định dạng phải là xlsx, docx hoặc pdf")
          .satisfies(e -> assertThat(((ApiException) e).errors().get(0).field()).isEqualTo("format"));
    }
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsAProgrammingError() {
    assertThatThrownBy(() -> new TableBlock(List.of("A", "B"), List.of(List.of("x")), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
