package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.partracker.support.ApiClient;

/**
 * The emulation movement through the API on real task data: a plan is run (report, contribution,
 * acceptance), figures are entered with evidence, the scoreboard's computed figures are checked
 * against SQL written here, and nominations stop at the movement's limit. On H2 and PostgreSQL.
 */
abstract class EmulationFlowTests extends IntegrationTestBase {

  static final int YEAR = LocalDate.now().getYear();

  @Autowired JdbcTemplate jdbc;

  @Test
  void headsAreRankedOnFiguresFromTheirWorkAndTheirEntriesAndNominationsStopAtTheLimit() throws Exception {
    user("it-leader", district.id(), "LEADER");
    user("it-head-x", commune.id(), "UNIT_HEAD");
    ApiClient coordinator = as("it-coord");
    ApiClient headA = as("it-head-a");
    ApiClient headB = as("it-head-b");

    // launching: field errors, roles
    ApiClient.Response bad = coordinator.post("/api/emulation", Map.of("year", 1800, "name", " ", "levels", List.of("MARS")));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(fields(bad)).containsKeys("year", "name", "levels");
    assertThat(headA.post("/api/emulation", Map.of("year", YEAR, "name", "x", "levels", List.of("COMMUNE"))).status())
        .isEqualTo(403);
    ApiClient.Response created = coordinator.post("/api/emulation", Map.of("year", YEAR, "name",
        "Nâng cao trách nhiệm người đứng đầu", "levels", List.of("COMMUNE", "DISTRICT_OFFICE"), "awardLimit", 1));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode movement = created.json();
    long id = movement.get("id").asLong();
    assertThat(movement.get("levels")).extracting(JsonNode::asText).containsExactly("DISTRICT_OFFICE", "COMMUNE");
    Map<String, JsonNode> targets = new HashMap<>();
    movement.get("targets").forEach(t -> targets.put(t.get("code").asText(), t));
    assertThat(targets).hasSize(10);
    assertThat(targets.get("ONLINE_DOSSIERS").at("/thresholds/COMMUNE").decimalValue()).isEqualByComparingTo("80");
    assertThat(targets.get("ONLINE_DOSSIERS").at("/thresholds/DISTRICT_OFFICE").decimalValue()).isEqualByComparingTo("90");
    assertThat(targets.get("DISBURSEMENT").get("thresholds").has("COMMUNE")).as("no disbursement target for communes")
        .isFalse();

    // real work: A leads 1.1 (B and the commune support), A reports, B contributes, the coordinator accepts
    String csv = "Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Điểm đạt được,Mục tiêu,Nhiệm vụ/Giải pháp,"
        + "Đơn vị chủ trì,Cơ quan phối hợp,Kết quả,Thời gian hoàn thành\n"
        + "1,LĨNH VỰC THỬ,10,6,,,,,,\n"
        + "1.1,Kế hoạch năm,4,2,4,Ban hành kế hoạch,Phòng Thử A,\"Phòng Thử B; Xã Thử Nghiệm\",Kế hoạch,"
        + "Trước ngày 31/12/" + YEAR + "\n"
        + "1.2,Báo cáo định kỳ,6,4,6,Báo cáo hằng tháng,Phòng Thử A,,Báo cáo,Thường xuyên\n";
    JsonNode plan = coordinator.uploadForm("/api/improvement-plans/import", "ke-hoach.csv", bytes(csv),
        Map.of("year", String.valueOf(YEAR), "ownerUnitId", String.valueOf(district.id()), "name", "Kế hoạch thi đua"))
        .json();
    long planId = plan.get("id").asLong();
    as("it-leader").post("/api/improvement-plans/" + planId + "/approve", Map.of());
    assertThat(activate(coordinator, planId).get("status").asText()).isEqualTo("ACTIVE");
    headA.post("/api/improvement-tasks/steps/" + ImprovementFlowTests.entry(headA, planId, "LEAD", "1.1").get("id").asText() + "/report",
        Map.of("report", "Kế hoạch số 12/KH-UBND"));
    headB.post("/api/improvement-tasks/steps/" + ImprovementFlowTests.entry(headB, planId, "SUPPORT", "1.1").get("id").asText() + "/contribute",
        Map.of("note", "Đã góp ý"));
    assertThat(coordinator.post("/api/improvement-tasks/steps/" + ImprovementFlowTests.entry(coordinator, planId, "REVIEW", "1.1").get("id")
        .asText() + "/accept", Map.of()).status()).isEqualTo(200);

    // entered figures: checked by field, own unit only, corrections keep history, evidence
    String entries = "/api/emulation/" + id + "/entries";
    ApiClient.Response tooMany = headA.post(entries, Map.of("unitId", officeA.id(), "targetCode", "DOSSIERS_ON_TIME",
        "period", "Q5", "numerator", 120, "denominator", 100));
    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(fields(tooMany)).containsKeys("period", "numerator");
    assertThat(fields(headA.post(entries, Map.of("unitId", officeA.id(), "targetCode", "ORDERS_ON_TIME", "period", "Q1",
        "numerator", 1, "denominator", 1)))).containsKey("targetCode");
    assertThat(headA.post(entries, Map.of("unitId", officeB.id(), "targetCode", "DOSSIERS_ON_TIME", "period", "Q1",
        "numerator", 1, "denominator", 1)).status()).as("another unit's figures").isEqualTo(403);
    assertThat(fields(as("it-head-x").post(entries, Map.of("unitId", commune.id(), "targetCode", "DISBURSEMENT",
        "period", "Q1", "numerator", 1, "denominator", 2)))).containsKey("targetCode");
    assertThat(headA.post(entries, Map.of("unitId", officeA.id(), "targetCode", "DOSSIERS_ON_TIME", "period", "Q1",
        "numerator", 90, "denominator", 100)).status()).isEqualTo(201);
    JsonNode corrected = headA.post(entries, Map.of("unitId", officeA.id(), "targetCode", "DOSSIERS_ON_TIME",
        "period", "Q1", "numerator", 199, "denominator", 200, "note", "Số liệu từ Hệ thống một cửa")).json();
    headA.post(entries, Map.of("unitId", officeA.id(), "targetCode", "DOSSIERS_ON_TIME", "period", "Q2",
        "numerator", 300, "denominator", 300));
    headA.post(entries, Map.of("unitId", officeA.id(), "targetCode", "DISCIPLINED_STAFF", "period", "Q2",
        "numerator", 0));
    headB.post(entries, Map.of("unitId", officeB.id(), "targetCode", "DISCIPLINED_STAFF", "period", "Q2",
        "numerator", 2));
    long entryId = corrected.get("id").asLong();
    ApiClient.Response evidence = headA.upload(entries + "/" + entryId + "/attachments", "so-lieu-mot-cua.pdf",
        bytes("%PDF-1.4 số liệu"));
    assertThat(evidence.status()).as(evidence.body()).isEqualTo(200);
    long attachmentId = evidence.json().at("/evidence/0/id").asLong();
    assertThat(headA.get(entries + "/" + entryId + "/attachments/" + attachmentId).body()).isEqualTo("%PDF-1.4 số liệu");
    assertThat(headB.get(entries + "/" + entryId + "/attachments/" + attachmentId).status()).isEqualTo(403);
    JsonNode history = headA.get(entries + "?unitId=" + officeA.id()).json();
    assertThat(history).hasSize(4);
    assertThat(history.findValues("current")).extracting(JsonNode::asBoolean).containsOnlyOnce(false);
    assertThat(history.get(3).get("enteredBy").asText()).isEqualTo("it-head-a");
    assertThat(headB.get(entries).json()).as("B sees only its own entries").hasSize(1);
    assertThat(headB.get(entries + "?unitId=" + officeA.id()).status()).isEqualTo(403);

    // the scoreboard: computed figures agree with the task tables
    JsonNode board = coordinator.get("/api/emulation/" + id + "/scoreboard").json();
    Map<Long, JsonNode> rows = new HashMap<>();
    board.get("rows").forEach(r -> rows.put(r.get("unitId").asLong(), r));
    assertThat(rows).containsKeys(officeA.id(), officeB.id(), commune.id()).doesNotContainKey(district.id());
    JsonNode a = rows.get(officeA.id());
    assertThat(a.get("headUsername").asText()).isEqualTo("it-head-a");
    Date today = Date.valueOf(LocalDate.now());
    // the unit's work over the year's plans, as the scoreboard counts it (other tests' plans share the database)
    String yearTasks = "select count(*) from improvement_task t join improvement_plan p on p.id = t.plan_id"
        + " where t.lead_unit_id = ? and p.plan_year = ? and ";
    long onTime = count(yearTasks + "t.status = 'ACCEPTED' and t.submitted_on <= t.due_on", officeA.id(), YEAR);
    long due = count(yearTasks + "(t.status = 'ACCEPTED' or (t.status in ('OPEN','SUBMITTED','RETURNED')"
        + " and t.due_on < ?))", officeA.id(), YEAR, today);
    assertThat(count("select count(*) from improvement_task where lead_unit_id = ? and status = 'ACCEPTED'"
        + " and submitted_on <= due_on and plan_id = ?", officeA.id(), planId)).as("this plan's accepted task")
        .isEqualTo(1);
    assertThat(indicator(a, "ORDERS_ON_TIME").get("numerator").asLong()).isEqualTo(onTime);
    assertThat(indicator(a, "ORDERS_ON_TIME").get("denominator").asLong()).isEqualTo(due);
    assertThat(indicator(a, "ORDERS_ON_TIME").get("met").asBoolean()).isEqualTo(onTime * 100 >= due * 95);
    long itemsDone = count("select count(*) from (select t.item_id from improvement_task t join improvement_plan p"
        + " on p.id = t.plan_id where t.lead_unit_id = ? and p.plan_year = ? and t.status <> 'CANCELLED'"
        + " group by t.item_id having sum(case when t.status = 'ACCEPTED' then 0 else 1 end) = 0) as done",
        officeA.id(), YEAR);
    assertThat(itemsDone).as("item 1.1 done, and any of other plans of the year").isGreaterThanOrEqualTo(1);
    assertThat(indicator(a, "PAR_TARGETS_MET").get("numerator").asLong()).isEqualTo(itemsDone);
    assertThat(indicator(a, "DOSSIERS_ON_TIME").get("value").decimalValue()).as("(199 + 300) / (200 + 300)")
        .isEqualByComparingTo("99.8");
    assertThat(indicator(a, "DOSSIERS_ON_TIME").get("met").asBoolean()).isTrue();
    assertThat(indicator(a, "DISCIPLINED_STAFF").get("met").asBoolean()).isTrue();
    assertThat(indicator(rows.get(officeB.id()), "DISCIPLINED_STAFF").get("met").asBoolean()).isFalse();
    assertThat(indicator(rows.get(officeB.id()), "COORDINATION_ON_TIME").get("value").decimalValue())
        .isEqualByComparingTo("100");
    JsonNode communeCoordination = indicator(rows.get(commune.id()), "COORDINATION_ON_TIME");
    assertThat(communeCoordination.get("value").decimalValue()).as("the task closed without the commune's part")
        .isEqualByComparingTo("0");
    assertThat(communeCoordination.get("met").asBoolean()).isFalse();
    assertThat(indicator(a, "INITIATIVE").get("met").isNull()).as("no figure yet").isTrue();
    assertThat(a.get("rank").asInt()).isEqualTo(1);
    assertThat(a.get("met").asInt()).as("orders, PAR targets, dossiers, no discipline").isEqualTo(4);
    assertThat(a.get("applicable").asInt()).isEqualTo(10);

    JsonNode drill = coordinator.get("/api/emulation/" + id + "/scoreboard/" + officeA.id() + "/ORDERS_ON_TIME/tasks")
        .json();
    assertThat(drill).hasSize((int) count("select count(*) from improvement_task t join improvement_plan p"
        + " on p.id = t.plan_id where t.lead_unit_id = ? and p.plan_year = ? and t.status <> 'CANCELLED'", officeA.id(),
        YEAR));
    assertThat(drill.findValues("onTime")).extracting(JsonNode::asText).contains("true");
    assertThat(headB.get("/api/emulation/" + id + "/scoreboard/" + officeA.id() + "/ORDERS_ON_TIME/tasks").status())
        .isEqualTo(403);
    assertThat(coordinator.get("/api/emulation/" + id + "/scoreboard/" + officeB.id() + "/COORDINATION_ON_TIME/tasks")
        .json().findValues("planId")).extracting(JsonNode::asLong).containsOnlyOnce(planId);

    JsonNode mine = headB.get("/api/emulation/" + id + "/scoreboard").json();
    assertThat(mine.get("rows")).hasSize(1);
    assertThat(mine.at("/rows/0/unitId").asLong()).isEqualTo(officeB.id());
    assertThat(mine.get("unitCount").asInt()).isEqualTo(rows.size());

    // nominations: limit 1
    String nominations = "/api/emulation/" + id + "/nominations";
    assertThat(headA.post(nominations, Map.of("unitId", officeA.id())).status()).isEqualTo(403);
    JsonNode nominated = coordinator.post(nominations, Map.of("unitId", officeA.id(), "reason", "Dẫn đầu phong trào"))
        .json();
    ApiClient.Response twice = coordinator.post(nominations, Map.of("unitId", officeA.id()));
    assertThat(twice.status()).isEqualTo(409);
    ApiClient.Response over = coordinator.post(nominations, Map.of("unitId", officeB.id()));
    assertThat(over.status()).isEqualTo(409);
    assertThat(over.json().get("detail").asText()).contains("tối đa 1 cá nhân");
    assertThat(as("it-leader").get(nominations).json()).hasSize(1);
    assertThat(headA.get(nominations).status()).isEqualTo(403);

    String dossier = nominations + "/" + nominated.get("id").asLong() + "/dossier?format=";
    ApiClient.Response docx = as("it-leader").get(dossier + "docx");
    assertThat(docx.status()).isEqualTo(200);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bodyBytes()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("BÁO CÁO THÀNH TÍCH", "Mẫu số 07", "Phòng Thử A", "Giải quyết hồ sơ TTHC đúng hạn",
          "99,8%", "Người dùng it-head-a");
    }
    ApiClient.Response pdf = coordinator.get(dossier + "pdf");
    assertThat(pdf.status()).isEqualTo(200);
    try (PDDocument doc = Loader.loadPDF(pdf.bodyBytes())) {
      assertThat(new PDFTextStripper().getText(doc)).contains("TỜ TRÌNH", "BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
          "Phòng Thử A");
    }
    assertThat(coordinator.get(dossier + "xlsx").status()).isEqualTo(422);
    assertThat(coordinator.delete(nominations + "/" + nominated.get("id").asLong()).status()).isEqualTo(204);
    assertThat(coordinator.post(nominations, Map.of("unitId", officeB.id())).status()).isEqualTo(201);
  }

  static JsonNode indicator(JsonNode row, String code) {
    for (JsonNode i : row.get("indicators")) {
      if (i.get("code").asText().equals(code)) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + code);
  }

  long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }
}
