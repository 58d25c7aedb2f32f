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
}
