package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.partracker.org.UnitRequest;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserRequest;
import vn.partracker.org.UserService;
import vn.partracker.support.ApiClient;

/**
 * Integration tests against the real server, run on H2 and on PostgreSQL by subclasses. Fixtures
 * are created through the services, not demo data, so both databases start from the same state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "par.demo=false")
abstract class IntegrationTestBase {

  static final String PASSWORD = "matkhau-IT-1";

  @LocalServerPort int port;
  @Autowired UnitService units;
  @Autowired UserService users;

  UnitView district;
  UnitView officeA;
  UnitView officeB;
  UnitView commune;

  @BeforeEach
  void fixtures() {
    Map<String, UnitView> byName = new HashMap<>();
    units.all().forEach(u -> byName.put(u.name(), u));
    district = byName.computeIfAbsent("Huyện Thử Nghiệm", n -> unit(n, "DISTRICT", null));
    officeA = byName.computeIfAbsent("Phòng Thử A", n -> unit(n, "DISTRICT_OFFICE", district.id()));
    officeB = byName.computeIfAbsent("Phòng Thử B", n -> unit(n, "DISTRICT_OFFICE", district.id()));
    commune = byName.computeIfAbsent("Xã Thử Nghiệm", n -> unit(n, "COMMUNE", district.id()));
    user("it-admin", null, "ADMIN");
    user("it-coord", officeA.id(), "COORDINATOR");
    user("it-head-a", officeA.id(), "UNIT_HEAD");
    user("it-head-b", officeB.id(), "UNIT_HEAD");
  }

  UnitView unit(String name, String level, Long parentId) {
    return units.create(new UnitRequest(name, null, List.of(), parentId, level));
  }

  void user(String username, Long unitId, String role) {
    if (users.findByUsername(username).isEmpty()) {
      users.create(new UserRequest(username, "Người dùng " + username, username + "@test.vn", unitId,
          List.of(role), true, PASSWORD), null);
    }
  }

  ApiClient as(String username) {
    ApiClient client = new ApiClient(port);
    assertThat(client.login(username, PASSWORD).status()).isEqualTo(200);
    return client;
  }

  /**
   * Activates an approved plan (202, the plan ACTIVATING at once) and waits for the worker to make it
   * ACTIVE with every task started: polls {@code GET .../activation}, up to a minute. The plan.
   */
  static com.fasterxml.jackson.databind.JsonNode activate(ApiClient client, long planId) {
    ApiClient.Response accepted = client.post("/api/improvement-plans/" + planId + "/activate", Map.of());
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    assertThat(accepted.json().get("status").asText()).isIn("ACTIVATING", "ACTIVE");
    awaitActive(client, planId);
    return client.get("/api/improvement-plans/" + planId).json();
  }

  /** Polls the plan's activation until ACTIVE (started == total), up to a minute; its last progress. */
  static com.fasterxml.jackson.databind.JsonNode awaitActive(ApiClient client, long planId) {
    long until = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
    while (true) {
      ApiClient.Response progress = client.get("/api/improvement-plans/" + planId + "/activation");
      assertThat(progress.status()).as(progress.body()).isEqualTo(200);
      com.fasterxml.jackson.databind.JsonNode json = progress.json();
      if (json.get("status").asText().equals("ACTIVE")) {
        assertThat(json.get("started").asInt()).isEqualTo(json.get("total").asInt());
        return json;
      }
      assertThat(json.get("status").asText()).as(progress.body()).isEqualTo("ACTIVATING");
      assertThat(System.nanoTime()).as("plan " + planId + " still activating after a minute: " + progress.body())
          .isLessThan(until);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  static Map<String, String> fields(ApiClient.Response response) {
    Map<String, String> fields = new HashMap<>();
    response.json().get("errors").forEach(e -> fields.putIfAbsent(e.get("field").asText(), e.get("message").asText()));
    return fields;
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] xlsx(List<List<String>> rows) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("Người dùng");
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      workbook.write(out);
    }
    return out.toByteArray();
  }
}
