package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.partracker.org.UnitView;
import vn.partracker.support.ApiClient;

/**
 * The real-format tables of {@code src/test/resources/real} (see its README) import through the
 * API as they are published, on H2 and on PostgreSQL: totals, index and classification as the
 * source states them, and every unit phrase resolved after the alias answers a person would give.
 */
abstract class RealTablesTests extends IntegrationTestBase {

  UnitView tinhBien;
  Map<String, UnitView> offices = new HashMap<>();

  @BeforeEach
  void tinhBien() {
    Map<String, UnitView> byName = new HashMap<>();
    units.all().forEach(u -> byName.put(u.name(), u));
    tinhBien = byName.computeIfAbsent("UBND huyện Tịnh Biên", n -> unit(n, "DISTRICT", null));
    for (String name : List.of("Phòng Nội vụ", "Phòng Tư pháp", "Phòng Văn hóa và Thông tin",
        "Văn phòng HĐND và UBND", "Trung tâm Văn hóa - Thông tin và Thể thao")) {
      offices.put(name, byName.computeIfAbsent(name, n -> unit(n, "DISTRICT_OFFICE", tinhBien.id())));
    }
    for (String name : List.of("Thị trấn Nhà Bàng", "Xã An Phú")) {
      offices.put(name, byName.computeIfAbsent(name, n -> unit(n, "COMMUNE", tinhBien.id())));
    }
  }

  static byte[] real(String name) throws Exception {
    return new ClassPathResource("real/" + name).getContentAsByteArray();
  }

  ApiClient.Response uploadPlan(String path, String file) throws Exception {
    return as("it-coord").uploadForm(path, file, real(file),
        Map.of("year", "2017", "ownerUnitId", String.valueOf(tinhBien.id()), "name", file));
  }

  @Test
  void seed001AppendixImportsAsPublished() throws Exception {
    ApiClient.Response imported = uploadPlan("/api/improvement-plans/import", "ke-hoach-419-tinh-bien-2017-phu-luc.csv");
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    JsonNode items = imported.json().get("items");
    assertThat(items).hasSize(14);
    Map<String, Integer> byLead = new HashMap<>();
    items.forEach(i -> byLead.merge(i.get("leadUnit").asText(), 1, Integer::sum));
    assertThat(byLead).containsEntry("Phòng Nội vụ", 5).containsEntry("Phòng Văn hóa và Thông tin", 5)
        .containsEntry("Phòng Tư pháp", 4);
    JsonNode first = items.get(0);
    assertThat(first.get("code").asText()).isEqualTo("1.1.1");
    assertThat(first.get("row").asInt()).isEqualTo(8);
    assertThat(first.get("supportingUnits")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
        "Phòng Tư pháp", "Phòng Văn hóa và Thông tin", "Văn phòng HĐND và UBND", "Thị trấn Nhà Bàng", "Xã An Phú");
    assertThat(items.get(3).get("supportingUnits")).extracting(JsonNode::asText)
        .contains("Trung tâm Văn hóa - Thông tin và Thể thao");
    assertThat(items.get(13).get("code").asText()).isEqualTo("7.1.5");
    assertThat(items.get(13).get("deadline").get("kind").asText()).isEqualTo("NONE");
  }

  @Test
  void seed001LossTableWithTwoMergedHeaderRowsReproducesTheIndexAfterOneAliasAnswer() throws Exception {
    String file = "ke-hoach-419-tinh-bien-2017-diem-2016.xlsx";
    ApiClient.Response preview = uploadPlan("/api/improvement-plans/import/preview", file);
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.json().at("/unknownUnits/0/name").asText()).isEqualTo("Tổ kiểm tra công vụ huyện");
    assertThat(preview.json().at("/unknownUnits/0/row").asInt()).isEqualTo(10);
    assertThat(uploadPlan("/api/improvement-plans/import", file).status()).isEqualTo(422);

