package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.partracker.support.ApiClient;

/** Criteria sets and the responsibility matrix through the API, on H2 and PostgreSQL. */
abstract class CriteriaApiTests extends IntegrationTestBase {

  static final List<String> HEADER = List.of("Stt", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm chuẩn");

  ApiClient.Response importSet(ApiClient client, String filename, byte[] content, String name) {
    return client.uploadForm("/api/criteria-sets/import", filename, content,
        Map.of("name", name, "year", "2026", "level", "COMMUNE"));
  }

  long countSets() {
    return as("it-coord").get("/api/criteria-sets").json().size();
  }

  @Test
  void anXlsxWithMixedDecimalsImportsToTheRightTreeAndSums() throws Exception {
    byte[] xlsx = xlsx(List.of(HEADER,
        List.of("1", "CÔNG TÁC CHỈ ĐẠO", "13,5"),
        List.of("1.1", "Kế hoạch", "9"),
        List.of("1.2", "Báo cáo", "4.5"),
        List.of("2", "CẢI CÁCH THỂ CHẾ", "86.5")));
    ApiClient coordinator = as("it-coord");
    ApiClient.Response created = importSet(coordinator, "bo-tieu-chi.xlsx", xlsx, "Bộ xã 2026");
    assertThat(created.status()).isEqualTo(201);
    JsonNode set = created.json();
    assertThat(set.get("totalMaxPoints").decimalValue()).isEqualByComparingTo("100");
    assertThat(set.get("status").asText()).isEqualTo("DRAFT");
    assertThat(set.at("/nodes/0/children/1/maxPoints").decimalValue()).isEqualByComparingTo("4.5");

    JsonNode read = coordinator.get("/api/criteria-sets/" + set.get("id").asLong()).json();
    assertThat(read.at("/nodes/0/code").asText()).isEqualTo("1");
    assertThat(read.at("/nodes/0/title").asText()).isEqualTo("CÔNG TÁC CHỈ ĐẠO");
    assertThat(read.at("/nodes/0/children/0/code").asText()).isEqualTo("1.1");
  }

  @Test
  void aBrokenTableGetsRowErrorsAndStoresNothing() throws Exception {
    ApiClient coordinator = as("it-coord");
    long before = countSets();
    String csv = "Stt;Lĩnh vực/Tiêu chí/Tiêu chí thành phần;Điểm chuẩn\n"
        + "1;LĨNH VỰC;10\n1.1;Hai điểm;hai\n1.1;Trùng;1\n1.9.9;Mồ côi;1\n";
    ApiClient.Response rejected = importSet(coordinator, "hong.csv", bytes(csv), "Hỏng");
    assertThat(rejected.status()).isEqualTo(422);
    List<String> cells = new ArrayList<>();
    rejected.json().get("errors").forEach(e -> cells.add(e.get("row").asInt() + "|" + e.get("column").asText()));
    assertThat(cells).containsExactlyInAnyOrder("3|Điểm chuẩn", "4|Stt", "5|Stt");

    ApiClient.Response preview = coordinator.upload("/api/criteria-sets/import/preview", "hong.csv", bytes(csv));
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.json().get("errors").size()).isEqualTo(rejected.json().get("errors").size());

    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    ApiClient.Response renamed = importSet(coordinator, "anh.xlsx", png, "Ảnh");
    assertThat(renamed.status()).isEqualTo(422);
    assertThat(renamed.json().get("detail").asText()).startsWith("Không đọc được tệp");

    byte[] junk = new byte[10 * 1024 * 1024];
    new Random(7).nextBytes(junk);
    ApiClient.Response junkCsv = importSet(coordinator, "rac.csv", junk, "Rác");
    assertThat(junkCsv.status()).isEqualTo(422);
    assertThat(junkCsv.json().get("detail").asText()).contains("UTF-8");

    ApiClient.Response empty = importSet(coordinator, "rong.csv", new byte[0], "Rỗng");
    assertThat(empty.status()).isEqualTo(422);
    ApiClient.Response noName = coordinator.uploadForm("/api/criteria-sets/import", "ok.csv",
        bytes("Stt,Tiêu chí,Điểm chuẩn\n1,Một,100\n"), Map.of("year", "1999", "level", "MOON"));
    assertThat(noName.status()).isEqualTo(422);
    assertThat(fields(noName)).containsKeys("name", "year", "level");
    assertThat(countSets()).isEqualTo(before);
  }

