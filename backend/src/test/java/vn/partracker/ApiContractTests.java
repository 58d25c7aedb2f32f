package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.beans.factory.annotation.Autowired;
import vn.partracker.org.IdentityGroups;
import vn.partracker.org.Unit;
import vn.partracker.org.UnitView;
import vn.partracker.support.ApiClient;

/**
 * The foundation's API contract, on H2 and PostgreSQL. It reaches the engine through /engine-rest and
 * the Camunda webapps, which find it JVM-wide: each subclass runs in a JVM of its own.
 */
@Tag("own-jvm")
abstract class ApiContractTests extends IntegrationTestBase {

  @Autowired IdentityService identityService;
  @Autowired EntityManagerFactory entityManagerFactory;

  @Test
  void loginReturnsTheUserAndMeAnswersUntilLogout() {
    ApiClient client = new ApiClient(port);
    assertThat(client.get("/api/me").status()).isEqualTo(401);

    ApiClient.Response login = client.login("it-head-a", PASSWORD);
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.json().get("username").asText()).isEqualTo("it-head-a");
    assertThat(login.json().get("roles")).extracting(JsonNode::asText).containsExactly("UNIT_HEAD");
    assertThat(login.json().at("/unit/name").asText()).isEqualTo("Phòng Thử A");

    JsonNode me = client.get("/api/me").json();
    assertThat(me.get("displayName").asText()).isEqualTo("Người dùng it-head-a");
    assertThat(me.at("/unit/level").asText()).isEqualTo("DISTRICT_OFFICE");

    assertThat(client.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
    assertThat(client.get("/api/me").status()).isEqualTo(401);
  }

  @Test
  void wrongPasswordIs401AndRepeatedFailuresAreThrottled() {
    user("it-victim", officeB.id(), "UNIT_STAFF");
    ApiClient client = new ApiClient(port);
    ApiClient.Response wrong = client.login("it-victim", "sai-mat-khau");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().get("detail").asText()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
    for (int i = 0; i < 4; i++) {
      client.login("it-victim", "sai-mat-khau");
    }
    ApiClient.Response locked = client.login("it-victim", PASSWORD);
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    assertThat(locked.json().get("detail").asText()).contains("thử lại sau");
  }

