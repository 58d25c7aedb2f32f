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

  static final String QUESTIONS_CSV = """
      Stt,Lĩnh vực/ Tiêu chí/ Tiêu chí thành phần,Điểm chuẩn,Điểm 2024 đạt được,Mục tiêu năm 2025,Nhiệm vụ/ Giải pháp,Đơn vị chủ trì,Cơ quan phối hợp
      1,Công tác chỉ đạo điều hành CCHC,6,5,6,Ban hành kế hoạch CCHC,Tổ giúp việc CCHC huyện,Ban Chỉ đạo 35 huyện
      2,Cải cách thủ tục hành chính,4,3,4,Rà soát TTHC,P. Tư pháp,Tổ giúp việc CCHC huyện.
      TỔNG ĐIỂM,,10,8,10,,,
      """;

  ApiClient.Response planForm(String path, String csv, String answers) {
    Map<String, String> fields = new HashMap<>(Map.of("year", "2025", "ownerUnitId", String.valueOf(tinhBien.id())));
    if (answers != null) {
      fields.put("answers", answers);
    }
    return as("it-coord").uploadForm(path, "ke-hoach-2025.csv", bytes(csv), fields);
  }

  static List<String> cells(JsonNode errors) {
    List<String> cells = new ArrayList<>();
    errors.forEach(e -> cells.add(e.path("row").asInt() + "|" + e.path("column").asText() + "|" + e.path("field").asText()));
    return cells;
  }

  @Test
  void openQuestionsAreAnsweredInTheImportSavedAsAliasesAndNotAskedAgain() throws Exception {
    long noiVu = offices.get("Phòng Nội vụ").id();
    long tuPhap = offices.get("Phòng Tư pháp").id();
    ApiClient.Response preview = planForm("/api/improvement-plans/import/preview", QUESTIONS_CSV, null);
    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    assertThat(preview.json().get("errors")).as("the questions are not errors of the file").isEmpty();
    JsonNode questions = preview.json().get("questions");
    List<String> asked = new ArrayList<>();
    questions.forEach(q -> asked.add(q.get("row").asInt() + "|" + q.get("column").asText() + "|" + q.get("phrase").asText()));
    assertThat(asked).containsExactly("2|Đơn vị chủ trì|Tổ giúp việc CCHC huyện", "2|Cơ quan phối hợp|Ban Chỉ đạo 35 huyện",
        "3|Đơn vị chủ trì|P. Tư pháp", "3|Cơ quan phối hợp|Tổ giúp việc CCHC huyện.");
    assertThat(questions.get(2).at("/candidates/0/unitId").asLong()).as("closest first").isEqualTo(tuPhap);
    assertThat(questions.get(2).at("/candidates/0/name").asText()).isEqualTo("Phòng Tư pháp");
    assertThat(questions.get(2).get("candidates").size()).isBetween(2, 5);

    // no answers: refused, the open cells listed
    ApiClient.Response refused = planForm("/api/improvement-plans/import", QUESTIONS_CSV, null);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(cells(refused.json().get("errors"))).containsExactly("2|Đơn vị chủ trì|", "2|Cơ quan phối hợp|",
        "3|Đơn vị chủ trì|", "3|Cơ quan phối hợp|");

    String lead = "{\"row\":2,\"column\":\"Đơn vị chủ trì\",\"phrase\":\"Tổ giúp việc CCHC huyện\",\"unitIds\":[" + noiVu + "]}";
    String note = "{\"row\":2,\"column\":\"Cơ quan phối hợp\",\"phrase\":\"Ban Chỉ đạo 35 huyện\",\"note\":true}";
    String support = "{\"row\":3,\"column\":\"Cơ quan phối hợp\",\"phrase\":\"Tổ giúp việc CCHC huyện.\",\"unitIds\":["
        + noiVu + "]}";
    String tp = "{\"row\":3,\"column\":\"Đơn vị chủ trì\",\"phrase\":\"P. Tư pháp\",\"unitIds\":[" + tuPhap + "]}";
    // one left open: refused on that cell, and the other answers are not kept either
    ApiClient.Response partly = planForm("/api/improvement-plans/import", QUESTIONS_CSV, "[" + lead + "," + note + "," + support + "]");
    assertThat(partly.status()).isEqualTo(422);
    assertThat(cells(partly.json().get("errors"))).containsExactly("3|Đơn vị chủ trì|");
    assertThat(units.find(noiVu).orElseThrow().aliases()).doesNotContain("Tổ giúp việc CCHC huyện");

    ApiClient.Response imported = planForm("/api/improvement-plans/import", QUESTIONS_CSV,
        "[" + lead + "," + note + "," + support + "," + tp + "]");
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    JsonNode items = imported.json().get("items");
    assertThat(items.get(0).get("leadUnitIds")).extracting(JsonNode::asLong).containsExactly(noiVu);
    assertThat(items.get(0).get("unitNote").asText()).isEqualTo("Ban Chỉ đạo 35 huyện");
    assertThat(items.get(0).get("leadText").asText()).as("the cell as published").isEqualTo("Tổ giúp việc CCHC huyện");
    assertThat(items.get(1).get("leadUnitIds")).extracting(JsonNode::asLong).containsExactly(tuPhap);
    assertThat(items.get(1).get("supportingUnitIds")).extracting(JsonNode::asLong).containsExactly(noiVu);
    assertThat(imported.json().at("/baseline/totalAchieved").decimalValue()).isEqualByComparingTo("8");
    assertThat(units.find(noiVu).orElseThrow().aliases()).contains("Tổ giúp việc CCHC huyện");
    assertThat(units.find(tuPhap).orElseThrow().aliases()).contains("P. Tư pháp");

    // another file with the same phrases: nothing to ask but the note
    String next = QUESTIONS_CSV.replace("Ban Chỉ đạo 35 huyện", "");
    ApiClient.Response again = planForm("/api/improvement-plans/import/preview", next, null);
    assertThat(again.json().get("questions")).isEmpty();
    assertThat(planForm("/api/improvement-plans/import", next, null).status()).isEqualTo(201);
  }

  @Test
  void aNameThatSeveralUnitsCarryIsAQuestionWithThoseUnitsFirst() throws Exception {
    UnitView anPhu = offices.get("Xã An Phú");
    UnitView nhaBang = offices.get("Thị trấn Nhà Bàng");
    Map<String, UnitView> byName = new HashMap<>();
    units.all().forEach(u -> byName.put(u.name() + "@" + u.parentId(), u));
    UnitView ktAnPhu = byName.computeIfAbsent("Phòng Kinh tế@" + anPhu.id(), n -> unit("Phòng Kinh tế", "COMMUNE_OFFICE", anPhu.id()));
    UnitView ktNhaBang = byName.computeIfAbsent("Phòng Kinh tế@" + nhaBang.id(),
        n -> unit("Phòng Kinh tế", "COMMUNE_OFFICE", nhaBang.id()));
    String csv = "Stt,Tiêu chí,Điểm chuẩn,Điểm đạt được,Nhiệm vụ,Đơn vị chủ trì\n1,Kinh tế số,2,1,Triển khai,Phòng Kinh tế\n";
    JsonNode question = planForm("/api/improvement-plans/import/preview", csv, null).json().at("/questions/0");
    assertThat(question.get("phrase").asText()).isEqualTo("Phòng Kinh tế");
    List<Long> first = new ArrayList<>();
    question.get("candidates").forEach(c -> first.add(c.get("unitId").asLong()));
    assertThat(first.subList(0, 2)).containsExactlyInAnyOrder(ktAnPhu.id(), ktNhaBang.id());

    String answer = "[{\"row\":2,\"column\":\"Đơn vị chủ trì\",\"phrase\":\"Phòng Kinh tế\",\"unitIds\":[" + ktAnPhu.id() + "]}]";
    ApiClient.Response imported = planForm("/api/improvement-plans/import", csv, answer);
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    assertThat(imported.json().at("/items/0/leadUnitIds/0").asLong()).isEqualTo(ktAnPhu.id());
  }

  @Test
  void badAnswersAreRefusedByFieldAndOnlyPreparersImport() throws Exception {
    UnitView outside = units.all().stream().filter(u -> u.name().equals("Phòng Thử A")).findFirst().orElseThrow();
    String q = "{\"row\":3,\"column\":\"Đơn vị chủ trì\",\"phrase\":\"P. Tư pháp\",";
    ApiClient.Response wrongUnit = planForm("/api/improvement-plans/import", QUESTIONS_CSV, "[" + q + "\"unitIds\":[" + outside.id() + "]}]");
    assertThat(wrongUnit.status()).isEqualTo(422);
    assertThat(cells(wrongUnit.json().get("errors"))).containsExactly("0||answers[0].unitIds");
    ApiClient.Response both = planForm("/api/improvement-plans/import", QUESTIONS_CSV,
        "[" + q + "\"note\":true,\"unitIds\":[" + offices.get("Phòng Tư pháp").id() + "]}]");
    assertThat(cells(both.json().get("errors"))).containsExactly("0||answers[0]");
    ApiClient.Response conflicting = planForm("/api/improvement-plans/import", QUESTIONS_CSV,
        "[" + q + "\"note\":true}, {\"row\":9,\"column\":\"Cơ quan phối hợp\",\"phrase\":\"p. tư pháp\",\"unitIds\":["
            + offices.get("Phòng Tư pháp").id() + "]}]");
    assertThat(cells(conflicting.json().get("errors"))).containsExactly("0||answers[1]");
    ApiClient.Response malformed = planForm("/api/improvement-plans/import", QUESTIONS_CSV, "{\"row\":\"hai\"");
    assertThat(malformed.status()).isEqualTo(422);
    assertThat(cells(malformed.json().get("errors"))).containsExactly("0||answers");
    user("it-head-tp", offices.get("Phòng Tư pháp").id(), "UNIT_HEAD");
    assertThat(as("it-head-tp").uploadForm("/api/improvement-plans/import", "x.csv", bytes(QUESTIONS_CSV),
        Map.of("year", "2025", "ownerUnitId", String.valueOf(tinhBien.id()), "answers", "[" + q + "\"note\":true}]")).status())
        .isEqualTo(403);
  }

  /** A unit of that name under that parent, created the first time (the context is shared by the tests). */
  UnitView child(String name, String level, UnitView parent) {
    Long parentId = parent == null ? null : parent.id();
    return units.all().stream().filter(u -> u.name().equals(name) && java.util.Objects.equals(u.parentId(), parentId))
        .findFirst().orElseGet(() -> unit(name, level, parentId));
  }

  ApiClient.Response uploadPlan(String path, String file, UnitView owner, int year, String answers) throws Exception {
    Map<String, String> form = new HashMap<>(Map.of("year", String.valueOf(year), "ownerUnitId", String.valueOf(owner.id()),
        "name", file));
    if (answers != null) {
      form.put("answers", answers);
    }
    return as("it-coord").uploadForm(path, file, real(file), form);
  }

  static List<String> fields(JsonNode plan) {
    List<String> fields = new ArrayList<>();
    plan.at("/baseline/fields").forEach(f -> fields.add(f.get("code").asText() + ":" + f.get("max").decimalValue()
        .stripTrailingZeros().toPlainString() + "/" + f.get("achieved").decimalValue().stripTrailingZeros().toPlainString()));
    return fields;
  }

  static JsonNode item(JsonNode plan, String code) {
    for (JsonNode item : plan.get("items")) {
      if (code.equals(item.path("code").asText())) {
        return item;
      }
    }
    throw new AssertionError("no item " + code);
  }

  static List<Long> ids(JsonNode array) {
    List<Long> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.asLong()));
    return ids;
  }

  @Test
  void dakNongProvincialPlanAppendixWithJointAndCollectiveLeadsImportsAfterOneAliasAnswer() throws Exception {
    UnitView province = child("UBND tỉnh Đắk Nông", "PROVINCE", null);
    Map<String, UnitView> so = new java.util.LinkedHashMap<>();
    for (String name : List.of("Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư",
        "Sở Thông tin và Truyền thông")) {
      so.put(name, child(name, "DEPARTMENT", province));
    }
    List<Long> districts = new ArrayList<>();
    for (String name : List.of("UBND thành phố Gia Nghĩa", "UBND huyện Cư Jút", "UBND huyện Đắk Mil", "UBND huyện Krông Nô",
        "UBND huyện Đắk Song", "UBND huyện Đắk R'Lấp", "UBND huyện Đắk Glong", "UBND huyện Tuy Đức")) {
      districts.add(child(name, "DISTRICT", province).id());
    }
    List<Long> departments = so.values().stream().map(UnitView::id).toList();
    String file = "dak-nong-475-2024-par-index-phu-luc.csv";

    ApiClient.Response preview = uploadPlan("/api/improvement-plans/import/preview", file, province, 2024, null);
    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    assertThat(preview.json().get("errors")).as(preview.body()).isEmpty();
    List<String> asked = new ArrayList<>();
    preview.json().get("questions").forEach(q -> asked.add(q.get("row").asInt() + "|" + q.get("column").asText() + "|"
        + q.get("phrase").asText()));
    assertThat(asked).as("the only name no unit carries: an abbreviation").containsExactly("18|Cơ quan phối hợp|Sở TT&TT");

    // the answer a person gives: "Sở TT&TT" is Sở Thông tin và Truyền thông
    long tttt = so.get("Sở Thông tin và Truyền thông").id();
    ApiClient.Response imported = uploadPlan("/api/improvement-plans/import", file, province, 2024,
        "[{\"row\":18,\"column\":\"Cơ quan phối hợp\",\"phrase\":\"Sở TT&TT\",\"unitIds\":[" + tttt + "]}]");
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    JsonNode plan = imported.json();
    assertThat(plan.at("/baseline/totalMax").decimalValue()).isEqualByComparingTo("100");
    assertThat(plan.at("/baseline/totalAchieved").decimalValue()).as("85.42/100 as published").isEqualByComparingTo("85.42");
    assertThat(plan.at("/baseline/index").decimalValue()).isEqualByComparingTo("85.42");
    assertThat(plan.at("/baseline/classification").asText()).isEqualTo("GOOD");
    assertThat(fields(plan)).containsExactly("1:9.5/8.65", "2:10/8.713", "3:13/11.542", "4:10.5/9.318", "5:15/12.876",
        "6:9.5/8.421", "7:16/13.567", "8:16.5/12.333");
    assertThat(plan.get("items")).hasSize(8 + 12);
    assertThat(item(plan, "5.4").get("achieved").decimalValue()).isEqualByComparingTo("0.542");
    assertThat(item(plan, "8.1").get("achieved").decimalValue()).as("3.961 with a dot").isEqualByComparingTo("3.961");
    assertThat(item(plan, "5.4").get("supportingUnitIds")).extracting(JsonNode::asLong).containsExactly(tttt);

    // joint leads: one occurrence per unit, the first named the principal
    assertThat(ids(item(plan, "1.3").get("leadUnitIds"))).containsExactly(so.get("Sở Nội vụ").id(), so.get("Văn phòng UBND tỉnh").id());
    assertThat(ids(item(plan, "6.2").get("leadUnitIds"))).containsExactly(so.get("Sở Kế hoạch và Đầu tư").id(),
        so.get("Sở Tài chính").id());
    // a collective lead: every department and every district, the cell written back as published
    JsonNode all = item(plan, "3.4");
    assertThat(ids(all.get("leadUnitIds"))).containsExactlyInAnyOrderElementsOf(
        java.util.stream.Stream.concat(departments.stream(), districts.stream()).toList());
    assertThat(all.get("leadText").asText()).isEqualTo("Các sở, ban, ngành; UBND các huyện, thành phố.");
    assertThat(ids(all.get("supportingUnitIds"))).as("a lead does not support its own task").isEmpty();
    assertThat(ids(item(plan, "6.2").get("supportingUnitIds"))).as("UBND các huyện, thị xã, thành phố")
        .containsExactlyInAnyOrderElementsOf(districts);
    assertThat(ids(item(plan, "4.2").get("supportingUnitIds"))).hasSize(departments.size() - 1 + districts.size());
    assertThat(item(plan, "1.5").get("unitNote").asText()).isEqualTo("địa phương liên quan");
    assertThat(ids(item(plan, "1.5").get("supportingUnitIds"))).containsExactlyInAnyOrderElementsOf(
        departments.stream().filter(id -> id != so.get("Văn phòng UBND tỉnh").id().longValue()).toList());
    assertThat(item(plan, "1.1").get("deadline").get("kind").asText()).isEqualTo("DATE");
    assertThat(item(plan, "6.2").get("deadline").get("kind").asText()).isEqualTo("RECURRING");
  }

  @Test
  void sonLaResultsByFieldWithAHeaderOverTwoRowsReproducesTheIndex() throws Exception {
    UnitView sonLa = child("UBND tỉnh Sơn La", "PROVINCE", null);
    ApiClient.Response imported = uploadPlan("/api/improvement-plans/import", "son-la-par-index-2024-ket-qua.csv", sonLa,
        2025, null);
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    JsonNode plan = imported.json();
    assertThat(plan.at("/baseline/totalMax").decimalValue()).isEqualByComparingTo("100");
    assertThat(plan.at("/baseline/totalAchieved").decimalValue()).isEqualByComparingTo("90.02");
    assertThat(plan.at("/baseline/index").decimalValue()).isEqualByComparingTo("90.02");
    assertThat(plan.at("/baseline/classification").asText()).as("nhóm A: 90 % and more").isEqualTo("EXCELLENT");
    assertThat(fields(plan)).containsExactly("1:9.5/8.79", "2:10/9.21", "3:13/12.75", "4:10.5/10.18", "5:15/14.23",
        "6:9.5/8.36", "7:16/13.36", "8:16.5/13.14");
    assertThat(plan.get("items")).allSatisfy(i -> assertThat(i.get("leadUnitIds")).isEmpty());
    // the percentage and rank columns are not points: a wrong "Tổng cộng" is still found
    String csv = new String(real("son-la-par-index-2024-ket-qua.csv"), java.nio.charset.StandardCharsets.UTF_8)
        .replace(",Tổng cộng,100,\"90,02\"", ",Tổng cộng,100,\"90,20\"");
    ApiClient.Response wrong = as("it-coord").uploadForm("/api/improvement-plans/import", "son-la.csv", bytes(csv),
        Map.of("year", "2025", "ownerUnitId", String.valueOf(sonLa.id())));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(cells(wrong.json().get("errors"))).containsExactly("13|Kết quả năm 2024 Điểm đạt được|");
  }

  @Test
  void longPhungCommunePlanOfTheTwoTierModelImportsItsTasksUnderSectionRows() throws Exception {
    UnitView quangNgai = child("UBND tỉnh Quảng Ngãi", "PROVINCE", null);
    UnitView longPhung = child("UBND xã Long Phụng", "COMMUNE", quangNgai);
    Map<String, Long> phong = new HashMap<>();
    for (String name : List.of("Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
        "Trung tâm Phục vụ hành chính công")) {
      phong.put(name, child(name, "COMMUNE_OFFICE", longPhung).id());
    }
    // another commune's offices carry the same names: only Long Phụng's are meant
    UnitView other = child("UBND xã Mộ Đức", "COMMUNE", quangNgai);
    child("Phòng Kinh tế", "COMMUNE_OFFICE", other);
    String file = "long-phung-2025-ke-hoach-cchc.csv";

    ApiClient.Response preview = uploadPlan("/api/improvement-plans/import/preview", file, longPhung, 2025, null);
    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    List<String> asked = new ArrayList<>();
    preview.json().get("questions").forEach(q -> asked.add(q.get("row").asInt() + "|" + q.get("column").asText() + "|"
        + q.get("phrase").asText()));
    assertThat(asked).as("the commune police is not an office of the commune").containsExactly("23|Cơ quan phối hợp|Công an xã");

    ApiClient.Response imported = uploadPlan("/api/improvement-plans/import", file, longPhung, 2025,
        "[{\"row\":23,\"column\":\"Cơ quan phối hợp\",\"phrase\":\"Công an xã\",\"note\":true}]");
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    JsonNode plan = imported.json();
    JsonNode items = plan.get("items");
    assertThat(items).hasSize(12);
    assertThat(items).extracting(i -> i.get("code").asText()).containsExactly("1", "2", "3", "4", "1", "1", "2", "1", "1",
        "1", "1", "2");
    JsonNode first = items.get(0);
    assertThat(first.get("title").asText()).isEqualTo("Ban hành Kế hoạch cải cách hành chính năm 2025 trên địa bàn xã");
    assertThat(first.get("tasks").asText()).isEqualTo(first.get("title").asText());
    long vp = phong.get("Văn phòng HĐND và UBND");
    long kt = phong.get("Phòng Kinh tế");
    long vhxh = phong.get("Phòng Văn hóa - Xã hội");
    long center = phong.get("Trung tâm Phục vụ hành chính công");
    assertThat(ids(first.get("leadUnitIds"))).as("\"Văn phòng HĐND và UBND xã\"").containsExactly(vp);
    assertThat(ids(first.get("supportingUnitIds"))).as("the offices, not the centre, not the lead")
        .containsExactlyInAnyOrder(kt, vhxh);
    assertThat(ids(items.get(2).get("supportingUnitIds"))).containsExactly(kt, vhxh);
    assertThat(ids(items.get(3).get("supportingUnitIds"))).as("các cơ quan, đơn vị thuộc UBND xã")
        .containsExactlyInAnyOrder(kt, vhxh, center);
    assertThat(ids(items.get(6).get("leadUnitIds"))).as("the centre, then the offices: each leads its share")
        .containsExactly(center, vp, kt, vhxh);
    assertThat(ids(items.get(7).get("supportingUnitIds"))).as("en dash").containsExactly(kt, vhxh);
    assertThat(items.get(11).get("unitNote").asText()).isEqualTo("Công an xã");
    assertThat(items.get(11).get("supportingUnitIds")).extracting(JsonNode::asLong).containsExactly(center);
    assertThat(items.get(3).get("deadline").get("kind").asText()).isEqualTo("RECURRING");
    assertThat(plan.at("/baseline/totalMax").isMissingNode() || plan.at("/baseline/totalMax").isNull()).isTrue();
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
