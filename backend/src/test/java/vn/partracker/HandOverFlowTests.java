package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.partracker.reminder.ReminderService;
import vn.partracker.support.ApiClient;

/**
 * Every hand-over of an improvement task is told, in the bell and by one mail through the outbox:
 * the lead unit reports (the coordinator hears of it, once, and the review item carries the task's
 * due date and unit), a supporting unit contributes, the coordinator returns with a comment and then
 * accepts (the lead unit hears of both), a step is assigned to a person. Against a real SMTP server
 * (GreenMail), on H2 and PostgreSQL.
 */
@TestPropertySource(properties = {"par.reminder.scheduling=false", "par.base-url=http://par.test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class HandOverFlowTests extends IntegrationTestBase {

  static final int SMTP_PORT = freePort();
  static final int YEAR = LocalDate.now().getYear();
  static GreenMail smtp;

  @Autowired ReminderService reminders;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @BeforeAll
  static void startSmtp() {
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The hand-over mails received so far (reminders of the sweep left out), as "recipient KIND". */
  static List<String> handOverMails() throws Exception {
    List<String> mails = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      String kind = m.getHeader("X-PAR-Reminder")[0];
      if (!kind.startsWith("BEFORE_") && !List.of("DUE_TODAY", "OVERDUE", "ESCALATION", "DIGEST").contains(kind)) {
        mails.add(m.getAllRecipients()[0] + " " + kind);
      }
    }
    return mails;
  }

  static MimeMessage lastMail(String to, String kind) throws Exception {
    MimeMessage found = null;
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().equals(to) && m.getHeader("X-PAR-Reminder")[0].equals(kind)) {
        found = m;
      }
    }
    assertThat(found).as("a " + kind + " mail to " + to).isNotNull();
    return found;
  }

  /** The plain-text part of a mail, decoded. */
  static String text(MimeMessage message) throws Exception {
    return text(message.getContent());
  }

  private static String text(Object content) throws Exception {
    if (content instanceof String s) {
      return s;
    }
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart inner) {
          String found = text(inner);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  /** The caller's notifications of one kind, newest first. */
  static List<JsonNode> notifications(ApiClient client, String kind) {
    List<JsonNode> found = new ArrayList<>();
    client.get("/api/notifications").json().get("items").forEach(n -> {
      if (n.get("kind").asText().equals(kind)) {
        found.add(n);
      }
    });
    return found;
  }

  @Test
  void everyHandOverOfATaskIsToldOnceInTheBellAndByMail() throws Exception {
    user("it-leader", district.id(), "LEADER");
    user("it-staff-a", officeA.id(), "UNIT_STAFF");
    ApiClient coordinator = as("it-coord");
    String csv = "Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Điểm đạt được,Mục tiêu,Nhiệm vụ/Giải pháp,"
        + "Đơn vị chủ trì,Cơ quan phối hợp,Kết quả,Thời gian hoàn thành\n"
        + "1,LĨNH VỰC BÀN GIAO,10,6,,,,,,\n"
        + "1.1,Kế hoạch bàn giao,4,2,4,Ban hành kế hoạch,Phòng Thử A,Phòng Thử B,Kế hoạch,"
        + "Trước ngày 31/12/" + YEAR + "\n";
    ApiClient.Response imported = coordinator.uploadForm("/api/improvement-plans/import", "ke-hoach.csv", bytes(csv),
        Map.of("year", String.valueOf(YEAR), "ownerUnitId", String.valueOf(district.id()), "name", "Kế hoạch bàn giao"));
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    long planId = imported.json().get("id").asLong();
    as("it-leader").post("/api/improvement-plans/" + planId + "/approve", Map.of());
    assertThat(activate(coordinator, planId).get("status").asText()).isEqualTo("ACTIVE");
    smtp.purgeEmailFromAllMailboxes();

    ApiClient headA = as("it-head-a");
    ApiClient staffA = as("it-staff-a");
    ApiClient headB = as("it-head-b");
    JsonNode lead = ImprovementFlowTests.entry(headA, planId, "LEAD", "1.1");
    long taskId = lead.get("subjectId").asLong();

    // assigned to a person: that person is told
    assertThat(headA.post("/api/improvement-tasks/steps/" + lead.get("id").asText() + "/assign",
        Map.of("assignee", "it-staff-a")).status()).isEqualTo(200);
    assertThat(notifications(staffA, "ASSIGNED")).singleElement().satisfies(n -> {
      assertThat(n.get("message").asText()).contains("Người dùng it-head-a đã giao cho bạn",
          "Thực hiện và báo cáo kết quả", "hạn 31/12/" + YEAR);
      assertThat(n.get("link").asText()).isEqualTo("/improvement-tasks/" + taskId);
    });

    // the lead unit reports: the coordinator has a bell notification and exactly one mail
    assertThat(headA.post("/api/improvement-tasks/steps/" + lead.get("id").asText() + "/report",
        Map.of("report", "Đã ban hành kế hoạch")).status()).isEqualTo(200);
    assertThat(notifications(coordinator, "REPORTED")).singleElement().satisfies(n -> {
      assertThat(n.get("title").asText()).startsWith("Báo cáo mới chờ xem xét: ");
      assertThat(n.get("message").asText()).contains("Phòng Thử A", "đã báo cáo kết quả nhiệm vụ",
          "Đã ban hành kế hoạch");
      assertThat(n.get("read").asBoolean()).isFalse();
    });
    assertThat(coordinator.get("/api/notifications").json().get("unread").asLong()).isPositive();
    assertThat(notifications(headA, "REPORTED")).as("who reported is not told of it").isEmpty();
    reminders.runNow();
    reminders.runNow();
    assertThat(handOverMails()).containsExactlyInAnyOrder("it-coord@test.vn REPORTED", "it-staff-a@test.vn ASSIGNED");
    MimeMessage reported = lastMail("it-coord@test.vn", "REPORTED");
    assertThat(reported.getSubject()).startsWith("[PAR Tracker] Báo cáo mới chờ xem xét: ");
    assertThat(reported.getHeader("X-PAR-Subject")[0]).isEqualTo("IMPROVEMENT_TASK:" + taskId);
    assertThat(text(reported)).contains("Kính gửi Người dùng it-coord", "Phòng Thử A",
        "http://par.test/improvement-tasks/" + taskId);

    // the review item carries the task's due date and lead unit
    JsonNode review = ImprovementFlowTests.entry(coordinator, planId, "REVIEW", "1.1");
    assertThat(review).isNotNull();
    assertThat(review.get("dueDate").asText()).isEqualTo(YEAR + "-12-31");
    assertThat(review.get("unitName").asText()).isEqualTo("Phòng Thử A");
    assertThat(review.get("createdAt").isNull()).isFalse();
    assertThat(ImprovementFlowTests.entry(headA, planId, "REVIEW", "1.1")).as("the lead unit does not get the review").isNull();

    // a supporting unit contributes: the lead unit is told
    JsonNode support = ImprovementFlowTests.entry(headB, planId, "SUPPORT", "1.1");
    headB.post("/api/improvement-tasks/steps/" + support.get("id").asText() + "/contribute", Map.of("note", "Đã góp ý dự thảo"));
    assertThat(notifications(headA, "CONTRIBUTED")).singleElement().satisfies(n ->
        assertThat(n.get("message").asText()).contains("Phòng Thử B", "Đã góp ý dự thảo"));

    // returned with a comment: the lead unit gets it, with the comment
    coordinator.post("/api/improvement-tasks/steps/" + review.get("id").asText() + "/return", Map.of("comment", "Bổ sung số văn bản"));
    assertThat(notifications(headA, "RETURNED")).singleElement().satisfies(n -> {
      assertThat(n.get("title").asText()).startsWith("Báo cáo bị trả lại: ");
      assertThat(n.get("message").asText()).contains("bị trả lại", "Lý do: Bổ sung số văn bản");
    });
    assertThat(notifications(staffA, "RETURNED")).hasSize(1);
    reminders.runNow();
    assertThat(text(lastMail("it-head-a@test.vn", "RETURNED"))).contains("Lý do: Bổ sung số văn bản");

    // reported again: a second, distinct notification; then accepted: the lead unit is told
    JsonNode again = ImprovementFlowTests.entry(headA, planId, "LEAD", "1.1");
    headA.post("/api/improvement-tasks/steps/" + again.get("id").asText() + "/report", Map.of("report", "Kế hoạch số 12/KH-UBND"));
    assertThat(notifications(coordinator, "REPORTED")).hasSize(2);
    JsonNode accepted = coordinator.post("/api/improvement-tasks/steps/" + ImprovementFlowTests.entry(coordinator, planId, "REVIEW", "1.1").get("id").asText()
        + "/accept", Map.of()).json();
    assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(notifications(headA, "ACCEPTED")).singleElement().satisfies(n ->
        assertThat(n.get("message").asText()).contains("đã được chấp nhận"));
    reminders.runNow();
    reminders.runNow();
    assertThat(handOverMails()).containsExactlyInAnyOrder(
        "it-staff-a@test.vn ASSIGNED",
        "it-coord@test.vn REPORTED", "it-coord@test.vn REPORTED",
        "it-head-a@test.vn CONTRIBUTED", "it-staff-a@test.vn CONTRIBUTED",
        "it-head-a@test.vn RETURNED", "it-staff-a@test.vn RETURNED",
        "it-head-a@test.vn ACCEPTED", "it-staff-a@test.vn ACCEPTED");
    assertThat(notifications(headB, "ACCEPTED")).as("a supporting unit is not told of the decision").isEmpty();
  }
}
