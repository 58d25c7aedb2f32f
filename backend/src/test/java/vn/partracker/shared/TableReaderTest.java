package vn.partracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class TableReaderTest {

  private final TableReader reader = new TableReader();

  @Test
  void readsCsvWithBomAndSemicolonsKeepingRowNumbers() throws Exception {
    byte[] csv = ("\uFEFFStt;Tên đơn vị;Điểm chuẩn\n1;Phòng Nội vụ;13,5\n\n2;\"Phòng Tư pháp; huyện\";4.5\n")
        .getBytes(StandardCharsets.UTF_8);
    Table table = reader.readCsv(csv);
    assertThat(table.headers()).containsExactly("Stt", "Tên đơn vị", "Điểm chuẩn");
    assertThat(table.column("ten don vi")).contains(1);
    assertThat(table.dataRows()).extracting(Table.Row::number).containsExactly(2, 4);
    assertThat(table.dataRows().get(1).get(1)).isEqualTo("Phòng Tư pháp; huyện");
    assertThat(table.dataRows().get(0).get(2)).isEqualTo("13,5");
  }

  @Test
  void readsCommaSeparatedCsvWithoutBom() throws Exception {
    Table table = reader.readCsv("a,b\n\"x, y\",z\n".getBytes(StandardCharsets.UTF_8));
    assertThat(table.dataRows().get(0).cells()).containsExactly("x, y", "z");
  }

  @Test
  void readsFirstSheetOfXlsx() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet();
      sheet.createRow(0).createCell(0).setCellValue("Tên đơn vị");
      sheet.createRow(2).createCell(0).setCellValue("Xã Sơn Hồng");
      sheet.getRow(2).createCell(1).setCellValue(4.5);
      workbook.write(out);
    }
    Table table = reader.readWorkbook(new ByteArrayInputStream(out.toByteArray()));
    assertThat(table.headerRow()).isEqualTo(1);
    assertThat(table.dataRows()).singleElement().satisfies(row -> {
      assertThat(row.number()).isEqualTo(3);
      assertThat(row.get(0)).isEqualTo("Xã Sơn Hồng");
      assertThat(row.get(1)).isEqualTo("4.5");
    });
  }

  @Test
  void refusesNonUtf8AndUnknownTypesWithAClearReason() {
    byte[] latin1 = "Tên".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> reader.read(new MockMultipartFile("file", "x.csv", "text/csv", latin1)))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("UTF-8");
    assertThatThrownBy(() -> reader.read(new MockMultipartFile("file", "x.pdf", "application/pdf", new byte[] {1})))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining(".xlsx");
    assertThatThrownBy(() -> reader.read(new MockMultipartFile("file", "x.xlsx", "application/vnd", new byte[] {1, 2})))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("Không đọc được tệp");
  }

  @Test
  void headersAreComparedWithoutPunctuationLineBreaksOrYears() {
    assertThat(Table.headerKey("Lĩnh vực/ Tiêu chí/\nTiêu chí thành phần"))
        .isEqualTo(Table.headerKey("Lĩnh vực/Tiêu chí/Tiêu chí thành phần"));
    assertThat(Table.headerKey("Điểm 2023 đạt được")).isEqualTo(Table.headerKey("Điểm đạt được"));
    assertThat(Table.headerKey("Mục tiêu năm 2024")).isEqualTo("muc tieu");
    assertThat(Table.headerKey("Nhiệm vụ/ Giải pháp/ Nội dung thực hiện")).isEqualTo("nhiem vu giai phap noi dung thuc hien");
    assertThat(Table.headerKey("ĐƠN VỊ CHỦ TRÌ")).isEqualTo(Table.headerKey("Đơn vị chủ trì"));
  }

  @Test
  void aCsvHeaderOverTwoRowsAfterTitleLinesAndAColumnNumberRow() throws Exception {
    String csv = "PHỤ LỤC,,,,\n(Kèm theo Kế hoạch số 12/KH-UBND),,,,\n,,,,\n"
        + "Stt,Lĩnh vực/ Tiêu chí,Điểm số,,Đơn vị chủ trì\n,,Điểm 2023 đạt được,Mục tiêu năm 2024,\n"
        + "(1),(2),(3),(4),(5)\n1,Chỉ đạo,\"13,567\",14,Phòng Nội vụ\n";
    Table table = reader.readCsv(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(table.headerRow()).isEqualTo(4);
    assertThat(table.headers()).containsExactly("Stt", "Lĩnh vực/ Tiêu chí", "Điểm 2023 đạt được", "Mục tiêu năm 2024",
        "Đơn vị chủ trì");
    assertThat(table.header(3)).isEqualTo("Điểm số Mục tiêu năm 2024");
    assertThat(table.column("Điểm đạt được")).contains(2);
    assertThat(table.column("Mục tiêu")).contains(3);
    assertThat(table.dataRows()).singleElement().satisfies(row -> {
      assertThat(row.number()).isEqualTo(7);
      assertThat(row.get(2)).isEqualTo("13,567");
    });
  }

  @Test
  void anXlsxHeaderMergedOverTwoRowsAndNumbersAtFullPrecision() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet();
      var top = sheet.createRow(0);
      var bottom = sheet.createRow(1);
      top.createCell(0).setCellValue("Stt");
      top.createCell(1).setCellValue("Điểm");
      bottom.createCell(1).setCellValue("Điểm\nchuẩn");
      bottom.createCell(2).setCellValue("Điểm 2023 đạt được");
      sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 1, 0, 0));
      sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 1, 2));
      var data = sheet.createRow(2);
      data.createCell(0).setCellValue("1.1.");
      data.createCell(1).setCellValue(13.567);
      data.getCell(1).setCellStyle(workbook.createCellStyle());
      data.getCell(1).getCellStyle().setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      data.createCell(2).setCellValue(6.931);
      var total = sheet.createRow(3);
      total.createCell(0).setCellValue("TỔNG ĐIỂM");
      total.createCell(1).setCellFormula("B3+0.542");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      workbook.write(out);
    }
    Table table = reader.readWorkbook(new ByteArrayInputStream(out.toByteArray()));
    assertThat(table.headerRow()).isEqualTo(1);
    assertThat(table.column("Điểm chuẩn")).contains(1);
    assertThat(table.column("Điểm đạt được")).contains(2);
    assertThat(table.dataRows()).extracting(r -> r.get(1)).containsExactly("13.567", "14.109");
    assertThat(table.dataRows().get(0).get(2)).isEqualTo("6.931");
    assertThat(OfficialRows.isTotal(table.dataRows().get(1).get(0), "")).isTrue();
  }

  @Test
  void sectionAndTotalRowsAreRecognised() {
    assertThat(OfficialRows.isSectionNumber("II")).isTrue();
    assertThat(OfficialRows.isSectionNumber("B.")).isTrue();
    assertThat(OfficialRows.isSectionNumber("1.1.")).isFalse();
    assertThat(OfficialRows.isTotalLabel("TỔNG ĐIỂM")).isTrue();
    assertThat(OfficialRows.isTotalLabel("Tổng cộng")).isTrue();
    assertThat(OfficialRows.isTotalLabel("Tổng số điểm (A+B)")).isTrue();
    assertThat(OfficialRows.isTotalLabel("Tổng hợp báo cáo")).isFalse();
    assertThat(OfficialRows.isTotal("1.2", "Tổng cộng")).as("a criterion with a code is no total").isFalse();
  }
}
