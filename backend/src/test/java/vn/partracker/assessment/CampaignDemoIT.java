package vn.partracker.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.partracker.support.ApiClient;
import vn.partracker.support.DemoRunTest;

/** The demo campaign is mid-way: council set up, one commune submitted, xa01 drafting. */
@DemoRunTest
class CampaignDemoIT {

  @LocalServerPort int port;

  ApiClient as(String username) {
    ApiClient client = new ApiClient(port);
    assertThat(client.login(username, "demo").status()).isEqualTo(200);
    return client;
  }

  @Test
  void theDemoCampaignIsUnderWay() {
    JsonNode campaign = as("noivu").get("/api/campaigns").json().get(0);
    assertThat(campaign.get("council").get("chair").asText()).isEqualTo("Ông Nguyễn Văn Bình");
    assertThat(campaign.get("units")).hasSize(4);
    assertThat(campaign.at("/units/1/step").asText()).isIn("SUBMITTED", "APPRAISED");

    ApiClient xa01 = as("xa01");
    JsonNode mine = xa01.get("/api/campaigns").json().get(0);
    assertThat(mine.get("units")).hasSize(1);
    long unitId = mine.at("/units/0/unitId").asLong();
    JsonNode sheet = xa01.get("/api/campaigns/" + mine.get("id").asLong() + "/units/" + unitId + "/assessment").json();
    assertThat(sheet.get("editable").asBoolean()).isTrue();
    assertThat(sheet.get("items").size()).isGreaterThan(40);
    boolean inInbox = false;
    for (JsonNode e : xa01.get("/api/tasks?size=200").json().get("items")) {
      inInbox |= e.get("subjectType").asText().equals("UNIT_ASSESSMENT");
    }
    assertThat(inInbox).isTrue();

    // the council's inbox holds its appraisals, not the units' improvement tasks (the dashboard shows those)
    JsonNode councilInbox = as("hoidong").get("/api/tasks?size=200").json().get("items");
    councilInbox.forEach(e -> assertThat(e.get("subjectType").asText()).isEqualTo("UNIT_ASSESSMENT"));
    if (campaign.at("/units/1/step").asText().equals("SUBMITTED")) { // not yet appraised by CampaignE2E
      assertThat(councilInbox).isNotEmpty();
    }
    long other = campaign.at("/units/1/unitId").asLong();
    assertThat(xa01.get("/api/campaigns/" + mine.get("id").asLong() + "/units/" + other + "/assessment").status())
        .isEqualTo(403);
  }
}
