package vn.partracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.partracker.support.ApiClient;
import vn.partracker.support.DemoRunTest;

/** The dashboards on the demo data, checked against SQL written here. */
@DemoRunTest
class DashboardDemoIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  ApiClient as(String username) {
    ApiClient client = new ApiClient(port);
    assertThat(client.login(username, "demo").status()).isEqualTo(200);
    return client;
  }

  /** The demo's active plan (other tests in this JVM import plans of their own beside it). */
  static JsonNode demoPlan(ApiClient client) {
    for (JsonNode p : client.get("/api/improvement-plans").json()) {
      if (p.get("name").asText().startsWith("Kế hoạch nâng cao Chỉ số CCHC") && "ACTIVE".equals(p.get("status").asText())) {
        return p;
      }
    }
    throw new AssertionError("no active demo plan");
  }

  /**
   * A commune that leads nothing but supports several tasks is told so: the dashboard counts its
   * supporting work as its inbox lists it (Phối hợp), apart from the lead work that alone is ranked.
   */
  @Test
  void supportingWorkIsCountedAsTheInboxShowsIt() {
    int year = LocalDate.now().getYear();
    ApiClient xa01 = as("xa01");
    long inboxSupport = 0;
    long inboxLead = 0;
    for (JsonNode e : xa01.get("/api/tasks?size=200").json().get("items")) {
      if ("IMPROVEMENT_TASK".equals(e.path("subjectType").asText())) {
        inboxSupport += e.get("role").asText().equals("SUPPORT") ? 1 : 0;
        inboxLead += e.get("role").asText().equals("LEAD") ? 1 : 0;
      }
    }
    JsonNode board = xa01.get("/api/dashboard/coordinator?year=" + year).json();
    assertThat(inboxSupport).as("the demo commune supports tasks").isGreaterThan(1);
    assertThat(board.at("/support/open").asLong()).isEqualTo(inboxSupport);
    assertThat(board.get("open").asLong()).as("lead work, counted apart").isEqualTo(inboxLead);
    assertThat(board.get("supportUnits")).hasSize(1);
    assertThat(board.at("/supportUnits/0/unitName").asText()).isEqualTo("Thị trấn Phố Châu");

    // the coordinator's totals: every open contribution step of the year, from SQL
    Long open = jdbc.queryForObject("select count(*) from work_item w join improvement_task t on t.id = w.subject_id"
        + " join improvement_plan p on p.id = t.plan_id where w.subject_type = 'IMPROVEMENT_TASK'"
        + " and w.role = 'SUPPORT' and w.status = 'OPEN' and p.plan_year = ?", Long.class, year);
    JsonNode all = as("noivu").get("/api/dashboard/coordinator?year=" + year).json();
    assertThat(all.at("/support/open").asLong()).isEqualTo(open).isPositive();
    long byUnit = 0;
    for (JsonNode u : all.get("supportUnits")) {
      byUnit += u.get("open").asLong();
    }
    assertThat(byUnit).isEqualTo(open);
  }

  @Test
  void theCoordinatorDashboardAgreesWithTheTaskTable() {
    int year = LocalDate.now().getYear();
    Date today = Date.valueOf(LocalDate.now());
    JsonNode board = as("noivu").get("/api/dashboard/coordinator?year=" + year).json();
    Long open = jdbc.queryForObject("select count(*) from improvement_task t join improvement_plan p on p.id = t.plan_id "
        + "where p.plan_year = ? and t.status in ('OPEN','SUBMITTED','RETURNED')", Long.class, year);
    Long overdue = jdbc.queryForObject("select count(*) from improvement_task t join improvement_plan p on p.id = "
        + "t.plan_id where p.plan_year = ? and t.status in ('OPEN','SUBMITTED','RETURNED') and t.due_on < ?",
        Long.class, year, today);
    assertThat(board.get("open").asLong()).isEqualTo(open).isPositive();
    assertThat(board.get("overdue").asLong()).isEqualTo(overdue).isPositive();
    Long noiVu = jdbc.queryForObject("select id from org_unit where name = 'Phòng Nội vụ'", Long.class);
    Long noiVuOpen = jdbc.queryForObject("select count(*) from improvement_task where lead_unit_id = ? "
        + "and status in ('OPEN','SUBMITTED','RETURNED')", Long.class, noiVu);
    JsonNode row = null;
    for (JsonNode u : board.get("units")) {
      if (u.get("unitId").asLong() == noiVu) {
        row = u;
      }
    }
    assertThat(row.get("open").asLong()).isEqualTo(noiVuOpen);
    assertThat(row.get("overdue").asLong()).isEqualTo(1);

    JsonNode mine = as("tuphap").get("/api/dashboard/coordinator?year=" + year).json();
    assertThat(mine.get("units")).hasSize(1);
    assertThat(mine.at("/units/0/unitName").asText()).isEqualTo("Phòng Tư pháp");
    assertThat(mine.at("/units/0/rank").asInt()).isBetween(1, mine.get("unitCount").asInt());
    assertThat(mine.get("open").asLong()).as("a unit head's counters cover their own unit only")
        .isEqualTo(mine.at("/units/0/open").asLong());
    assertThat(as("tuphap").get("/api/dashboard/scores?planId=1").status()).isEqualTo(403);
  }

  @Test
  void theFieldsAddUpToTheCountersAndAgreeWithTheTaskTable() {
    int year = LocalDate.now().getYear();
    Date today = Date.valueOf(LocalDate.now());
    ApiClient noivu = as("noivu");
    JsonNode fields = noivu.get("/api/dashboard/fields?year=" + year).json();
    JsonNode board = noivu.get("/api/dashboard/coordinator?year=" + year).json();
    long open = 0;
    long overdue = 0;
    for (JsonNode f : fields) {
      open += f.get("open").asLong();
      overdue += f.get("overdue").asLong();
    }
    assertThat(open).isEqualTo(board.get("open").asLong()).isPositive();
    assertThat(overdue).isEqualTo(board.get("overdue").asLong());
    JsonNode first = fields.get(0);
    assertThat(first.get("code").asText()).isEqualTo("1");
    assertThat(first.get("title").asText()).isEqualTo(jdbc.queryForObject("select min(b.title) from "
        + "improvement_baseline_field b join improvement_plan p on p.id = b.plan_id where b.code = '1' and p.plan_year = ?",
        String.class, year));
    assertThat(first.get("open").asLong()).isEqualTo(jdbc.queryForObject("select count(*) from improvement_task t "
        + "join improvement_item i on i.id = t.item_id join improvement_plan p on p.id = t.plan_id where p.plan_year = ? "
        + "and i.code like '1.%' and t.status in ('OPEN','SUBMITTED','RETURNED')", Long.class, year));
    assertThat(first.get("overdue").asLong()).isEqualTo(jdbc.queryForObject("select count(*) from improvement_task t "
        + "join improvement_item i on i.id = t.item_id join improvement_plan p on p.id = t.plan_id where p.plan_year = ? "
        + "and i.code like '1.%' and t.status in ('OPEN','SUBMITTED','RETURNED') and t.due_on < ?", Long.class, year,
        today)).isPositive();

    long headOpen = 0;
    for (JsonNode f : as("tuphap").get("/api/dashboard/fields?year=" + year).json()) {
      headOpen += f.get("open").asLong();
    }
    assertThat(headOpen).as("a unit head counts their own unit's tasks").isEqualTo(jdbc.queryForObject(
        "select count(*) from improvement_task t join org_unit u on u.id = t.lead_unit_id join improvement_plan p"
            + " on p.id = t.plan_id where u.name = 'Phòng Tư pháp' and p.plan_year = ?"
            + " and t.status in ('OPEN','SUBMITTED','RETURNED')", Long.class, year)).isPositive();
    assertThat(noivu.get("/api/dashboard/fields?level=GALAXY").status()).isEqualTo(422);
  }

  @Test
  void theScoreDashboardProjectsOnlyWhatIsStillOnTrack() {
    JsonNode plan = demoPlan(as("chutich"));
    JsonNode scores = as("chutich").get("/api/dashboard/scores?planId=" + plan.get("id").asLong()).json();
    assertThat(scores.get("fields")).hasSize(8);
    assertThat(scores.get("achieved").decimalValue()).isEqualByComparingTo("82.5");
    assertThat(scores.get("assumption").asText()).contains("quá hạn");
    JsonNode first = scores.at("/fields/0");
    // field 1: 7,5 achieved; three items each +0,5 to target; 1.3.1 is overdue, so it is not projected
    assertThat(first.get("target").decimalValue()).isEqualByComparingTo("9");
    assertThat(first.get("projected").decimalValue()).isEqualByComparingTo("8.5");
    assertThat(first.get("secured").decimalValue()).isEqualByComparingTo("7.5");
    // year over year: the official result the plan was imported with, then this year's projection
    int year = plan.get("year").asInt();
    JsonNode history = scores.get("history");
    assertThat(history).hasSize(2);
    assertThat(history.at("/0/year").asInt()).isEqualTo(year - 1);
    assertThat(history.at("/0/source").asText()).isEqualTo("BASELINE");
    assertThat(history.at("/0/index").decimalValue()).isEqualByComparingTo(plan.at("/baseline/index").decimalValue());
    assertThat(history.at("/1/year").asInt()).isEqualTo(year);
    assertThat(history.at("/1/source").asText()).isEqualTo("PROJECTED");
    assertThat(history.at("/1/index").decimalValue()).isEqualByComparingTo(scores.get("projectedIndex").decimalValue());
    assertThat(scores.get("ranking").isNull()).as("no published campaign in the demo").isTrue();
  }

  @Test
  void theTimelineAndTheFiltersAgreeWithTheTables() {
    int year = LocalDate.now().getYear();
    ApiClient noivu = as("noivu");
    long planId = demoPlan(noivu).get("id").asLong();
    JsonNode timeline = noivu.get("/api/dashboard/timeline?year=" + year).json();
    long planTasks = 0;
    int milestones = 0;
    for (JsonNode item : timeline.get("items")) {
      if (item.get("kind").asText().equals("PLAN_DEADLINE") && item.get("planId").asLong() == planId) {
        planTasks += item.get("open").asLong() + item.get("done").asLong();
      }
      if (item.get("kind").asText().equals("CAMPAIGN_MILESTONE")) {
        milestones++;
        assertThat(item.get("campaignId").asLong()).isPositive();
      }
    }
    assertThat(planTasks).isEqualTo(jdbc.queryForObject(
        "select count(*) from improvement_task where plan_id = ? and status <> 'CANCELLED'", Long.class, planId));
    assertThat(milestones).isEqualTo(3 * jdbc.queryForObject(
        "select count(*) from assessment_campaign where campaign_year = ?", Integer.class, year)).isPositive();
    assertThat(timeline.get("doneByMonth")).hasSize(12);

    JsonNode head = as("tuphap").get("/api/dashboard/timeline?year=" + year).json();
    long headTasks = 0;
    for (JsonNode item : head.get("items")) {
      headTasks += item.get("kind").asText().equals("PLAN_DEADLINE") ? item.get("open").asLong() + item.get("done").asLong() : 0;
    }
    assertThat(headTasks).as("a unit head's timeline counts their unit's tasks only").isEqualTo(jdbc.queryForObject(
        "select count(*) from improvement_task t join org_unit u on u.id = t.lead_unit_id join improvement_plan p"
            + " on p.id = t.plan_id where u.name = 'Phòng Tư pháp' and p.plan_year = ? and t.status <> 'CANCELLED'",
        Long.class, year)).isPositive();

    JsonNode commune = as("xa01").get("/api/dashboard/timeline?year=" + year).json();
    boolean selfAssessment = false;
    for (JsonNode item : commune.get("items")) {
      if (item.get("label").asText().startsWith("Tự đánh giá")) {
        selfAssessment = true;
        assertThat(item.get("open").asLong() + item.get("done").asLong()).as("only the head's own unit").isEqualTo(1);
      }
    }
    assertThat(selfAssessment).isTrue();

    JsonNode communes = noivu.get("/api/dashboard/coordinator?year=" + year + "&level=COMMUNE").json();
    Long communeOpen = jdbc.queryForObject("select count(*) from improvement_task t join org_unit u on u.id = "
        + "t.lead_unit_id where u.level = 'COMMUNE' and t.status in ('OPEN','SUBMITTED','RETURNED')", Long.class);
    assertThat(communes.get("open").asLong()).isEqualTo(communeOpen);
    JsonNode all = noivu.get("/api/dashboard/coordinator?year=" + year + "&planId=" + planId).json();
    assertThat(all.get("open").asLong()).isEqualTo(jdbc.queryForObject("select count(*) from improvement_task "
        + "where plan_id = ? and status in ('OPEN','SUBMITTED','RETURNED')", Long.class, planId));
    assertThat(noivu.get("/api/dashboard/coordinator?level=GALAXY").status()).isEqualTo(422);
    assertThat(noivu.get("/api/dashboard/coordinator?planId=999999").status()).isEqualTo(404);
  }

  @Test
  void theDrillDownListsOneUnitsOpenWork() {
    Long tuPhap = jdbc.queryForObject("select id from org_unit where name = 'Phòng Tư pháp'", Long.class);
    Long noiVu = jdbc.queryForObject("select id from org_unit where name = 'Phòng Nội vụ'", Long.class);
    JsonNode work = as("noivu").get("/api/tasks?size=200&unitId=" + tuPhap).json().get("items");
    assertThat(work).isNotEmpty().allSatisfy(e -> assertThat(e.get("unitId").asLong()).isEqualTo(tuPhap));
    assertThat(work).anySatisfy(e -> assertThat(e.get("criterionCode").asText()).isEqualTo("2.2.2"));
    JsonNode counts = as("noivu").get("/api/tasks?allUnits=true").json().get("counts");
    long allOpen = 0;
    for (JsonNode n : counts) {
      allOpen += n.asLong();
    }
    assertThat(allOpen).isGreaterThan(work.size());
    ApiClient head = as("tuphap");
    assertThat(head.get("/api/tasks?unitId=" + tuPhap).status()).isEqualTo(200);
    assertThat(head.get("/api/tasks?unitId=" + noiVu).status()).isEqualTo(403);
    assertThat(head.get("/api/tasks?allUnits=true").status()).isEqualTo(403);
    assertThat(head.get("/api/tasks?unitId=999999").status()).isEqualTo(404);
  }
}