    // the answer a person gives: the district's inspection team is Phòng Nội vụ's work
    UnitView noiVu = offices.get("Phòng Nội vụ");
    assertThat(as("it-coord").post("/api/units/" + noiVu.id() + "/aliases",
        Map.of("alias", "Tổ kiểm tra công vụ huyện")).status()).isEqualTo(200);
    ApiClient.Response imported = uploadPlan("/api/improvement-plans/import", file);
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    JsonNode plan = imported.json();
    assertThat(plan.at("/baseline/totalMax").decimalValue()).isEqualByComparingTo("100");
    assertThat(plan.at("/baseline/totalAchieved").decimalValue()).isEqualByComparingTo("87.65");
    assertThat(plan.at("/baseline/index").decimalValue()).isEqualByComparingTo("87.65");
    assertThat(plan.at("/baseline/classification").asText()).isEqualTo("GOOD");
    List<String> fields = new ArrayList<>();
    plan.at("/baseline/fields").forEach(f -> fields.add(f.get("code").asText() + ":" + f.get("max").decimalValue()
        .stripTrailingZeros().toPlainString() + "/" + f.get("achieved").decimalValue().stripTrailingZeros().toPlainString()));
    assertThat(fields).containsExactly("1:36/33", "2:6/6", "3:4/3.5", "4:6/6", "5:5/3.5", "6:6/6", "7:7/5", "8:30/24.65");
    JsonNode items = plan.get("items");
    assertThat(items).extracting(i -> i.get("code").asText()).containsExactly(
        "1", "1.5.3", "1.7.2", "2", "3", "3.2", "4", "5", "5.2", "5.3.3", "6", "7", "7.1.5", "8");
    assertThat(items.get(2).get("leadUnit").asText()).isEqualTo("Phòng Nội vụ");
    assertThat(items.get(12).get("leadUnit").asText()).isEqualTo("Phòng Văn hóa và Thông tin");
  }

  @Test
  void haNoiOfficeLevelCriteriaSetWithSectionsAndThreeDecimalsImports() throws Exception {
    ApiClient coordinator = as("it-coord");
    ApiClient.Response created = coordinator.uploadForm("/api/criteria-sets/import", "ha-noi.csv",
        real("ha-noi-chi-so-cchc-cap-phong.csv"), Map.of("name", "Hà Nội cấp phòng", "year", "2023", "level", "DISTRICT_OFFICE"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode set = created.json();
    assertThat(set.get("totalMaxPoints").decimalValue()).isEqualByComparingTo("100");
    assertThat(set.get("nodes")).hasSize(8);
    int[] counts = count(set.get("nodes"));
    assertThat(counts[0]).as("criteria").isEqualTo(29 + 3);
    assertThat(counts[1]).as("sub-criteria").isEqualTo(22);
    JsonNode survey = set.get("nodes").get(7);
    assertThat(survey.at("/children/0/maxPoints").decimalValue()).isEqualByComparingTo("10.333");
    assertThat(survey.at("/children/2/maxPoints").decimalValue()).isEqualByComparingTo("9.334");
    JsonNode read = coordinator.get("/api/criteria-sets/" + set.get("id").asLong()).json();
    assertThat(read.at("/nodes/7/children/0/maxPoints").decimalValue()).as("stored with three decimals")
        .isEqualByComparingTo("10.333");
  }

  @Test
  void provincialParIndex2023CriteriaSetWithSemicolonsAndTotalRowImports() throws Exception {
    ApiClient.Response created = as("it-coord").uploadForm("/api/criteria-sets/import", "par-2023.csv",
        real("bo-noi-vu-par-index-2023-cap-tinh.csv"), Map.of("name", "PAR INDEX 2023 cấp tỉnh", "year", "2023",
            "level", "PROVINCE"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode set = created.json();
    assertThat(set.get("totalMaxPoints").decimalValue()).isEqualByComparingTo("100");
    assertThat(set.get("nodes")).hasSize(8);
    assertThat(count(set.get("nodes"))).containsExactly(37, 88);
    assertThat(set.at("/nodes/7/maxPoints").decimalValue()).as("points by survey").isEqualByComparingTo("32");
  }

  @Test
  void aTotalRowThatDisagreesIsAnErrorOnItsRowAndNothingIsSaved() throws Exception {
    ApiClient coordinator = as("it-coord");
    int before = coordinator.get("/api/criteria-sets").json().size();
    String csv = new String(real("bo-noi-vu-par-index-2023-cap-tinh.csv"), java.nio.charset.StandardCharsets.UTF_8)
        .replace("TỔNG ĐIỂM;;100;", "TỔNG ĐIỂM;;99,5;");
    ApiClient.Response rejected = coordinator.uploadForm("/api/criteria-sets/import", "par-2023.csv", bytes(csv),
        Map.of("name", "Sai tổng", "year", "2023", "level", "PROVINCE"));
    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.json().get("errors")).singleElement().satisfies(e -> {
      assertThat(e.get("row").asInt()).isEqualTo(135);
      assertThat(e.get("column").asText()).isEqualTo("Điểm chuẩn");
      assertThat(e.get("message").asText()).contains("99,5").contains("100");
    });
    assertThat(coordinator.get("/api/criteria-sets").json().size()).isEqualTo(before);
  }

  /** Criteria and sub-criteria under the fields. */
  private static int[] count(JsonNode fields) {
    int criteria = 0;
    int sub = 0;
    for (JsonNode field : fields) {
      for (JsonNode criterion : field.get("children")) {
        criteria++;
        sub += criterion.get("children").size();
      }
    }
    return new int[] {criteria, sub};
  }
}
