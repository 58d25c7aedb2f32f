package vn.partracker.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.partracker.support.ApiClient;
import vn.partracker.support.DemoRunTest;

/** The case view on the demo data's real processes: diagram, current step, history, unit scope. */
@DemoRunTest
class CaseViewDemoIT {

  @LocalServerPort int port;

  ApiClient as(String username) {
    ApiClient client = new ApiClient(port);
    assertThat(client.login(username, "demo").status()).isEqualTo(200);
    return client;
  }

  static List<String> texts(JsonNode array) {
    List<String> result = new ArrayList<>();
    array.forEach(n -> result.add(n.asText()));
    return result;
  }

  static List<String> field(JsonNode history, String name) {
    List<String> result = new ArrayList<>();
    history.forEach(n -> result.add(n.get(name).asText()));
    return result;
  }

  static JsonNode work(ApiClient client, String role, String criterion) {
    for (JsonNode e : client.get("/api/tasks?size=200").json().get("items")) {
      if (role.equals(e.get("role").asText()) && criterion.equals(e.get("criterionCode").asText())) {
        return e;
      }
    }
    throw new AssertionError("no " + role + " work on " + criterion);
  }

  @Test
  void aTaskCaseShowsItsDiagramCurrentStepAndAGrowingHistory() {
    ApiClient tuphap = as("tuphap");
    JsonNode work = work(tuphap, "LEAD", "2.3.3");
    String path = "/api/cases/improvement-tasks/" + work.get("subjectId").asLong();

    JsonNode before = tuphap.get(path).json();
    assertThat(before.get("processDefinitionKey").asText()).isEqualTo("improvement-task");
    assertThat(before.get("title").asText()).contains("2.3.3");
    assertThat(before.get("xml").asText()).contains("<bpmn:process id=\"improvement-task\"")
        .contains("bpmndi:BPMNDiagram");
    assertThat(texts(before.get("activeActivityIds"))).contains("Task_Work").doesNotContain("Task_Review");
    int historyBefore = before.get("history").size();
    assertThat(field(before.get("history"), "activityType")).contains("startEvent");
    assertThat(before.at("/history/0/startTime").asText()).isNotBlank();

    ApiClient.Response reported = tuphap.post("/api/improvement-tasks/steps/" + work.get("id").asText() + "/report",
        Map.of("report", "Đã theo dõi thi hành pháp luật trong lĩnh vực trọng tâm"));
    assertThat(reported.status()).as(reported.body()).isEqualTo(200);

    JsonNode after = as("noivu").get(path).json();
    assertThat(texts(after.get("activeActivityIds"))).contains("Task_Review").doesNotContain("Task_Work");
    assertThat(after.get("history").size()).isGreaterThan(historyBefore);
    JsonNode workStep = null;
    for (JsonNode h : after.get("history")) {
      if (h.get("activityId").asText().equals("Task_Work")) {
        workStep = h;
      }
    }
    assertThat(workStep.get("endTime").isNull()).isFalse();
    assertThat(workStep.get("assignee").asText()).as("by name").isEqualTo("Phạm Thị Dung (Trưởng phòng Tư pháp)");
    assertThat(workStep.get("activityName").asText()).isEqualTo("Thực hiện và báo cáo kết quả");

    assertThat(as("xa01").get(path).status()).as("another unit's head").isEqualTo(403);
    assertThat(tuphap.get("/api/cases/improvement-tasks/999999").status()).isEqualTo(404);
  }

  @Test
  void theOverdueTaskIsMarkedOverdue() {
    ApiClient noivu = as("noivu");
    JsonNode overdue = work(noivu, "LEAD", "1.3.1");
    JsonNode view = noivu.get("/api/cases/improvement-tasks/" + overdue.get("subjectId").asLong()).json();
    // the lead's report and the supporting units' contributions share the task's due date
    assertThat(texts(view.get("overdueActivityIds"))).contains("Task_Work").isSubsetOf("Task_Work", "Task_Contribute");
    JsonNode onTime = work(as("tuphap"), "LEAD", "2.2.2");
    assertThat(noivu.get("/api/cases/improvement-tasks/" + onTime.get("subjectId").asLong()).json()
        .get("overdueActivityIds")).isEmpty();
  }

  @Test
  void aCampaignCaseAndAUnitSubProcessFollowTheUnitScope() {
    ApiClient xa01 = as("xa01");
    ApiClient noivu = as("noivu");
    JsonNode campaign = noivu.get("/api/campaigns").json().get(0);
    long id = campaign.get("id").asLong();
    JsonNode overview = xa01.get("/api/cases/campaigns/" + id).json();
    assertThat(overview.get("processDefinitionKey").asText()).isEqualTo("assessment-campaign");
    assertThat(texts(overview.get("activeActivityIds"))).contains("CallActivity_Units");
    assertThat(field(overview.get("history"), "activityId")).contains("Task_SetUpCouncil");
    assertThat(field(overview.get("history"), "activityType")).contains("callActivity").doesNotContain("multiInstanceBody");

    long own = xa01.get("/api/campaigns/" + id).json().at("/units/0/unitId").asLong();
    JsonNode unit = xa01.get("/api/cases/campaigns/" + id + "/units/" + own).json();
    assertThat(unit.get("processDefinitionKey").asText()).isEqualTo("unit-assessment");
    assertThat(texts(unit.get("activeActivityIds"))).contains("Task_SelfAssess");

    long other = campaign.at("/units/1/unitId").asLong();
    assertThat(xa01.get("/api/cases/campaigns/" + id + "/units/" + other).status()).isEqualTo(403);
    assertThat(noivu.get("/api/cases/campaigns/" + id + "/units/" + other).status()).isEqualTo(200);
    assertThat(noivu.get("/api/cases/campaigns/999999").status()).isEqualTo(404);
  }
}
