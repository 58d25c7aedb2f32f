package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.partracker.shared.Table;
import vn.partracker.shared.TimeConfig;
import vn.partracker.support.ApiClient;

/**
 * The paged, server-filtered work lists of {@code GET /api/tasks}: paging through a list gives each
 * item exactly once while items are inserted between pages; each filter, and the counts per status,
 * agree with SQL written here over the features' own tables; a unit head sees only their units'
 * work; bad parameters are 422s naming the parameter. On H2 and PostgreSQL.
 */
abstract class WorkListTests extends IntegrationTestBase {

  static final int YEAR = LocalDate.now().getYear();

  @Autowired JdbcTemplate jdbc;

  /** Imports and activates a plan of {@code count} dated items led in turn by offices A, B and the commune, two fields. */
  long activePlan(ApiClient coordinator, String name, int count) {
    StringBuilder csv = new StringBuilder("Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Điểm đạt được,Mục tiêu,"
        + "Nhiệm vụ/Giải pháp,Đơn vị chủ trì,Cơ quan phối hợp,Kết quả,Thời gian hoàn thành\n");
    String[] leads = {"Phòng Thử A", "Phòng Thử B", "Xã Thử Nghiệm"};
    LocalDate first = LocalDate.of(YEAR, 1, 1);
    for (int field = 1; field <= 2; field++) {
      csv.append(field).append(",LĨNH VỰC ").append(field).append(",").append(count / 2).append(",0,,,,,,\n");
      for (int i = 1; i <= count / 2; i++) {
        int n = (field - 1) * (count / 2) + i;
        LocalDate due = first.plusDays((n * 353L / count) % 364);
        csv.append(field).append('.').append(i).append(n % 5 == 0 ? ",Thủ tục ĐẶC BIỆT số " : ",Tiêu chí số ").append(n).append(",1,0,1,")
            .append("Thực hiện nhiệm vụ ").append(n).append(',')
            .append(leads[n % 3]).append(",,Báo cáo,Trước ngày ")
            .append(String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), YEAR)).append('\n');
      }
    }
    ApiClient.Response imported = coordinator.uploadForm("/api/improvement-plans/import", "ke-hoach.csv",
        bytes(csv.toString()), Map.of("year", String.valueOf(YEAR), "ownerUnitId", String.valueOf(district.id()),
            "name", name));
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    long planId = imported.json().get("id").asLong();
    user("it-leader", district.id(), "LEADER");
    assertThat(as("it-leader").post("/api/improvement-plans/" + planId + "/approve", Map.of()).status()).isEqualTo(200);
    assertThat(activate(coordinator, planId).get("status").asText()).isEqualTo("ACTIVE");
    return planId;
  }

  /** Every page of a list, following nextCursor; {@code between} runs after each page. */
  static List<JsonNode> all(ApiClient client, String query, int size, Runnable between) {
    List<JsonNode> items = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 1000; page++) {
      ApiClient.Response response = client.get("/api/tasks?size=" + size + (query.isEmpty() ? "" : "&" + query)
          + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      JsonNode body = response.json();
      assertThat(body.get("items").size()).isLessThanOrEqualTo(size);
      body.get("items").forEach(items::add);
      assertThat(body.get("counts").isNull()).as("counts on the first page only").isEqualTo(page > 0);
      cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asText();
      if (cursor == null) {
        return items;
      }
      between.run();
    }
    throw new AssertionError("more than 1000 pages");
  }

  static Set<String> ids(List<JsonNode> items) {
    Set<String> ids = new HashSet<>();
    items.forEach(e -> assertThat(ids.add(e.get("id").asText())).as("listed twice: " + e.get("id")).isTrue());
    return ids;
  }

  static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void pagingGivesEachItemOnceWhileItemsArrive() {
    ApiClient coordinator = as("it-coord");
    activePlan(coordinator, "Kế hoạch phân trang", 40);
    Set<String> before = new HashSet<>(jdbc.queryForList(
        "select id from work_item where status = 'OPEN' and unit_id is not null", String.class));
    assertThat(before.size()).isGreaterThan(40);
    int[] inserted = {0};
    List<String> added = new ArrayList<>();
    List<JsonNode> items = all(coordinator, "allUnits=true", 7, () -> {
      // a new item before the cursor, one after it and one without a due date, at every page
      for (LocalDate due : new LocalDate[] {LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), null}) {
        String id = "it-new-" + (++inserted[0]);
        jdbc.update("insert into work_item (id, process_instance_id, task_key, subject_type, subject_id, unit_id,"
            + " subject_unit_id, candidate_group, role, title, step_name, due_on, due_key, status, created_at, search_text)"
            + " values (?, 'p', 'Task_Work', 'IMPROVEMENT_TASK', -1, ?, ?, ?, 'LEAD', ?, 'Thực hiện', ?, ?, 'OPEN', ?, ?)",
            id, officeB.id(), officeB.id(), "unit-" + officeB.id(), "Mục mới " + id, due,
            due == null ? LocalDate.of(9999, 12, 31) : due, Timestamp.from(Instant.now()), "muc moi " + id);
        added.add(id);
      }
    });
    Set<String> listed = ids(items);
    assertThat(listed).containsAll(before);
    assertThat(listed).allMatch(id -> before.contains(id) || added.contains(id));
    // nearest due first, no date last (ties by id, in the database's collation)
    for (int i = 1; i < items.size(); i++) {
      String a = items.get(i - 1).get("dueDate").asText("9999-12-31");
      String b = items.get(i).get("dueDate").asText("9999-12-31");
      assertThat(a.compareTo(b)).as("order at " + i).isLessThanOrEqualTo(0);
    }
    jdbc.update("delete from work_item where id like 'it-new-%'");
  }

  @Test
  void filtersAndCountsAgreeWithSql() {
    ApiClient coordinator = as("it-coord");
    long planId = activePlan(coordinator, "Kế hoạch lọc", 30);
    LocalDate today = LocalDate.now(TimeConfig.ZONE);
    String improvement = "select w.id from work_item w join improvement_task t on t.id = w.subject_id"
        + " and w.subject_type = 'IMPROVEMENT_TASK' join improvement_item i on i.id = t.item_id"
        + " where w.status = 'OPEN' and w.unit_id is not null";
    Map<String, Set<String>> expected = new HashMap<>();
    expected.put("planId=" + planId, set(improvement + " and t.plan_id = ?", planId));
    expected.put("planId=" + planId + "&field=2", set(improvement + " and t.plan_id = ? and i.code like '2.%'", planId));
    expected.put("role=LEAD&planId=" + planId, set(improvement + " and t.plan_id = ? and w.role = 'LEAD'", planId));
    expected.put("status=OVERDUE&planId=" + planId, set(improvement + " and t.plan_id = ? and w.due_on < ?"
        + " and t.status <> 'RETURNED'", planId, today));
    expected.put("status=DUE_SOON,OPEN&planId=" + planId, set(improvement + " and t.plan_id = ? and w.due_on >= ?",
        planId, today));
    LocalDate from = LocalDate.of(YEAR, 3, 1);
    LocalDate to = LocalDate.of(YEAR, 6, 30);
    expected.put("dueFrom=01/03/" + YEAR + "&dueTo=" + to + "&planId=" + planId,
        set(improvement + " and t.plan_id = ? and w.due_on between ? and ?", planId, from, to));
    expected.put("unitId=" + officeB.id() + "&planId=" + planId, set(improvement + " and t.plan_id = ? and t.lead_unit_id = ?",
        planId, officeB.id()));
    expected.put("kind=UNIT_ASSESSMENT", Set.of());
    // free text: without diacritics and case, against the title and the criterion code
    Set<String> special = new HashSet<>();
    jdbc.query(improvement + " and t.plan_id = ?", rs -> {
      String id = rs.getString(1);
      String title = jdbc.queryForObject("select title from work_item where id = ?", String.class, id);
      if (Table.key(title).contains("dac biet")) {
        special.add(id);
      }
    }, planId);
    assertThat(special).isNotEmpty();
    expected.put("q=" + enc("đặc Biệt") + "&planId=" + planId, special);
    expected.put("q=" + enc("dac biet") + "&planId=" + planId, special);
    expected.put("q=" + enc("%") + "&planId=" + planId, Set.of());

    for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
      String query = "allUnits=true&" + e.getKey();
      assertThat(ids(all(coordinator, query, 200, () -> {}))).as(query).isEqualTo(e.getValue());
    }

    // the chips: counted with every filter but the status, each equal to the list of that status
    String base = "allUnits=true&planId=" + planId;
    JsonNode first = coordinator.get("/api/tasks?size=5&" + base + "&status=OVERDUE").json();
    long total = 0;
    for (String status : List.of("OVERDUE", "DUE_SOON", "RETURNED", "OPEN")) {
      long count = first.at("/counts/" + status).asLong();
      assertThat(all(coordinator, base + "&status=" + status, 200, () -> {})).as(status).hasSize((int) count);
      total += count;
    }
    assertThat(total).isEqualTo(expected.get("planId=" + planId).size());

    // the filters' choices: asked apart, kept by the browser for a while
    ApiClient.Response facets = coordinator.get("/api/tasks/facets?allUnits=true");
    assertThat(facets.status()).isEqualTo(200);
    assertThat(facets.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age=120", "private"));
    assertThat(facets.json().get("plans")).anySatisfy(p -> {
      assertThat(p.get("id").asLong()).isEqualTo(planId);
      assertThat(p.get("name").asText()).isEqualTo("Kế hoạch lọc");
    });
    assertThat(facets.json().get("fields")).extracting(JsonNode::asText).contains("1", "2");
  }

  /**
   * A coordinator's own inbox holds their unit's work and their role group's (the reviews of every
   * unit's reports): two index ranges merged page by page, in either order, each item once, counted
   * together. The role group's counts are kept between changes: a review closed is counted off at
   * once.
   */
  @Test
  void theCoordinatorsInboxMergesTheirUnitsWorkWithTheirRolesWork() {
    ApiClient coordinator = as("it-coord");
    activePlan(coordinator, "Kế hoạch hộp việc", 18);
    LocalDate[] dues = {LocalDate.of(YEAR, 1, 2), LocalDate.of(YEAR, 6, 30), null, LocalDate.of(YEAR, 3, 3),
        LocalDate.of(YEAR, 12, 30), LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 2, 1)};
    for (int i = 0; i < dues.length; i++) {
      jdbc.update("insert into work_item (id, process_instance_id, task_key, subject_type, subject_id, unit_id,"
          + " subject_unit_id, candidate_group, role, title, step_name, due_on, due_key, status, created_at, returned,"
          + " search_text) values (?, 'p', 'Task_Review', 'IMPROVEMENT_TASK', -1, null, ?, 'role-coordinator', 'REVIEW',"
          + " ?, 'Xem xét', ?, ?, 'OPEN', ?, ?, ?)", "it-review-" + i, officeB.id(), "Báo cáo " + i, dues[i],
          dues[i] == null ? LocalDate.of(9999, 12, 31) : dues[i], Timestamp.from(Instant.now().minusSeconds(60L * i)),
          i == 3, "bao cao " + i);
    }
    // and a real review: office B reports one of its tasks (its commit also drops the role group's kept counts)
    String lead = jdbc.queryForObject("select min(id) from work_item where status = 'OPEN' and role = 'LEAD'"
        + " and unit_id = ?", String.class, officeB.id());
    assertThat(as("it-head-b").post("/api/improvement-tasks/steps/" + lead + "/report", Map.of("report", "Đã xong")).status()).isEqualTo(200);
    Set<String> expected = set("select id from work_item where status = 'OPEN' and (unit_id = ?"
        + " or candidate_group = 'role-coordinator')", officeA.id());
    assertThat(expected).anyMatch(id -> id.startsWith("it-review-")).anyMatch(id -> !id.startsWith("it-review-"));
    for (String sort : List.of("due", "newest")) {
      List<JsonNode> items = all(coordinator, "sort=" + sort, 4, () -> {});
      assertThat(ids(items)).as(sort).isEqualTo(expected);
      for (int i = 1; i < items.size(); i++) {
        JsonNode a = items.get(i - 1);
        JsonNode b = items.get(i);
        if (sort.equals("due")) {
          assertThat(a.get("dueDate").asText("9999-12-31")).as("due order at " + i)
              .isLessThanOrEqualTo(b.get("dueDate").asText("9999-12-31"));
        } else {
          assertThat(Instant.parse(a.get("createdAt").asText())).as("newest first at " + i)
              .isAfterOrEqualTo(Instant.parse(b.get("createdAt").asText()));
        }
      }
    }
    JsonNode counts = coordinator.get("/api/tasks?size=1").json().get("counts");
    for (String status : List.of("OVERDUE", "DUE_SOON", "RETURNED", "OPEN")) {
      assertThat(all(coordinator, "status=" + status, 50, () -> {})).as(status).hasSize(counts.get(status).asInt());
    }
    assertThat(total(counts)).isEqualTo(expected.size());
    assertThat(counts.get("RETURNED").asLong()).isGreaterThanOrEqualTo(1);

    String review = jdbc.queryForObject("select id from work_item where status = 'OPEN' and role = 'REVIEW'"
        + " and subject_type = 'IMPROVEMENT_TASK' and subject_id = (select subject_id from work_item where id = ?)",
        String.class, lead);
    jdbc.update("delete from work_item where id like 'it-review-%'");
    assertThat(coordinator.post("/api/improvement-tasks/steps/" + review + "/accept", Map.of()).status()).isEqualTo(200);
    assertThat(total(coordinator.get("/api/tasks?size=1").json().get("counts"))).as("counted off at once")
        .isEqualTo(expected.size() - dues.length - 1);
  }

  private static long total(JsonNode counts) {
    long total = 0;
    for (JsonNode n : counts) {
      total += n.asLong();
    }
    return total;
  }

  @Test
  void aUnitHeadSeesOnlyTheirUnitsWork() {
    ApiClient coordinator = as("it-coord");
    activePlan(coordinator, "Kế hoạch đơn vị", 12);
    ApiClient headB = as("it-head-b");
    List<JsonNode> items = all(headB, "", 3, () -> {});
    assertThat(items).isNotEmpty().allSatisfy(e -> assertThat(e.get("unitId").asLong()).isEqualTo(officeB.id()));
    assertThat(ids(items)).isEqualTo(set("select id from work_item where status = 'OPEN' and unit_id = ?", officeB.id()));
    assertThat(headB.get("/api/tasks?unitId=" + officeA.id()).status()).isEqualTo(403);
    assertThat(headB.get("/api/tasks?allUnits=true").status()).isEqualTo(403);
    assertThat(headB.get("/api/tasks/facets?unitId=" + officeA.id()).status()).isEqualTo(403);
    assertThat(headB.get("/api/tasks/facets?allUnits=true").status()).isEqualTo(403);
    assertThat(all(headB, "unitId=" + officeB.id(), 50, () -> {})).hasSize(items.size());
  }

  @Test
  void badParametersAreRefusedByName() {
    ApiClient coordinator = as("it-coord");
    Map<String, String> cases = Map.of(
        "size=0", "size", "size=201", "size", "status=LATE", "status", "role=BOSS", "role", "kind=NOTHING", "kind",
        "dueFrom=31/02/2026", "dueFrom", "dueFrom=2026-05-01&dueTo=2026-04-01", "dueTo", "cursor=%21%21", "cursor",
        "sort=title", "sort", "cursor=" + java.util.Base64.getUrlEncoder().encodeToString("D|x|1".getBytes()), "cursor");
    cases.forEach((query, field) -> {
      ApiClient.Response response = coordinator.get("/api/tasks?" + query);
      assertThat(response.status()).as(query + " " + response.body()).isEqualTo(422);
      assertThat(fields(response)).as(query).containsKey(field);
    });
    assertThat(coordinator.get("/api/tasks?planId=abc").status()).isEqualTo(400);
  }

  private Set<String> set(String sql, Object... args) {
    return new HashSet<>(jdbc.queryForList(sql, String.class, args));
  }
}
