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
  void theScoreDashboardProjectsOnlyWhatIsStillOnTrack() {
    JsonNode plan = as("chutich").get("/api/improvement-plans").json().get(0);
    JsonNode scores = as("chutich").get("/api/dashboard/scores?planId=" + plan.get("id").asLong()).json();
    assertThat(scores.get("fields")).hasSize(8);
    assertThat(scores.get("achieved").decimalValue()).isEqualByComparingTo("82.5");
    assertThat(scores.get("assumption").asText()).contains("quá hạn");
    JsonNode first = scores.at("/fields/0");
    // field 1: 7,5 achieved; three items each +0,5 to target; 1.3.1 is overdue, so it is not projected
    assertThat(first.get("target").decimalValue()).isEqualByComparingTo("9");
    assertThat(first.get("projected").decimalValue()).isEqualByComparingTo("8.5");
    assertThat(first.get("secured").decimalValue()).isEqualByComparingTo("7.5");
  }
}
