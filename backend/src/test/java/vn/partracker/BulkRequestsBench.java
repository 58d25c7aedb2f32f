package vn.partracker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.partracker.support.ApiClient;
import vn.partracker.support.EmbeddedPostgres;

/**
 * Benchmark (profile {@code bench}: {@code ./mvnw -B -ntp -pl backend -Pbench verify
 * -Dit.test=BulkRequestsBench}): what a coordinator waits for in the two bulk requests that stay
 * synchronous, on PostgreSQL, to decide whether they must become jobs as plan activation did:
 * <ul>
 *   <li>a campaign started over a whole province: it starts every assessed unit's process (its
 *       self-assessment step in the unit's inbox, its reminders) in the request, so the units can work
 *       as soon as it answers; at the largest province's size (some 200 communes, wards and departments
 *       since the two-tier reform);</li>
 *   <li>a plan imported from a table of 2,000 items (the size issue #19 measured activation with).</li>
 * </ul>
 * Prints the time of each round; asserts only that each request did its work.
 */
@EmbeddedPostgres.OnPostgres
class BulkRequestsBench extends IntegrationTestBase {

  static final int UNITS = 200;
  static final int ITEMS = 2_000;
  static final int ROUNDS = 5;

  @Test
  void aCampaignOverAProvince() {
    ApiClient coordinator = as("it-coord");
    long setId = CampaignFlowTests.publishedCommuneSet(coordinator, "Bộ xã (bench)");
    List<Long> millis = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < UNITS; i++) {
        ids.add(unit("Xã " + round + "-" + i + " (bench)", "COMMUNE", district.id()).id());
      }
      Map<String, Object> create = CampaignFlowTests.campaignRequest("Chiến dịch " + round + " (bench)", setId, ids);
      long t0 = System.nanoTime();
      ApiClient.Response created = coordinator.post("/api/campaigns", create);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (created.status() != 201 || created.json().get("units").size() != UNITS) {
        throw new AssertionError("the campaign did not start: " + created.status() + " " + created.body());
      }
      millis.add(ms);
    }
    System.out.printf("=== Campaign start: %d rounds of a campaign over %d units (POST /api/campaigns, each unit's"
        + " process started in the request), ms: %s; the first round includes warm-up%n", ROUNDS, UNITS, millis);
  }

  @Test
  void aPlanOfTwoThousandItemsImported() {
    ApiClient coordinator = as("it-coord");
    StringBuilder csv = new StringBuilder("Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Điểm đạt được,Mục tiêu,"
        + "Nhiệm vụ/Giải pháp,Đơn vị chủ trì,Cơ quan phối hợp,Kết quả,Thời gian hoàn thành\n");
    String[] leads = {"Phòng Thử A", "Phòng Thử B", "Xã Thử Nghiệm"};
    String[] deadlines = {"Trước ngày 30/06/2026", "Hằng quý", "Năm 2026", "Thường xuyên"};
    for (int field = 1; field <= 8; field++) {
      csv.append(field).append(",LĨNH VỰC ").append(field).append(",").append(ITEMS / 8).append(",0,,,,,,\n");
      for (int i = 1; i <= ITEMS / 8; i++) {
        int n = (field - 1) * (ITEMS / 8) + i;
        csv.append(field).append('.').append(i).append(",Tiêu chí số ").append(n).append(",1,0,1,Thực hiện nhiệm vụ ")
            .append(n).append(',').append(leads[n % 3]).append(',').append(leads[(n + 1) % 3]).append(",Báo cáo,")
            .append(deadlines[n % 4]).append('\n');
      }
    }
    List<Long> millis = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      long t0 = System.nanoTime();
      ApiClient.Response imported = coordinator.uploadForm("/api/improvement-plans/import", "ke-hoach.csv",
          csv.toString().getBytes(StandardCharsets.UTF_8), Map.of("year", "2026",
              "ownerUnitId", String.valueOf(district.id()), "name", "Kế hoạch " + round + " (bench)"));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (imported.status() != 201 || imported.json().get("items").size() < ITEMS) {
        throw new AssertionError("the plan was not imported: " + imported.status() + " " + imported.body());
      }
      millis.add(ms);
    }
    System.out.printf("=== Plan import: %d rounds of a %,d-item table (POST /api/improvement-plans/import, CSV of %,d bytes),"
        + " ms: %s; the first round includes warm-up%n", ROUNDS, ITEMS, csv.toString().getBytes(StandardCharsets.UTF_8).length,
        millis);
  }
}
