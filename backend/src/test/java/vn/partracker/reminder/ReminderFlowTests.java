package vn.partracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.partracker.org.UnitRequest;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserRequest;
import vn.partracker.org.UserService;
import vn.partracker.shared.TimeConfig;
import vn.partracker.support.ApiClient;
import vn.partracker.support.MutableClock;

/**
 * Reminders end to end against a real SMTP server (GreenMail) with a clock the test moves: run
 * on H2 and on PostgreSQL by the subclasses. Every test starts from empty reminder tables.
 * They share a JVM with the other integration tests (backend/pom.xml) and close their context after
 * the class (its mail server goes with it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "par.demo=false", "par.reminder.scheduling=false", "par.base-url=http://par.test"})
@Import(ReminderFlowTests.TestClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ReminderFlowTests {

  static final String PASSWORD = "matkhau-IT-1";
  static final int SMTP_PORT = freePort();
  static TestSmtpServer smtp;

  @TestConfiguration(proxyBeanMethods = false)
  static class TestClock {
    @Bean
    @Primary
    MutableClock mutableClock() {
      return new MutableClock(java.time.Instant.parse("2026-10-01T01:00:00Z"), TimeConfig.ZONE);
    }
  }

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired ReminderService reminders;
  @Autowired ReminderSweep sweep;
  @Autowired ReminderSender sender;
  @Autowired Outbox outbox;
  @Autowired ReminderMail mail;
  @Autowired ReminderProperties properties;
  @Autowired UnitService units;
  @Autowired UserService users;
  @Autowired JdbcTemplate jdbc;

  UnitView district;
  UnitView officeA;
  UnitView officeB;

  @BeforeAll
  static void startSmtp() {
    smtp = new TestSmtpServer(SMTP_PORT);
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

  /** Stops the SMTP server (connections refused) until {@link #smtpUp()}. */
  void smtpDown() {
    smtp.stop();
  }

  void smtpUp() {
    smtp = new TestSmtpServer(SMTP_PORT);
    smtp.start();
  }

  @BeforeEach
  void fixtures() throws Exception {
    for (String table : List.of("rem_deadline", "rem_outbox", "rem_notification", "rem_user_pref", "rem_policy",
        "rem_calendar_day", "rem_calendar_token")) {
      jdbc.update("delete from " + table);
    }
    smtp.purgeEmailFromAllMailboxes();
    smtp.resetConnections();
    Map<String, UnitView> byName = new HashMap<>();
    units.all().forEach(u -> byName.put(u.name(), u));
    district = byName.computeIfAbsent("Huyện Nhắc Việc", n -> unit(n, "DISTRICT", null));
    officeA = byName.computeIfAbsent("Phòng Nhắc A", n -> unit(n, "DISTRICT_OFFICE", district.id()));
    officeB = byName.computeIfAbsent("Phòng Nhắc B", n -> unit(n, "DISTRICT_OFFICE", district.id()));
    user("rm-admin", null, "ADMIN");
    user("rm-head-a", officeA.id(), "UNIT_HEAD");
    user("rm-staff-a", officeA.id(), "UNIT_STAFF");
    user("rm-head-b", officeB.id(), "UNIT_HEAD");
    user("rm-leader", district.id(), "LEADER");
    user("rm-coord", officeA.id(), "COORDINATOR");
  }

  private UnitView unit(String name, String level, Long parentId) {
    return units.create(new UnitRequest(name, null, List.of(), parentId, level));
  }

  private void user(String username, Long unitId, String role) {
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

  void today(LocalDate day) {
    clock.set(day, LocalTime.of(7, 0));
  }

  void track(String id, String title, UnitView unit, LocalDate due) {
    reminders.track(new Deadline("TASK", id, title, unit.id(), due, "/tasks/" + id, null));
  }

  /** Received mails counted by "recipient subject kind". */
  static Map<String, Integer> received() throws Exception {
    Map<String, Integer> counts = new TreeMap<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      String subject = m.getHeader("X-PAR-Subject") == null ? "-" : m.getHeader("X-PAR-Subject")[0];
      String key = m.getAllRecipients()[0] + " " + subject + " " + m.getHeader("X-PAR-Reminder")[0];
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void trackingASubjectAgainUpdatesItsOneDeadline() {
    track("again", "Tiêu đề cũ", officeA, LocalDate.of(2026, 11, 5));
    track("again", "Tiêu đề mới", officeB, LocalDate.of(2026, 11, 20));
    assertThat(jdbc.queryForList("select title, unit_id, due_date from rem_deadline where subject_type = 'TASK'"
        + " and subject_id = 'again'")).singleElement().satisfies(row -> {
          assertThat(row.get("title")).isEqualTo("Tiêu đề mới");
          assertThat(((Number) row.get("unit_id")).longValue()).isEqualTo(officeB.id());
          assertThat(row.get("due_date").toString()).isEqualTo("2026-11-20");
        });
  }

  @Test
  void tenDeadlinesGiveEachReminderKindExactlyOncePerRecipientWhileTheClockMoves() throws Exception {
    LocalDate base = LocalDate.of(2026, 11, 2);
    LocalDate end = base.plusDays(2 * 9 + 6);
    Map<String, Integer> expected = new TreeMap<>();
    for (int i = 0; i < 10; i++) {
      UnitView unit = i % 2 == 0 ? officeA : officeB;
      LocalDate due = base.plusDays(2L * i);
      track("t" + i, "Nhiệm vụ cải thiện số " + i, unit, due);
      List<String> staff = unit == officeA ? List.of("rm-head-a", "rm-staff-a") : List.of("rm-head-b");
      int overdueMails = (int) ((ChronoUnit.DAYS.between(due, end) - 1) / 2 + 1);
      for (String user : staff) {
        for (String kind : List.of("BEFORE_7", "BEFORE_3", "BEFORE_1", "DUE_TODAY")) {
          expected.put(user + "@test.vn TASK:t" + i + " " + kind, 1);
        }
        expected.put(user + "@test.vn TASK:t" + i + " OVERDUE", overdueMails);
      }
      for (String boss : List.of("rm-leader", "rm-coord")) {
        expected.put(boss + "@test.vn TASK:t" + i + " ESCALATION", 1);
      }
    }
    int day = 0;
    for (LocalDate d = base.minusDays(10); !d.isAfter(end); d = d.plusDays(1), day++) {
      today(d);
      reminders.runNow();
      if (day % 3 == 0) {
        // a retried job, and a second sweep later the same day: nothing new
        clock.advance(Duration.ofHours(5));
        ReminderService.RunResult again = reminders.runNow();
        assertThat(again.newMails()).isZero();
        assertThat(sweep.sweep().mails()).isZero();
      }
    }
    assertThat(received()).isEqualTo(expected);
    assertThat(outbox.countByStatus()).containsOnlyKeys("SENT");

    MimeMessage sample = java.util.Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> header(m, "X-PAR-Subject").equals("TASK:t3") && header(m, "X-PAR-Reminder").equals("BEFORE_3"))
        .findFirst().orElseThrow();
    assertThat(sample.getSubject()).isEqualTo("[PAR Tracker] Còn 3 ngày: Nhiệm vụ cải thiện số 3 – hạn 08/11/2026");
    String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(sample);
    assertThat(sample.getContentType()).startsWith("multipart/");
    assertThat(sample.getAllRecipients()[0].toString()).isEqualTo("rm-head-b@test.vn");
    assertThat(body).contains("text/plain", "text/html");
  }

  static String header(MimeMessage m, String name) {
    try {
      String[] values = m.getHeader(name);
      return values == null ? "" : values[0];
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void whileSmtpIsDownMailsWaitWithBackOffAndArriveExactlyOnceAfterRecovery() throws Exception {
    today(LocalDate.of(2026, 11, 2));
    for (int i = 0; i < 3; i++) {
      track("down" + i, "Báo cáo số " + i, officeA, LocalDate.of(2026, 11, 5));
    }
    smtpDown();
    try {
      ReminderService.RunResult first = reminders.runNow();
      assertThat(first.newMails()).isEqualTo(6);
      assertThat(first.sent()).isZero();
      List<Outbox.Row> pending = outbox.byStatus("PENDING", null, 100);
      assertThat(pending).hasSize(6).allSatisfy(r -> {
        assertThat(r.attempts()).isEqualTo(1);
        assertThat(r.lastError()).isNotBlank();
        assertThat(r.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
      });
      // before the back-off nothing is tried; after it, a second failure doubles the wait
      assertThat(sender.sendPending()).isZero();
      assertThat(outbox.byStatus("PENDING", null, 100)).allSatisfy(r -> assertThat(r.attempts()).isEqualTo(1));
      clock.advance(Duration.ofMinutes(1));
      assertThat(sender.sendPending()).isZero();
      assertThat(outbox.byStatus("PENDING", null, 100)).allSatisfy(r -> {
        assertThat(r.attempts()).isEqualTo(2);
        assertThat(r.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
      });
    } finally {
      smtpUp();
    }
    clock.advance(Duration.ofMinutes(2));
    assertThat(sender.sendPending()).isEqualTo(6);
    reminders.runNow();
    clock.advance(Duration.ofHours(1));
    reminders.runNow();
    assertThat(received()).hasSize(6).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
  }

  @Test
  void afterTheLastAttemptAMailIsFailedForTheAdministratorWhoCanRetryIt() throws Exception {
    // the 7-day reminder; the retries take 2.5 days, before the 3-day reminder is due
    today(LocalDate.of(2026, 11, 13));
    track("fail", "Báo cáo không gửi được", officeB, LocalDate.of(2026, 11, 20));
    smtpDown();
    try {
      reminders.runNow();
      for (int i = 1; i < properties.maxAttempts(); i++) {
        clock.advance(Duration.ofHours(7));
        sender.sendPending();
      }
    } finally {
      smtpUp();
    }
    clock.advance(Duration.ofDays(1).minusHours(1));
    sender.sendPending();
    assertThat(received()).isEmpty();

    ApiClient admin = as("rm-admin");
    JsonNode failed = admin.get("/api/admin/reminders/outbox?status=FAILED").json();
    assertThat(failed.get("items")).singleElement().satisfies(item -> {
      assertThat(item.get("attempts").asInt()).isEqualTo(properties.maxAttempts());
      assertThat(item.get("email").asText()).isEqualTo("rm-head-b@test.vn");
      assertThat(item.get("lastError").asText()).isNotBlank();
    });
    assertThat(admin.get("/api/admin/reminders/outbox?status=LOST").status()).isEqualTo(422);
    assertThat(as("rm-head-b").get("/api/admin/reminders/outbox?status=FAILED").status()).isEqualTo(403);

    long id = failed.get("items").get(0).get("id").asLong();
    ApiClient.Response retry = admin.post("/api/admin/reminders/outbox/" + id + "/retry", Map.of());
    assertThat(retry.status()).isEqualTo(200);
    assertThat(admin.post("/api/admin/reminders/outbox/" + id + "/retry", Map.of()).status()).isEqualTo(409);
    assertThat(received()).containsExactly(Map.entry("rm-head-b@test.vn TASK:fail BEFORE_7", 1));
  }

  @Test
  void twoNodesSendingFromOneDatabaseSendEachMailOnceAndTakeOverADeadNodesClaim() throws Exception {
    today(LocalDate.of(2026, 11, 4));
    for (int i = 0; i < 20; i++) {
      track("n" + i, "Việc song song " + i, officeA, LocalDate.of(2026, 11, 5));
    }
    assertThat(sweep.sweep().mails()).isEqualTo(40);
    // a node claimed one row and died before sending it
    long orphan = outbox.claimableSingles(clock.instant(), clock.instant(), 1).get(0);
    assertThat(outbox.claim(orphan, "dead-token", "dead-node", clock.instant(), clock.instant())).isTrue();

    ReminderSender nodeA = new ReminderSender(outbox, mail, clock, properties, "node-a");
    ReminderSender nodeB = new ReminderSender(outbox, mail, clock, properties, "node-b");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> runs = new ArrayList<>();
    for (ReminderSender node : List.of(nodeA, nodeB, nodeA, nodeB)) {
      runs.add(pool.submit(() -> {
        go.await();
        return node.sendPending();
      }));
    }
    go.countDown();
    int sent = 0;
    for (Future<Integer> run : runs) {
      sent += run.get();
    }
    pool.shutdown();
    assertThat(sent).isEqualTo(39);
    assertThat(received()).hasSize(39);

    // the dead node's claim is taken over once it is stale, and sent once
    clock.advance(properties.staleClaimAfter().minusMinutes(1));
    assertThat(nodeA.sendPending()).isZero();
    clock.advance(Duration.ofMinutes(2));
    assertThat(nodeB.sendPending()).isEqualTo(1);
    assertThat(outbox.get(orphan).claimedBy()).isEqualTo("node-b");
    assertThat(outbox.markSent("dead-token", clock.instant())).isZero(); // the dead node cannot mark it any more
    assertThat(received()).hasSize(40).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    assertThat(outbox.countByStatus()).containsExactly(Map.entry("SENT", 40L));
  }

  /** A node that is stopping claims nothing: its rows stay PENDING for the others, none is left claimed. */
  @Test
  void aStoppingNodeLeavesTheOutboxToTheOthers() {
    today(LocalDate.of(2026, 11, 2));
    List<Long> ids = outboxRows("stop", List.of("dung-1@test.vn", "dung-2@test.vn", "dung-3@test.vn"));
    ReminderSender stopping = new ReminderSender(outbox, mail, clock, properties, "node-stopping");
    stopping.stop();
    assertThat(stopping.sendPending()).isZero();
    for (long id : ids) {
      assertThat(outbox.get(id).status()).isEqualTo("PENDING");
      assertThat(outbox.get(id).claimedBy()).isNull();
    }
    assertThat(sender.sendPending()).isGreaterThanOrEqualTo(3);
    ids.forEach(id -> assertThat(outbox.get(id).status()).isEqualTo("SENT"));
  }

  /** Outbox rows as the sweep writes them, one mail each, to the given addresses. */
  List<Long> outboxRows(String prefix, List<String> emails) {
    java.time.Instant now = clock.instant();
    LocalDate due = LocalDate.now(clock).plusDays(3);
    for (int i = 0; i < emails.size(); i++) {
      assertThat(outbox.insertMail(new Outbox.Item(1_000_000L + i, emails.get(i), "Người nhận " + i, "TASK",
          prefix + i, "BEFORE_3", due, due, 3, false, "Nhiệm vụ " + prefix + i, "Phòng Nhắc A", "/tasks/" + prefix + i,
          false), now)).isTrue();
    }
    return jdbc.queryForList("select id from rem_outbox where subject_id like ? order by id", Long.class, prefix + "%");
  }

  @Test
  void fiftyRowsGoOverOneSmtpConnectionEachOnceAndEachRowIsMarkedSent() throws Exception {
    today(LocalDate.of(2026, 11, 2));
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      emails.add("nguoi-nhan-" + i + "@test.vn");
    }
    List<Long> ids = outboxRows("lo", emails);
    assertThat(ids).hasSize(50);

    assertThat(sender.sendPending()).isEqualTo(50);
    assertThat(sender.sendPending()).isZero();
    assertThat(smtp.connections()).as("SMTP connections used").isEqualTo(1);
    Map<String, Integer> got = received();
    assertThat(got).hasSize(50).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    for (int i = 0; i < 50; i++) {
      assertThat(got).containsKey("nguoi-nhan-" + i + "@test.vn TASK:lo" + i + " BEFORE_3");
    }
    for (long id : ids) {
      Outbox.Row row = outbox.get(id);
      assertThat(row.status()).as("row %d", id).isEqualTo("SENT");
      assertThat(row.sentAt()).isEqualTo(clock.instant());
      assertThat(row.attempts()).isEqualTo(1);
    }

    // the administrator pages through the sent mails, newest first: each once, as many as counted
    ApiClient admin = as("rm-admin");
    List<Long> paged = new ArrayList<>();
    String cursor = null;
    JsonNode page;
    do {
      page = admin.get("/api/admin/reminders/outbox?status=SENT&size=7" + (cursor == null ? "" : "&cursor=" + cursor)).json();
      assertThat(page.get("items").size()).isLessThanOrEqualTo(7);
      page.get("items").forEach(item -> paged.add(item.get("id").asLong()));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null);
    assertThat(paged).doesNotHaveDuplicates().containsAll(ids).hasSize(page.get("counts").get("SENT").asInt())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(admin.get("/api/admin/reminders/outbox?size=201").status()).isEqualTo(422);
    assertThat(admin.get("/api/admin/reminders/outbox?cursor=%21").status()).isEqualTo(422);
  }

  @Test
  void moreThanABatchGoesOverSeveralConnectionsSideBySideEachMessageOnce() throws Exception {
    today(LocalDate.of(2026, 11, 2));
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      emails.add("nhieu-" + (i % 7) + "@test.vn");
    }
    List<Long> ids = outboxRows("ss", emails);
    assertThat(properties.sendBatch()).isEqualTo(50);
    assertThat(properties.sendConnections()).isGreaterThanOrEqualTo(3);

    assertThat(sender.sendPending()).isEqualTo(130);
    assertThat(smtp.connections()).as("lanes of at most 50 messages, side by side").isEqualTo(3);
    assertThat(received()).hasSize(130).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    assertThat(ids).allSatisfy(id -> assertThat(outbox.get(id).status()).isEqualTo("SENT"));
  }

  @Test
  void aRefusedRecipientOrABadAddressFailsOnlyItsOwnRowAndTheOthersGo() throws Exception {
    today(LocalDate.of(2026, 11, 2));
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      emails.add(i == 3 ? TestSmtpServer.REFUSED + "@test.vn" : i == 6 ? "hai dau cach@@test.vn" : "ok-" + i + "@test.vn");
    }
    List<Long> ids = outboxRows("tc", emails);

    assertThat(sender.sendPending()).isEqualTo(8);
    assertThat(smtp.connections()).isEqualTo(1);
    assertThat(received()).hasSize(8).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1))
        .doesNotContainKeys(TestSmtpServer.REFUSED + "@test.vn TASK:tc3 BEFORE_3");
    for (int i = 0; i < 10; i++) {
      Outbox.Row row = outbox.get(ids.get(i));
      if (i == 3 || i == 6) {
        // as any failed attempt: pending again after the back-off, with the reason for the administrator
        assertThat(row.status()).as("row %d", i).isEqualTo("PENDING");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.nextAttemptAt()).isEqualTo(clock.instant().plus(properties.retryBase()));
      } else {
        assertThat(row.status()).as("row %d", i).isEqualTo("SENT");
      }
    }
    assertThat(outbox.get(ids.get(3)).lastError()).contains("550", TestSmtpServer.REFUSED);
    assertThat(outbox.get(ids.get(6)).lastError()).isNotBlank();
    // the retry after the back-off fails them again and sends nothing twice
    clock.advance(properties.retryBase());
    assertThat(sender.sendPending()).isZero();
    assertThat(outbox.get(ids.get(3)).attempts()).isEqualTo(2);
    assertThat(received()).hasSize(8).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
  }

  @Test
  void aConnectionDroppedMidBatchLeavesTheUntriedRowsClaimableAndTheyGoOnce() throws Exception {
    today(LocalDate.of(2026, 11, 2));
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      emails.add(i == 4 ? TestSmtpServer.DROPPED + "@test.vn" : "ok-" + i + "@test.vn");
    }
    List<Long> ids = outboxRows("nk", emails);

    // one sending pass: the four before the drop are sent, the one in flight fails (back-off),
    // the seven after it are given back and go over a new connection in the next round
    assertThat(sender.sendPending()).isEqualTo(11);
    assertThat(smtp.connections()).isEqualTo(2);
    assertThat(received()).hasSize(11).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    Outbox.Row dropped = outbox.get(ids.get(4));
    assertThat(dropped.status()).isEqualTo("PENDING");
    assertThat(dropped.attempts()).isEqualTo(1);
    assertThat(dropped.nextAttemptAt()).isAfter(clock.instant());
    for (int i = 0; i < 12; i++) {
      if (i != 4) {
        Outbox.Row row = outbox.get(ids.get(i));
        assertThat(row.status()).as("row %d", i).isEqualTo("SENT");
        assertThat(row.attempts()).as("given back rows count one attempt, the one that sent them").isEqualTo(1);
      }
    }
  }

  @Test
  void aDropGivesTheUntriedRowsBackAtOnceForAnyNode() throws Exception {
    today(LocalDate.of(2026, 11, 2));
    List<Long> ids = outboxRows("gb", List.of("a@test.vn", "b@test.vn", "c@test.vn"));
    List<Outbox.Row> claimed = outbox.claimBatch(ids, "node-x-token", "node-x", clock.instant(), clock.instant());
    assertThat(claimed).hasSize(3);
    assertThat(outbox.claimBatch(ids, "other", "node-y", clock.instant(), clock.instant())).isEmpty();
    assertThat(outbox.markSent("node-x-token", ids.get(0), clock.instant())).isEqualTo(1);
    assertThat(outbox.release("node-x-token", null, clock.instant())).isEqualTo(2);
    assertThat(outbox.get(ids.get(0)).status()).isEqualTo("SENT");
    assertThat(outbox.get(ids.get(1))).satisfies(r -> {
      assertThat(r.status()).isEqualTo("PENDING");
      assertThat(r.attempts()).isZero();
    });
    // node-x can no longer mark what it gave back; node-y takes the two and sends them
    assertThat(outbox.markSent("node-x-token", ids.get(1), clock.instant())).isZero();
    ReminderSender nodeY = new ReminderSender(outbox, mail, clock, properties, "node-y");
    assertThat(nodeY.sendPending()).isEqualTo(2);
    assertThat(received()).containsOnlyKeys("b@test.vn TASK:gb1 BEFORE_3", "c@test.vn TASK:gb2 BEFORE_3");
  }

  @Test
  void aDigestUserGetsOneMailListingTheirReminders() throws Exception {
    ApiClient headB = as("rm-head-b");
    assertThat(headB.get("/api/reminders/preferences").json().get("dailyDigest").asBoolean()).isFalse();
    assertThat(headB.put("/api/reminders/preferences", Map.of()).status()).isEqualTo(422);
    assertThat(headB.put("/api/reminders/preferences", Map.of("dailyDigest", true)).status()).isEqualTo(200);
    today(LocalDate.of(2026, 11, 10));
    track("d1", "Việc sắp đến hạn", officeB, LocalDate.of(2026, 11, 13));
    track("d2", "Việc quá hạn", officeB, LocalDate.of(2026, 11, 9));
    track("d3", "Việc của phòng A", officeA, LocalDate.of(2026, 11, 11));
    reminders.runNow();
    reminders.runNow();
    List<MimeMessage> toB = java.util.Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> header(m, "To").equals("rm-head-b@test.vn")).toList();
    assertThat(toB).singleElement().satisfies(m -> {
      assertThat(m.getSubject()).isEqualTo("[PAR Tracker] Tổng hợp nhắc việc: 1 sắp đến hạn, 1 quá hạn");
      assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(m)).contains("http://par.test/tasks/d1");
    });
    assertThat(received().keySet()).contains("rm-head-a@test.vn TASK:d3 BEFORE_1", "rm-staff-a@test.vn TASK:d3 BEFORE_1");
  }

  @Test
  void notificationsAreTheCallersOwnNewestFirstAndCanBeRead() {
    today(LocalDate.of(2026, 11, 2));
    track("a1", "Việc A1", officeA, LocalDate.of(2026, 11, 5));
    reminders.runNow();
    today(LocalDate.of(2026, 11, 4));
    track("a2", "Việc A2", officeA, LocalDate.of(2026, 11, 5));
    track("b1", "Việc B1", officeB, LocalDate.of(2026, 11, 5));
    reminders.runNow();

    ApiClient headA = as("rm-head-a");
    JsonNode inbox = headA.get("/api/notifications").json();
    assertThat(inbox.get("unread").asInt()).isEqualTo(3);
    List<String> messages = new ArrayList<>();
    inbox.get("items").forEach(i -> messages.add(i.get("message").asText()));
    assertThat(messages.get(2)).isEqualTo("Còn 3 ngày: Việc A1 – hạn 05/11/2026");
    assertThat(messages.subList(0, 2)).allMatch(m -> m.startsWith("Còn 1 ngày: Việc A"));
    assertThat(inbox.get("items").get(0).get("link").asText()).startsWith("/tasks/a");
    assertThat(inbox.get("items").get(0).get("read").asBoolean()).isFalse();
    assertThat(inbox.get("nextCursor").isNull()).isTrue();

    // paged: two of the same instant (one sweep, a fixed clock) are told apart by id, none twice, none lost
    JsonNode first = headA.get("/api/notifications?size=2").json();
    assertThat(first.get("items")).hasSize(2);
    assertThat(first.get("unread").asInt()).isEqualTo(3);
    JsonNode rest = headA.get("/api/notifications?size=2&cursor=" + first.get("nextCursor").asText()).json();
    assertThat(rest.get("nextCursor").isNull()).isTrue();
    List<Long> paged = new ArrayList<>();
    first.get("items").forEach(i -> paged.add(i.get("id").asLong()));
    rest.get("items").forEach(i -> paged.add(i.get("id").asLong()));
    List<Long> whole = new ArrayList<>();
    inbox.get("items").forEach(i -> whole.add(i.get("id").asLong()));
    assertThat(paged).isEqualTo(whole);
    for (String bad : List.of("size=0", "size=101", "cursor=%21%21", "cursor=eHx5")) {
      ApiClient.Response refused = headA.get("/api/notifications?" + bad);
      assertThat(refused.status()).as(bad).isEqualTo(422);
      assertThat(refused.body()).as(bad).contains(bad.substring(0, bad.indexOf('=')));
    }

    ApiClient headB = as("rm-head-b");
    JsonNode inboxB = headB.get("/api/notifications").json();
    assertThat(inboxB.get("items")).singleElement().satisfies(i -> assertThat(i.get("title").asText()).isEqualTo("Việc B1"));
    long someoneElses = inbox.get("items").get(0).get("id").asLong();
    assertThat(headB.post("/api/notifications/" + someoneElses + "/read", Map.of()).status()).isEqualTo(404);
    assertThat(headA.get("/api/notifications").json().get("unread").asInt()).isEqualTo(3);

    assertThat(headA.post("/api/notifications/" + someoneElses + "/read", Map.of()).json().get("unread").asInt()).isEqualTo(2);
    assertThat(headA.post("/api/notifications/read-all", Map.of()).status()).isEqualTo(200);
    assertThat(headA.get("/api/notifications").json().get("unread").asInt()).isZero();
    assertThat(new ApiClient(port).get("/api/notifications").status()).isEqualTo(401);
  }

  @Test
  void theCalendarFeedListsTheUnitsDeadlinesUntilTheTokenIsRevoked() {
    today(LocalDate.of(2026, 11, 2));
    track("c1", "Nộp báo cáo; quý IV, năm 2026", officeA, LocalDate.of(2026, 11, 5));
    track("c2", "Họp hội đồng", officeA, LocalDate.of(2026, 11, 20));
    track("c3", "Việc của phòng B", officeB, LocalDate.of(2026, 11, 6));
    reminders.track(new Deadline("TASK", "ongoing", "Thường xuyên", officeA.id(), null, "/", null));

    ApiClient headA = as("rm-head-a");
    ApiClient.Response created = headA.post("/api/calendar/token", Map.of());
    assertThat(created.status()).isEqualTo(200);
    String url = created.json().get("url").asText();
    assertThat(url).startsWith("http://par.test/api/calendar/").endsWith(".ics");
    String path = url.substring("http://par.test".length());

    ApiClient anonymous = new ApiClient(port);
    ApiClient.Response feed = anonymous.get(path);
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
    String ics = feed.body();
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
    assertThat(ics.replace("\r\n ", "")).contains("UID:TASK-c1@partracker\r\n", "DTSTART;VALUE=DATE:20261105\r\n",
        "SUMMARY:Hạn: Nộp báo cáo\\; quý IV\\, năm 2026\r\n").doesNotContain("phòng B");

    // the coordinator sees every unit's deadlines
    ApiClient coord = as("rm-coord");
    String coordPath = coord.post("/api/calendar/token", Map.of()).json().get("url").asText().substring("http://par.test".length());
    assertThat(anonymous.get(coordPath).body().split("BEGIN:VEVENT", -1)).hasSize(4);

    // rotating makes the old URL useless; revoking too
    String rotated = headA.post("/api/calendar/token", Map.of()).json().get("url").asText().substring("http://par.test".length());
    assertThat(anonymous.get(path).status()).isEqualTo(404);
    assertThat(anonymous.get(rotated).status()).isEqualTo(200);
    assertThat(headA.delete("/api/calendar/token").status()).isEqualTo(204);
    assertThat(anonymous.get(rotated).status()).isEqualTo(404);
    assertThat(anonymous.post("/api/calendar/token", Map.of()).status()).isEqualTo(401);
  }

  @Test
  void policyAndCalendarSettingsAreValidatedAndRestricted() {
    ApiClient admin = as("rm-admin");
    JsonNode policy = admin.get("/api/admin/reminders/policy").json();
    assertThat(policy.get("beforeDays").toString()).isEqualTo("[7,3,1]");
    assertThat(policy.get("overdueEveryDays").asInt()).isEqualTo(2);
    assertThat(policy.get("escalateAfterDays").asInt()).isEqualTo(3);

    ApiClient.Response bad = admin.put("/api/admin/reminders/policy", Map.of("beforeDays", List.of(0, 120),
        "overdueEveryDays", -1, "escalateAfterDays", 3, "onDueDay", true, "workingDays", false));
    assertThat(bad.status()).isEqualTo(422);
    List<String> fields = new ArrayList<>();
    bad.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("beforeDays", "overdueEveryDays", "shiftDueDate");

    ApiClient coord = as("rm-coord");
    long version = policy.get("version").asLong();
    ApiClient.Response saved = coord.put("/api/admin/reminders/policy", Map.of("beforeDays", List.of(5, 2),
        "overdueEveryDays", 1, "escalateAfterDays", 0, "onDueDay", false, "workingDays", true, "shiftDueDate", true,
        "version", version));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(reminders.globalPolicy()).isEqualTo(new ReminderPolicy(List.of(5, 2), false, 1, 0, true, true));
    // the administrator saves from the same read: 409 with the coordinator's policy and who; no version: 422
    Map<String, Object> mine = new java.util.HashMap<>(Map.of("beforeDays", List.of(10), "overdueEveryDays", 3,
        "escalateAfterDays", 5, "onDueDay", true, "workingDays", true, "shiftDueDate", true, "version", version));
    ApiClient.Response stale = admin.put("/api/admin/reminders/policy", mine);
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    assertThat(stale.json().at("/current/beforeDays").toString()).isEqualTo("[5,2]");
    assertThat(stale.json().at("/errors/0/message").asText()).contains("rm-coord");
    mine.remove("version");
    assertThat(admin.put("/api/admin/reminders/policy", mine).json().at("/errors/0/field").asText()).isEqualTo("version");
    mine.put("version", stale.json().at("/current/version").asLong());
    assertThat(admin.put("/api/admin/reminders/policy", mine).status()).isEqualTo(200);
    assertThat(reminders.globalPolicy().beforeDays()).containsExactly(10);
    mine.put("beforeDays", List.of(5, 2));
    mine.put("overdueEveryDays", 1);
    mine.put("escalateAfterDays", 0);
    mine.put("onDueDay", false);
    mine.put("version", admin.get("/api/admin/reminders/policy").json().get("version").asLong());
    assertThat(admin.put("/api/admin/reminders/policy", mine).status()).isEqualTo(200);
    assertThat(reminders.globalPolicy()).isEqualTo(new ReminderPolicy(List.of(5, 2), false, 1, 0, true, true));
    assertThat(as("rm-head-a").get("/api/admin/reminders/policy").status()).isEqualTo(403);

    assertThat(admin.post("/api/admin/calendar/days", Map.of("date", "31/12/2026", "working", false,
        "note", "Nghỉ thêm theo thông báo")).status()).isEqualTo(201);
    JsonNode year = admin.get("/api/admin/calendar/days?year=2026").json();
    List<String> admins = new ArrayList<>();
    year.get("days").forEach(d -> {
      if (d.get("source").asText().equals("ADMIN")) {
        admins.add(d.get("date").asText());
      }
    });
    assertThat(admins).containsExactly("2026-12-31");
    assertThat(year.get("days").toString()).contains("Giỗ Tổ Hùng Vương", "2026-02-17");
    ApiClient.Response badDay = admin.post("/api/admin/calendar/days", Map.of("date", "31-12-2026"));
    assertThat(badDay.status()).isEqualTo(422);
    assertThat(badDay.json().get("errors").toString()).contains("date", "working");
    assertThat(admin.delete("/api/admin/calendar/days/2026-12-31").status()).isEqualTo(204);
    assertThat(admin.delete("/api/admin/calendar/days/2026-12-31").status()).isEqualTo(404);
    assertThat(admin.delete("/api/admin/calendar/days/hôm-nay").status()).isEqualTo(422);
    assertThat(coord.get("/api/admin/calendar/days").status()).isEqualTo(403);
  }

  @Test
  void theTestEmailUsesTheReminderTemplate() throws Exception {
    ApiClient admin = as("rm-admin");
    assertThat(admin.post("/api/admin/reminders/test-email", Map.of()).status()).isEqualTo(204);
    assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m ->
        assertThat(m.getSubject()).startsWith("[PAR Tracker] Còn 3 ngày: Thư thử nghiệm nhắc việc – hạn "));
  }
}