  @Test
  void exportThenImportGivesTheSameSet() {
    ApiClient coordinator = as("it-coord");
    String csv = "Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Hướng dẫn chấm điểm,Không áp dụng\n"
        + "1,LĨNH VỰC MỘT,\"60,5\",\"Chấm theo kết quả, có dấu phẩy\",\n1.1,Tiêu chí A,\"20,5\",,x\n1.2,Tiêu chí B,40,,\n"
        + "2,LĨNH VỰC HAI,39.5,,\n";
    JsonNode original = importSet(coordinator, "goc.csv", bytes(csv), "Gốc").json();
    for (String format : List.of("xlsx", "csv")) {
      ApiClient.Response exported = coordinator.get("/api/criteria-sets/" + original.get("id").asLong()
          + "/export?format=" + format);
      assertThat(exported.status()).isEqualTo(200);
      assertThat(exported.headers().firstValue("Content-Disposition").orElse("")).contains("." + format);
      JsonNode copy = importSet(coordinator, "lai." + format, exported.bodyBytes(), "Nhập lại").json();
      assertThat(copy.get("nodes")).isEqualTo(withoutIds(original.get("nodes"), copy.get("nodes")));
    }
    assertThat(coordinator.get("/api/criteria-sets/" + original.get("id").asLong() + "/export?format=pdf").status())
        .isEqualTo(422);
  }