  /** Two people behind one trusted reverse proxy (the same peer address) are two clients for the throttle. */
  @Test
  void behindATrustedProxyEachClientIsThrottledOnItsOwnAddress() {
    user("it-proxied", officeB.id(), "UNIT_STAFF");
    ApiClient guesser = new ApiClient(port);
    for (int i = 0; i < 5; i++) {
      assertThat(guesser.loginFrom("it-proxied", "sai-mat-khau", "203.0.113.20").status()).isEqualTo(401);
    }
    ApiClient.Response locked = guesser.loginFrom("it-proxied", PASSWORD, "203.0.113.20");
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
        assertThat(Long.parseLong(v)).isBetween(1L, 900L));
    assertThat(locked.json().get("detail").asText())
        .isEqualTo("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.");
    assertThat(new ApiClient(port).loginFrom("it-proxied", PASSWORD, "203.0.113.21").status())
        .as("the owner, another client behind the same proxy").isEqualTo(200);
  }

  @Test
  void stateChangingCallsNeedTheCsrfHeader() {
    ApiClient client = as("it-admin");
    ApiClient.Response forged = client.postWithoutCsrf("/api/units",
        Map.of("name", "Phòng giả mạo", "level", "DISTRICT_OFFICE", "parentId", district.id()));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(units.all()).noneMatch(u -> u.name().equals("Phòng giả mạo"));
  }

  @Test
  void engineRestAndWebappsAreForAdministratorsOnly() {
    ApiClient anonymous = new ApiClient(port);
    assertThat(anonymous.get("/engine-rest/engine").status()).isEqualTo(401);
    assertThat(anonymous.get("/camunda/app/cockpit/default/").status()).isIn(302, 401);

    ApiClient coordinator = as("it-coord");
    assertThat(coordinator.get("/engine-rest/engine").status()).isEqualTo(403);
    assertThat(coordinator.get("/camunda/app/").status()).isEqualTo(403);
    assertThat(coordinator.get("/camunda/app/cockpit/default/").status()).isEqualTo(403);
    assertThat(coordinator.get("/actuator/info").status()).isEqualTo(403);

    ApiClient admin = as("it-admin");
    ApiClient.Response engines = admin.get("/engine-rest/engine");
    assertThat(engines.status()).isEqualTo(200);
    assertThat(engines.json().get(0).get("name").asText()).isEqualTo("default");
    assertThat(admin.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
    // the webapp knows the administrator through the single sign-on filter
    ApiClient.Response auth = admin.get("/camunda/api/admin/auth/user/default");
    assertThat(auth.status()).isEqualTo(200);
    assertThat(auth.json().get("userId").asText()).isEqualTo("it-admin");
  }

  /**
   * The webapps' CSRF check and login live in the same HTTP session as PAR Tracker's: a failed
   * check (Camunda then invalidates the session) or a webapp login or logout must not end the
   * PAR Tracker session.
   */
  @Test
  void theWebappsCannotEndTheParTrackerSession() {
    ApiClient admin = as("it-admin");
    assertThat(admin.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
    // a webapp write without the webapp's own CSRF header: refused by Camunda's filter
    ApiClient.Response forged = admin.send("POST", "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
        "application/json", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(admin.get("/api/me").status()).as("PAR Tracker session after a failed webapp CSRF check").isEqualTo(200);
    // a webapp login with a wrong password and a webapp logout
    admin.send("POST", "/camunda/api/admin/auth/user/default/login/cockpit", "application/x-www-form-urlencoded",
        "username=it-admin&password=sai".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    admin.send("POST", "/camunda/api/admin/auth/user/default/logout", null, null);
    assertThat(admin.get("/api/me").status()).as("PAR Tracker session after the webapp's login and logout").isEqualTo(200);
    assertThat(admin.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
  }

  /**
   * An operator deploys models from Camunda Modeler: a model without extension properties deploys and
   * runs (the file is not named .bpmn, so the application does not deploy it itself at start-up).
   */
  @Test
  void anAdministratorDeploysAndStartsPlainModelsThroughTheEngineRestApi() throws Exception {
    String plain = Bpmn.convertToString(Bpmn.createExecutableProcess("it-plain").camundaHistoryTimeToLive(1)
        .startEvent().userTask("check").name("Kiểm tra").endEvent().done());
    byte[] modeler;
    try (var in = getClass().getResourceAsStream("/models/modeler-default.xml")) {
      modeler = in.readAllBytes();
    }
    ApiClient admin = as("it-admin");
    for (var model : Map.of("it-plain.bpmn", plain.getBytes(StandardCharsets.UTF_8),
        "modeler-default.bpmn", modeler).entrySet()) {
      ApiClient.Response deployed = admin.uploadForm("/engine-rest/deployment/create", model.getKey(), model.getValue(),
          Map.of("deployment-name", model.getKey()));
      assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
      String definitionId = deployed.json().get("deployedProcessDefinitions").fieldNames().next();
      ApiClient.Response started = admin.post("/engine-rest/process-definition/" + definitionId + "/start", Map.of());
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      String instanceId = started.json().get("id").asText();
      JsonNode tasks = admin.get("/engine-rest/task?processInstanceId=" + instanceId).json();
      assertThat(tasks).hasSize(1);
      assertThat(admin.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", Map.of()).status())
          .isEqualTo(204);
      assertThat(admin.get("/engine-rest/process-instance/" + instanceId).status()).isEqualTo(404); // ended
    }
  }

  /** Behind a TLS-terminating proxy on a trusted address: Secure and SameSite cookies, HSTS; a CSP on the SPA always. */
  @Test
  void behindATlsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.URI uri = java.net.URI.create("http://localhost:" + port + "/api/public/config");
    var proxied = http.send(java.net.http.HttpRequest.newBuilder(uri).header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-For", "203.0.113.7").build(), java.net.http.HttpResponse.BodyHandlers.discarding());
    assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith("XSRF-TOKEN=").contains("Secure").contains("SameSite=Lax"));
    assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v)
        .contains("max-age="));
    assertThat(proxied.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v)
        .contains("default-src 'self'", "frame-ancestors 'self'"));

    var direct = http.send(java.net.http.HttpRequest.newBuilder(uri).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    assertThat(direct.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith("XSRF-TOKEN=").doesNotContain("Secure").contains("SameSite=Lax"));
    assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  /** Input that used to reach a 500: a path parameter in the URL, a date that does not exist, a number as text. */
  @Test
  void malformedUrlsAndValuesAreClear4xx() {
    ApiClient admin = as("it-admin");
    assertThat(admin.get("/engine-rest;x=1/task").status()).isEqualTo(400);
    assertThat(admin.get("/camunda;x=1/app/cockpit/default/").status()).isEqualTo(400);
    assertThat(new ApiClient(port).get("/api;x=1/me").status()).isEqualTo(400);

    ApiClient coordinator = as("it-coord");
    Map<String, Object> campaign = new HashMap<>();
    campaign.put("name", "Ngày không có thật");
    campaign.put("year", 2026);
    campaign.put("selfAssessmentDeadline", "2026-02-31");
    ApiClient.Response wrongDate = coordinator.post("/api/campaigns", campaign);
    assertThat(wrongDate.status()).isEqualTo(400);
    assertThat(fields(wrongDate)).containsKey("selfAssessmentDeadline");
    assertThat(wrongDate.json().get("detail").asText()).contains("selfAssessmentDeadline", "ngày có thật");
  }

  @Test
  void healthIsPublic() {
    ApiClient.Response health = new ApiClient(port).get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
  }

  @Test
  void theOpenApiDescriptionIsForSignedInUsers() {
    assertThat(new ApiClient(port).get("/v3/api-docs").status()).isEqualTo(401);
    ApiClient.Response docs = as("it-head-a").get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("paths").has("/api/units")).isTrue();
  }

  @Test
  void createUnitValidatesEveryFieldAndNeverGives500() {
    ApiClient coordinator = as("it-coord");
    ApiClient.Response created = coordinator.post("/api/units", Map.of(
        "name", "Phòng Thử C", "shortName", "PTC", "aliases", List.of("Phòng C huyện"),
        "parentId", district.id(), "level", "DISTRICT_OFFICE"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("id").asLong()).isPositive();
    assertThat(created.json().get("aliases")).extracting(JsonNode::asText).containsExactly("Phòng C huyện");
    assertThat(created.json().get("parentId").asLong()).isEqualTo(district.id());

    ApiClient.Response duplicate = coordinator.post("/api/units", Map.of(
        "name", "phòng thử  c", "parentId", district.id(), "level", "DISTRICT_OFFICE"));
    assertThat(duplicate.status()).isEqualTo(422);
    assertThat(fields(duplicate)).containsEntry("name", "Đã có đơn vị \"phòng thử  c\" trong cùng đơn vị cấp trên");

    Map<String, Object> bad = new HashMap<>();
    bad.put("name", "");
    bad.put("parentId", 999999);
    bad.put("level", "GALAXY");
    ApiClient.Response invalid = coordinator.post("/api/units", bad);
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(fields(invalid)).containsKeys("name", "parentId", "level");

    ApiClient.Response garbage = coordinator.post("/api/units", "not an object");
    assertThat(garbage.status()).isEqualTo(400);
  }

  /**
   * The unit tree is read from the database once and kept: a second read loads no unit (Hibernate's
   * statistics, switched on for this test); a unit created, renamed, given an alias or deleted
   * through the API is in the next read at once.
   */
  @Test
  void theUnitTreeIsKeptAndEveryChangeIsInTheNextRead() {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    boolean wasEnabled = statistics.isStatisticsEnabled();
    statistics.setStatisticsEnabled(true);
    try {
      ApiClient coordinator = as("it-coord");
      units.all();
      long loaded = unitLoads(statistics);
      assertThat(units.all()).extracting(UnitView::name).contains("Phòng Thử A");
      assertThat(units.names(List.of(officeA.id()))).containsEntry(officeA.id(), "Phòng Thử A");
      assertThat(units.exists(officeB.id())).isTrue();
      assertThat(coordinator.get("/api/units").status()).isEqualTo(200);
      assertThat(unitLoads(statistics)).as("units loaded by the reads after the first").isEqualTo(loaded);

      ApiClient.Response created = coordinator.post("/api/units", Map.of("name", "Phòng Bộ Nhớ",
          "parentId", district.id(), "level", "DISTRICT_OFFICE"));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      long id = created.json().get("id").asLong();
      assertThat(units.all()).extracting(UnitView::name).contains("Phòng Bộ Nhớ");
      assertThat(unitLoads(statistics)).as("the tree is read again after the change").isGreaterThan(loaded);

      ApiClient.Response renamed = coordinator.put("/api/units/" + id, Map.of("name", "Phòng Bộ Nhớ Đã Đổi",
          "parentId", district.id(), "level", "DISTRICT_OFFICE", "version", created.json().get("version").asLong()));
      assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
      assertThat(units.find(id).orElseThrow().name()).isEqualTo("Phòng Bộ Nhớ Đã Đổi");
      assertThat(units.names(List.of(id))).containsEntry(id, "Phòng Bộ Nhớ Đã Đổi");

      assertThat(coordinator.post("/api/units/" + id + "/aliases", Map.of("alias", "PBN")).status()).isEqualTo(200);
      assertThat(units.all()).filteredOn(u -> u.id() == id).singleElement()
          .extracting(UnitView::aliases).isEqualTo(List.of("PBN"));
      JsonNode listed = coordinator.get("/api/units").json();
      List<String> aliases = new ArrayList<>();
      listed.forEach(u -> {
        if (u.get("id").asLong() == id) {
          u.get("aliases").forEach(a -> aliases.add(a.asText()));
        }
      });
      assertThat(aliases).containsExactly("PBN");

      assertThat(coordinator.delete("/api/units/" + id).status()).isEqualTo(204);
      assertThat(units.exists(id)).isFalse();
      assertThat(units.all()).extracting(UnitView::id).doesNotContain(id);
    } finally {
      statistics.setStatisticsEnabled(wasEnabled);
    }
  }

  static long unitLoads(Statistics statistics) {
    return statistics.getEntityStatistics(Unit.class.getName()).getLoadCount();
  }

  @Test
  void aUnitHeadSeesOnlyTheirUnitAndCannotChangeUnits() {
    ApiClient head = as("it-head-a");
    JsonNode visible = head.get("/api/units").json();
    List<String> names = new ArrayList<>();
    visible.forEach(u -> names.add(u.get("name").asText()));
    assertThat(names).contains("Phòng Thử A", "Huyện Thử Nghiệm").doesNotContain("Phòng Thử B", "Xã Thử Nghiệm");

    assertThat(head.post("/api/units", Map.of("name", "Phòng mới", "parentId", district.id(),
        "level", "DISTRICT_OFFICE")).status()).isEqualTo(403);
    assertThat(head.put("/api/units/" + officeB.id(), Map.of("name", "Đổi tên", "parentId", district.id(),
        "level", "DISTRICT_OFFICE")).status()).isEqualTo(403);
    assertThat(head.get("/api/users").status()).isEqualTo(403);
    assertThat(units.find(officeB.id()).orElseThrow().name()).isEqualTo("Phòng Thử B");
  }

  @Test
  void twoAdministratorsEditingOneUnitDoNotOverwriteEachOther() {
    user("it-admin-2", null, "ADMIN");
    ApiClient first = as("it-admin");
    ApiClient second = as("it-admin-2");
    ApiClient.Response created = first.post("/api/units", Map.of("name", "Phòng Khóa Lạc Quan", "level", "DISTRICT_OFFICE",
        "parentId", district.id()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    // both read the same unit from the list
    JsonNode read = null;
    for (JsonNode u : second.get("/api/units").json()) {
      if (u.get("id").asLong() == id) {
        read = u;
      }
    }
    assertThat(read).isNotNull();
    long version = read.get("version").asLong();
    String url = "/api/units/" + id;

    Map<String, Object> mine = new HashMap<>(Map.of("name", "Phòng Khóa Của Người Thứ Nhất", "level", "DISTRICT_OFFICE",
        "parentId", district.id(), "aliases", List.of("PK1"), "version", version));
    Map<String, Object> theirs = new HashMap<>(Map.of("name", "Phòng Khóa Của Người Thứ Hai", "shortName", "PK2",
        "level", "DISTRICT_OFFICE", "parentId", district.id(), "version", version));
    ApiClient.Response saved = first.put(url, mine);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("version").asLong()).isGreaterThan(version);
    ApiClient.Response stale = second.put(url, theirs);
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    assertThat(stale.json().get("detail").asText()).contains("it-admin").contains("lúc");
    assertThat(stale.json().at("/errors/0/field").asText()).isEqualTo("version");
    assertThat(stale.json().at("/current/name").asText()).isEqualTo("Phòng Khóa Của Người Thứ Nhất");
    long current = stale.json().at("/current/version").asLong();
    assertThat(current).isGreaterThan(version);

    // a write without a version is refused naming the field; with If-Match (the person chose theirs) it is taken
    theirs.remove("version");
    ApiClient.Response missing = second.put(url, theirs);
    assertThat(missing.status()).as(missing.body()).isEqualTo(422);
    assertThat(fields(missing)).containsKey("version");
    assertThat(second.send("PUT", url, "application/json", bytes("{\"name\":\"X\"}"), Map.of("If-Match", "abc"))
        .status()).isEqualTo(422);
    ApiClient.Response chosen = second.send("PUT", url, "application/json",
        bytes("{\"name\":\"Phòng Khóa Của Người Thứ Hai\",\"shortName\":\"PK2\",\"level\":\"DISTRICT_OFFICE\","
            + "\"parentId\":" + district.id() + "}"), Map.of("If-Match", "\"" + current + "\""));
    assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);

    // the history: who, when, and per changed field before and after; for administrators and coordinators only
    assertThat(as("it-head-a").get(url + "/history").status()).isEqualTo(403);
    assertThat(as("it-coord").get(url + "/history").status()).isEqualTo(200);
    assertThat(first.get("/api/units/999999999/history").status()).isEqualTo(404);
    JsonNode history = first.get(url + "/history").json();
    assertThat(history).hasSize(3);
    assertThat(history.get(0).get("kind").asText()).isEqualTo("ADD");
    assertThat(history.get(0).get("before").isNull()).isTrue();
    assertThat(history.get(1).get("by").asText()).isEqualTo("it-admin");
    assertThat(history.get(1).get("byName").asText()).isEqualTo("Người dùng it-admin");
    assertThat(history.get(1).get("at").asText()).isNotEmpty();
    assertThat(history.get(1).at("/before/name").asText()).isEqualTo("Phòng Khóa Lạc Quan");
    assertThat(history.get(1).at("/after/name").asText()).isEqualTo("Phòng Khóa Của Người Thứ Nhất");
    assertThat(history.get(1).at("/after/aliases").asText()).isEqualTo("PK1");
    assertThat(history.get(2).get("by").asText()).isEqualTo("it-admin-2");
    Map<String, String[]> changed = new HashMap<>();
    history.get(2).get("changes").forEach(c -> changed.put(c.get("field").asText(),
        new String[] {c.get("before").isNull() ? null : c.get("before").asText(), c.get("after").isNull() ? null : c.get("after").asText()}));
    assertThat(changed).containsOnlyKeys("name", "shortName", "aliases");
    assertThat(changed.get("name")).containsExactly("Phòng Khóa Của Người Thứ Nhất", "Phòng Khóa Của Người Thứ Hai");
    assertThat(changed.get("shortName")).containsExactly(null, "PK2");
    assertThat(changed.get("aliases")).containsExactly("PK1", null);
  }

  @Test
  void twoAdministratorsEditingOneUserDoNotOverwriteEachOther() {
    user("it-admin-2", null, "ADMIN");
    user("it-locked-user", officeB.id(), "UNIT_STAFF");
    ApiClient first = as("it-admin");
    ApiClient second = as("it-admin-2");
    JsonNode read = first.get("/api/users?q=it-locked-user").json().at("/content/0");
    long id = read.get("id").asLong();
    long version = read.get("version").asLong();
    String url = "/api/users/" + id;
    Map<String, Object> mine = new HashMap<>(Map.of("displayName", "Tên Người Thứ Nhất", "unitId", officeB.id(),
        "roles", List.of("UNIT_STAFF"), "enabled", true, "version", version));
    Map<String, Object> theirs = new HashMap<>(Map.of("displayName", "Tên Người Thứ Hai", "unitId", officeB.id(),
        "roles", List.of("UNIT_HEAD"), "enabled", false, "version", version));
    assertThat(first.put(url, mine).status()).isEqualTo(200);
    ApiClient.Response stale = second.put(url, theirs);
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    assertThat(stale.json().at("/current/displayName").asText()).isEqualTo("Tên Người Thứ Nhất");
    assertThat(stale.json().at("/errors/0/message").asText()).contains("it-admin");
    theirs.remove("version");
    assertThat(fields(second.put(url, theirs))).containsKey("version");
    theirs.put("version", stale.json().at("/current/version").asLong());
    assertThat(second.put(url, theirs).status()).isEqualTo(200);

    JsonNode history = first.get(url + "/history").json();
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.get("by").asText()).isEqualTo("it-admin-2");
    assertThat(last.at("/before/displayName").asText()).isEqualTo("Tên Người Thứ Nhất");
    assertThat(last.at("/after/roles").asText()).isEqualTo("UNIT_HEAD");
    assertThat(last.at("/after/enabled").asText()).isEqualTo("false");
    assertThat(last.toString()).doesNotContain("password");
  }

  @Test
  void aCoordinatorCannotCreateAnAdministrator() {
    ApiClient coordinator = as("it-coord");
    ApiClient.Response response = coordinator.post("/api/users", Map.of(
        "username", "it-sneaky", "displayName", "Sneaky", "roles", List.of("ADMIN"), "password", "12345678abc"));
    assertThat(response.status()).isEqualTo(403);
    assertThat(users.findByUsername("it-sneaky")).isEmpty();
  }

  @Test
  void userFormErrorsNameTheFields() {
    ApiClient admin = as("it-admin");
    ApiClient.Response response = admin.post("/api/users", Map.of(
        "username", "có dấu", "displayName", "", "email", "not-an-email", "roles", List.of("KING"),
        "password", "short"));
    assertThat(response.status()).isEqualTo(422);
    assertThat(fields(response)).containsKeys("username", "displayName", "email", "roles", "password");
  }

  /**
   * Server messages in the request's language (issue 18): English with {@code Accept-Language: en}
   * (or a browser's "en-US,en;q=0.9"), Vietnamese without it and for a language the server does not
   * speak; a 422 with its field, a 404, a Bean Validation limit and an import's row/column errors.
   */
  @Test
  void serverMessagesFollowTheRequestLanguage() {
    ApiClient coordinator = as("it-coord");
    Map<String, Object> nameless = new HashMap<>();
    nameless.put("name", "");
    nameless.put("parentId", district.id());
    nameless.put("level", "DISTRICT_OFFICE");

    ApiClient.Response vi = coordinator.post("/api/units", nameless);
    assertThat(vi.status()).isEqualTo(422);
    assertThat(vi.json().get("detail").asText()).isEqualTo("Thông tin đơn vị chưa hợp lệ");
    assertThat(fields(vi)).containsEntry("name", "Tên đơn vị là bắt buộc");
    assertThat(coordinator.get("/api/units/999999/history").json().get("detail").asText())
        .isEqualTo("Không tìm thấy đơn vị 999999");

    coordinator.speaking("en");
    ApiClient.Response en = coordinator.post("/api/units", nameless);
    assertThat(en.status()).isEqualTo(422);
    assertThat(en.json().get("detail").asText()).isEqualTo("The unit details are not valid");
    assertThat(fields(en)).containsEntry("name", "The unit name is required");
    ApiClient.Response missing = coordinator.get("/api/units/999999/history");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("detail").asText()).isEqualTo("Unit 999999 not found");
    // Bean Validation's {validation.tooLong} through the same messages
    ApiClient.Response tooLong = coordinator.post("/api/improvement-tasks/steps/none/assign", Map.of("assignee", "x".repeat(101)));
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(fields(tooLong)).containsEntry("assignee", "Longer than 100 characters");
    // an import's errors by row and column
    ApiClient.Response imported = coordinator.upload("/api/units/import", "don-vi.csv",
        bytes("Tên đơn vị,Cấp,Đơn vị cấp trên\nXã Lạ,COMMUNE,Huyện Không Có\n"));
    assertThat(imported.status()).isEqualTo(422);
    assertThat(imported.json().get("detail").asText()).isEqualTo("The file has errors (1); nothing was saved");
    assertThat(imported.json().at("/errors/0/message").asText())
        .isEqualTo("No unit \"Huyện Không Có\" found (in the system or on the rows above)");
    assertThat(imported.json().at("/errors/0/row").asInt()).isEqualTo(2);

    assertThat(coordinator.speaking("en-US,en;q=0.9").get("/api/units/999999/history").json().get("detail").asText())
        .isEqualTo("Unit 999999 not found");
    assertThat(coordinator.speaking("fr").get("/api/units/999999/history").json().get("detail").asText())
        .isEqualTo("Không tìm thấy đơn vị 999999");
    assertThat(coordinator.speaking(null).post("/api/improvement-tasks/steps/none/assign", Map.of("assignee", "x".repeat(101))))
        .satisfies(r -> assertThat(fields(r)).containsEntry("assignee", "Dài quá 100 ký tự"));
  }

  @Test
  void unitImportReportsRowAndColumnAndSavesNothingUnlessAllValid() {
    ApiClient coordinator = as("it-coord");
    String bad = "Tên đơn vị;Tên viết tắt;Cấp;Đơn vị cấp trên;Tên gọi khác\n"
        + "Xã Nhập Một;Nhập Một;Xã, phường, thị trấn;Huyện Thử Nghiệm;UBND xã Nhập Một\n"
        + "Xã Nhập Hai;;COMMUNE;Huyện Không Có;\n"
        + ";;COMMUNE;Huyện Thử Nghiệm;\n"
        + "Xã Nhập Ba;;PLANET;Huyện Thử Nghiệm;\n";
    ApiClient.Response rejected = coordinator.upload("/api/units/import", "don-vi.csv", bytes("\uFEFF" + bad));
    assertThat(rejected.status()).isEqualTo(422);
    List<String> errors = new ArrayList<>();
    rejected.json().get("errors").forEach(e ->
        errors.add(e.get("row").asInt() + "|" + e.get("column").asText()));
    assertThat(errors).containsExactlyInAnyOrder("3|Đơn vị cấp trên", "4|Tên đơn vị", "5|Cấp");
    assertThat(units.all()).noneMatch(u -> u.name().startsWith("Xã Nhập"));

    String good = "Tên đơn vị,Cấp,Đơn vị cấp trên,Tên gọi khác\n"
        + "Xã Nhập Một,COMMUNE,Huyện Thử Nghiệm,UBND xã Nhập Một; Nhập 1\n"
        + "Phòng Nhập,DISTRICT_OFFICE,huyện thử nghiệm,\n";
    ApiClient.Response accepted = coordinator.upload("/api/units/import", "don-vi.csv", bytes(good));
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("created").asInt()).isEqualTo(2);
    assertThat(units.all()).filteredOn(u -> u.name().equals("Xã Nhập Một")).singleElement()
        .satisfies(u -> assertThat(u.aliases()).containsExactlyInAnyOrder("UBND xã Nhập Một", "Nhập 1"));

    ApiClient.Response again = coordinator.upload("/api/units/import", "don-vi.csv", bytes(good));
    assertThat(again.json().get("updated").asInt()).isEqualTo(2);
    assertThat(again.json().get("created").asInt()).isZero();
  }

  @Test
  void userImportFromXlsxResolvesUnitsByAliasAndReportsUnknownOnes() throws Exception {
    ApiClient admin = as("it-admin");
    byte[] bad = xlsx(List.of(
        List.of("Tên đăng nhập", "Họ và tên", "Email", "Đơn vị", "Vai trò", "Mật khẩu"),
        List.of("it-imp-1", "Nguyễn Nhập", "imp1@test.vn", "phòng thử a", "Trưởng đơn vị", "matkhau123"),
        List.of("it-imp-2", "Trần Nhập", "imp2@test.vn", "Phòng Ma", "UNIT_STAFF", "")));
    ApiClient.Response rejected = admin.upload("/api/users/import", "nguoi-dung.xlsx", bad);
    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.json().at("/errors/0/row").asInt()).isEqualTo(3);
    assertThat(rejected.json().at("/errors/0/column").asText()).isEqualTo("Đơn vị");
    assertThat(users.findByUsername("it-imp-1")).isEmpty();

    byte[] good = xlsx(List.of(
        List.of("Tên đăng nhập", "Họ và tên", "Email", "Đơn vị", "Vai trò", "Mật khẩu"),
        List.of("it-imp-1", "Nguyễn Nhập", "imp1@test.vn", "phòng thử a", "Trưởng đơn vị", "matkhau123")));
    ApiClient.Response accepted = admin.upload("/api/users/import", "nguoi-dung.xlsx", good);
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(new ApiClient(port).login("it-imp-1", "matkhau123").status()).isEqualTo(200);
  }

  @Test
  void theEngineSeesTheSameUsersAndUnitGroups() {
    assertThat(identityService.createUserQuery().userId("it-head-a").singleResult().getFirstName())
        .isEqualTo("Người dùng it-head-a");
    List<String> groups = identityService.createGroupQuery().groupMember("it-head-a").list().stream()
        .map(Group::getId).toList();
    assertThat(groups).containsExactlyInAnyOrder(IdentityGroups.unit(officeA.id()), "role-unit-head");
    assertThat(identityService.createUserQuery().memberOfGroup(IdentityGroups.unit(officeA.id())).list())
        .extracting(u -> u.getId()).contains("it-head-a", "it-coord").doesNotContain("it-head-b");
    assertThat(identityService.createGroupQuery().groupMember("it-admin").list())
        .extracting(Group::getId).contains(IdentityGroups.CAMUNDA_ADMIN);
    assertThat(identityService.checkPassword("it-head-a", PASSWORD)).isTrue();
    assertThat(identityService.checkPassword("it-head-a", "wrong")).isFalse();
  }

  @Test
  void theSpaIsServedForClientRoutesButUnknownApiPathsAre404Json() {
    ApiClient client = new ApiClient(port);
    ApiClient.Response index = client.get("/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.body()).contains("<div id=\"root\">");
    assertThat(client.get("/admin/units").body()).isEqualTo(index.body());
    ApiClient.Response unknown = as("it-admin").get("/api/does-not-exist");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type").orElse("")).contains("json");
  }
}
