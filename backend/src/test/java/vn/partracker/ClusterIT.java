package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import vn.partracker.support.ApiClient;
import vn.partracker.support.EmbeddedPostgres;
import vn.partracker.support.S3ProxyServer;

/**
 * Two nodes of the production jar (two JVMs, {@code target/par-tracker-production.jar}: no H2, no
 * GreenMail) on one
 * PostgreSQL database, one S3-compatible bucket for evidence (S3Proxy) and one SMTP server, as behind
 * a load balancer: a user's cookies go to either node. What one node does, the other sees at once.
 * Its nodes are JVMs of their own, so it runs beside the other tests of its JVM (see the pom).
 */
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  static final Duration BOOT = Duration.ofMinutes(5);
  static final Path PRODUCTION_JAR = Path.of("target", "par-tracker-production.jar");

  static String jdbcUrl;
  static S3ProxyServer s3;
  static GreenMail smtp;
  static Node a;
  static Node b;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    jdbcUrl = EmbeddedPostgres.jdbcUrl("cluster");
    s3 = S3ProxyServer.start();
    smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    // the first node loads the demo organisation and work into the empty database; the second
    // starts on the filled database (as a node added to a running cluster)
    // node A activates plans in small chunks, so that it can be killed mid-way
    a = Node.start("a", "--par.activation.chunk-starts=5");
    a.awaitReady();
    b = Node.start("b");
    b.awaitReady();
  }

  @AfterAll
  static void stopNodes() {
    for (Node node : new Node[] {a, b}) {
      if (node != null) {
        node.process.destroyForcibly();
      }
    }
    if (smtp != null) {
      smtp.stop();
    }
    if (s3 != null) {
      s3.close();
    }
  }

  @Test
  @Execution(ExecutionMode.SAME_THREAD) // in order, one after another: the last one kills node A
  void theNodesRunTheProductionJarWhichLeavesOutH2AndGreenMail() throws IOException {
    assertThat(libraries(PRODUCTION_JAR)).noneMatch(l -> l.startsWith("h2-") || l.startsWith("greenmail-"))
        .anyMatch(l -> l.startsWith("postgresql-"));
    // the zero-setup jar has both
    assertThat(libraries(Path.of("target", "par-tracker.jar"))).anyMatch(l -> l.startsWith("h2-"))
        .anyMatch(l -> l.startsWith("greenmail-"));
  }

  static List<String> libraries(Path jar) throws IOException {
    try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
      return zip.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.startsWith("BOOT-INF/lib/"))
          .map(n -> n.substring("BOOT-INF/lib/".length())).toList();
    }
  }

  @Test
  @Execution(ExecutionMode.SAME_THREAD)
  void aUserIsServedByEitherNodeAndEveryNodeSeesTheSameWork() throws Exception {
    // one browser: its cookies (session, XSRF) go to both nodes, as behind a load balancer
    ApiClient headOnA = new ApiClient(a.port);
    assertThat(headOnA.login("tuphap", "demo").status()).isEqualTo(200);
    ApiClient headOnB = headOnA.sameBrowserAt(b.port);
    assertThat(headOnB.get("/api/me").json().get("username").asText())
        .as("the session made on node A is known to node B").isEqualTo("tuphap");

    JsonNode lead = firstOpen(headOnB, "LEAD");
    long taskId = lead.get("subjectId").asLong();

    // evidence uploaded on A is downloaded on B
    byte[] evidence = ("%PDF-1.4 Báo cáo kết quả thực hiện " + Instant.now()).getBytes(StandardCharsets.UTF_8);
    ApiClient.Response uploaded = headOnA.upload("/api/improvement-tasks/" + taskId + "/attachments",
        "bao-cao.pdf", evidence);
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
    JsonNode attachments = uploaded.json().get("attachments");
    long attachmentId = attachments.get(attachments.size() - 1).get("id").asLong();
    assertThat(headOnB.get("/api/improvement-tasks/" + taskId + "/attachments/" + attachmentId).bodyBytes())
        .isEqualTo(evidence);

    // reported on B, reviewed and accepted on A by the coordinator
    ApiClient.Response reported = headOnB.post("/api/improvement-tasks/steps/" + lead.get("id").asText() + "/report",
        Map.of("report", "Đã hoàn thành, kèm báo cáo"));
    assertThat(reported.status()).as(reported.body()).isEqualTo(200);
    ApiClient coordinatorOnA = new ApiClient(a.port);
    assertThat(coordinatorOnA.login("noivu", "demo").status()).isEqualTo(200);
    ApiClient coordinatorOnB = coordinatorOnA.sameBrowserAt(b.port);
    long doneBefore = coordinatorOnB.get("/api/dashboard/coordinator?year=" + year(lead)).json()
        .get("doneOnTime").asLong() + coordinatorOnB.get("/api/dashboard/coordinator?year=" + year(lead)).json()
        .get("doneLate").asLong();
    JsonNode review = items(coordinatorOnA.get("/api/tasks")).stream()
        .filter(e -> e.get("role").asText().equals("REVIEW") && e.get("subjectId").asLong() == taskId)
        .findFirst().orElseThrow(() -> new AssertionError("no review item for task " + taskId + " on node A"));
    ApiClient.Response accepted = coordinatorOnA.post("/api/improvement-tasks/steps/" + review.get("id").asText() + "/accept", Map.of());
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

    // node B sees the acceptance, and its cached dashboard is dropped through the cluster signal
    assertThat(headOnB.get("/api/improvement-tasks/" + taskId).json().get("status").asText()).isEqualTo("ACCEPTED");
    awaitTrue("node B's dashboard counts the task accepted on node A", Duration.ofSeconds(10), () -> {
      JsonNode after = coordinatorOnB.get("/api/dashboard/coordinator?year=" + year(lead)).json();
      return after.get("doneOnTime").asLong() + after.get("doneLate").asLong() == doneBefore + 1;
    });
  }

  @Test
  @Execution(ExecutionMode.SAME_THREAD)
  void bothNodesSweepRemindersAndEachMailGoesOnce() throws Exception {
    // both nodes sweep every few seconds (see Node.start); the demo has tasks due in 7, 3, 1 days and overdue
    awaitTrue("reminders reach the SMTP server", Duration.ofMinutes(2), () -> smtp.getReceivedMessages().length > 0);
    awaitTrue("the outbox is empty", Duration.ofMinutes(2), () -> count(
        "select count(*) from rem_outbox where status <> 'SENT'") == 0);
    Thread.sleep(6000); // at least one more sweep and send by each node
    MimeMessage[] received = smtp.getReceivedMessages();
    Set<String> distinct = new HashSet<>();
    List<String> repeated = new ArrayList<>();
    for (MimeMessage message : received) {
      String key = String.join("|", message.getAllRecipients()[0].toString(), message.getSubject(),
          GreenMailUtil.getBody(message));
      if (!distinct.add(key)) {
        repeated.add(message.getAllRecipients()[0] + ": " + message.getSubject());
      }
    }
    assertThat(repeated).as("mails sent twice").isEmpty();
    assertThat(count("select count(distinct claimed_by) from rem_outbox")).as("nodes that sent mail").isPositive();
  }

  /**
   * A plan activation runs on node A (small chunks, so that it takes a while); A is killed after its
   * first chunks committed; node B finds the job's claim gone stale, takes it over and makes the plan
   * ACTIVE, with one task row and one task process per item: none started twice, none left out.
   * Runs last: node A does not come back.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  @Execution(ExecutionMode.SAME_THREAD)
  void aNodeKilledMidActivationLeavesThePlanToTheOther() throws Exception {
    ApiClient coordinatorOnA = new ApiClient(a.port);
    assertThat(coordinatorOnA.login("noivu", "demo").status()).isEqualTo(200);
    long district = items(coordinatorOnA.get("/api/units")).stream()
        .filter(u -> u.get("name").asText().equals("UBND huyện Hương Sơn")).findFirst().orElseThrow().get("id").asLong();
    int count = 400;
    int year = java.time.LocalDate.now().getYear() + 1;
    StringBuilder csv = new StringBuilder("Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Điểm đạt được,Mục tiêu,"
        + "Nhiệm vụ/Giải pháp,Đơn vị chủ trì,Cơ quan phối hợp,Kết quả,Thời gian hoàn thành\n1,LĨNH VỰC 1," + count + ",0,,,,,,\n");
    String[] leads = {"Phòng Tư pháp", "Văn phòng HĐND và UBND"};
    for (int i = 1; i <= count; i++) {
      csv.append("1.").append(i).append(",Tiêu chí số ").append(i).append(",1,0,1,Thực hiện nhiệm vụ ").append(i).append(',')
          .append(leads[i % 2]).append(",,Báo cáo,Trước ngày 30/06/").append(year).append('\n');
    }
    ApiClient.Response imported = coordinatorOnA.uploadForm("/api/improvement-plans/import", "ke-hoach.csv",
        csv.toString().getBytes(StandardCharsets.UTF_8), Map.of("year", String.valueOf(year), "ownerUnitId",
            String.valueOf(district), "name", "Kế hoạch hai nút"));
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    long planId = imported.json().get("id").asLong();
    ApiClient leader = new ApiClient(a.port);
    assertThat(leader.login("chutich", "demo").status()).isEqualTo(200);
    assertThat(leader.post("/api/improvement-plans/" + planId + "/approve", Map.of()).status()).isEqualTo(200);
    assertThat(coordinatorOnA.post("/api/improvement-plans/" + planId + "/activate", Map.of()).status()).isEqualTo(202);

    String activation = "/api/improvement-plans/" + planId + "/activation";
    awaitTrue("node A commits its first chunks", Duration.ofSeconds(60),
        () -> coordinatorOnA.get(activation).json().get("started").asInt() > 0);
    a.process.destroyForcibly().waitFor();
    long startedByA = count("select started from improvement_activation where plan_id = " + planId);
    assertThat(startedByA).as("node A was killed mid-way").isBetween(1L, count - 1L);
    assertThat(count("select count(*) from improvement_activation where claimed_by = 'node-a' and plan_id = " + planId))
        .as("node A held the job").isEqualTo(1);

    ApiClient coordinatorOnB = coordinatorOnA.sameBrowserAt(b.port);
    awaitTrue("node B finishes the activation", Duration.ofSeconds(90),
        () -> coordinatorOnB.get("/api/improvement-plans/" + planId).json().get("status").asText().equals("ACTIVE"));
    JsonNode progress = coordinatorOnB.get(activation).json();
    assertThat(progress.get("started").asInt()).isEqualTo(count);
    assertThat(progress.get("total").asInt()).isEqualTo(count);
    assertThat(count("select count(*) from improvement_activation where claimed_by = 'node-b' and plan_id = " + planId))
        .as("node B took the job over").isEqualTo(1);
    assertThat(count("select count(*) from improvement_task where plan_id = " + planId)).isEqualTo(count);
    assertThat(count("select count(*) from improvement_task where process_instance_id is null and plan_id = " + planId))
        .isZero();
    assertThat(count("select count(*) from (select item_id, lead_unit_id from improvement_task where plan_id = " + planId
        + " group by item_id, lead_unit_id having count(*) > 1) twice")).as("items with two task rows").isZero();
    assertThat(count("select count(*) from act_ru_variable v join act_ru_execution e on e.id_ = v.execution_id_"
        + " join act_re_procdef d on d.id_ = e.proc_def_id_ where d.key_ = 'improvement-task' and v.name_ = 'subjectId'"
        + " and e.parent_id_ is null and v.long_ in (select id from improvement_task where plan_id = " + planId + ")"))
        .as("task processes of the plan, one per task").isEqualTo(count);
  }

  @Test
  @Execution(ExecutionMode.SAME_THREAD)
  void aUnitRenamedOnOneNodeIsRenamedOnTheOtherWithinSeconds() throws Exception {
    ApiClient onA = new ApiClient(a.port);
    assertThat(onA.login("noivu", "demo").status()).isEqualTo(200);
    ApiClient onB = onA.sameBrowserAt(b.port);
    JsonNode unit = unitNamed(onB, "Phòng Tư pháp"); // node B keeps its tree from here
    String renamed = "Phòng Tư pháp (đổi tên trên nút A)";
    Map<String, Object> change = new HashMap<>(Map.of("name", renamed, "level", unit.get("level").asText(),
        "parentId", unit.get("parentId").asLong(), "version", unit.get("version").asLong()));
    ApiClient.Response saved = onA.put("/api/units/" + unit.get("id").asLong(), change);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(unitNamed(onA, renamed).get("id").asLong()).as("on node A at once").isEqualTo(unit.get("id").asLong());
    // node B's kept tree (kept up to a minute otherwise) is dropped through the cluster signal
    awaitTrue("node B lists the unit renamed on node A", Duration.ofSeconds(10), () -> {
      for (JsonNode u : onB.get("/api/units").json()) {
        if (u.get("name").asText().equals(renamed)) {
          return true;
        }
      }
      return false;
    });
    change.put("name", "Phòng Tư pháp");
    change.put("version", saved.json().get("version").asLong());
    assertThat(onA.put("/api/units/" + unit.get("id").asLong(), change).status()).isEqualTo(200);
  }

  static JsonNode unitNamed(ApiClient client, String name) {
    for (JsonNode u : client.get("/api/units").json()) {
      if (u.get("name").asText().equals(name)) {
        return u;
      }
    }
    throw new AssertionError("no unit named " + name);
  }

  @Test
  @Execution(ExecutionMode.SAME_THREAD)
  void failedLoginsOnOneNodeCountOnTheOther() {
    String client = "198.51.100.77"; // one client behind the load balancer (a trusted proxy on loopback)
    for (int i = 0; i < 3; i++) {
      assertThat(new ApiClient(a.port).loginFrom("vanphong", "sai-mat-khau", client).status()).isEqualTo(401);
    }
    for (int i = 0; i < 2; i++) {
      assertThat(new ApiClient(b.port).loginFrom("vanphong", "sai-mat-khau", client).status()).isEqualTo(401);
    }
    ApiClient.Response onA = new ApiClient(a.port).loginFrom("vanphong", "demo", client);
    assertThat(onA.status()).as("five failures over two nodes lock the pair on both").isEqualTo(429);
    assertThat(onA.headers().firstValue("Retry-After")).isPresent();
    assertThat(new ApiClient(b.port).loginFrom("vanphong", "demo", client).status()).isEqualTo(429);
    assertThat(new ApiClient(b.port).loginFrom("vanphong", "demo", "198.51.100.78").status())
        .as("the same account from another client").isEqualTo(200);
    assertThat(count("select count(*) from login_throttle")).isPositive();
  }

  static int year(JsonNode workItem) {
    return Integer.parseInt(workItem.get("dueDate").asText().substring(0, 4));
  }

  static JsonNode firstOpen(ApiClient client, String role) {
    return items(client.get("/api/tasks")).stream()
        .filter(e -> e.get("role").asText().equals(role) && !e.get("dueDate").isNull())
        .findFirst().orElseThrow(() -> new AssertionError("no open " + role + " item"));
  }

  /** The work items of a response, paged ({@code items}) or a plain list. */
  static List<JsonNode> items(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode json = response.json();
    List<JsonNode> items = new ArrayList<>();
    (json.has("items") ? json.get("items") : json).forEach(items::add);
    return items;
  }

  static long count(String sql) {
    try (var connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
        var result = connection.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  static void awaitTrue(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("Timed out: " + what);
      }
      Thread.sleep(250);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** One node: the packaged jar in its own JVM, its output in {@code target/cluster-node-<name>.log}. */
  record Node(String name, int port, Process process) {

    static Node start(String name, String... extra) throws IOException {
      int port = freePort();
      Path jar = PRODUCTION_JAR;
      assertThat(jar).as("the packaged application (package phase)").exists();
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>(List.of(java, "-Xmx640m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
          "--spring.profiles.active=postgres",
          "--server.port=" + port,
          "--spring.datasource.url=" + jdbcUrl,
          "--spring.datasource.username=postgres",
          "--spring.datasource.password=",
          "--par.demo=true",
          "--par.demo.mail-catcher=false",
          "--spring.mail.host=127.0.0.1",
          "--spring.mail.port=" + smtp.getSmtp().getPort(),
          "--par.files.store=s3",
          "--par.files.s3.endpoint=" + s3.endpoint(),
          "--par.files.s3.bucket=par-cluster",
          "--par.files.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
          "--par.files.s3.secret-key=" + S3ProxyServer.SECRET_KEY,
          "--par.reminder.node-id=node-" + name,
          "--par.reminder.sweep-interval=PT3S",
          "--par.reminder.send-interval=PT2S",
          "--par.activation.node-id=node-" + name,
          "--par.activation.poll-interval=PT2S",
          "--par.activation.stale-claim-after=PT5S"));
      command.addAll(List.of(extra));
      File log = Path.of("target", "cluster-node-" + name + ".log").toFile();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
      return new Node(name, port, process);
    }

    void awaitReady() throws InterruptedException {
      HttpClient http = HttpClient.newHttpClient();
      Instant end = Instant.now().plus(BOOT);
      while (Instant.now().isBefore(end)) {
        assertThat(process.isAlive()).as("node " + name + " is running (see target/cluster-node-" + name + ".log)")
            .isTrue();
        try {
          HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
              HttpResponse.BodyHandlers.discarding());
          if (response.statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // still starting
        }
        Thread.sleep(1000);
      }
      throw new AssertionError("node " + name + " not ready after " + BOOT);
    }
  }
}