  @Test
  void rateAndDeductionItemsAreReadFromGuidanceEditedCheckedAndExportedBack() {
    ApiClient coordinator = as("it-coord");
    String csv = "Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Hướng dẫn chấm điểm,Loại trả lời,Tử số,Mẫu số\n"
        + "1,TTHC,4,,,,\n"
        + "1.1,Tỷ lệ hồ sơ trực tuyến,1,\"từ 80% trở lên: 1 điểm; từ 50% đến dưới 80%: 0,5 điểm; dưới 50%: 0 điểm\",,"
        + "Số hồ sơ trực tuyến,Tổng số hồ sơ\n"
        + "1.2,Niêm yết TTHC,1,Có phản ánh của người dân nên bị trừ 1 điểm,,,\n"
        + "1.3,Giải ngân,2,Từ 95% trở lên: 2 điểm; từ 80% đến dưới 95%: 1 điểm,,,\n";
    ApiClient.Response preview = coordinator.upload("/api/criteria-sets/import/preview", "tl.csv", bytes(csv));
    assertThat(preview.json().get("errors")).isEmpty();
    assertThat(preview.json().get("warnings")).singleElement().satisfies(w -> {
      assertThat(w.get("row").asInt()).isEqualTo(5);
      assertThat(w.get("message").asText()).contains("dưới 80%");
    });
    JsonNode set = importSet(coordinator, "tl.csv", bytes(csv), "Tỷ lệ").json();
    long id = set.get("id").asLong();
    JsonNode rate = coordinator.get("/api/criteria-sets/" + id).json().at("/nodes/0/children/0");
    assertThat(rate.get("answerType").asText()).isEqualTo("RATE");
    assertThat(rate.get("numeratorLabel").asText()).isEqualTo("Số hồ sơ trực tuyến");
    assertThat(rate.at("/bands/0/lowerPercent").decimalValue()).isEqualByComparingTo("80");
    assertThat(rate.at("/bands/0/inclusive").asBoolean()).isTrue();
    assertThat(rate.at("/bands/1/points").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(set.at("/nodes/0/children/1/answerType").asText()).isEqualTo("DEDUCTION");
    assertThat(set.at("/nodes/0/children/1/pointsPerEvent").decimalValue()).isEqualByComparingTo("1");
    assertThat(set.at("/nodes/0/children/2/answerType").asText()).isEqualTo("POINTS");

    long fieldId = set.at("/nodes/0/id").asLong();
    long giaiNgan = set.at("/nodes/0/children/2/id").asLong();
    ApiClient.Response bad = coordinator.put("/api/criteria-sets/" + id + "/nodes/" + giaiNgan, Map.of("parentId", fieldId,
        "code", "1.3", "title", "Giải ngân", "maxPoints", 2, "answerType", "RATE", "version", 0,
        "bands", List.of(Map.of("lowerPercent", 120, "inclusive", true, "points", 2),
            Map.of("lowerPercent", 80, "inclusive", true, "points", 3))));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(fields(bad)).containsKeys("bands[0].lowerPercent", "bands[1].points");
    ApiClient.Response noFloor = coordinator.put("/api/criteria-sets/" + id + "/nodes/" + giaiNgan, Map.of("parentId",
        fieldId, "code", "1.3", "title", "Giải ngân", "maxPoints", 2, "answerType", "RATE", "version", 0,
        "bands", List.of(Map.of("lowerPercent", 95, "inclusive", true, "points", 2))));
    assertThat(fields(noFloor)).containsKey("bands");
    ApiClient.Response noPerEvent = coordinator.put("/api/criteria-sets/" + id + "/nodes/" + giaiNgan, Map.of("parentId",
        fieldId, "code", "1.3", "title", "Giải ngân", "maxPoints", 2, "answerType", "DEDUCTION", "version", 0));
    assertThat(fields(noPerEvent)).containsKey("pointsPerEvent");
    JsonNode edited = coordinator.put("/api/criteria-sets/" + id + "/nodes/" + giaiNgan, Map.of("parentId", fieldId,
        "code", "1.3", "title", "Giải ngân", "maxPoints", 2, "answerType", "RATE", "version", 0, "bands", List.of(
            Map.of("lowerPercent", 0, "inclusive", true, "points", 0),
            Map.of("lowerPercent", 95, "inclusive", true, "points", 2),
            Map.of("lowerPercent", 80, "inclusive", false, "points", 1)))).json();
    assertThat(edited.at("/nodes/0/children/2/bands").findValuesAsText("lowerPercent"))
        .containsExactly("95", "80", "0");

    for (String format : List.of("csv", "xlsx")) {
      byte[] exported = coordinator.get("/api/criteria-sets/" + id + "/export?format=" + format).bodyBytes();
      JsonNode again = importSet(coordinator, "lai." + format, exported, "Nhập lại").json();
      assertThat(again.get("nodes")).isEqualTo(withoutIds(edited.get("nodes"), again.get("nodes")));
    }
  }

  /** The original tree with the copy's ids and versions, so only content is compared. */
  private static JsonNode withoutIds(JsonNode original, JsonNode copy) {
    JsonNode clone = original.deepCopy();
    copyIds(clone, copy);
    return clone;
  }

  private static void copyIds(JsonNode target, JsonNode source) {
    for (int i = 0; i < target.size(); i++) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) target.get(i)).set("id", source.get(i).get("id"));
      ((com.fasterxml.jackson.databind.node.ObjectNode) target.get(i)).set("version", source.get(i).get("version"));
      copyIds(target.get(i).get("children"), source.get(i).get("children"));
    }
  }

  @Test
  void publishingChecksSumsFreezesTheSetAndACopyCanChange() {
    ApiClient coordinator = as("it-coord");
    long id = coordinator.post("/api/criteria-sets", Map.of("name", "Bộ tay", "year", 2026, "level", "COMMUNE"))
        .json().get("id").asLong();
    JsonNode field = coordinator.post("/api/criteria-sets/" + id + "/nodes",
        Map.of("code", "1", "title", "LĨNH VỰC", "maxPoints", 10)).json().get("nodes").get(0);
    ApiClient.Response badChild = coordinator.post("/api/criteria-sets/" + id + "/nodes",
        Map.of("parentId", field.get("id").asLong(), "code", "2.1", "title", "", "maxPoints", -1));
    assertThat(badChild.status()).isEqualTo(422);
    assertThat(fields(badChild)).containsKeys("code", "title", "maxPoints");
    JsonNode withChild = coordinator.post("/api/criteria-sets/" + id + "/nodes",
        Map.of("parentId", field.get("id").asLong(), "code", "1.1", "title", "Tiêu chí", "maxPoints", 9.5)).json();
    assertThat(withChild.at("/nodes/0/sumMismatch").asBoolean()).isTrue();

    ApiClient.Response refused = coordinator.post("/api/criteria-sets/" + id + "/publish", Map.of());
    assertThat(refused.status()).isEqualTo(422);
    assertThat(fields(refused)).containsEntry("1", "Tổng điểm các mục con của 1 là 9,5, khác điểm chuẩn 10");

    long childId = withChild.at("/nodes/0/children/0/id").asLong();
    long childVersion = withChild.at("/nodes/0/children/0/version").asLong();
    // two edits from the same read: the first is taken, the second is a 409 carrying the first's value
    assertThat(coordinator.put("/api/criteria-sets/" + id + "/nodes/" + childId,
        Map.of("parentId", field.get("id").asLong(), "code", "1.1", "title", "Tiêu chí đã sửa", "maxPoints", 9.5,
            "version", childVersion)).status()).isEqualTo(200);
    ApiClient.Response stale = coordinator.put("/api/criteria-sets/" + id + "/nodes/" + childId,
        Map.of("parentId", field.get("id").asLong(), "code", "1.1", "title", "Tiêu chí", "maxPoints", 10,
            "version", childVersion));
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    assertThat(stale.json().at("/errors/0/field").asText()).isEqualTo("version");
    assertThat(stale.json().get("detail").asText()).contains("it-coord");
    assertThat(stale.json().at("/current/nodes/0/children/0/title").asText()).isEqualTo("Tiêu chí đã sửa");
    long current = stale.json().at("/current/nodes/0/children/0/version").asLong();
    assertThat(fields(coordinator.put("/api/criteria-sets/" + id + "/nodes/" + childId,
        Map.of("parentId", field.get("id").asLong(), "code", "1.1", "title", "Tiêu chí", "maxPoints", 10))))
        .containsKey("version");
    ApiClient.Response fixed = coordinator.send("PUT", "/api/criteria-sets/" + id + "/nodes/" + childId,
        "application/json", bytes("{\"parentId\":" + field.get("id").asLong()
            + ",\"code\":\"1.1\",\"title\":\"Tiêu chí\",\"maxPoints\":10}"),
        Map.of("If-Match", "\"" + current + "\""));
    assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
    assertThat(fixed.json().at("/nodes/0/children/0/version").asLong()).isGreaterThan(current);
    assertThat(coordinator.post("/api/criteria-sets/" + id + "/publish", Map.of()).json().get("status").asText())
        .isEqualTo("PUBLISHED");
    assertThat(coordinator.delete("/api/criteria-sets/" + id + "/nodes/" + childId).status()).isEqualTo(409);

    JsonNode copy = coordinator.post("/api/criteria-sets/" + id + "/copy", Map.of("name", "Bộ 2027", "year", 2027))
        .json();
    assertThat(copy.get("status").asText()).isEqualTo("DRAFT");
    assertThat(copy.get("copiedFromId").asLong()).isEqualTo(id);
    long copyField = copy.at("/nodes/0/id").asLong();
    coordinator.post("/api/criteria-sets/" + copy.get("id").asLong() + "/nodes",
        Map.of("parentId", copyField, "code", "1.2", "title", "Mới", "maxPoints", 2));
    JsonNode diff = coordinator.get("/api/criteria-sets/" + copy.get("id").asLong() + "/diff?against=" + id).json();
    assertThat(diff.get("changes")).singleElement().satisfies(c -> {
      assertThat(c.get("code").asText()).isEqualTo("1.2");
      assertThat(c.get("kind").asText()).isEqualTo("ADDED");
    });
  }

  @Test
  void everyoneReadsPublishedSetsOnlyEditorsChangeThemOrSeeDrafts() {
    ApiClient coordinator = as("it-coord");
    long draft = coordinator.post("/api/criteria-sets", Map.of("name", "Nháp", "year", 2026, "level", "COMMUNE"))
        .json().get("id").asLong();
    ApiClient head = as("it-head-a");
    assertThat(head.get("/api/criteria-sets/" + draft).status()).isEqualTo(404);
    assertThat(head.post("/api/criteria-sets", Map.of("name", "X", "year", 2026, "level", "COMMUNE")).status())
        .isEqualTo(403);
    List<Long> visible = new ArrayList<>();
    head.get("/api/criteria-sets").json().forEach(s -> {
      assertThat(s.get("status").asText()).isEqualTo("PUBLISHED");
      visible.add(s.get("id").asLong());
    });
    assertThat(visible).doesNotContain(draft);
  }

  @Test
  void theMatrixAssignsFieldsInheritsToCriteriaAndImports() {
    ApiClient coordinator = as("it-coord");
    String csv = "Stt,Tiêu chí,Điểm chuẩn\n1,LĨNH VỰC,10\n1.1,Một,5\n1.2,Hai,5\n";
    long id = importSet(coordinator, "m.csv", bytes(csv), "Ma trận").json().get("id").asLong();
    JsonNode rows = coordinator.get("/api/criteria-sets/" + id + "/responsibilities").json().get("rows");
    long fieldId = rows.get(0).get("nodeId").asLong();
    long criterionId = rows.get(2).get("nodeId").asLong();

    JsonNode assigned = coordinator.put("/api/criteria-sets/" + id + "/responsibilities/" + fieldId,
        Map.of("leadUnitId", officeA.id(), "supportingUnitIds", List.of(officeB.id(), commune.id()))).json();
    assertThat(assigned.at("/rows/1/own").asBoolean()).isFalse();
    assertThat(assigned.at("/rows/1/leadUnitId").asLong()).isEqualTo(officeA.id());

    JsonNode overridden = coordinator.put("/api/criteria-sets/" + id + "/responsibilities/" + criterionId,
        Map.of("leadUnitId", officeB.id(), "supportingUnitIds", List.of())).json();
    assertThat(overridden.at("/rows/2/own").asBoolean()).isTrue();
    assertThat(overridden.at("/rows/2/leadUnitId").asLong()).isEqualTo(officeB.id());

    ApiClient.Response invalid = coordinator.put("/api/criteria-sets/" + id + "/responsibilities/" + criterionId,
        Map.of("leadUnitId", officeB.id(), "supportingUnitIds", List.of(officeB.id(), 987654)));
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(fields(invalid)).containsKey("supportingUnitIds");

    JsonNode reset = coordinator.delete("/api/criteria-sets/" + id + "/responsibilities/" + criterionId).json();
    assertThat(reset.at("/rows/2/leadUnitId").asLong()).isEqualTo(officeA.id());

    ApiClient.Response badImport = coordinator.upload("/api/criteria-sets/" + id + "/responsibilities/import",
        "pc.csv", bytes("Stt,Đơn vị chủ trì,Đơn vị phối hợp\n1.2,Phòng Thử B,Phòng Ma; Xã Thử Nghiệm\n7,Phòng Thử A,\n"));
    assertThat(badImport.status()).isEqualTo(422);
    assertThat(badImport.json().get("errors")).hasSize(2);
    ApiClient.Response goodImport = coordinator.upload("/api/criteria-sets/" + id + "/responsibilities/import",
        "pc.csv", bytes("Stt,Đơn vị chủ trì,Đơn vị phối hợp\n1.2,phòng thử b,Xã Thử Nghiệm; Phòng Thử A\n"));
    assertThat(goodImport.json().get("updated").asInt()).isEqualTo(1);
    JsonNode after = coordinator.get("/api/criteria-sets/" + id + "/responsibilities").json();
    assertThat(after.at("/rows/2/leadUnitId").asLong()).isEqualTo(officeB.id());

    assertThat(as("it-head-a").put("/api/criteria-sets/" + id + "/responsibilities/" + fieldId,
        Map.of("leadUnitId", officeA.id())).status()).isEqualTo(403);
  }

  @Test
  void theScoreEndpointRescalesNotApplicableItems() {
    ApiClient coordinator = as("it-coord");
    String csv = "Stt,Tiêu chí,Điểm chuẩn,Không áp dụng\n1,LĨNH VỰC,100,\n1.1,Được miễn,20,x\n1.2,Thường,80,\n";
    long id = importSet(coordinator, "s.csv", bytes(csv), "Điểm").json().get("id").asLong();
    JsonNode score = coordinator.post("/api/criteria-sets/" + id + "/score", Map.of("answers", List.of(
        Map.of("code", "1.1", "notApplicable", true), Map.of("code", "1.2", "points", 72)))).json();
    assertThat(score.get("index").decimalValue()).isEqualByComparingTo("90");
    assertThat(score.get("classification").asText()).isEqualTo("EXCELLENT");
  }
}
