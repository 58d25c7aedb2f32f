package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.partracker.support.ApiClient;

/**
 * Bounded imports (a row limit per file refused while reading, linear matching, the first 200
 * problems listed with their total) and login throttling that locks nobody else out. On the API
 * contract's database, so the context is shared with it.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:api-contract;DB_CLOSE_DELAY=-1")
class IntegrityH2IT extends IntegrationTestBase {

  static final int HUGE = 200_000;

  @Test
  void a200000RowCsvIsRefusedInUnderFiveSeconds() {
    StringBuilder csv = new StringBuilder("Tên đơn vị,Tên viết tắt,Cấp,Đơn vị cấp trên,Tên gọi khác\r\n");
    for (int i = 0; i < HUGE; i++) {
      csv.append("Xã ").append(i).append(",,COMMUNE,Huyện Thử Nghiệm,\r\n");
    }
    ApiClient admin = as("it-admin");
    long start = System.nanoTime();
    ApiClient.Response response = admin.upload("/api/units/import", "don-vi.csv", bytes(csv.toString()));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("Import of a %,d-row CSV (%,d bytes) refused in %d ms%n", HUGE, csv.length(), millis);
    assertThat(response.status()).isEqualTo(422);
    assertThat(fields(response).get("file")).contains("20.000 dòng");
    assertThat(millis).isLessThan(5_000);
  }

  @Test
  void a200000RowWorkbookIsRefusedInUnderFiveSeconds() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      workbook.setCompressTempFiles(true);
      var sheet = workbook.createSheet("Người dùng");
      var header = sheet.createRow(0);
      String[] columns = {"Tên đăng nhập", "Họ và tên", "Email", "Đơn vị", "Vai trò"};
      for (int c = 0; c < columns.length; c++) {
        header.createCell(c).setCellValue(columns[c]);
      }
      for (int r = 1; r <= HUGE; r++) {
        var row = sheet.createRow(r);
        row.createCell(0).setCellValue("u" + r);
        row.createCell(1).setCellValue("N " + r);
        row.createCell(3).setCellValue("Phòng Thử A");
        row.createCell(4).setCellValue("UNIT_STAFF");
      }
      workbook.write(out);
      workbook.dispose();
    }
    byte[] xlsx = out.toByteArray();
    ApiClient admin = as("it-admin");
    long start = System.nanoTime();
    ApiClient.Response response = admin.upload("/api/users/import", "nguoi-dung.xlsx", xlsx);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("Import of a %,d-row xlsx (%,d bytes) refused in %d ms%n", HUGE, xlsx.length, millis);
    assertThat(response.status()).isEqualTo(422);
    assertThat(fields(response).get("file")).contains("20.000 dòng");
    assertThat(millis).isLessThan(5_000);
  }

  @Test
  void theFirst200ProblemsAreListedWithTheirTotal() {
    StringBuilder csv = new StringBuilder("Tên đăng nhập,Họ và tên,Email,Đơn vị,Vai trò\r\n");
    for (int i = 0; i < 1_000; i++) {
      csv.append("loi").append(i).append(",Người ").append(i).append(",,Đơn vị không có ").append(i).append(",UNIT_STAFF\r\n");
    }
    ApiClient.Response response = as("it-admin").upload("/api/users/import", "nguoi-dung.csv", bytes(csv.toString()));
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errors")).hasSize(200);
    assertThat(response.json().get("errorCount").asInt()).isEqualTo(1_000);
    assertThat(response.json().get("detail").asText()).contains("200 lỗi đầu tiên trên tổng số 1000");
    assertThat(response.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
  }

  /**
   * Units and users import in time proportional to the rows: four times the rows take about four
   * times as long (the figures are printed; a quadratic import, as before, took sixteen times).
   */
  @Test
  void unitsAndUsersImportInLinearTime() {
    long[] small = importUnitsAndUsers(300);
    long[] large = importUnitsAndUsers(1_200);
    System.out.printf("Import of 300 / 1,200 units: %d / %d ms (x%.1f); of 300 / 1,200 users: %d / %d ms (x%.1f)%n",
        small[0], large[0], (double) large[0] / Math.max(1, small[0]), small[1], large[1],
        (double) large[1] / Math.max(1, small[1]));
  }

  private long[] importUnitsAndUsers(int n) {
    String suffix = Long.toString(System.nanoTime(), 36);
    StringBuilder unitsCsv = new StringBuilder("Tên đơn vị,Tên viết tắt,Cấp,Đơn vị cấp trên,Tên gọi khác\r\n");
    StringBuilder usersCsv = new StringBuilder("Tên đăng nhập,Họ và tên,Email,Đơn vị,Vai trò\r\n");
    for (int i = 0; i < n; i++) {
      unitsCsv.append("Xã Nhập ").append(suffix).append(' ').append(i).append(",,COMMUNE,Huyện Thử Nghiệm,\r\n");
      usersCsv.append("nhap-").append(suffix).append('-').append(i).append(",Người ").append(i).append(",,Xã Nhập ")
          .append(suffix).append(' ').append(i).append(",UNIT_STAFF\r\n");
    }
    ApiClient admin = as("it-admin");
    long start = System.nanoTime();
    ApiClient.Response units = admin.upload("/api/units/import", "don-vi.csv", bytes(unitsCsv.toString()));
    long unitMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    ApiClient.Response users = admin.upload("/api/users/import", "nguoi-dung.csv", bytes(usersCsv.toString()));
    long userMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(units.status()).as(units.body()).isEqualTo(200);
    assertThat(units.json().get("created").asInt()).isEqualTo(n);
    assertThat(users.status()).as(users.body()).isEqualTo(200);
    assertThat(users.json().get("created").asInt()).isEqualTo(n);
    return new long[] {unitMillis, userMillis};
  }

  @Test
  void madeUpUsernamesFromOneAddressDoNotLockARealUserElsewhere() {
    ApiClient guesser = new ApiClient(port);
    for (int i = 0; i < 25; i++) {
      assertThat(guesser.loginFrom("khong-co-" + i, "sai-mat-khau", "203.0.113.7").status()).isEqualTo(401);
    }
    assertThat(guesser.loginFrom("khong-co-99", "sai-mat-khau", "203.0.113.7").status())
        .as("the guessing address is slowed down").isEqualTo(429);
    ApiClient real = new ApiClient(port);
    assertThat(real.loginFrom("it-head-a", PASSWORD, "198.51.100.9").status())
        .as("a real user on another address").isEqualTo(200);
    assertThat(new ApiClient(port).loginFrom("it-head-b", PASSWORD, "198.51.100.10").status()).isEqualTo(200);
    // and the real user's own account is not locked by the guesses of others
    for (int i = 0; i < 5; i++) {
      new ApiClient(port).loginFrom("it-head-b", "sai-mat-khau", "203.0.113.8");
    }
    assertThat(new ApiClient(port).loginFrom("it-head-b", PASSWORD, "198.51.100.10").status()).isEqualTo(200);
  }
}
