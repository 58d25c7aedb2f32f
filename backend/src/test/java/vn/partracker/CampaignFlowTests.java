package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.partracker.org.UnitView;
import vn.partracker.support.ApiClient;

/**
 * A campaign for three communes from creation to published results, checked against numbers
 * computed by hand; access between communes before publication. On H2 and PostgreSQL.
 */
abstract class CampaignFlowTests extends IntegrationTestBase {

  static Map<String, Object> answer(String code, Object points) {
    Map<String, Object> a = new HashMap<>();
    a.put("code", code);
    a.put("points", points);
    return a;
  }

  /** The same with the version of the item the writer read (required once the item has an answer). */
  static Map<String, Object> answer(String code, Object points, long version) {
    Map<String, Object> a = answer(code, points);
    a.put("version", version);
    return a;
  }

  /** The version of each answered item of a sheet, as its reader got it. */
  static Map<String, Long> versions(ApiClient client, String sheet) {
    Map<String, Long> versions = new HashMap<>();
    client.get(sheet).json().get("items").forEach(i -> {
      if (!i.get("version").isNull()) {
        versions.put(i.get("code").asText(), i.get("version").asLong());
      }
    });
    return versions;
  }

  /**
   * A campaign's request (a map the caller may add to): the council due tomorrow, self-assessment in 5 days,
   * results in 15.
   */
  static Map<String, Object> campaignRequest(String name, long setId, List<Long> unitIds) {
    LocalDate today = LocalDate.now();
    Map<String, Object> create = new HashMap<>();
    create.put("name", name);
    create.put("year", today.getYear());
    create.put("criteriaSetId", setId);
    create.put("assessedUnitIds", unitIds);
    create.put("councilDeadline", today.plusDays(1).toString());
    create.put("selfAssessmentDeadline", today.plusDays(5).toString());
    create.put("appraisalDeadline", today.plusDays(15).toString());
    return create;
  }

  /**
   * A commune's criteria set, imported and published: two fields, an exempt item, one that needs evidence, the
   * SIPAS survey (2.1) and a yes/no item (2.2); its id.
   */
  static long publishedCommuneSet(ApiClient coordinator, String name) {
    String csv = "Stt,Tiêu chí,Điểm chuẩn,Tài liệu kiểm chứng,Không áp dụng,Loại trả lời\n"
        + "1,LĨNH VỰC A,60,,,\n1.1,Mục được miễn,20,,x,\n1.2,Mục cần tài liệu,40,Báo cáo,,\n"
        + "2,LĨNH VỰC B,40,,,\n2.1,Điều tra xã hội học (SIPAS),30,,,\n2.2,Có hay không,10,,,Có/Không\n";
    long setId = coordinator.uploadForm("/api/criteria-sets/import", "xa.csv", bytes(csv),
        Map.of("name", name, "year", "2026", "level", "COMMUNE")).json().get("id").asLong();
    coordinator.post("/api/criteria-sets/" + setId + "/publish", Map.of());
    return setId;
  }

  /** Publishes the set and starts a campaign of it for one unit, its council set up; the campaign's id. */
  static long runningCampaign(ApiClient coordinator, long setId, UnitView unit, String name) {
    coordinator.post("/api/criteria-sets/" + setId + "/publish", Map.of());
    long id = coordinator.post("/api/campaigns", campaignRequest(name, setId, List.of(unit.id()))).json().get("id")
        .asLong();
    coordinator.post("/api/campaigns/" + id + "/council", Map.of("members", "Ông A; Bà B", "chair", "Ông A"));
    return id;
  }

  static Map<String, Object> notApplicable(String code) {
    return Map.of("code", code, "notApplicable", true);
  }

