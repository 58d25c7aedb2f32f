package vn.partracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.partracker.org.UnitTree;
import vn.partracker.org.UserRequest;
import vn.partracker.org.UserService;
import vn.partracker.support.ApiClient;
import vn.partracker.support.EmbeddedPostgres;
import vn.partracker.support.SyntheticData;

/**
 * The coordinator dashboard on a generated province (150 units, 10,000 tasks) on PostgreSQL:
 * every counter and every unit row against SQL written here, and a unit head's narrower view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "par.demo=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardSyntheticPostgresIT {

  static final String PASSWORD = "matkhau-IT-1";
  static final String OPEN = "status in ('OPEN','SUBMITTED','RETURNED')";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "dashboard_synthetic");
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserService users;
  @Autowired Clock clock;

  LocalDate today;
  int year;
  long province;
  long district;
  long commune;

  @BeforeAll
  void generate() {
    today = LocalDate.now(clock);
    year = today.getYear();
    SyntheticData.Result data = SyntheticData.generate(dataSource, SyntheticData.PROVINCE, today, 42);
    events.publishEvent(new UnitTree.Changed()); // units written with SQL: the kept tree is dropped
    assertThat(data.units()).isEqualTo(150);
    assertThat(data.tasks()).isEqualTo(10_000);
    province = data.provinceIds().get(0);
    district = jdbc.queryForObject("select min(id) from org_unit where level = 'DISTRICT'", Long.class);
    commune = jdbc.queryForObject("select min(id) from org_unit where parent_id = ? and id in "
        + "(select lead_unit_id from improvement_task)", Long.class, district);
    user("syn-coord", province, "COORDINATOR");
    user("syn-head-district", district, "UNIT_HEAD");
    user("syn-head-commune", commune, "UNIT_HEAD");
  }

  void user(String username, long unitId, String role) {
    users.create(new UserRequest(username, "Người dùng " + username, username + "@test.vn", unitId, List.of(role),
        true, PASSWORD), null);
  }

  JsonNode board(String username) {
    ApiClient client = new ApiClient(port);
    assertThat(client.login(username, PASSWORD).status()).isEqualTo(200);
    ApiClient.Response response = client.get("/api/dashboard/coordinator?year=" + year);
    assertThat(response.status()).isEqualTo(200);
    return response.json();
  }

  /** Per lead unit: open, due within 7 days, overdue, accepted on time, accepted late, next due day. */
  Map<Long, Object[]> expectedRows() {
    Map<Long, Object[]> rows = new HashMap<>();
    String ofYear = " from improvement_task where plan_id in (select id from improvement_plan where plan_year = ?)";
    jdbc.query("select distinct lead_unit_id" + ofYear, rs -> {
      rows.put(rs.getLong(1), new Object[] {0L, 0L, 0L, 0L, 0L, null});
    }, year);
    Date from = Date.valueOf(today);
    Date soon = Date.valueOf(today.plusDays(7));
    count(rows, 0, "select lead_unit_id, count(*)" + ofYear + " and " + OPEN + " group by lead_unit_id", year);
    count(rows, 1, "select lead_unit_id, count(*)" + ofYear + " and " + OPEN
        + " and due_on between ? and ? group by lead_unit_id", year, from, soon);
    count(rows, 2, "select lead_unit_id, count(*)" + ofYear + " and " + OPEN
        + " and due_on < ? group by lead_unit_id", year, from);
    count(rows, 3, "select lead_unit_id, count(*)" + ofYear
        + " and status = 'ACCEPTED' and submitted_on <= due_on group by lead_unit_id", year);
    count(rows, 4, "select lead_unit_id, count(*)" + ofYear
        + " and status = 'ACCEPTED' and submitted_on > due_on group by lead_unit_id", year);
    jdbc.query("select lead_unit_id, min(due_on)" + ofYear + " and " + OPEN + " group by lead_unit_id",
        rs -> {
          rows.get(rs.getLong(1))[5] = rs.getDate(2).toLocalDate();
        }, year);
    return rows;
  }

  void count(Map<Long, Object[]> rows, int column, String sql, Object... args) {
    jdbc.query(sql, rs -> {
      rows.get(rs.getLong(1))[column] = rs.getLong(2);
    }, args);
  }

  static BigDecimal rate(long onTime, long late) {
    return onTime + late == 0 ? null
        : new BigDecimal(onTime * 100).divide(new BigDecimal(onTime + late), 1, RoundingMode.HALF_UP);
  }

  static long sum(Map<Long, Object[]> rows, int column) {
    return rows.values().stream().mapToLong(r -> (Long) r[column]).sum();
  }

  void assertRows(JsonNode board, Map<Long, Object[]> expected) {
    Map<Long, String> names = new HashMap<>();
    jdbc.query("select id, name from org_unit", rs -> {
      names.put(rs.getLong(1), rs.getString(2));
    });
    Set<Long> seen = new HashSet<>();
    for (JsonNode row : board.get("units")) {
      long unitId = row.get("unitId").asLong();
      assertThat(seen.add(unitId)).as("unit %d once", unitId).isTrue();
      Object[] e = expected.get(unitId);
      assertThat(e).as("unit %d has tasks this year", unitId).isNotNull();
      assertThat(row.get("unitName").asText()).isEqualTo(names.get(unitId));
      assertThat(row.get("open").asLong()).as("open of %d", unitId).isEqualTo(e[0]);
      assertThat(row.get("dueSoon").asLong()).as("dueSoon of %d", unitId).isEqualTo(e[1]);
      assertThat(row.get("overdue").asLong()).as("overdue of %d", unitId).isEqualTo(e[2]);
      assertThat(row.get("doneOnTime").asLong()).as("doneOnTime of %d", unitId).isEqualTo(e[3]);
      assertThat(row.get("doneLate").asLong()).as("doneLate of %d", unitId).isEqualTo(e[4]);
      BigDecimal rate = rate((Long) e[3], (Long) e[4]);
      if (rate == null) {
        assertThat(row.get("onTimeRate").isNull()).isTrue();
      } else {
        assertThat(row.get("onTimeRate").decimalValue()).as("onTimeRate of %d", unitId).isEqualByComparingTo(rate);
      }
      assertThat(row.get("nextDueDate").isNull() ? null : LocalDate.parse(row.get("nextDueDate").asText()))
          .as("nextDueDate of %d", unitId).isEqualTo(e[5]);
    }
    assertThat(seen).isEqualTo(expected.keySet());
    assertThat(board.get("open").asLong()).isEqualTo(sum(expected, 0));
    assertThat(board.get("dueSoon").asLong()).isEqualTo(sum(expected, 1));
    assertThat(board.get("overdue").asLong()).isEqualTo(sum(expected, 2));
    assertThat(board.get("doneOnTime").asLong()).isEqualTo(sum(expected, 3));
    assertThat(board.get("doneLate").asLong()).isEqualTo(sum(expected, 4));
    assertThat(board.get("onTimeRate").decimalValue()).isEqualByComparingTo(rate(sum(expected, 3), sum(expected, 4)));
  }

  @Test
  void theCoordinatorSeesEveryUnitOfTheProvinceAsTheTaskTableSaysIt() {
    Map<Long, Object[]> expected = expectedRows();
    JsonNode board = board("syn-coord");
    assertThat(board.get("year").asInt()).isEqualTo(year);
    assertThat(board.get("units")).hasSizeGreaterThan(100);
    assertThat(board.get("unitCount").asInt()).isEqualTo(expected.size());
    assertRows(board, expected);
    // the generated mix holds every case, so each comparison above can fail
    assertThat(board.get("overdue").asLong()).isPositive();
    assertThat(board.get("dueSoon").asLong()).isPositive();
    assertThat(board.get("doneOnTime").asLong()).isPositive();
    assertThat(board.get("doneLate").asLong()).isPositive();
    assertThat(board.get("open").asLong()).isLessThan(
        jdbc.queryForObject("select count(*) from improvement_task where status not in ('ACCEPTED')", Long.class));
    int rank = 0;
    for (JsonNode row : board.get("units")) {
      assertThat(row.get("rank").asInt()).isEqualTo(++rank);
    }
    assertThat(board.get("organisationOnTimeRate").decimalValue())
        .isEqualByComparingTo(board.get("onTimeRate").decimalValue());
  }

  @Test
  void aUnitHeadSeesOnlyTheirOwnUnitsWithTheOrganisationsRateForComparison() {
    Map<Long, Object[]> all = expectedRows();
    JsonNode coordinator = board("syn-coord");

    JsonNode mine = board("syn-head-commune");
    assertThat(mine.get("units")).hasSize(1);
    assertThat(mine.at("/units/0/unitId").asLong()).isEqualTo(commune);
    assertRows(mine, Map.of(commune, all.get(commune)));
    assertThat(mine.get("unitCount").asInt()).isEqualTo(all.size());
    assertThat(mine.get("organisationOnTimeRate").decimalValue())
        .isEqualByComparingTo(coordinator.get("onTimeRate").decimalValue());

    Map<Long, Object[]> districtRows = new HashMap<>();
    jdbc.queryForList("select id from org_unit where id = ? or parent_id = ?", Long.class, district, district)
        .stream().filter(all::containsKey).forEach(id -> districtRows.put(id, all.get(id)));
    assertThat(districtRows).hasSizeGreaterThan(5);
    assertRows(board("syn-head-district"), districtRows);
  }
}
