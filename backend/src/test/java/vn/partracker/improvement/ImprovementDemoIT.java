package vn.partracker.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.support.ApiClient;
import vn.partracker.support.DemoRunTest;

/** The demo run: an active plan whose work sits in the demo users' inboxes; seed 001 imports for Hương Sơn. */
@DemoRunTest
class ImprovementDemoIT {

  @LocalServerPort int port;
  @Autowired UnitService units;

  ApiClient as(String username) {
    ApiClient client = new ApiClient(port);
    assertThat(client.login(username, "demo").status()).isEqualTo(200);
    return client;
  }

  static JsonNode entry(ApiClient client, String role, String criterion) {
    for (JsonNode e : client.get("/api/tasks?size=200").json().get("items")) {
      if (e.get("role").asText().equals(role) && criterion.equals(e.get("criterionCode").asText())) {
        return e;
      }
    }
    return null;
  }

  @Test
  void theDemoPlanIsActiveAndTheInboxesHaveWork() {
    JsonNode plans = as("chutich").get("/api/improvement-plans").json();
    assertThat(plans).anySatisfy(p -> {
      assertThat(p.get("status").asText()).isEqualTo("ACTIVE");
      assertThat(p.at("/baseline/index").decimalValue()).isEqualByComparingTo("82.5");
      assertThat(p.at("/baseline/classification").asText()).isEqualTo("GOOD");
    });
    JsonNode tuPhap = entry(as("tuphap"), "LEAD", "2.2.2");
    assertThat(tuPhap).isNotNull();
    assertThat(tuPhap.get("status").asText()).isEqualTo("DUE_SOON");
    assertThat(tuPhap.get("dueDate").asText()).isEqualTo(LocalDate.now().plusDays(7).toString());
    JsonNode overdue = entry(as("noivu"), "LEAD", "1.3.1");
    assertThat(overdue.get("status").asText()).isEqualTo("OVERDUE");
    assertThat(entry(as("xa01"), "SUPPORT", "3.3.2")).isNotNull();
    assertThat(entry(as("vanphong"), "SUPPORT", "2.2.2")).isNotNull();
  }

  @Test
  void seed001TaskTableImportsForHuongSonWithEveryDeadlineKind() throws Exception {
    long district = units.all().stream().filter(u -> u.level().equals("DISTRICT")).mapToLong(UnitView::id)
        .findFirst().orElseThrow();
    ApiClient noivu = as("noivu");
    ApiClient.Response imported = noivu.uploadForm("/api/improvement-plans/import", "ke-hoach-419.csv",
        new ClassPathResource("seeds/ke-hoach-419-tinh-bien-2017.csv").getContentAsByteArray(),
        Map.of("year", "2017", "ownerUnitId", String.valueOf(district)));
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    Map<String, String> kinds = new HashMap<>();
    imported.json().get("items").forEach(i -> kinds.put(i.get("row").asInt() + ":" + i.get("code").asText(),
        i.at("/deadline/kind").asText()));
    assertThat(kinds).hasSize(14).containsEntry("3:1.1.1", "PERIOD").containsEntry("4:1.2.2", "RECURRING")
        .containsEntry("16:3.2.1", "ONGOING").containsEntry("18:5.1", "ONGOING").containsEntry("21:7.1.5", "NONE")
        .doesNotContainValue("UNPARSED");
    assertThat(imported.json().at("/items/0/leadUnit").asText()).isEqualTo("Phòng Nội vụ");
    assertThat(imported.json().at("/items/0/supportingUnits")).extracting(JsonNode::asText)
        .contains("Phòng Tư pháp", "Xã Sơn Hồng").doesNotContain("Phòng Nội vụ");
  }
}