  /**
   * Rate and deduction items are answered with figures and scored on the server: 800 of 1,000 is
   * exactly 80 % (the "từ 80% trở lên" band, 1 point), five events of 0,5 from 2 stop at 0; the
   * council changes the figures (799/1,000: 0,5) or the points, with a reason.
   */
  @Test
  void rateAndDeductionItemsAreScoredFromTheirFigures() {
    UnitView commune = units.all().stream().filter(u -> u.name().equals("Xã Tỷ Lệ")).findFirst()
        .orElseGet(() -> unit("Xã Tỷ Lệ", "COMMUNE", district.id()));
    user("it-xa-rate", commune.id(), "UNIT_HEAD");
    user("it-council-rate", district.id(), "COUNCIL");
    ApiClient coordinator = as("it-coord");
    String csv = "Stt,Tiêu chí,Điểm chuẩn,Hướng dẫn chấm điểm,Loại trả lời,Tử số,Mẫu số\n"
        + "1,TTHC,3,,,,\n"
        + "1.1,Tỷ lệ hồ sơ trực tuyến,1,\"Từ 80% trở lên: 1 điểm; từ 50% đến dưới 80%: 0,5 điểm; dưới 50%: 0 điểm\",,"
        + "Số hồ sơ trực tuyến,Tổng số hồ sơ\n"
        + "1.2,Phản ánh của người dân,2,Mỗi phản ánh đúng bị trừ 0.5 điểm,,,\n"
        + "2,KHÁC,97,,,,\n";
    long setId = coordinator.uploadForm("/api/criteria-sets/import", "tl.csv", bytes(csv),
        Map.of("name", "Bộ xã tỷ lệ", "year", "2026", "level", "COMMUNE")).json().get("id").asLong();
    long id = runningCampaign(coordinator, setId, commune, "Chỉ số CCHC (tỷ lệ)");
    String base = "/api/campaigns/" + id + "/units/" + commune.id();

    ApiClient xa = as("it-xa-rate");
    ApiClient.Response typedPoints = xa.put(base + "/answers", List.of(answer("1.1", 1)));
    assertThat(typedPoints.status()).isEqualTo(422);
    assertThat(fields(typedPoints).get("1.1")).contains("tử số và mẫu số");
    ApiClient.Response above = xa.put(base + "/answers",
        List.of(Map.of("code", "1.1", "numerator", 1001, "denominator", 1000)));
    assertThat(fields(above).get("1.1")).contains("không được lớn hơn mẫu số");
    ApiClient.Response noEvents = xa.put(base + "/answers", List.of(Map.of("code", "1.2", "events", -1)));
    assertThat(fields(noEvents)).containsKey("1.2");

    JsonNode sheet = xa.put(base + "/answers", List.of(
        Map.of("code", "1.1", "numerator", 800, "denominator", 1000, "points", 0),
        Map.of("code", "1.2", "events", 5),
        answer("2", 90))).json();
    JsonNode rate = sheet.at("/items/0");
    assertThat(rate.get("answerType").asText()).isEqualTo("RATE");
    assertThat(rate.get("numeratorLabel").asText()).isEqualTo("Số hồ sơ trực tuyến");
    assertThat(rate.get("numerator").decimalValue()).isEqualByComparingTo("800");
    assertThat(rate.get("denominator").decimalValue()).isEqualByComparingTo("1000");
    assertThat(rate.get("selfPoints").decimalValue()).as("exactly 80 %%: the band from 80 %%").isEqualByComparingTo("1");
    assertThat(rate.at("/bands/1/points").decimalValue()).isEqualByComparingTo("0.5");
    JsonNode deduction = sheet.at("/items/1");
    assertThat(deduction.get("events").asInt()).isEqualTo(5);
    assertThat(deduction.get("pointsPerEvent").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(deduction.get("selfPoints").decimalValue()).as("2 − 5 × 0,5 stops at 0").isEqualByComparingTo("0");
    assertThat(sheet.get("selfAchieved").decimalValue()).isEqualByComparingTo("91");
    assertThat(xa.post(base + "/submit", Map.of()).json().get("step").asText()).isEqualTo("SUBMITTED");

    ApiClient council = as("it-council-rate");
    Map<String, Long> versions = versions(council, base + "/assessment");
    ApiClient.Response noReason = council.put(base + "/appraisal", List.of(Map.of("code", "1.1", "numerator", 799,
        "denominator", 1000, "version", versions.get("1.1"))));
    assertThat(fields(noReason)).containsKey("1.1");
    JsonNode appraised = council.put(base + "/appraisal", List.of(
        Map.of("code", "1.1", "numerator", 799, "denominator", 1000, "reason", "Báo cáo quý IV ghi 799 hồ sơ",
            "version", versions.get("1.1")),
        Map.of("code", "1.2", "appraisedPoints", 1, "reason", "Hai phản ánh không đúng, chỉ tính ba",
            "version", versions.get("1.2")))).json();
    assertThat(appraised.at("/items/0/appraisedNumerator").decimalValue()).isEqualByComparingTo("799");
    assertThat(appraised.at("/items/0/appraisedPoints").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(appraised.at("/items/0/selfPoints").decimalValue()).isEqualByComparingTo("1");
    assertThat(appraised.at("/items/1/appraisedPoints").decimalValue()).isEqualByComparingTo("1");
    assertThat(appraised.at("/items/1/appraisedEvents").isNull()).isTrue();
    assertThat(appraised.get("appraisedAchieved").decimalValue()).isEqualByComparingTo("91.5"); // 0,5 + 1 + 90
  }

  /**
   * Both appraisal rounds with bonus and penalty, against numbers computed by hand. The set: 100
   * scored points (a rate item of 2 with bands at 80 % and 50 %, a deduction item of 3 at 1 point per
   * event, 5 and 90 points), a bonus section capped at 2 whose item offers 3, a penalty section
   * capped at 1.
   * <ul>
   *   <li>self: 800/1,000 (exactly 80 %: 2) + 4 events (3 − 4 stops at 0) + 5 + 85 = 92; bonus 3 counts 2: 94</li>
   *   <li>round 1: 799/1,000 (1) + 0 + 3 + 85 = 89; + 2 − penalty 1 = 90</li>
   *   <li>round 2, after the unit explained 1.3: 1 + 0 + 5 + 85 = 91; + 2 − 1 = 92, the index that counts</li>
   * </ul>
   */
  @Test
  void bothAppraisalRoundsWithBonusAndPenalty() {
    UnitView commune = units.all().stream().filter(u -> u.name().equals("Xã Hai Vòng")).findFirst()
        .orElseGet(() -> unit("Xã Hai Vòng", "COMMUNE", district.id()));
    user("it-xa-rounds", commune.id(), "UNIT_HEAD");
    user("it-council-rounds", district.id(), "COUNCIL");
    ApiClient coordinator = as("it-coord");
    String csv = "Stt,Tiêu chí,Điểm chuẩn,Hướng dẫn chấm điểm,Tử số,Mẫu số\n"
        + "1,THỦ TỤC HÀNH CHÍNH,10,,,\n"
        + "1.1,Tỷ lệ hồ sơ trực tuyến,2,\"Từ 80% trở lên: 2 điểm; từ 50% đến dưới 80%: 1 điểm; dưới 50%: 0 điểm\","
        + "Số hồ sơ trực tuyến,Tổng số hồ sơ\n"
        + "1.2,Phản ánh của người dân,3,Mỗi phản ánh đúng bị trừ 1 điểm,,\n"
        + "1.3,Công khai thủ tục hành chính,5,,,\n"
        + "2,KHÁC,90,,,\n"
        + "3,ĐIỂM THƯỞNG (tối đa 2 điểm),2,,,\n"
        + "3.1,Sáng kiến được UBND tỉnh công nhận,3,,,\n"
        + "4,ĐIỂM TRỪ (tối đa 1 điểm),1,,,\n"
        + "4.1,Chậm báo cáo công tác cải cách hành chính,1,,,\n"
        + "TỔNG CỘNG,,100,,,\n";
    JsonNode set = coordinator.uploadForm("/api/criteria-sets/import", "vong.csv", bytes(csv),
        Map.of("name", "Bộ xã hai vòng", "year", "2026", "level", "COMMUNE")).json();
    assertThat(set.get("totalMaxPoints").decimalValue()).isEqualByComparingTo("100");
    assertThat(set.get("bonusMaxPoints").decimalValue()).isEqualByComparingTo("2");
    assertThat(set.get("penaltyMaxPoints").decimalValue()).isEqualByComparingTo("1");
    long setId = set.get("id").asLong();
    long id = runningCampaign(coordinator, setId, commune, "Chỉ số CCHC (hai vòng)");
    LocalDate today = LocalDate.now();
    String base = "/api/campaigns/" + id + "/units/" + commune.id();
    String results = "/api/campaigns/" + id + "/results";

    ApiClient xa = as("it-xa-rounds");
    JsonNode sheet = xa.put(base + "/answers", List.of(
        Map.of("code", "1.1", "numerator", 800, "denominator", 1000), Map.of("code", "1.2", "events", 4),
        answer("1.3", 5), answer("2", 85), answer("3.1", 3))).json();
    assertThat(sheet.get("selfAchieved").decimalValue()).as("bonus outside the scored total").isEqualByComparingTo("92");
    assertThat(sheet.get("max").decimalValue()).isEqualByComparingTo("100");
    assertThat(sheet.at("/items/4/section").asText()).isEqualTo("BONUS");
    assertThat(xa.post(base + "/submit", Map.of()).status()).as("penalty item left empty").isEqualTo(200);

    // round 1
    ApiClient council = as("it-council-rounds");
    Map<String, Long> v = versions(council, base + "/assessment");
    ApiClient.Response penaltyWithoutReason = council.put(base + "/appraisal",
        List.of(Map.of("code", "4.1", "appraisedPoints", 1)));
    assertThat(fields(penaltyWithoutReason)).containsKey("4.1");
    council.put(base + "/appraisal", List.of(
        Map.of("code", "1.1", "numerator", 799, "denominator", 1000, "reason", "Báo cáo quý IV ghi 799 hồ sơ",
            "version", v.get("1.1")),
        Map.of("code", "1.3", "appraisedPoints", 3, "reason", "Chưa công khai 2 thủ tục", "version", v.get("1.3")),
        Map.of("code", "4.1", "appraisedPoints", 1, "reason", "Chậm báo cáo quý III")));
    JsonNode open = council.get(results).json().at("/units/0");
    assertThat(open.get("closedRound").asInt()).isZero();
    assertThat(open.get("index").decimalValue()).as("none closed: the scores as they stand").isEqualByComparingTo("90");
    council.post(base + "/request-explanation",
        Map.of("request", "Giải trình mục 1.3", "dueDate", today.plusDays(3).toString()));

    JsonNode afterRound1 = council.get(results).json().at("/units/0");
    assertThat(afterRound1.get("closedRound").asInt()).isEqualTo(1);
    assertThat(afterRound1.get("selfIndex").decimalValue()).isEqualByComparingTo("94");
    assertThat(afterRound1.get("round1Index").decimalValue()).isEqualByComparingTo("90");
    assertThat(afterRound1.get("round2Index").isNull()).isTrue();
    assertThat(afterRound1.get("index").decimalValue()).isEqualByComparingTo("90");

    ApiClient.Response unknownItem = xa.post(base + "/explain", Map.of("reply", "Giải trình",
        "items", List.of(Map.of("code", "9.9", "reply", "?"))));
    assertThat(fields(unknownItem)).containsKey("9.9");
    xa.post(base + "/explain", Map.of("reply", "Đơn vị đã công khai đủ thủ tục",
        "items", List.of(Map.of("code", "1.3", "reply", "Đã niêm yết 2 thủ tục ngày 02/11, có ảnh chụp"))));

    // round 2: starts from round 1 (keeping 1.1 at 1 needs no reason), 1.3 back to 5
    v = versions(council, base + "/assessment");
    JsonNode round2 = council.put(base + "/appraisal", List.of(
        Map.of("code", "1.1", "appraisedPoints", 1, "version", v.get("1.1")),
        Map.of("code", "1.3", "appraisedPoints", 5, "reason", "Đã xem giải trình và ảnh chụp",
            "version", v.get("1.3")))).json();
    assertThat(round2.get("appraisalRound").asInt()).isEqualTo(2);
    JsonNode item = round2.at("/items/2");
    assertThat(item.get("reply").asText()).startsWith("Đã niêm yết");
    assertThat(item.get("rounds")).extracting(r -> r.get("round").asInt() + ":" + r.get("points").decimalValue()
        .stripTrailingZeros().toPlainString() + ":" + r.get("closed").asBoolean())
        .containsExactly("0:5:true", "1:3:true", "2:5:false");
    assertThat(item.at("/rounds/1/reason").asText()).isEqualTo("Chưa công khai 2 thủ tục");
    assertThat(item.at("/rounds/1/by").asText()).isEqualTo("Người dùng it-council-rounds");
    assertThat(item.at("/rounds/2/reason").asText()).isEqualTo("Đã xem giải trình và ảnh chụp");
    assertThat(council.post(base + "/request-explanation", Map.of("request", "Lần nữa", "dueDate",
        today.plusDays(3).toString())).status()).as("one explanation, between round 1 and round 2").isEqualTo(409);
    council.post(base + "/appraised", Map.of());

    JsonNode done = council.get(results).json().at("/units/0");
    assertThat(done.get("closedRound").asInt()).isEqualTo(2);
    assertThat(done.get("selfIndex").decimalValue()).isEqualByComparingTo("94");
    assertThat(done.get("round1Index").decimalValue()).isEqualByComparingTo("90");
    assertThat(done.get("round2Index").decimalValue()).isEqualByComparingTo("92");
    assertThat(done.get("achieved").decimalValue()).isEqualByComparingTo("91");
    assertThat(done.get("bonus").decimalValue()).isEqualByComparingTo("2");
    assertThat(done.get("penalty").decimalValue()).isEqualByComparingTo("1");
    assertThat(done.get("index").decimalValue()).isEqualByComparingTo("92");
    assertThat(done.get("classification").asText()).isEqualTo("EXCELLENT");

    JsonNode losses = council.get("/api/campaigns/" + id + "/losses?unitId=" + commune.id()).json();
    assertThat(losses).extracting(l -> l.get("code").asText()).containsExactly("1.1", "1.2", "2");
    assertThat(losses.get(0).get("self").decimalValue()).isEqualByComparingTo("2");
    assertThat(losses.get(0).get("round1").decimalValue()).isEqualByComparingTo("1");
    assertThat(losses.get(0).get("round2").decimalValue()).isEqualByComparingTo("1");
    assertThat(losses.get(1).get("lost").decimalValue()).isEqualByComparingTo("3");
    assertThat(losses.get(1).get("reason").asText()).startsWith("Bị trừ điểm 4 lần (1 điểm/lần)");

    // the published table's three score columns, then bonus, penalty and the index that counts
    try (var workbook = ExportsH2IT.workbook(council.get(results + "/export?format=xlsx"))) {
      var table = workbook.getSheet("Kết quả theo đơn vị");
      List<String> headers = new java.util.ArrayList<>();
      table.getRow(3).forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers.subList(2, 10)).containsExactly("Điểm tự đánh giá", "Điểm thẩm định", "Điểm sau giải trình",
          "Điểm đạt được", "Điểm tối đa", "Điểm thưởng", "Điểm trừ", "Chỉ số");
      var row = table.getRow(4);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Xã Hai Vòng");
      assertThat(List.of(2, 3, 4, 5, 7, 8, 9)).extracting(c -> row.getCell(c).getNumericCellValue())
          .containsExactly(94.0, 90.0, 92.0, 91.0, 2.0, 1.0, 92.0);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void threeCommunesToPublishedResults() {
    UnitView c1 = units.all().stream().filter(u -> u.name().equals("Xã Một")).findFirst()
        .orElseGet(() -> unit("Xã Một", "COMMUNE", district.id()));
    UnitView c2 = units.all().stream().filter(u -> u.name().equals("Xã Hai")).findFirst()
        .orElseGet(() -> unit("Xã Hai", "COMMUNE", district.id()));
    UnitView c3 = units.all().stream().filter(u -> u.name().equals("Xã Ba")).findFirst()
        .orElseGet(() -> unit("Xã Ba", "COMMUNE", district.id()));
    user("it-xa1", c1.id(), "UNIT_HEAD");
    user("it-xa2", c2.id(), "UNIT_HEAD");
    user("it-xa3", c3.id(), "UNIT_HEAD");
    user("it-council", district.id(), "COUNCIL");
    user("it-chair", district.id(), "LEADER");

    ApiClient coordinator = as("it-coord");
    long setId = publishedCommuneSet(coordinator, "Bộ xã thử");

    LocalDate today = LocalDate.now();
    Map<String, Object> create = campaignRequest("Xác định Chỉ số CCHC cấp xã (thử)", setId,
        List.of(c1.id(), c2.id(), c3.id()));
    create.put("sipasCode", "2.1");
    assertThat(as("it-xa1").post("/api/campaigns", create).status()).isEqualTo(403);
    ApiClient.Response created = coordinator.post("/api/campaigns", create);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(created.json().get("units")).hasSize(3);
    assertThat(created.json().at("/units/0/step").asText()).isEqualTo("SELF_ASSESSMENT");
    String base = "/api/campaigns/" + id + "/units/";
    // the commune's step in its inbox opens its sheet, and the coordinator's the campaign
    List<JsonNode> xa1Steps = new ArrayList<>();
    as("it-xa1").get("/api/tasks?size=200").json().get("items").forEach(xa1Steps::add);
    JsonNode selfStep = xa1Steps.stream().filter(e -> e.get("link").asText().startsWith("/campaigns/" + id + "/"))
        .findFirst().orElseThrow();
    assertThat(selfStep.get("link").asText()).isEqualTo("/campaigns/" + id + "/units/" + c1.id());
    assertThat(selfStep.get("context").asText()).isEqualTo(create.get("name"));
    assertThat(selfStep.get("title").asText()).isEqualTo(create.get("name") + " – Xã Một");
    assertThat(coordinator.get("/api/tasks?size=200&kind=ASSESSMENT_CAMPAIGN").json().get("items").findValuesAsText("link"))
        .contains("/campaigns/" + id);

    // the campaign's own reminder policy
    Map<String, Object> policy = new HashMap<>();
    policy.put("beforeDays", List.of(5, 2));
    policy.put("onDueDay", true);
    policy.put("overdueEveryDays", 1);
    policy.put("escalateAfterDays", 2);
    policy.put("workingDays", true);
    policy.put("shiftDueDate", false);
    policy.put("version", 0); // not stored yet
    assertThat(coordinator.put("/api/admin/reminders/policy/CAMPAIGN:" + id, policy).json().get("beforeDays"))
        .extracting(JsonNode::asInt).containsExactly(5, 2);
    assertThat(coordinator.get("/api/admin/reminders/policy/CAMPAIGN:" + id).json().get("overdueEveryDays").asInt())
        .isEqualTo(1);
    assertThat(coordinator.put("/api/admin/reminders/policy/BOGUS", policy).status()).isEqualTo(422);
    assertThat(as("it-xa1").put("/api/admin/reminders/policy/CAMPAIGN:" + id, policy).status()).isEqualTo(403);

    assertThat(coordinator.post("/api/campaigns/" + id + "/council",
        Map.of("members", "Ông A; Bà B; Ông C", "chair", "Ông A", "secretary", "Bà B")).status()).isEqualTo(200);

    // commune 1: must attach evidence (or explain) for 1.2 before submitting
    ApiClient xa1 = as("it-xa1");
    xa1.put(base + c1.id() + "/answers", List.of(answer("1.1", 20), answer("1.2", 36), answer("2.2", 10)));
    ApiClient.Response missing = xa1.post(base + c1.id() + "/submit", Map.of());
    assertThat(missing.status()).isEqualTo(422);
    assertThat(fields(missing)).containsOnlyKeys("1.2");
    assertThat(xa1.put(base + c1.id() + "/answers", List.of(answer("2.2", 5))).status()).isEqualTo(422);
    xa1.upload(base + c1.id() + "/answers/1.2/evidence", "bao-cao.pdf", bytes("%PDF-1.4 bao cao"));
    assertThat(xa1.post(base + c1.id() + "/submit", Map.of()).json().get("step").asText()).isEqualTo("SUBMITTED");

    // a commune never sees another commune's sheet, evidence or results before publication
    JsonNode sheet1 = coordinator.get(base + c1.id() + "/assessment").json();
    long evidenceId = sheet1.at("/items/1/evidence/0/id").asLong();
    ApiClient xa2 = as("it-xa2");
    assertThat(xa2.get(base + c1.id() + "/assessment").status()).isEqualTo(403);
    assertThat(xa2.get(base + c1.id() + "/evidence/" + evidenceId).status()).isEqualTo(403);
    assertThat(xa1.get(base + c1.id() + "/evidence/" + evidenceId).status()).isEqualTo(200);
    assertThat(xa2.get("/api/campaigns/" + id + "/losses?unitId=" + c1.id()).status()).isEqualTo(403);

    // commune 2: not applicable item, withdraws, resubmits, explains
    xa2.put(base + c2.id() + "/answers", List.of(notApplicable("1.1"), answer("1.2", 40), answer("2.2", 0)));
    String sheet2 = base + c2.id() + "/assessment";
    // an answered item needs the version its writer read
    ApiClient.Response blind = xa2.put(base + c2.id() + "/answers", List.of(answer("2.2", 10)));
    assertThat(blind.status()).isEqualTo(409);
    assertThat(fields(blind)).containsOnlyKeys("2.2");
    xa2.put(base + c2.id() + "/answers", List.of(Map.of("code", "1.2", "points", 40, "explanation", "Có báo cáo số 5",
        "version", versions(xa2, sheet2).get("1.2"))));
    xa2.post(base + c2.id() + "/submit", Map.of());
    assertThat(xa2.post(base + c2.id() + "/withdraw", Map.of()).json().get("step").asText())
        .isEqualTo("SELF_ASSESSMENT");
    xa2.put(base + c2.id() + "/answers", List.of(answer("2.2", 10, versions(xa2, sheet2).get("2.2"))));
    xa2.post(base + c2.id() + "/submit", Map.of());

    // commune 3 attaches evidence before any answer is saved (a score typed, then Tải lên)
    ApiClient xa3 = as("it-xa3");
    ApiClient.Response early = xa3.upload(base + c3.id() + "/answers/1.2/evidence", "bien-ban.pdf",
        bytes("%PDF-1.4 bien ban"));
    assertThat(early.status()).as(early.body()).isEqualTo(200);
    assertThat(early.json().at("/items/1/code").asText()).isEqualTo("1.2");
    assertThat(early.json().at("/items/1/evidence/0/filename").asText()).isEqualTo("bien-ban.pdf");
    assertThat(early.json().at("/items/1/selfPoints").isNull()).isTrue();
    assertThat(xa3.put(base + c3.id() + "/answers", List.of(answer("1.1", 10), Map.of("code", "1.2", "points", 20,
        "explanation", "Chưa có báo cáo", "version", early.json().at("/items/1/version").asLong()), answer("2.2", 0)))
        .status()).isEqualTo(200);
    xa3.post(base + c3.id() + "/submit", Map.of());

    // the council appraises; a changed score needs a reason
    ApiClient council = as("it-council");
    assertThat(xa1.put(base + c1.id() + "/appraisal", List.of(Map.of("code", "1.2", "appraisedPoints", 30)))
        .status()).isEqualTo(403);
    ApiClient.Response noReason = council.put(base + c1.id() + "/appraisal",
        List.of(Map.of("code", "1.2", "appraisedPoints", 30)));
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(fields(noReason)).containsKey("1.2");
    ApiClient.Response longReason = council.put(base + c1.id() + "/appraisal",
        List.of(Map.of("code", "1.2", "appraisedPoints", 30, "reason", "x".repeat(4001))));
    assertThat(longReason.status()).isEqualTo(422);
    assertThat(fields(longReason).get("1.2")).contains("4.000");
    // two council members read item 1.2 of commune 1; the second to write is refused, sees the other's
    // value and who wrote it, and chooses; the item's history keeps every change
    user("it-council2", district.id(), "COUNCIL");
    ApiClient council2 = as("it-council2");
    String sheet1Url = base + c1.id() + "/assessment";
    long read = versions(council, sheet1Url).get("1.2");
    assertThat(versions(council2, sheet1Url).get("1.2")).isEqualTo(read);
    assertThat(council.put(base + c1.id() + "/appraisal", List.of(Map.of("code", "1.2", "appraisedPoints", 30,
        "reason", "Báo cáo thiếu số liệu quý IV", "version", read))).status()).isEqualTo(200);
    ApiClient.Response stale = council2.put(base + c1.id() + "/appraisal", List.of(Map.of("code", "1.2",
        "appraisedPoints", 28, "reason", "Thiếu hai báo cáo", "version", read)));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(fields(stale).get("1.2")).contains("it-council");
    assertThat(stale.json().at("/current/items/1/code").asText()).isEqualTo("1.2");
    assertThat(stale.json().at("/current/items/1/appraisedPoints").decimalValue()).isEqualByComparingTo("30");
    long current = stale.json().at("/current/items/1/version").asLong();
    assertThat(current).isGreaterThan(read);
    assertThat(council2.put(base + c1.id() + "/appraisal", List.of(Map.of("code", "1.2", "appraisedPoints", 28,
        "reason", "Thiếu hai báo cáo", "version", current))).status()).isEqualTo(200);
    council.put(base + c1.id() + "/appraisal", List.of(Map.of("code", "1.2", "appraisedPoints", 30,
        "reason", "Báo cáo thiếu số liệu quý IV", "version", versions(council, sheet1Url).get("1.2"))));
    JsonNode itemHistory = coordinator.get(base + c1.id() + "/answers/1.2/history").json();
    assertThat(itemHistory).hasSize(4);
    assertThat(itemHistory).extracting(h -> h.get("by").asText())
        .as("people by their names, not usernames")
        .containsExactly("Người dùng it-xa1", "Người dùng it-council", "Người dùng it-council2", "Người dùng it-council");
    assertThat(itemHistory.get(0).get("before").isNull()).isTrue();
    assertThat(itemHistory.get(0).at("/after/selfPoints").decimalValue()).isEqualByComparingTo("36");
    assertThat(itemHistory.get(2).at("/before/appraisedPoints").decimalValue()).isEqualByComparingTo("30");
    assertThat(itemHistory.get(2).at("/after/appraisedPoints").decimalValue()).isEqualByComparingTo("28");
    assertThat(itemHistory.get(2).at("/after/appraisalReason").asText()).isEqualTo("Thiếu hai báo cáo");
    assertThat(itemHistory.get(2).get("at").asText()).isNotBlank();
    assertThat(itemHistory.get(2).get("clientAddress").asText()).isNotBlank();
    assertThat(xa2.get(base + c1.id() + "/answers/1.2/history").status()).isEqualTo(403);
    council.post(base + c1.id() + "/appraised", Map.of());
    council.post(base + c2.id() + "/request-explanation",
        Map.of("request", "Giải trình mục 2.2", "dueDate", today.plusDays(3).toString()));
    assertThat(xa2.get(base + c2.id() + "/assessment").json().get("canExplain").asBoolean()).isTrue();
    xa2.post(base + c2.id() + "/explain", Map.of("reply", "Đã có quyết định số 12"));
    council.post(base + c2.id() + "/appraised", Map.of());
    council.post(base + c3.id() + "/appraised", Map.of());

    // survey points, imported
    ApiClient.Response badSurvey = coordinator.upload("/api/campaigns/" + id + "/survey", "sipas.csv",
        bytes("Đơn vị,Điểm\nXã Một,27\nXã Không Có,20\nXã Ba,31\n"));
    assertThat(badSurvey.status()).isEqualTo(422);
    assertThat(badSurvey.json().get("errors")).hasSize(2);
    coordinator.upload("/api/campaigns/" + id + "/survey", "sipas.csv",
        bytes("Đơn vị,Điểm\nXã Một,27\nxã hai,\"24\"\nXã Ba,30\n"));

    // before publication: a commune sees only itself; the public page nothing
    assertThat(xa1.get("/api/campaigns/" + id + "/results").json().get("units")).hasSize(1);
    assertThat(new ApiClient(port).get("/api/public/campaigns/" + id + "/results").status()).isEqualTo(404);

    assertThat(coordinator.post("/api/campaigns/" + id + "/approve", Map.of()).status()).isEqualTo(403);
    JsonNode approved = as("it-chair").post("/api/campaigns/" + id + "/approve", Map.of()).json();
    assertThat(approved.get("status").asText()).isEqualTo("PUBLISHED");

    // hand-computed: c1 20+30+27+10 = 87/100 → 87 Tốt; c2 (1.1 not applicable) 40+24+10 = 74/80 → 92,5
    // Xuất sắc; c3 10+20+30+0 = 60/100 → 60 Trung bình; ranks c2, c1, c3
    JsonNode results = new ApiClient(port).get("/api/public/campaigns/" + id + "/results").json();
    assertThat(results.get("published").asBoolean()).isTrue();
    JsonNode first = results.at("/units/0");
    assertThat(first.get("unitName").asText()).isEqualTo("Xã Hai");
    assertThat(first.get("index").decimalValue()).isEqualByComparingTo("92.5");
    assertThat(first.get("max").decimalValue()).isEqualByComparingTo("80");
    assertThat(first.get("classification").asText()).isEqualTo("EXCELLENT");
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    JsonNode second = results.at("/units/1");
    assertThat(second.get("unitName").asText()).isEqualTo("Xã Một");
    assertThat(second.get("achieved").decimalValue()).isEqualByComparingTo("87");
    assertThat(second.get("index").decimalValue()).isEqualByComparingTo("87");
    assertThat(second.get("classification").asText()).isEqualTo("GOOD");
    assertThat(second.get("rank").asInt()).isEqualTo(2);
    assertThat(second.at("/fields/0/achieved").decimalValue()).isEqualByComparingTo("50");
    assertThat(second.at("/fields/1/achieved").decimalValue()).isEqualByComparingTo("37");
    JsonNode third = results.at("/units/2");
    assertThat(third.get("index").decimalValue()).isEqualByComparingTo("60");
    assertThat(third.get("classification").asText()).isEqualTo("AVERAGE");
    assertThat(third.get("rank").asInt()).isEqualTo(3);
    assertThat(xa1.get("/api/campaigns/" + id + "/results").json().get("units")).hasSize(3);

    JsonNode losses = coordinator.get("/api/campaigns/" + id + "/losses?unitId=" + c1.id()).json();
    assertThat(losses).hasSize(2);
    assertThat(losses.at("/0/code").asText()).isEqualTo("1.2");
    assertThat(losses.at("/0/lost").decimalValue()).isEqualByComparingTo("10");
    assertThat(losses.at("/0/reason").asText()).isEqualTo("Báo cáo thiếu số liệu quý IV");
    assertThat(losses.at("/1/code").asText()).isEqualTo("2.1");
    assertThat(losses.at("/1/lost").decimalValue()).isEqualByComparingTo("3");

    // a draft improvement plan from the losses: exactly one item per loss, target = max
    assertThat(xa1.post("/api/improvement-plans/generate-from/" + id + "?unitId=" + c1.id(), Map.of()).status())
        .isEqualTo(403);
    JsonNode plan = coordinator.post("/api/improvement-plans/generate-from/" + id + "?unitId=" + c1.id(), Map.of())
        .json();
    assertThat(plan.get("status").asText()).isEqualTo("DRAFT");
    assertThat(plan.get("source").asText()).isEqualTo("GENERATED");
    assertThat(plan.get("year").asInt()).isEqualTo(today.getYear() + 1);
    assertThat(plan.get("items")).hasSize(losses.size());
    assertThat(plan.at("/items/0/code").asText()).isEqualTo("1.2");
    assertThat(plan.at("/items/0/target").decimalValue()).isEqualByComparingTo("40");
    assertThat(plan.at("/items/0/leadUnit").asText()).isEqualTo("Xã Một");
    assertThat(plan.at("/baseline/index").decimalValue()).isEqualByComparingTo("87");
    assertThat(plan.get("campaignId").asLong()).isEqualTo(id);

    // its scores: the campaign's index and rank (2nd of 3), and where the projection would place it
    // (every item still on time: 100 of 100, above Xã Hai's 92,5)
    String scores = "/api/dashboard/scores?planId=" + plan.get("id").asLong();
    JsonNode board = xa1.get(scores).json();
    assertThat(board.get("ownerUnitName").asText()).isEqualTo("Xã Một");
    assertThat(board.get("projectedIndex").decimalValue()).isEqualByComparingTo("100");
    JsonNode history = board.get("history");
    assertThat(history).hasSize(2);
    assertThat(history.at("/0/year").asInt()).isEqualTo(today.getYear());
    assertThat(history.at("/0/source").asText()).isEqualTo("CAMPAIGN");
    assertThat(history.at("/0/index").decimalValue()).isEqualByComparingTo("87");
    assertThat(history.at("/0/rank").asInt()).isEqualTo(2);
    assertThat(history.at("/0/of").asInt()).isEqualTo(3);
    assertThat(history.at("/1/year").asInt()).isEqualTo(today.getYear() + 1);
    assertThat(history.at("/1/source").asText()).isEqualTo("PROJECTED");
    assertThat(board.at("/ranking/campaignId").asLong()).isEqualTo(id);
    assertThat(board.at("/ranking/rank").asInt()).isEqualTo(2);
    assertThat(board.at("/ranking/of").asInt()).isEqualTo(3);
    assertThat(board.at("/ranking/projectedRank").asInt()).isEqualTo(1);
    assertThat(board.get("assumption").asText()).contains("các đơn vị khác giữ nguyên");
    assertThat(as("it-xa2").get(scores).status()).as("another commune's plan").isEqualTo(403);

    // the dashboards narrowed to the campaign: its milestones, its plans' tasks (none before activation)
    JsonNode narrowed = coordinator.get("/api/dashboard/timeline?year=" + today.getYear() + "&campaignId=" + id).json();
    assertThat(narrowed.get("items")).hasSize(3)
        .allSatisfy(item -> assertThat(item.get("campaignId").asLong()).isEqualTo(id));
    assertThat(coordinator.get("/api/dashboard/coordinator?year=" + (today.getYear() + 1) + "&campaignId=" + id)
        .json().get("open").asLong()).isZero();
    assertThat(coordinator.get("/api/dashboard/coordinator?campaignId=999999").status()).isEqualTo(404);
  }

  @Test
  void aDistrictIsSplitAmongItsLeadOfficesByTheMatrix() {
    user("it-district-head", district.id(), "UNIT_HEAD");
    ApiClient coordinator = as("it-coord");
    String csv = "Stt,Tiêu chí,Điểm chuẩn\n1,LĨNH VỰC A,50\n1.1,Mục A,50\n2,LĨNH VỰC B,50\n2.1,Mục B,50\n";
    long setId = coordinator.uploadForm("/api/criteria-sets/import", "huyen.csv", bytes(csv),
        Map.of("name", "Bộ huyện thử", "year", "2026", "level", "DISTRICT")).json().get("id").asLong();
    coordinator.post("/api/criteria-sets/" + setId + "/publish", Map.of());
    JsonNode rows = coordinator.get("/api/criteria-sets/" + setId + "/responsibilities").json().get("rows");
    coordinator.put("/api/criteria-sets/" + setId + "/responsibilities/" + rows.get(0).get("nodeId").asLong(),
        Map.of("leadUnitId", officeA.id()));
    coordinator.put("/api/criteria-sets/" + setId + "/responsibilities/" + rows.get(2).get("nodeId").asLong(),
        Map.of("leadUnitId", officeB.id()));
    LocalDate today = LocalDate.now();
    Map<String, Object> create = new HashMap<>();
    create.put("name", "Chỉ số CCHC cấp huyện (thử)");
    create.put("year", today.getYear());
    create.put("criteriaSetId", setId);
    create.put("assessedUnitIds", List.of(district.id()));
    create.put("selfAssessmentDeadline", today.plusDays(5).toString());
    create.put("appraisalDeadline", today.plusDays(10).toString());
    create.put("councilDeadline", today.plusDays(1).toString());
    long id = coordinator.post("/api/campaigns", create).json().get("id").asLong();
    String sheet = "/api/campaigns/" + id + "/units/" + district.id();

    ApiClient headA = as("it-head-a");
    JsonNode view = headA.get(sheet + "/assessment").json();
    assertThat(view.get("editable").asBoolean()).isTrue();
    assertThat(view.at("/items/0/leadUnitName").asText()).isEqualTo("Phòng Thử A");
    assertThat(view.at("/items/1/leadUnitName").asText()).isEqualTo("Phòng Thử B");
    // eight first answers to one item at once (one person's tabs): one is saved, the others get 409, none 500
    List<ApiClient> tabs = java.util.stream.IntStream.range(0, 8).mapToObj(i -> as("it-head-a")).toList();
    List<Integer> statuses = tabs.parallelStream()
        .map(tab -> tab.put(sheet + "/answers", List.of(answer("1.1", 40))).status()).toList();
    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses.stream().filter(status -> status == 200)).hasSize(1);
    assertThat(versions(headA, sheet + "/assessment")).containsOnlyKeys("1.1");
    ApiClient.Response notMine = headA.put(sheet + "/answers", List.of(answer("2.1", 40)));
    assertThat(notMine.status()).isEqualTo(403);
    assertThat(notMine.json().get("detail").asText()).contains("2.1");
    assertThat(as("it-head-b").put(sheet + "/answers", List.of(answer("2.1", 45))).status()).isEqualTo(200);
    assertThat(headA.post(sheet + "/submit", Map.of()).status()).isEqualTo(403);
    ApiClient districtHead = as("it-district-head");
    assertThat(districtHead.post(sheet + "/submit", Map.of()).json().get("selfAchieved").decimalValue())
        .isEqualByComparingTo("85");
  }
}
