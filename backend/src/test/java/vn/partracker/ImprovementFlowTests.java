package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.persistence.EntityManagerFactory;
import org.camunda.bpm.engine.RuntimeService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.EntityStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.partracker.org.UnitView;
import vn.partracker.support.ApiClient;

/**
 * An improvement plan from import to accepted work, through the API and the real engine: import,
 * approval, activation, the inbox of lead and supporting units, evidence, report, return and
 * resubmit, acceptance, closing. On H2 and PostgreSQL.
 */
abstract class ImprovementFlowTests extends IntegrationTestBase {

  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.HistoryService engineHistory;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired vn.partracker.improvement.PlanActivation activation;
  @Autowired vn.partracker.improvement.PlanActivationWorker worker;

  static final int YEAR = LocalDate.now().getYear();

  JsonNode importPlan(ApiClient client, String csv) {
    ApiClient.Response response = client.uploadForm("/api/improvement-plans/import", "ke-hoach.csv", bytes(csv),
        Map.of("year", String.valueOf(YEAR), "ownerUnitId", String.valueOf(district.id()), "name", "Kế hoạch thử"));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  /** The caller's inbox entry of one plan (other tests' plans share the database) in a role for a criterion. */
  static JsonNode entry(ApiClient client, long planId, String role, String criterion) {
    for (JsonNode e : client.get("/api/tasks?size=200&planId=" + planId).json().get("items")) {
      if (e.get("role").asText().equals(role) && criterion.equals(e.get("criterionCode").asText())) {
        return e;
      }
    }
    return null;
  }

  /**
   * Two coordinators open the same item and both save: the second, based on the older read, gets
   * 409 with the first one's value and who saved it; the item's history lists both changes with
   * who, when, before and after.
   */
  @Test
  void twoEditsOfOnePlanItemDoNotOverwriteEachOther() {
    user("it-coord-2", officeA.id(), "COORDINATOR");
    ApiClient first = as("it-coord");
    ApiClient second = as("it-coord-2");
    JsonNode plan = importPlan(first, "Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Điểm đạt được,Mục tiêu,"
        + "Nhiệm vụ/Giải pháp,Đơn vị chủ trì\n"
        + "1,LĨNH VỰC THỬ,10,6,,,\n"
        + "1.1,Kế hoạch năm,4,2,4,Ban hành kế hoạch,Phòng Thử A\n");
    long planId = plan.get("id").asLong();
    JsonNode item = plan.at("/items/1");
    long itemId = item.get("id").asLong();
    long version = item.get("version").asLong();
    String url = "/api/improvement-plans/" + planId + "/items/" + itemId;

    Map<String, Object> mine = new java.util.HashMap<>(Map.of("target", 3.5, "tasks", "Nhiệm vụ của người thứ nhất",
        "leadUnitIds", java.util.List.of(officeA.id()), "version", version));
    Map<String, Object> theirs = new java.util.HashMap<>(Map.of("target", 3, "tasks", "Nhiệm vụ của người thứ hai",
        "leadUnitIds", java.util.List.of(officeA.id()), "version", version));
    ApiClient.Response saved = first.put(url, mine);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    ApiClient.Response stale = second.put(url, theirs);
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    assertThat(stale.json().get("detail").asText()).contains("it-coord");
    assertThat(stale.json().at("/errors/0/field").asText()).isEqualTo("version");
    assertThat(stale.json().at("/current/items/1/tasks").asText()).isEqualTo("Nhiệm vụ của người thứ nhất");
    long current = stale.json().at("/current/items/1/version").asLong();
    assertThat(current).isGreaterThan(version);

    // a write without a version is refused; with If-Match it is taken
    theirs.remove("version");
    assertThat(second.put(url, theirs).status()).isEqualTo(422);
    ApiClient.Response chosen = second.send("PUT", url, "application/json",
        ("{\"target\":3,\"tasks\":\"Nhiệm vụ của người thứ hai\",\"leadUnitIds\":[" + officeA.id() + "]}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("If-Match", "\"" + current + "\""));
    assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);

    JsonNode history = first.get(url + "/history").json();
    assertThat(history).hasSize(3);
    assertThat(history.get(0).get("before").isNull()).isTrue();
    assertThat(history.get(1).get("by").asText()).isEqualTo("it-coord");
    assertThat(history.get(1).at("/before/tasks").asText()).isEqualTo("Ban hành kế hoạch");
    assertThat(history.get(1).at("/after/tasks").asText()).isEqualTo("Nhiệm vụ của người thứ nhất");
    assertThat(history.get(2).get("by").asText()).isEqualTo("it-coord-2");
    assertThat(history.get(2).at("/before/tasks").asText()).isEqualTo("Nhiệm vụ của người thứ nhất");
    assertThat(history.get(2).at("/after/target").decimalValue()).isEqualByComparingTo("3");
    assertThat(history.get(2).get("at").asText()).isNotEmpty();

    // the audit export for an inspection: ADMIN only, both changes with who and the values after
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    String export = "/api/admin/audit/export?from=" + today + "&to=" + today + "&format=csv";
    assertThat(first.get(export).status()).isEqualTo(403);
    ApiClient.Response csv = as("it-admin").get(export);
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.body()).contains("\"PlanItem\",\"" + itemId + "\",\"Sửa\"").contains("it-coord-2")
        .contains("Nhiệm vụ của người thứ nhất");
    assertThat(as("it-admin").get("/api/admin/audit/export?from=" + today + "&to=" + today + "&format=xlsx").status())
        .isEqualTo(200);
    assertThat(as("it-admin").get("/api/admin/audit/export?from=" + today + "&to=2020-01-01").status()).isEqualTo(422);
  }

  @Test
  void aPlanRunsFromImportToAcceptedWork() throws InterruptedException {
    user("it-leader", district.id(), "LEADER");
    user("it-head-x", commune.id(), "UNIT_HEAD");
    ApiClient coordinator = as("it-coord");
    String csv = "Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Điểm đạt được,Mục tiêu,Nhiệm vụ/Giải pháp,"
        + "Đơn vị chủ trì,Cơ quan phối hợp,Kết quả,Thời gian hoàn thành\n"
        + "1,LĨNH VỰC THỬ,10,6,,,,,,\n"
        + "1.1,Kế hoạch năm,4,2,4,Ban hành kế hoạch,Phòng Thử A,\"Phòng Thử B; Xã Thử Nghiệm\",Kế hoạch,"
        + "Trước ngày 31/12/" + YEAR + "\n"
        + "1.2,Báo cáo định kỳ,6,4,6,Báo cáo hằng tháng,Phòng Thử A,,Báo cáo,Thường xuyên\n";
    JsonNode plan = importPlan(coordinator, csv);
    long planId = plan.get("id").asLong();
    assertThat(plan.at("/baseline/index").decimalValue()).isEqualByComparingTo("60");
    assertThat(plan.at("/items/1/leadUnit").asText()).isEqualTo("Phòng Thử A");
    assertThat(plan.at("/items/1/supportingUnits")).extracting(JsonNode::asText)
        .containsExactly("Phòng Thử B", "Xã Thử Nghiệm");
    assertThat(plan.at("/items/1/deadline/kind").asText()).isEqualTo("DATE");
    assertThat(plan.at("/items/2/deadline/kind").asText()).isEqualTo("ONGOING");

    assertThat(coordinator.post("/api/improvement-plans/" + planId + "/approve", Map.of()).status()).isEqualTo(403);
    assertThat(coordinator.post("/api/improvement-plans/" + planId + "/activate", Map.of()).status()).isEqualTo(409);
    assertThat(as("it-leader").post("/api/improvement-plans/" + planId + "/approve", Map.of()).json()
        .get("status").asText()).isEqualTo("APPROVED");
    assertThat(as("it-head-a").post("/api/improvement-plans/" + planId + "/activate", Map.of()).status())
        .isEqualTo(403);
    JsonNode active = activate(coordinator, planId);
    assertThat(active.get("status").asText()).isEqualTo("ACTIVE");
    int monthsLeft = 12 - LocalDate.now().getMonthValue() + 1;
    assertThat(active.get("taskCount").asInt()).isEqualTo(1 + monthsLeft);

    ApiClient headA = as("it-head-a");
    JsonNode lead = entry(headA, planId, "LEAD", "1.1");
    assertThat(lead).isNotNull();
    assertThat(lead.get("unitName").asText()).isEqualTo("Phòng Thử A");
    assertThat(lead.get("dueDate").asText()).isEqualTo(YEAR + "-12-31");
    assertThat(lead.get("context").asText()).isEqualTo("Kế hoạch thử");
    long taskId = lead.get("subjectId").asLong();
    assertThat(lead.get("link").asText()).isEqualTo("/improvement-tasks/" + taskId);
    // titled as the plan's page names the task: criterion and occurrence
    assertThat(lead.get("title").asText()).startsWith("TC 1.1 – Kế hoạch năm (");
    ApiClient headB = as("it-head-b");
    JsonNode support = entry(headB, planId, "SUPPORT", "1.1");
    assertThat(support).isNotNull();
    assertThat(entry(as("it-head-x"), planId, "SUPPORT", "1.1")).isNotNull();
    assertThat(entry(headB, planId, "LEAD", "1.1")).isNull();

    // a unit not involved sees nothing and can do nothing
    UnitIds other = otherUnit();
    ApiClient stranger = as(other.username());
    assertThat(stranger.get("/api/improvement-tasks/" + taskId).status()).isEqualTo(403);
    assertThat(stranger.post("/api/improvement-tasks/steps/" + lead.get("id").asText() + "/report", Map.of("report", "x")).status())
        .isEqualTo(403);
    assertThat(headB.post("/api/improvement-tasks/steps/" + lead.get("id").asText() + "/report", Map.of("report", "x")).status())
        .isEqualTo(403);

    // evidence and report
    ApiClient.Response uploaded = headA.upload("/api/improvement-tasks/" + taskId + "/attachments", "ke-hoach.pdf",
        bytes("%PDF-1.4 kế hoạch"));
    assertThat(uploaded.status()).isEqualTo(200);
    long attachmentId = uploaded.json().at("/attachments/0/id").asLong();
    assertThat(headA.get("/api/improvement-tasks/" + taskId + "/attachments/" + attachmentId).body())
        .isEqualTo("%PDF-1.4 kế hoạch");
    assertThat(stranger.get("/api/improvement-tasks/" + taskId + "/attachments/" + attachmentId).status()).isEqualTo(403);
    assertThat(headA.upload("/api/improvement-tasks/" + taskId + "/attachments", "virus.exe", bytes("MZ")).status())
        .isEqualTo(422);

    assertThat(headA.post("/api/improvement-tasks/steps/" + lead.get("id").asText() + "/report", Map.of("report", " ")).status())
        .isEqualTo(422);
    // one inbox write per engine event: the lead's item closed (complete), the review's item made (create)
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    boolean wasEnabled = statistics.isStatisticsEnabled();
    statistics.clear();
    statistics.setStatisticsEnabled(true);
    JsonNode submitted;
    try {
      submitted = headA.post("/api/improvement-tasks/steps/" + lead.get("id").asText() + "/report",
          Map.of("report", "Đã ban hành kế hoạch")).json();
      EntityStatistics workItems = statistics.getEntityStatistics("vn.partracker.inbox.WorkItem");
      assertThat(List.of(workItems.getUpdateCount(), workItems.getInsertCount(), workItems.getDeleteCount()))
          .as("work item updates, inserts, deletes of one report").containsExactly(1L, 1L, 0L);
    } finally {
      statistics.setStatisticsEnabled(wasEnabled);
    }
    assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
    // people by their names (Họ và tên), not their usernames
    assertThat(submitted.get("submittedBy").asText()).isEqualTo("Người dùng it-head-a");
    assertThat(submitted.at("/attachments/0/uploadedBy").asText()).isEqualTo("Người dùng it-head-a");
    assertThat(entry(headA, planId, "LEAD", "1.1")).isNull();
    assertThat(headB.post("/api/improvement-tasks/steps/" + support.get("id").asText() + "/contribute",
        Map.of("note", "Đã góp ý dự thảo")).json().at("/contributions/0/unit").asText()).isEqualTo("Phòng Thử B");
    assertThat(headA.get("/api/improvement-tasks/" + taskId).json().at("/contributions/0/by").asText())
        .isEqualTo("Người dùng it-head-b");

    // the coordinator returns it, the lead resubmits, the coordinator accepts
    JsonNode review = entry(coordinator, planId, "REVIEW", "1.1");
    assertThat(review).isNotNull();
    assertThat(coordinator.post("/api/improvement-tasks/steps/" + review.get("id").asText() + "/return", Map.of()).status())
        .isEqualTo(422);
    JsonNode returned = coordinator.post("/api/improvement-tasks/steps/" + review.get("id").asText() + "/return",
        Map.of("comment", "Bổ sung số văn bản")).json();
    assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
    JsonNode again = entry(headA, planId, "LEAD", "1.1");
    assertThat(again.get("status").asText()).isEqualTo("RETURNED");
    headA.post("/api/improvement-tasks/steps/" + again.get("id").asText() + "/report", Map.of("report", "Kế hoạch số 12/KH-UBND"));
    JsonNode before = coordinator.get("/api/dashboard/coordinator?year=" + YEAR).json();
    JsonNode accepted = coordinator.post("/api/improvement-tasks/steps/" + entry(coordinator, planId, "REVIEW", "1.1").get("id").asText()
        + "/accept", Map.of()).json();
    assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
    JsonNode after = coordinator.get("/api/dashboard/coordinator?year=" + YEAR).json();
    assertThat(after.get("doneOnTime").asLong()).as("the dashboard's cached aggregate is dropped when a task changes")
        .isEqualTo(before.get("doneOnTime").asLong() + 1);
    assertThat(after.get("open").asLong()).isEqualTo(before.get("open").asLong() - 1);
    assertThat(entry(as("it-head-x"), planId, "SUPPORT", "1.1")).as("open contributions end with the task").isNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("IMPROVEMENT_TASK:" + taskId).count())
        .isZero();
    List<String> history = new ArrayList<>();
    accepted.get("history").forEach(h -> history.add(h.get("name").asText() + ":" + h.get("status").asText()));
    assertThat(history).contains("Thực hiện và báo cáo kết quả:DONE", "Xem xét báo cáo:DONE",
        "Phối hợp thực hiện:DONE", "Phối hợp thực hiện:CANCELLED");

    // the plan as the official appendix: xlsx, docx and pdf with Vietnamese headers
    ApiClient.Response xlsx = coordinator.get("/api/improvement-plans/" + planId + "/export?format=xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
        new java.io.ByteArrayInputStream(xlsx.bodyBytes()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Lĩnh vực/Tiêu chí/Tiêu chí thành phần");
      assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo("Phòng Thử A");
      assertThat(sheet.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(4.0);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    ApiClient.Response docx = coordinator.get("/api/improvement-plans/" + planId + "/export?format=docx");
    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.bodyBytes()));
        var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("PHỤ LỤC: KẾ HOẠCH THỬ", "Đơn vị chủ trì", "Kế hoạch năm", "Xã Thử Nghiệm");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    ApiClient.Response pdf = coordinator.get("/api/improvement-plans/" + planId + "/export?format=pdf");
    assertThat(pdf.status()).isEqualTo(200);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.bodyBytes())) {
      // in content order each cell's lines follow each other: wrapped cells read whole once spaces are joined
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
          .contains("PHỤ LỤC: KẾ HOẠCH THỬ", "Đơn vị chủ trì", "Kế hoạch năm", "Xã Thử Nghiệm");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(coordinator.get("/api/improvement-plans/" + planId + "/export?format=rtf").status()).isEqualTo(422);

    // closing cancels the rest at once: out of the inbox, no step left to act on; the engine's batch then
    // deletes the processes in the background
    long open = runtime.createProcessInstanceQuery().processDefinitionKey("improvement-task")
        .variableValueEquals("subjectId", taskId + 1).count();
    assertThat(open).isPositive();
    String trackedSql = "select count(*) from rem_deadline where subject_type = 'IMPROVEMENT_TASK'"
        + " and subject_id in (select cast(id as varchar(20)) from improvement_task where plan_id = ?)";
    assertThat(jdbc.queryForObject(trackedSql, Long.class, planId)).as("reminders of the open tasks").isPositive();
    String openStep = entry(headA, planId, "LEAD", "1.2").get("id").asText();
    JsonNode closed = coordinator.post("/api/improvement-plans/" + planId + "/close", Map.of()).json();
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(entry(headA, planId, "LEAD", "1.2")).isNull();
    assertThat(coordinator.post("/api/improvement-plans/" + planId + "/close", Map.of()).status()).isEqualTo(409);
    assertThat(headA.post("/api/improvement-tasks/steps/" + openStep + "/report", Map.of("report", "Muộn")).status())
        .as("a step of the closed plan").isEqualTo(409);
    assertThat(jdbc.queryForObject(trackedSql, Long.class, planId)).as("reminders of the closed plan's tasks").isZero();
    long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (runtime.createProcessInstanceQuery().processDefinitionKey("improvement-task")
        .variableValueEquals("subjectId", taskId + 1).count() > 0) {
      assertThat(System.nanoTime()).as("the batch deleting the closed plan's processes").isLessThan(until);
      Thread.sleep(100);
    }
    assertThat(engineHistory.createHistoricProcessInstanceQuery().processDefinitionKey("improvement-task")
        .variableValueEquals("subjectId", taskId + 1).singleResult().getDeleteReason()).isEqualTo("Kế hoạch đã đóng");
  }

  /**
   * Issue 15: an item led jointly by two offices and an item led by "UBND các xã" activate into one
   * task per lead unit, each in that unit's inbox with its own report; the supporting unit is asked
   * once, on the principal lead's task; the plan lists each item's tasks by unit; the export writes
   * the lead cells back as published.
   */
  @Test
  void jointAndCollectiveLeadsActivateIntoOneTaskPerLeadUnit() {
    Map<String, UnitView> byName = new java.util.HashMap<>();
    units.all().forEach(u -> byName.put(u.name(), u));
    UnitView owner = byName.computeIfAbsent("Huyện Đa Chủ Trì", n -> unit(n, "DISTRICT", null));
    List<String> names = List.of("Phòng Văn hóa và Thông tin Đa", "Văn phòng HĐND-UBND Đa", "Phòng Nội vụ Đa",
        "Xã Đa Một", "Xã Đa Hai", "Xã Đa Ba");
    Map<String, Long> ids = new java.util.LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String level = names.get(i).startsWith("Xã") ? "COMMUNE" : "DISTRICT_OFFICE";
      UnitView unit = byName.computeIfAbsent(names.get(i), n -> unit(n, level, owner.id()));
      ids.put(names.get(i), unit.id());
      user("it-multi-" + i, unit.id(), "UNIT_HEAD");
    }
    user("it-leader", district.id(), "LEADER");
    ApiClient coordinator = as("it-coord");
    String csv = "Stt,Lĩnh vực/ Tiêu chí/ Tiêu chí thành phần,Điểm chuẩn,Điểm " + (YEAR - 1) + " đạt được,Mục tiêu năm "
        + YEAR + ",Nhiệm vụ/ Giải pháp,Đơn vị chủ trì,Cơ quan phối hợp,Thời gian hoàn thành\n"
        + "1,TUYÊN TRUYỀN,6,2,,,,,\n"
        + "1.1,Tuyên truyền CCHC,3,1,3,Tuyên truyền trên cổng thông tin,"
        + "Phòng Văn hóa và Thông tin Đa; Văn phòng HĐND-UBND Đa,Phòng Nội vụ Đa,Trước ngày 30/12/" + YEAR + "\n"
        + "1.2,Niêm yết TTHC,3,1,3,Niêm yết tại bộ phận một cửa,UBND các xã,Phòng Nội vụ Đa,Trước ngày 30/12/" + YEAR
        + "\n";
    ApiClient.Response preview = coordinator.uploadForm("/api/improvement-plans/import/preview", "ke-hoach.csv",
        bytes(csv), Map.of("year", String.valueOf(YEAR), "ownerUnitId", String.valueOf(owner.id())));
    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    assertThat(preview.json().get("errors")).isEmpty();
    assertThat(preview.json().at("/plan/items/2/leadUnits")).extracting(JsonNode::asText)
        .containsExactly("Xã Đa Một", "Xã Đa Hai", "Xã Đa Ba");
    ApiClient.Response imported = coordinator.uploadForm("/api/improvement-plans/import", "ke-hoach.csv", bytes(csv),
        Map.of("year", String.valueOf(YEAR), "ownerUnitId", String.valueOf(owner.id()), "name", "Kế hoạch nhiều chủ trì"));
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    JsonNode plan = imported.json();
    long planId = plan.get("id").asLong();
    assertThat(plan.at("/items/1/leadUnits")).extracting(JsonNode::asText)
        .containsExactly("Phòng Văn hóa và Thông tin Đa", "Văn phòng HĐND-UBND Đa");
    assertThat(plan.at("/items/1/leadUnit").asText()).as("the principal lead").isEqualTo("Phòng Văn hóa và Thông tin Đa");
    assertThat(plan.at("/items/2/leadText").asText()).isEqualTo("UBND các xã");
    assertThat(plan.at("/items/2/leadUnitIds")).extracting(JsonNode::asLong)
        .containsExactly(ids.get("Xã Đa Một"), ids.get("Xã Đa Hai"), ids.get("Xã Đa Ba"));

    as("it-leader").post("/api/improvement-plans/" + planId + "/approve", Map.of());
    JsonNode active = activate(coordinator, planId);
    assertThat(active.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(active.get("taskCount").asInt()).as("2 joint leads + 3 communes").isEqualTo(5);
    assertThat(active.at("/items/1/work")).extracting(w -> w.get("leadUnit").asText())
        .containsExactlyInAnyOrder("Phòng Văn hóa và Thông tin Đa", "Văn phòng HĐND-UBND Đa");
    assertThat(active.at("/items/2/work")).extracting(w -> w.get("leadUnit").asText() + ":" + w.get("status").asText())
        .containsExactlyInAnyOrder("Xã Đa Một:OPEN", "Xã Đa Hai:OPEN", "Xã Đa Ba:OPEN");

    // every lead unit finds its own task in its own inbox, and only that one
    Map<String, Long> taskByUnit = new java.util.HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      List<JsonNode> leads = new ArrayList<>();
      as("it-multi-" + i).get("/api/tasks?size=200").json().get("items").forEach(e -> {
        if (e.get("role").asText().equals("LEAD") && e.get("context").asText().equals("Kế hoạch nhiều chủ trì")) {
          leads.add(e);
        }
      });
      if (name.equals("Phòng Nội vụ Đa")) {
        assertThat(leads).as(name + " leads nothing").isEmpty();
        continue;
      }
      assertThat(leads).as(name).singleElement().satisfies(e -> {
        assertThat(e.get("unitName").asText()).isEqualTo(name);
        assertThat(e.get("criterionCode").asText()).isEqualTo(name.startsWith("Xã") ? "1.2" : "1.1");
      });
      taskByUnit.put(name, leads.get(0).get("subjectId").asLong());
    }
    assertThat(new java.util.HashSet<>(taskByUnit.values())).hasSize(5);
    List<String> supportSteps = new ArrayList<>();
    as("it-multi-2").get("/api/tasks?size=200").json().get("items").forEach(e -> {
      if (e.get("role").asText().equals("SUPPORT") && e.get("context").asText().equals("Kế hoạch nhiều chủ trì")) {
        supportSteps.add(e.get("criterionCode").asText() + ":" + e.get("subjectId").asLong());
      }
    });
    assertThat(supportSteps).as("supporting once per item, on the principal lead's task").containsExactlyInAnyOrder(
        "1.1:" + taskByUnit.get("Phòng Văn hóa và Thông tin Đa"), "1.2:" + taskByUnit.get("Xã Đa Một"));

    // one commune reports and is accepted; the item is not done while the other communes' tasks are open
    ApiClient communeHead = as("it-multi-4");
    assertThat(as("it-multi-3").get("/api/improvement-tasks/" + taskByUnit.get("Xã Đa Hai")).status())
        .as("a commune does not see another commune's share").isEqualTo(403);
    JsonNode own = entry(communeHead, planId, "LEAD", "1.2");
    assertThat(communeHead.post("/api/improvement-tasks/steps/" + own.get("id").asText() + "/report",
        Map.of("report", "Đã niêm yết")).json().get("leadUnit").asText()).isEqualTo("Xã Đa Hai");
    JsonNode review = null;
    for (JsonNode e : coordinator.get("/api/tasks?size=200").json().get("items")) {
      if (e.get("role").asText().equals("REVIEW") && e.get("subjectId").asLong() == taskByUnit.get("Xã Đa Hai")) {
        review = e;
      }
    }
    assertThat(review).isNotNull();
    coordinator.post("/api/improvement-tasks/steps/" + review.get("id").asText() + "/accept", Map.of());
    JsonNode after = coordinator.get("/api/improvement-plans/" + planId).json();
    assertThat(after.at("/items/2/work")).extracting(w -> w.get("leadUnit").asText() + ":" + w.get("status").asText())
        .containsExactlyInAnyOrder("Xã Đa Một:OPEN", "Xã Đa Hai:ACCEPTED", "Xã Đa Ba:OPEN");
    JsonNode dashboard = coordinator.get("/api/dashboard/coordinator?year=" + YEAR + "&planId=" + planId).json();
    Map<String, String> byUnit = new java.util.HashMap<>();
    dashboard.get("units").forEach(u -> byUnit.put(u.get("unitName").asText(),
        u.get("open").asLong() + "/" + u.get("doneOnTime").asLong()));
    assertThat(byUnit).as("each lead unit counts its own task").containsEntry("Xã Đa Hai", "0/1")
        .containsEntry("Xã Đa Một", "1/0").containsEntry("Văn phòng HĐND-UBND Đa", "1/0")
        .doesNotContainKey("Phòng Nội vụ Đa");

    // the export writes the lead cells as published, not every commune's name
    ApiClient.Response xlsx = coordinator.get("/api/improvement-plans/" + planId + "/export?format=xlsx");
    try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
        new java.io.ByteArrayInputStream(xlsx.bodyBytes()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(4).getCell(6).getStringCellValue())
          .isEqualTo("Phòng Văn hóa và Thông tin Đa; Văn phòng HĐND-UBND Đa");
      assertThat(sheet.getRow(5).getCell(6).getStringCellValue()).isEqualTo("UBND các xã");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    coordinator.post("/api/improvement-plans/" + planId + "/close", Map.of());
  }

  record UnitIds(long unitId, String username) {}

  UnitIds otherUnit() {
    var office = units.all().stream().filter(u -> u.name().equals("Phòng Thử Ngoài")).findFirst()
        .orElseGet(() -> unit("Phòng Thử Ngoài", "DISTRICT_OFFICE", district.id()));
    user("it-head-out", office.id(), "UNIT_HEAD");
    return new UnitIds(office.id(), "it-head-out");
  }

  @Test
  void importErrorsAreReportedByRowWithSuggestionsAndNothingIsSaved() {
    ApiClient coordinator = as("it-coord");
    int before = coordinator.get("/api/improvement-plans").json().size();
    String csv = "Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Điểm đạt được,Nhiệm vụ/Giải pháp,Đơn vị chủ trì,"
        + "Thời gian hoàn thành\n1.1,Kế hoạch,4,5,Ban hành,Phòng Thử Z,Khi có hướng dẫn\n1.2,Báo cáo,abc,,Báo cáo,,\n";
    ApiClient.Response preview = coordinator.uploadForm("/api/improvement-plans/import/preview", "x.csv", bytes(csv),
        Map.of("year", String.valueOf(YEAR), "ownerUnitId", String.valueOf(district.id())));
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.json().at("/unknownUnits/0/name").asText()).isEqualTo("Phòng Thử Z");
    assertThat(preview.json().at("/unknownUnits/0/suggestions")).isNotEmpty();
    List<String> cells = new ArrayList<>();
    preview.json().get("errors").forEach(e -> cells.add(e.get("row").asInt() + "|" + e.get("column").asText()));
    assertThat(cells).containsExactlyInAnyOrder("2|Điểm đạt được", "3|Điểm chuẩn", "3|Đơn vị chủ trì");
    assertThat(preview.json().at("/questions/0/row").asInt()).isEqualTo(2);
    assertThat(preview.json().at("/questions/0/column").asText()).isEqualTo("Đơn vị chủ trì");
    assertThat(preview.json().at("/questions/0/phrase").asText()).isEqualTo("Phòng Thử Z");

    ApiClient.Response rejected = coordinator.uploadForm("/api/improvement-plans/import", "x.csv", bytes(csv),
        Map.of("year", String.valueOf(YEAR), "ownerUnitId", String.valueOf(district.id())));
    assertThat(rejected.status()).isEqualTo(422);
    assertThat(coordinator.get("/api/improvement-plans").json().size()).isEqualTo(before);

    // a person maps the unknown name to a unit; the next preview recognises it
    assertThat(coordinator.post("/api/units/" + officeB.id() + "/aliases", Map.of("alias", "Phòng Thử Z")).status())
        .isEqualTo(200);
    ApiClient.Response mapped = coordinator.uploadForm("/api/improvement-plans/import/preview", "x.csv",
        bytes(csv.replace("\n1.2,Báo cáo,abc,,Báo cáo,,\n", "\n").replace(",4,5,", ",4,3,")),
        Map.of("year", String.valueOf(YEAR), "ownerUnitId", String.valueOf(district.id())));
    assertThat(mapped.json().get("errors")).isEmpty();
    assertThat(mapped.json().at("/plan/items/0/leadUnit").asText()).isEqualTo("Phòng Thử B");
    assertThat(mapped.json().at("/plan/items/0/deadline/kind").asText()).isEqualTo("UNPARSED");
    assertThat(mapped.json().at("/plan/items/0/deadline/needsAttention").asBoolean()).isTrue();
    assertThat(as("it-head-a").uploadForm("/api/improvement-plans/import", "x.csv", bytes(csv),
        Map.of("year", String.valueOf(YEAR), "ownerUnitId", String.valueOf(district.id()))).status()).isEqualTo(403);
  }

  /**
   * An approved plan of {@code items} dated items (field 9, away from the other tests' criteria) led by
   * office A, the last one jointly by A and B: {@code items + 1} tasks.
   */
  long approvedPlan(ApiClient coordinator, int items) {
    user("it-leader", district.id(), "LEADER");
    StringBuilder csv = new StringBuilder("Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Điểm đạt được,Mục tiêu,"
        + "Nhiệm vụ/Giải pháp,Đơn vị chủ trì,Cơ quan phối hợp,Kết quả,Thời gian hoàn thành\n"
        + "9,LĨNH VỰC KÍCH HOẠT," + items + ",0,,,,,,\n");
    for (int i = 1; i <= items; i++) {
      csv.append("9.").append(i).append(",Tiêu chí ").append(i).append(",1,0,1,Nhiệm vụ ").append(i).append(',')
          .append(i == items ? "\"Phòng Thử A; Phòng Thử B\"" : "Phòng Thử A")
          .append(",,Kết quả,Trước ngày 31/12/").append(YEAR).append('\n');
    }
    long planId = importPlan(coordinator, csv.toString()).get("id").asLong();
    assertThat(as("it-leader").post("/api/improvement-plans/" + planId + "/approve", Map.of()).status()).isEqualTo(200);
    return planId;
  }

  /** Each of the plan's tasks is one (item, occurrence, lead unit) and has exactly one task process. */
  void assertOneProcessPerTask(ApiClient client, long planId, int expected) {
    JsonNode plan = client.get("/api/improvement-plans/" + planId).json();
    java.util.Set<String> occurrences = new java.util.HashSet<>();
    int count = 0;
    for (JsonNode item : plan.get("items")) {
      for (JsonNode work : item.get("work")) {
        count++;
        assertThat(occurrences.add(item.get("id").asLong() + "/" + work.get("label").asText() + "/"
            + work.get("leadUnitId").asLong())).as("one task per item, occurrence and lead unit").isTrue();
        assertThat(runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey("IMPROVEMENT_TASK:" + work.get("taskId").asLong()).count())
            .as("task " + work.get("taskId") + " has one process").isEqualTo(1);
      }
    }
    assertThat(count).isEqualTo(expected);
    assertThat(plan.get("taskCount").asInt()).isEqualTo(expected);
  }

  long taskProcesses() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("improvement-task").count();
  }

  /**
   * Issue 19: activation answers at once (202, ACTIVATING, nothing started yet) and a worker starts
   * the tasks; the progress goes to started == total and the plan to ACTIVE. While ACTIVATING the plan
   * cannot be closed, a repeated request changes nothing, and only those who activate see the progress.
   */
  @Test
  void activationReturnsAtOnceAndAWorkerMakesThePlanActive() {
    ApiClient coordinator = as("it-coord");
    long planId = approvedPlan(coordinator, 12);
    long before = taskProcesses();
    worker.enabled(false); // the worker waits: the state between the request and the first chunk
    try {
      ApiClient.Response accepted = coordinator.post("/api/improvement-plans/" + planId + "/activate", Map.of());
      assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
      assertThat(accepted.json().get("status").asText()).isEqualTo("ACTIVATING");
      assertThat(accepted.json().get("taskCount").asInt()).isZero();
      assertThat(accepted.json().at("/activation/total").asInt()).isEqualTo(13);
      assertThat(accepted.json().at("/activation/started").asInt()).isZero();
      assertThat(accepted.json().at("/activation/status").asText()).isEqualTo("ACTIVATING");
      JsonNode progress = coordinator.get("/api/improvement-plans/" + planId + "/activation").json();
      assertThat(progress.get("status").asText()).isEqualTo("ACTIVATING");
      assertThat(progress.get("total").asInt()).isEqualTo(13);
      assertThat(progress.get("started").asInt()).isZero();
      assertThat(taskProcesses()).isEqualTo(before);
      assertThat(entry(as("it-head-a"), planId, "LEAD", "9.1")).isNull();
      // the list shows it activating too; a repeated request answers the same; closing waits
      assertThat(coordinator.get("/api/improvement-plans").json()).anySatisfy(p -> {
        assertThat(p.get("id").asLong()).isEqualTo(planId);
        assertThat(p.get("status").asText()).isEqualTo("ACTIVATING");
      });
      ApiClient.Response again = coordinator.post("/api/improvement-plans/" + planId + "/activate", Map.of());
      assertThat(again.status()).isEqualTo(202);
      assertThat(again.json().get("status").asText()).isEqualTo("ACTIVATING");
      ApiClient.Response close = coordinator.post("/api/improvement-plans/" + planId + "/close", Map.of());
      assertThat(close.status()).isEqualTo(409);
      assertThat(close.json().get("detail").asText()).contains("đang được triển khai");
      assertThat(as("it-head-a").get("/api/improvement-plans/" + planId + "/activation").status()).isEqualTo(403);
      assertThat(as("it-head-a").get("/api/improvement-plans/" + planId).json().get("status").asText())
          .isEqualTo("ACTIVATING");
      assertThat(coordinator.get("/api/improvement-plans/999999/activation").status()).isEqualTo(404);
    } finally {
      worker.enabled(true);
    }
    JsonNode done = awaitActive(coordinator, planId);
    assertThat(done.get("total").asInt()).isEqualTo(13);
    assertThat(done.get("started").asInt()).isEqualTo(13);
    assertThat(taskProcesses() - before).isEqualTo(13);
    assertOneProcessPerTask(coordinator, planId, 13);
    JsonNode plan = coordinator.get("/api/improvement-plans/" + planId).json();
    assertThat(plan.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(plan.get("activatedAt").isNull()).isFalse();
    assertThat(plan.get("activation").isNull()).isTrue();
    assertThat(entry(as("it-head-a"), planId, "LEAD", "9.1")).isNotNull();
    assertThat(coordinator.post("/api/improvement-plans/" + planId + "/activate", Map.of()).status()).isEqualTo(409);
  }

  /**
   * Issue 19: a node that dies after one chunk leaves its claim; another node takes it over once it
   * is stale, and the first node, back, starts nothing more. Then two nodes that keep taking the job
   * from each other (each claim stale to the other) finish it: one task process per item occurrence
   * and lead unit, the plan ACTIVE with started == total.
   */
  @Test
  void aWorkerThatDiesMidWayIsTakenOverWithoutDuplicates() throws Exception {
    ApiClient coordinator = as("it-coord");
    long planId = approvedPlan(coordinator, 20);
    long before = taskProcesses();
    worker.enabled(false);
    try {
      assertThat(coordinator.post("/api/improvement-plans/" + planId + "/activate", Map.of()).status()).isEqualTo(202);
      java.time.Instant now = java.time.Instant.now();
      String a = activation.claim(planId, "node-a", now).orElseThrow();
      assertThat(activation.claim(planId, "node-b", now)).as("a live claim is not taken").isEmpty();
      assertThat(activation.runChunk(planId, a, 3)).isEqualTo(vn.partracker.improvement.PlanActivation.Chunk.MORE);
      assertThat(activation.progress(planId).orElseThrow().started()).isEqualTo(3);
      assertThat(taskProcesses() - before).isEqualTo(3);
      // node A dies; later node B finds its claim stale and takes the job over
      java.time.Instant later = now.plus(java.time.Duration.ofHours(1));
      String b = activation.claim(planId, "node-b", later).orElseThrow();
      // node A comes back (a long pause, not a death): its claim is gone, it starts nothing
      assertThat(activation.runChunk(planId, a, 3)).isEqualTo(vn.partracker.improvement.PlanActivation.Chunk.LOST);
      assertThat(activation.runChunk(planId, b, 3)).isEqualTo(vn.partracker.improvement.PlanActivation.Chunk.MORE);
      assertThat(activation.progress(planId).orElseThrow().started()).isEqualTo(6);
      assertThat(taskProcesses() - before).isEqualTo(6);

      // two nodes at once, each taking the job from the other as often as it can, a chunk of one item each
      java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
      List<java.util.concurrent.Future<Integer>> chunks = new ArrayList<>();
      for (String node : List.of("node-c", "node-d")) {
        chunks.add(nodes.submit(() -> {
          int mine = 0;
          long until = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
          while (System.nanoTime() < until) {
            var progress = activation.progress(planId).orElseThrow();
            if (progress.status().equals("ACTIVE")) {
              return mine;
            }
            try {
              var token = activation.claim(planId, node, java.time.Instant.now().plus(java.time.Duration.ofHours(2)));
              if (token.isEmpty()) {
                continue;
              }
              vn.partracker.improvement.PlanActivation.Chunk chunk;
              do {
                chunk = activation.runChunk(planId, token.get(), 1);
                mine++;
              } while (chunk == vn.partracker.improvement.PlanActivation.Chunk.MORE);
            } catch (RuntimeException e) {
              // a lock wait timed out (H2): the chunk rolled back, as a node's error would
            }
          }
          return mine;
        }));
      }
      int attempts = 0;
      for (var f : chunks) {
        attempts += f.get(2, java.util.concurrent.TimeUnit.MINUTES);
      }
      nodes.shutdown();
      assertThat(attempts).as("both nodes ran chunks").isGreaterThan(0);
    } finally {
      worker.enabled(true);
    }
    var progress = activation.progress(planId).orElseThrow();
    assertThat(progress.status()).isEqualTo("ACTIVE");
    assertThat(progress.total()).isEqualTo(21);
    assertThat(progress.started()).isEqualTo(21);
    assertThat(taskProcesses() - before).isEqualTo(21);
    assertOneProcessPerTask(coordinator, planId, 21);
  }
}
