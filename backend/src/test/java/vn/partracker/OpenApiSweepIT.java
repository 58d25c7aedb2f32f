package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.support.ApiClient;
import vn.partracker.support.OpenApiSweep;
import vn.partracker.support.OpenApiSweep.Call;
import vn.partracker.support.OpenApiSweep.Operation;
import vn.partracker.support.SchemaCheck;

/**
 * Every operation of the OpenAPI document, generated from {@code /v3/api-docs} on the demo data:
 * (a) anonymously and as heads of other units with ids of another unit's data, failing on any 2xx
 * that is not open to every signed-in user and on any of the other unit's work in a response;
 * (b) with bad parameters and bad bodies, failing on any 5xx. Two planted endpoints of this test's
 * context (an unchecked read of a unit's data, a 500 on bad input) must be reported, which shows
 * that the sweeps can fail.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:openapi-sweep;DB_CLOSE_DELAY=-1",
      "par.demo=true",
      "spring.mail.port=${test.mail.port.sweep:39252}",
      "par.reminder.scheduling=false"
    })
@Import({OpenApiSweepIT.PlantedUnchecked.class, OpenApiSweepIT.PlantedFragile.class, OpenApiSweepIT.PlantedLie.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiSweepIT {

  static final String PLANTED = "/api/test-planted/";
  static final String DEMO_PASSWORD = "demo";

  /** Planted: a unit's data to anyone signed in, without a role or unit check. */
  @TestComponent
  @RestController
  static class PlantedUnchecked {
    @GetMapping(PLANTED + "units/{unitId}/secrets")
    Map<String, Object> secrets(@PathVariable long unitId) {
      return Map.of("unitId", unitId, "secret", "điểm chưa công bố");
    }
  }

  /** Planted: checked for role, but fails with a 500 on a missing or non-numeric field. */
  @TestComponent
  @RestController
  static class PlantedFragile {
    record Body(String name, String count) {}

    @PostMapping(PLANTED + "fragile")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> fragile(@RequestBody Body body) {
      return Map.of("length", body.name().length() + Integer.parseInt(body.count()));
    }
  }

  /** Planted: an answer whose record component is null although the document (no @Nullable) says it never is. */
  @TestComponent
  @RestController
  static class PlantedLie {
    record Lie(long id, String always) {}

    @GetMapping(PLANTED + "lie")
    Lie lie() {
      return new Lie(1, null);
    }
  }

  /**
   * Operations that every signed-in person may call whatever ids they send, each with why: their
   * answers are the caller's own or scoped to the caller's units inside (the leak check below reads
   * them for the other unit's work).
   */
  static final Set<String> OPEN_TO_SIGNED_IN = Set.of(
      "GET /api/me", // who is calling
      "POST /api/auth/logout",
      "POST /api/auth/login", // refused for wrong credentials anyway
      "GET /api/public/config",
      "GET /api/notifications", "POST /api/notifications/read-all", // the caller's own
      "GET /api/reminders/preferences", "PUT /api/reminders/preferences", // the caller's own
      "POST /api/calendar/token", "DELETE /api/calendar/token", // the caller's own feed
      "GET /api/tasks", // the caller's inbox; other units' work is refused or filtered
      "GET /api/units", // the unit tree: names and levels, the same for everyone
      "GET /api/criteria-sets", "GET /api/criteria-sets/{id}", "GET /api/criteria-sets/{id}/diff",
      "GET /api/criteria-sets/{id}/export", "POST /api/criteria-sets/{id}/score",
      "GET /api/criteria-sets/{setId}/responsibilities", // criteria and the matrix: reference data
      "GET /api/campaigns", "GET /api/campaigns/{id}", // a campaign's frame (dates, units)
      "GET /api/campaigns/{id}/results", "GET /api/campaigns/{id}/results/export", // scoped to the caller's units
      "GET /api/campaigns/{id}/losses",
      "GET /api/improvement-plans", "GET /api/improvement-plans/{id}", "GET /api/improvement-plans/{id}/export",
      "GET /api/dashboard/coordinator", "GET /api/dashboard/fields", "GET /api/dashboard/timeline",
      "GET /api/dashboard/scores", // scoped to the caller's units
      "GET /api/emulation", "GET /api/emulation/{id}", "GET /api/emulation/{id}/scoreboard",
      "GET /api/emulation/{id}/entries", // scoped to the caller's units
      "GET /api/cases/campaigns/{campaignId}");

  /** Operations anyone may call without a session. */
  static final Set<String> PUBLIC = Set.of(
      "POST /api/auth/login", "GET /api/public/config", "GET /api/public/campaigns/{id}/results",
      "GET /api/calendar/{token}.ics");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  OpenApiSweep sweep;
  ApiClient admin;
  final List<Call> leaks = new ArrayList<>();
  final List<Call> serverErrors = new ArrayList<>();
  final Set<String> covered = new LinkedHashSet<>();
  final List<Call> badInputCalls = new ArrayList<>();

  @BeforeAll
  void readDocument() {
    admin = signedIn("admin");
    ApiClient.Response docs = admin.get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    sweep = new OpenApiSweep(OpenApiSweep.parse(docs.body()));
    assertThat(sweep.operations()).hasSizeGreaterThan(80);
  }

  ApiClient signedIn(String username) {
    ApiClient client = new ApiClient(port);
    assertThat(client.login(username, DEMO_PASSWORD).status()).as(username).isEqualTo(200);
    return client;
  }

  @Test
  @Order(1)
  void anonymousCallsAreRefused() {
    ApiClient anonymous = new ApiClient(port);
    Ids ids = ids(unitOf("tuphap"), unitOf("xa01"));
    List<Call> found = new ArrayList<>();
    for (Operation op : sweep.operations()) {
      Call call = sweep.call(anonymous, "anonymous", op, ids::value);
      covered.add(op.key());
      record(call);
      if (is2xx(call) && !PUBLIC.contains(op.key())) {
        found.add(call);
      }
    }
    leaks.addAll(found);
    report("anonymous", found);
    assertThat(real(found)).as("operations open without a session").isEmpty();
  }

  @Test
  @Order(2)
  void headsOfOtherUnitsAreRefusedOtherUnitsData() {
    List<Call> found = new ArrayList<>();
    for (String[] pair : new String[][] {{"xa01", "tuphap"}, {"tuphap", "xa01"}}) {
      long callerUnit = unitOf(pair[0]);
      long victimUnit = unitOf(pair[1]);
      ApiClient head = signedIn(pair[0]);
      Ids ids = ids(victimUnit, callerUnit);
      Set<String> canaries = canaries(victimUnit);
      for (Operation op : sweep.operations()) {
        if (op.key().equals("POST /api/auth/logout")) {
          continue; // would end the session the sweep runs on
        }
        Call call = sweep.call(head, pair[0] + "→" + pair[1], op, ids::value);
        covered.add(op.key());
        record(call);
        if (is2xx(call) && !OPEN_TO_SIGNED_IN.contains(op.key())) {
          found.add(call);
        } else if (is2xx(call) && canaries.stream().anyMatch(call.body()::contains)) {
          found.add(call);
        }
      }
    }
    leaks.addAll(found);
    report("heads of other units", found);
    assertThat(planted(found)).as("the planted unchecked endpoint is reported")
        .anyMatch(c -> c.operation().path().equals(PLANTED + "units/{unitId}/secrets"));
    assertThat(real(found)).as("other units' data reached").isEmpty();
  }

  @Test
  @Order(3)
  void badInputNeverGivesA500() {
    List<Call> found = new ArrayList<>();
    List<String> callers = List.of("admin", "noivu", "chutich", "hoidong", "xa01");
    Map<String, ApiClient> clients = new LinkedHashMap<>();
    callers.forEach(c -> clients.put(c, signedIn(c)));
    Ids own = ids(unitOf("xa01"), unitOf("xa01"));
    for (Operation op : sweep.operations()) {
      if (op.key().equals("POST /api/auth/logout")) {
        continue;
      }
      // the first caller allowed to call it, so that the input reaches the checks behind the role check
      String chosen = callers.get(0);
      for (String caller : callers) {
        Call probe = sweep.call(clients.get(caller), caller, op, own::value);
        record(probe);
        if (probe.status() >= 500) {
          found.add(probe);
        }
        if (probe.status() != 401 && probe.status() != 403) {
          chosen = caller;
          break;
        }
      }
      covered.add(op.key());
      for (Call call : sweep.badInput(clients.get(chosen), chosen, op, own::value)) {
        record(call);
        badInputCalls.add(call);
        if (call.status() >= 500) {
          found.add(call);
        }
      }
    }
    report("5xx on bad input", found);
    System.out.printf("OpenAPI sweep: %d operations covered (%d planted), %d calls made, %d 5xx found (%d planted), %d leaks found (%d planted)%n",
        covered.size(), covered.stream().filter(k -> k.contains(PLANTED)).count(), sweep.calls(),
        serverErrors.size(), planted(serverErrors).size(), leaks.size(), planted(leaks).size());
    // the limits of the columns behind the forms are field errors, not a failed insert
    assertThat(badInputCalls).filteredOn(c -> c.operation().key().equals("PUT /api/improvement-plans/{id}/items/{itemId}")
            && c.variant().equals("tasks: 10,001 characters"))
        .isNotEmpty().allSatisfy(c -> assertThat(c.status()).isEqualTo(422)).allSatisfy(c -> assertThat(c.body()).contains("\"tasks\""));
    assertThat(badInputCalls).filteredOn(c -> c.operation().key().equals("POST /api/improvement-tasks/steps/{workItemId}/assign")
            && c.variant().startsWith("assignee: 10,001"))
        .allSatisfy(c -> assertThat(c.status()).isIn(404, 422));
    assertThat(planted(found)).as("the planted fragile endpoint is reported")
        .anyMatch(c -> c.operation().path().equals(PLANTED + "fragile"));
    assertThat(real(found)).as("5xx on bad input").isEmpty();
    assertThat(real(serverErrors)).as("5xx anywhere in the sweep").isEmpty();
  }

  /**
   * Every JSON answer of every GET, read by people of each role on their own data, is what the
   * document says (required fields present, null only where nullable, kinds, enums, dates): the
   * frontend's types are generated from the document. The planted lie must be reported.
   */
  @Test
  @Order(4)
  void answersAreWhatTheDocumentSays() {
    SchemaCheck check = new SchemaCheck(sweep.document());
    List<String> found = new ArrayList<>();
    int checked = 0;
    for (String caller : List.of("admin", "noivu", "chutich", "hoidong", "xa01", "tuphap")) {
      ApiClient client = signedIn(caller);
      Ids own = ids(unitOf(caller.equals("admin") ? "xa01" : caller), unitOf(caller.equals("admin") ? "xa01" : caller));
      for (Operation op : sweep.operations()) {
        if (!op.method().equals("GET")) {
          continue;
        }
        Call call = sweep.call(client, caller, op, own::value);
        JsonNode schema = SchemaCheck.answerSchema(op, call.status());
        if (!is2xx(call) || schema == null || call.body().isBlank() || !call.body().trim().matches("(?s)^[\\[{].*")) {
          continue;
        }
        checked++;
        for (String mismatch : check.mismatches(OpenApiSweep.parse(call.body()), schema)) {
          found.add(op.key() + ": " + mismatch.replaceAll("\\[\\d+]", "[]"));
        }
      }
    }
    System.out.println("OpenAPI sweep, answers checked against the document: " + checked);
    List<String> distinct = found.stream().distinct().toList();
    distinct.stream().limit(300).forEach(m -> System.out.println("  " + m));
    assertThat(distinct).as("the planted lie is reported").anyMatch(m -> m.startsWith("GET " + PLANTED + "lie"));
    assertThat(distinct.stream().filter(m -> !m.startsWith("GET " + PLANTED))).as("answers unlike the document").isEmpty();
  }

  private void record(Call call) {
    if (call.status() >= 500) {
      serverErrors.add(call);
    }
  }

  private static boolean is2xx(Call call) {
    return call.status() >= 200 && call.status() < 300;
  }

  private static List<Call> real(List<Call> calls) {
    return calls.stream().filter(c -> !c.operation().path().startsWith(PLANTED)).toList();
  }

  private static List<Call> planted(List<Call> calls) {
    return calls.stream().filter(c -> c.operation().path().startsWith(PLANTED)).toList();
  }

  private static void report(String what, List<Call> found) {
    System.out.println("OpenAPI sweep, " + what + ": " + found.size() + " found");
    found.stream().limit(200).forEach(c -> System.out.println("  " + c));
  }

  long unitOf(String username) {
    return jdbc.queryForObject("select unit_id from app_user where username = ?", Long.class, username);
  }

  /** What the other unit's data looks like in an answer: its open work items' ids. */
  Set<String> canaries(long unit) {
    return new LinkedHashSet<>(jdbc.queryForList("select id from work_item where unit_id = ?", String.class, unit));
  }

  private Optional<String> first(String sql, Object... args) {
    return jdbc.queryForList(sql, String.class, args).stream().findFirst();
  }

  /** Ids of one unit's data (the victim's), and of the caller's own unit where a path names the caller. */
  Ids ids(long unit, long callerUnit) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("unit", String.valueOf(unit));
    String campaign = first("select campaign_id from assessment_unit where unit_id = ? order by id", unit)
        .or(() -> first("select id from assessment_campaign order by id")).orElse("1");
    v.put("campaign", campaign);
    v.put("campaignUnit", first("select unit_id from assessment_unit where campaign_id = ? and unit_id = ?", Long.valueOf(campaign), unit)
        .or(() -> first("select unit_id from assessment_unit where campaign_id = ? and unit_id <> ? order by id", Long.valueOf(campaign), callerUnit))
        .orElse(String.valueOf(unit)));
    v.put("code", first("select a.code from assessment_answer a join assessment_unit u on u.id = a.assessment_id"
        + " where u.unit_id = ? order by a.id", Long.valueOf(v.get("campaignUnit"))).orElse("1.1.1"));
    // a task of the other unit (else of any unit but the caller's) that the caller's unit does not support either:
    // supporting units see the task they contribute to
    String notMine = " not exists (select 1 from improvement_item_support s where s.item_id = t.item_id and s.unit_id = ?)";
    v.put("task", first("select t.id from improvement_task t where t.lead_unit_id = ? and" + notMine + " order by t.id",
        unit, callerUnit)
        .or(() -> first("select t.id from improvement_task t where t.lead_unit_id <> ? and" + notMine + " order by t.id",
            callerUnit, callerUnit))
        .orElse("1"));
    v.put("workItem", first("select w.id from work_item w where w.unit_id = ? and not exists (select 1 from improvement_task t"
        + " join improvement_item_support s on s.item_id = t.item_id where w.subject_type = 'IMPROVEMENT_TASK'"
        + " and t.id = w.subject_id and s.unit_id = ?) order by w.status desc, w.id", unit, callerUnit).orElse("khong-co"));
    v.put("plan", first("select plan_id from improvement_task where lead_unit_id = ? order by id", unit)
        .or(() -> first("select id from improvement_plan order by id")).orElse("1"));
    v.put("item", first("select i.id from improvement_item i join improvement_item_lead l on l.item_id = i.id where i.plan_id = ? and l.unit_id = ? order by i.id",
        Long.valueOf(v.get("plan")), unit)
        .or(() -> first("select id from improvement_item where plan_id = ? order by id", Long.valueOf(v.get("plan"))))
        .orElse("1"));
    v.put("movement", first("select movement_id from emulation_entry where unit_id = ? order by id", unit)
        .or(() -> first("select id from emulation_movement order by id")).orElse("1"));
    v.put("entry", first("select id from emulation_entry where unit_id = ? order by id", unit).orElse("1"));
    v.put("nomination", first("select id from emulation_nomination where unit_id = ? order by id", unit)
        .or(() -> first("select id from emulation_nomination order by id")).orElse("1"));
    v.put("attachment", first("select id from attachment order by id").orElse("1"));
    v.put("set", first("select id from criteria_set order by id").orElse("1"));
    v.put("node", first("select id from criteria_node where set_id = ? order by id", Long.valueOf(v.get("set"))).orElse("1"));
    v.put("user", first("select id from app_user where unit_id = ? order by id", unit).orElse("1"));
    v.put("notification", first("select n.id from rem_notification n join app_user u on u.id = n.user_id"
        + " where u.unit_id = ? order by n.id", unit).orElse("1"));
    v.put("outbox", first("select id from rem_outbox order by id").orElse("1"));
    return new Ids(v);
  }

  record Ids(Map<String, String> v) {
    private static final Pattern CAMPAIGN = Pattern.compile("/api/(cases/)?campaigns/.*");

    String value(Operation op, JsonNode parameter) {
      String name = parameter.path("name").asText();
      String path = op.path();
      boolean query = "query".equals(parameter.path("in").asText());
      if (query) {
        return switch (name) {
          case "unitId", "ownerUnitId" -> v.get("unit");
          case "year" -> "2026";
          case "format" -> "xlsx";
          case "planId" -> v.get("plan");
          case "campaignId" -> v.get("campaign");
          case "allUnits" -> "true";
          default -> parameter.path("required").asBoolean() ? "1" : null;
        };
      }
      return switch (name) {
        case "unitId" -> CAMPAIGN.matcher(path).matches() ? v.get("campaignUnit") : v.get("unit");
        case "campaignId" -> v.get("campaign");
        case "taskId" -> v.get("task");
        case "workItemId" -> v.get("workItem");
        case "itemId" -> v.get("item");
        case "entryId" -> v.get("entry");
        case "nominationId" -> v.get("nomination");
        case "attachmentId" -> v.get("attachment");
        case "nodeId" -> v.get("node");
        case "setId" -> v.get("set");
        case "code" -> path.startsWith("/api/emulation") ? "ON_TIME_TASKS" : v.get("code");
        case "key" -> "PLAN:" + v.get("plan");
        case "date" -> "2026-12-31";
        case "token" -> "khong-co-token";
        case "id" -> {
          if (path.startsWith("/api/units")) yield v.get("unit");
          if (path.startsWith("/api/users")) yield v.get("user");
          if (path.startsWith("/api/campaigns") || path.startsWith("/api/public/campaigns")) yield v.get("campaign");
          if (path.startsWith("/api/improvement-plans")) yield v.get("plan");
          if (path.startsWith("/api/improvement-tasks")) yield v.get("task");
          if (path.startsWith("/api/emulation")) yield v.get("movement");
          if (path.startsWith("/api/criteria-sets")) yield v.get("set");
          if (path.startsWith("/api/notifications")) yield v.get("notification");
          if (path.startsWith("/api/admin/reminders/outbox")) yield v.get("outbox");
          yield "1";
        }
        default -> "1";
      };
    }
  }
}
