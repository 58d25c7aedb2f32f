package vn.partracker.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The load test (profile {@code load}: {@code ./mvnw -B -ntp -pl backend -am -Pload verify ...}, see
 * README): {@code load.heads} unit heads (200) and {@code load.coordinators} coordinators (3) at once,
 * a closed workload (constant concurrent users; each virtual user is one person with their own login),
 * against the application started by {@link LoadServer} in this JVM on a province's data.
 *
 * <p>A unit head signs in once, then, until the run ends: the inbox's first page, one of its tasks
 * opened (picked at random from the page), a comment on it, a report on the first task of the page
 * (so the next round's first page has the next task; {@code load.tasksPerUnit}, 120, are enough for the default
 * durations), with {@code load.pauseMillis} (500 ms) of thinking
 * before each request. A coordinator signs in once, then loads the coordinator dashboard and the first
 * page of their inbox (the reports awaiting review), with the same pauses. The heads ramp up over
 * {@code load.rampSeconds} (30), then stay {@code load.durationSeconds} (180).
 *
 * <p>Targets (issue #19), asserted over the whole run (ramp and sign-ins included): at least 300
 * requests/s, p95 at most 200 ms, no failed request. Gatling fails the build when one is missed.
 */
public class InboxLoadSimulation extends Simulation {

  static final int HEADS = Integer.getInteger("load.heads", 200);
  static final int COORDINATORS = Integer.getInteger("load.coordinators", 3);
  /** Enough that a head never runs out: a round takes at least 4 pauses, so at most (ramp + duration) / 2 s reports. */
  static final int TASKS_PER_UNIT = Integer.getInteger("load.tasksPerUnit", 120);
  static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.rampSeconds", 30));
  static final Duration DURATION = Duration.ofSeconds(Long.getLong("load.durationSeconds", 180));
  static final Duration PAUSE = Duration.ofMillis(Long.getLong("load.pauseMillis", 500));
  static final int PORT = LoadServer.freePort();
  static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

  /** When the virtual users stop looping: set once the server is up (the injection starts after {@link #before()}). */
  static volatile long endsAt = Long.MAX_VALUE;

  /** A JDK Flight Recorder profile of the run (both sides: the application's threads and Gatling's), unless {@code load.jfr=false}. */
  static final boolean JFR = Boolean.parseBoolean(System.getProperty("load.jfr", "true"));

  LoadServer server;
  jdk.jfr.Recording recording;

  final HttpProtocolBuilder protocol = http.baseUrl("http://localhost:" + PORT)
      .acceptHeader("application/json")
      .acceptEncodingHeader("gzip, deflate")
      .contentTypeHeader("application/json")
      .userAgentHeader("PAR Tracker load test (Gatling)");

  /** The SPA's sign-in: its config request sets the XSRF-TOKEN cookie, the login sends it back as a header. */
  static ChainBuilder signIn() {
    return exec(http("config (CSRF cookie)").get("/api/public/config"))
        .exec(getCookieValue(CookieKey("XSRF-TOKEN")))
        .exec(http("sign in").post("/api/auth/login")
            .header("X-XSRF-TOKEN", "#{XSRF-TOKEN}")
            .body(StringBody("{\"username\":\"#{username}\",\"password\":\"" + LoadServer.PASSWORD + "\"}"))
            .check(status().is(200)))
        .exitHereIfFailed()
        // the token is renewed at sign-in
        .exec(getCookieValue(CookieKey("XSRF-TOKEN")));
  }

  static boolean running() {
    return System.currentTimeMillis() < endsAt;
  }

  final ScenarioBuilder heads = scenario("unit heads")
      .feed(listFeeder(users(HEADS, LoadServer::headName)).circular())
      .exec(signIn())
      .asLongAs(session -> running()).on(
          pause(PAUSE)
              .exec(http("inbox first page").get("/api/tasks")
                  .check(jsonPath("$.items[?(@.role == 'LEAD')].id").saveAs("reportId"))
                  .check(jsonPath("$.items[*].subjectId").findRandom().saveAs("taskId")))
              .pause(PAUSE)
              .exec(http("open task").get("/api/improvement-tasks/#{taskId}"))
              .pause(PAUSE)
              .exec(http("comment").post("/api/improvement-tasks/#{taskId}/comments")
                  .header("X-XSRF-TOKEN", "#{XSRF-TOKEN}")
                  .body(StringBody("{\"body\":\"Đã giao chuyên viên theo dõi, sẽ báo cáo đúng hạn.\"}")))
              .pause(PAUSE)
              .exec(http("report").post("/api/improvement-tasks/steps/#{reportId}/report")
                  .header("X-XSRF-TOKEN", "#{XSRF-TOKEN}")
                  .body(StringBody("{\"report\":\"Đã hoàn thành nội dung; kết quả và minh chứng kèm theo.\"}"))));

  final ScenarioBuilder coordinators = scenario("coordinators")
      .feed(listFeeder(users(COORDINATORS, LoadServer::coordinatorName)).circular())
      .exec(signIn())
      .asLongAs(session -> running()).on(
          pause(PAUSE)
              .exec(http("coordinator dashboard").get("/api/dashboard/coordinator?year=" + YEAR))
              .pause(PAUSE)
              .exec(http("coordinator inbox").get("/api/tasks")));

  static List<Map<String, Object>> users(int count, java.util.function.IntFunction<String> name) {
    return IntStream.rangeClosed(1, count).<Map<String, Object>>mapToObj(i -> Map.of("username", name.apply(i))).toList();
  }

  {
    setUp(
        heads.injectClosed(rampConcurrentUsers(0).to(HEADS).during(RAMP), constantConcurrentUsers(HEADS).during(DURATION)),
        coordinators.injectClosed(constantConcurrentUsers(COORDINATORS).during(RAMP.plus(DURATION))))
        .protocols(protocol)
        .assertions(
            global().requestsPerSec().gte(300.0),
            global().responseTime().percentile(95.0).lte(200),
            global().failedRequests().count().is(0L));
  }

  @Override
  public void before() {
    server = LoadServer.start(new LoadServer.Settings(PORT, HEADS, COORDINATORS, TASKS_PER_UNIT));
    LoadServer.Seeded s = server.seeded();
    System.out.printf("%n=== Load test: %d unit heads, %d coordinators, ramp %d s, then %d s, %d ms pauses; %d cores,"
            + " Java %s; load average at the start: %s%n    data: %,d units, %,d synthetic tasks (no process),"
            + " %,d task processes (%d a unit), seeded in %,d ms%n%n", HEADS, COORDINATORS, RAMP.toSeconds(),
        DURATION.toSeconds(), PAUSE.toMillis(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), loadAverage(), s.units(), s.syntheticTasks(), s.processTasks(),
        TASKS_PER_UNIT, s.seedMillis());
    if (JFR) {
      try {
        recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
      } catch (java.io.IOException | java.text.ParseException e) {
        throw new IllegalStateException(e);
      }
      recording.setName("load test");
      recording.start();
    }
    // a few seconds past the injection's end (it starts after this method): a user leaving earlier would be
    // replaced by a new one (the closed model keeps the count) that signs in only to leave
    endsAt = System.currentTimeMillis() + RAMP.plus(DURATION).plusSeconds(3).toMillis();
  }

  @Override
  public void after() {
    if (recording != null) {
      recording.stop();
      java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("load.jfrFile", "target/gatling/load-test.jfr")).toAbsolutePath();
      try {
        java.nio.file.Files.createDirectories(file.getParent());
        recording.dump(file);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
      recording.close();
      System.out.println("JDK Flight Recorder profile of the run: " + file);
    }
    System.out.printf("%n=== Load test done: load average at the end: %s; hand-over mails received by the SMTP server: %,d%n%n",
        loadAverage(), server.mailsReceived());
    server.close();
  }

  static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
