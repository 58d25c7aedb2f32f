package vn.partracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.partracker.support.ApiClient;
import vn.partracker.support.DemoRunTest;

/** The demo run: demo deadlines are tracked and swept at start-up, their mails went to the catcher. */
@DemoRunTest
class ReminderDemoIT {

  @LocalServerPort int port;

  @Test
  void theDemoRunHasSentRemindersAndShowsThemInTheBell() {
    ApiClient admin = new ApiClient(port);
    admin.login("admin", "demo");
    // the start-up sweep queued the demo reminders; the sender delivers them after its commit
    // (delivery itself, retries and exactly-once are covered by ReminderFlowTests with GreenMail)
    JsonNode outbox = admin.get("/api/admin/reminders/outbox").json();
    int queued = 0;
    for (String status : List.of("PENDING", "SENDING", "SENT")) {
      queued += outbox.get("counts").path(status).asInt();
    }
    assertThat(queued).as(outbox.get("counts").toString()).isGreaterThanOrEqualTo(5);
    assertThat(outbox.get("counts").has("FAILED")).isFalse();
    List<String> kinds = new ArrayList<>();
    outbox.get("items").forEach(i -> kinds.add(i.get("kind").asText()));
    assertThat(kinds).contains("BEFORE_7", "BEFORE_3", "BEFORE_1", "ESCALATION");

    ApiClient head = new ApiClient(port);
    head.login("tuphap", "demo");
    JsonNode bell = head.get("/api/notifications").json();
    assertThat(bell.get("unread").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(bell.get("items").toString()).contains("TC 2.2.2");

    ApiClient leader = new ApiClient(port);
    leader.login("chutich", "demo");
    assertThat(leader.get("/api/notifications").json().get("items").toString()).contains("Báo cáo lãnh đạo");
  }
}
