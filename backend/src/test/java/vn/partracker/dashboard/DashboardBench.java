package vn.partracker.dashboard;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.partracker.improvement.PlanLifecycle;
import vn.partracker.improvement.ImprovementTasksChanged;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UnitTree;
import vn.partracker.org.UserRequest;
import vn.partracker.org.UserService;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Role;
import vn.partracker.support.ApiClient;
import vn.partracker.support.EmbeddedPostgres;
import vn.partracker.support.SyntheticData;

/**
 * Benchmark (profile {@code bench}: {@code ./mvnw -B -pl backend -Pbench verify -Dit.test=DashboardBench})
 * on one embedded PostgreSQL holding a national installation ({@link SyntheticData#NATIONAL}):
 * the coordinator dashboard over HTTP against the bare SQL aggregate it runs; the same question
 * asked of Camunda with task queries filtered by process variables; plan activation as a job
 * ({@link PlanLifecycle#activate}, then the worker's chunks until ACTIVE) against a bare engine starting
 * a one-user-task process. Prints
 * figures, asserts none. Results: {@code docs/performance.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"par.demo=false", "par.reminder.scheduling=false"})
class DashboardBench {

  static final String PASSWORD = "matkhau-IT-1";
  /**
   * How much the bench does. {@link #NATIONAL} is the benchmark; {@link #SMOKE} runs every part on a
   * province in seconds, so that the README test command keeps the benchmark working
   * ({@code DashboardBenchSmokeIT}).
   */
  record Scale(SyntheticData.Size data, int warmUp, int requests, int headRequests, int warmUpPlans,
      int activatedPlans, int itemsPerPlan, int camundaUnits, int camundaTasksPerUnit) {}

  /** Plans activated untimed first (with as many bare rounds), until the JIT has compiled both paths;
   * Camunda tasks for the variable-filter comparison at the national density of open tasks per unit. */
  static final Scale NATIONAL = new Scale(SyntheticData.NATIONAL, 20, 200, 20, 3, 10, 1_000, 267, 75);
  static final Scale SMOKE = new Scale(SyntheticData.PROVINCE, 2, 5, 3, 1, 2, 50, 10, 5);

  /** The statement {@link DashboardService#coordinator} runs, written out once more. */
  static final String AGGREGATE = "select a.unit_id, a.open_count, a.due_soon, a.overdue, a.on_time, a.late,"
      + " a.next_due, u.name from (select t.lead_unit_id unit_id,"
      + " sum(case when t.status in ('OPEN','SUBMITTED','RETURNED') then 1 else 0 end) open_count,"
      + " sum(case when t.status in ('OPEN','SUBMITTED','RETURNED') and t.due_on >= ? and t.due_on <= ? then 1 else 0 end) due_soon,"
      + " sum(case when t.status in ('OPEN','SUBMITTED','RETURNED') and t.due_on < ? then 1 else 0 end) overdue,"
      + " sum(case when t.status = 'ACCEPTED' and t.submitted_on <= t.due_on then 1 else 0 end) on_time,"
      + " sum(case when t.status = 'ACCEPTED' and t.submitted_on > t.due_on then 1 else 0 end) late,"
      + " min(case when t.status in ('OPEN','SUBMITTED','RETURNED') then t.due_on end) next_due"
      + " from improvement_task t join improvement_plan p on p.id = t.plan_id"
      + " where p.plan_year = ? group by t.lead_unit_id) a join org_unit u on u.id = a.unit_id";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "dashboard_bench");
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserService users;
  @Autowired UnitScope scope;
  @Autowired DashboardService dashboards;
  @Autowired PlanLifecycle plans;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repository;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired TransactionTemplate transactions;
  @Autowired Clock clock;

  final StringBuilder report = new StringBuilder();

  Scale scale() {
    return NATIONAL;
  }

  /** The parts to run, {@code -Dbench.parts=ae} for (a), (b) and (e) only; all by default. */
  static boolean part(char name) {
    String parts = System.getProperty("bench.parts", "abcde");
    return parts.indexOf(name) >= 0 || (name == 'a' && parts.indexOf('b') >= 0);
  }

  @Test
  void run() {
    Scale scale = scale();
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear();
    line("=== Dashboard benchmark: %d cores, %,d MB max heap, Java %s, %s ===",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"), jdbc.queryForObject("select version()", String.class));

    line("load average (1, 5, 15 min) at the start, other users of the machine included: %s", loadAverage());
    long t0 = System.nanoTime();
    SyntheticData.Result data = SyntheticData.generate(dataSource, scale.data(), today, 7);
    events.publishEvent(new UnitTree.Changed()); // units written with SQL: the kept tree is dropped
    long generated = millis(t0);
    t0 = System.nanoTime();
    jdbc.execute("vacuum analyze");
    line("data: %,d units, %,d plans, %,d items, %,d tasks generated (COPY) in %,d ms, vacuum analyze %,d ms",
        data.units(), data.plans(), data.items(), data.tasks(), generated, millis(t0));
    line("  of year %d: %,d tasks, %,d of them open (OPEN/SUBMITTED/RETURNED), %,d accepted", year,
        count("select count(*) from improvement_task t join improvement_plan p on p.id = t.plan_id where p.plan_year = ?", year),
        count("select count(*) from improvement_task t join improvement_plan p on p.id = t.plan_id where p.plan_year = ?"
            + " and t.status in ('OPEN','SUBMITTED','RETURNED')", year),
        count("select count(*) from improvement_task t join improvement_plan p on p.id = t.plan_id where p.plan_year = ?"
            + " and t.status = 'ACCEPTED'", year));
    long province = data.provinceIds().get(0);
    long commune = jdbc.queryForObject("select max(id) from org_unit where level = 'COMMUNE'", Long.class);
    users.create(new UserRequest("bench-coord", "Điều phối", "coord@bench.vn", province, List.of("COORDINATOR"), true,
        PASSWORD), null);
    users.create(new UserRequest("bench-head", "Trưởng xã", "head@bench.vn", commune, List.of("UNIT_HEAD"), true,
        PASSWORD), null);

    ApiClient coordinator = login("bench-coord");
    CurrentUser user = new CurrentUser(0, "bench", null, province, Set.of(Role.COORDINATOR), true);
    double endpointP50 = Double.NaN;
    if (part('a')) {
      // (a) the endpoint, (b) the bare aggregate, on the same data
      String path = "/api/dashboard/coordinator?year=" + year;
      int[] size = new int[1];
      Object[] args = {Date.valueOf(today), Date.valueOf(today.plusDays(7)), Date.valueOf(today), year};
      // interleaved, so that the load of other processes on the machine weighs on all three alike
      double[][] timed = interleaved(scale.warmUp(), scale.requests(), () -> {
        ApiClient.Response r = coordinator.get(path);
        if (r.status() != 200) {
          throw new IllegalStateException(r.status() + " " + r.body());
        }
        size[0] = r.bodyBytes().length;
        return r.json().get("units").size();
      }, () -> {
        // a task changed just before this request: the aggregate is computed again
        dashboards.tasksChanged(new ImprovementTasksChanged());
        ApiClient.Response r = coordinator.get(path);
        return r.json().get("units").size();
      }, () -> dashboards.coordinator(year, DashboardFilter.NONE, user).units().size(),
          () -> jdbc.query(AGGREGATE, (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
              rs.getLong(5), rs.getLong(6), rs.getDate(7), rs.getString(8)}, args).size());
      double[] endpoint = timed[0];
      endpointP50 = endpoint[0];
      double[] afterChange = timed[1];
      double[] service = timed[2];
      double[] bare = timed[3];
      line("(a) GET %s as coordinator, %,d requests after %d warm-up: p50 %.1f ms, p95 %.1f ms (%,d unit rows, %,d bytes JSON)",
          path, scale.requests(), scale.warmUp(), endpoint[0], endpoint[1], (long) endpoint[2], size[0]);
      line("    the same right after a task change (aggregate recomputed): p50 %.1f ms, p95 %.1f ms", afterChange[0],
          afterChange[1]);
      line("    DashboardService.coordinator() in-process (no HTTP, no JSON): p50 %.1f ms, p95 %.1f ms", service[0],
          service[1]);
      line("(b) bare SQL aggregate (JdbcTemplate, rows read): p50 %.1f ms, p95 %.1f ms (%,d rows)", bare[0], bare[1],
          (long) bare[2]);
      line("    ratio endpoint/bare: p50 %.2f, p95 %.2f (target p95 <= 50 ms and <= 2x bare)", endpoint[0] / bare[0],
          endpoint[1] / bare[1]);
      line("    ratio endpoint after a change/bare: p50 %.2f, p95 %.2f", afterChange[0] / bare[0], afterChange[1] / bare[1]);
      line("    plan: %s", String.join("\n          ", jdbc.queryForList("explain (analyze, buffers off) " + AGGREGATE,
          String.class, args)));
      ApiClient head = login("bench-head");
      double[] headEndpoint = measure(scale.warmUp(), scale.headRequests(), () -> head.get(path).json().get("units").size());
      line("    same endpoint as a commune head (%d requests): p50 %.1f ms, p95 %.1f ms (%d row)", scale.headRequests(), headEndpoint[0],
          headEndpoint[1], (long) headEndpoint[2]);
      CurrentUser provinceHead = new CurrentUser(-1, "bench", null, province, Set.of(Role.UNIT_HEAD), true);
      double[] subtree = measure(scale.warmUp(), scale.requests(), () -> scope.actableUnitIds(provinceHead).size());
      line("    UnitScope.actableUnitIds of a province head (recursive SQL; every unit head's request asks it): p50 %.1f ms, p95 %.1f ms (%d units)",
          subtree[0], subtree[1], (long) subtree[2]);
    }

    if (part('e')) {
      // (e) the work lists (GET /api/tasks): one work item per open task, as the projection writes them
      // (lead work in the lead unit's inbox; a submitted report as the coordinators' review), then the
      // first page as the province's coordinator, the national drill-down, and a filtered page (the search
      // text here is the label and code in lower case: SQL cannot fold the diacritics as the projection does)
      t0 = System.nanoTime();
      int workItems = jdbc.update("insert into work_item (id, process_instance_id, task_key, subject_type, subject_id,"
          + " unit_id, subject_unit_id, candidate_group, role, title, step_name, due_on, due_key, status, created_at,"
          + " plan_id, context, criterion_code, field_code, returned, search_text, link)"
          + " select 'bench-' || t.id, 'bench', case when t.status = 'SUBMITTED' then 'Task_Review' else 'Task_Work' end,"
          + " 'IMPROVEMENT_TASK', t.id, case when t.status = 'SUBMITTED' then null else t.lead_unit_id end, t.lead_unit_id,"
          + " case when t.status = 'SUBMITTED' then 'role-coordinator' else 'unit-' || t.lead_unit_id end,"
          + " case when t.status = 'SUBMITTED' then 'REVIEW' else 'LEAD' end, t.label, 'Thực hiện', t.due_on, t.due_on,"
          + " 'OPEN', t.created_at, t.plan_id, p.name, i.code, split_part(i.code, '.', 1), t.status = 'RETURNED',"
          + " lower(t.label) || ' ' || coalesce(i.code, ''), '/improvement-tasks/' || t.id"
          + " from improvement_task t join improvement_plan p on p.id = t.plan_id join improvement_item i on i.id = t.item_id"
          + " where t.status in ('OPEN', 'SUBMITTED', 'RETURNED')");
      jdbc.execute("vacuum analyze work_item");
      line("(e) work lists: %,d open work items written in %,d ms; the coordinator's units: %,d", workItems, millis(t0),
          scope.actableUnitIds(user).size());
      int[] inboxBytes = new int[4];
      double[][] lists = interleaved(scale.warmUp(), scale.requests(), () -> {
        ApiClient.Response r = coordinator.get("/api/tasks");
        if (r.status() != 200) {
          throw new IllegalStateException(r.status() + " " + r.body());
        }
        inboxBytes[0] = r.bodyBytes().length;
        return r.json().get("items").size();
      }, () -> {
        ApiClient.Response r = coordinator.get("/api/tasks?allUnits=true");
        inboxBytes[1] = r.bodyBytes().length;
        return r.json().get("items").size();
      }, () -> {
        ApiClient.Response r = coordinator.get("/api/tasks?allUnits=true&status=OVERDUE&role=LEAD&q=1.1");
        inboxBytes[2] = r.bodyBytes().length;
        return r.json().get("items").size();
      }, () -> {
        ApiClient.Response r = coordinator.get("/api/tasks/facets");
        inboxBytes[3] = r.bodyBytes().length;
        return r.json().get("plans").size();
      });
      line("    coordinator's first inbox page GET /api/tasks, %,d requests after %d warm-up: p50 %.1f ms, p95 %.1f ms"
          + " (%d items, %,d bytes JSON; target p95 <= 50 ms)", scale.requests(), scale.warmUp(), lists[0][0], lists[0][1],
          (long) lists[0][2], inboxBytes[0]);
      line("    drill-down, every unit's open work (?allUnits=true), first page: p50 %.1f ms, p95 %.1f ms (%d items, %,d bytes)",
          lists[1][0], lists[1][1], (long) lists[1][2], inboxBytes[1]);
      line("    drill-down filtered (overdue lead work matching \"1.1\"), first page: p50 %.1f ms, p95 %.1f ms (%d items, %,d bytes)",
          lists[2][0], lists[2][1], (long) lists[2][2], inboxBytes[2]);
      line("    the inbox filters' choices GET /api/tasks/facets (asked apart, kept by the browser 2 minutes): p50 %.1f ms,"
          + " p95 %.1f ms (%d plans, %,d bytes)", lists[3][0], lists[3][1], (long) lists[3][2], inboxBytes[3]);
      String next = coordinator.get("/api/tasks?allUnits=true").json().get("nextCursor").asText();
      double[] nextPage = measure(scale.warmUp(), scale.requests(),
          () -> coordinator.get("/api/tasks?allUnits=true&cursor=" + next).json().get("items").size());
      line("    drill-down, second page (keyset cursor; no counts): p50 %.1f ms, p95 %.1f ms", nextPage[0], nextPage[1]);
      // the units, sent whole (every picker and name in the UI reads them): the province's for its coordinator,
      // the country's for an administrator
      users.create(new UserRequest("bench-admin", "Quản trị", "admin@bench.vn", null, List.of("ADMIN"), true,
          PASSWORD), null);
      ApiClient admin = login("bench-admin");
      int[] unitBytes = new int[2];
      double[][] unitLists = interleaved(scale.warmUp(), scale.requests(), () -> {
        ApiClient.Response r = coordinator.get("/api/units");
        unitBytes[0] = r.bodyBytes().length;
        return r.json().size();
      }, () -> {
        ApiClient.Response r = admin.get("/api/units");
        unitBytes[1] = r.bodyBytes().length;
        return r.json().size();
      });
      line("    units GET /api/units, the province's coordinator: p50 %.1f ms, p95 %.1f ms (%d units, %,d bytes JSON);"
          + " an administrator: p50 %.1f ms, p95 %.1f ms (%d units, %,d bytes JSON, %,d gzip as sent)",
          unitLists[0][0], unitLists[0][1], (long) unitLists[0][2], unitBytes[0], unitLists[1][0], unitLists[1][1],
          (long) unitLists[1][2], unitBytes[1], gzipped(admin.get("/api/units").bodyBytes()));
      // the statements WorkList runs for the coordinator's first page, written out once more, explained
      String status = "case when w.returned then 'RETURNED' when w.due_key < current_date then 'OVERDUE'"
          + " when w.due_key <= current_date + 7 then 'DUE_SOON' else 'OPEN' end";
      String[] branches = {"w.unit_id in (" + join(List.copyOf(scope.actableUnitIds(user))) + ") and w.status = 'OPEN'",
          "w.candidate_group in ('role-coordinator') and w.status = 'OPEN'"};
      String page = "select id, due_key from ((select w.id, w.due_key from work_item w where " + branches[0]
          + " order by w.due_key, w.id fetch first 51 rows only) union all (select w.id, w.due_key from work_item w where "
          + branches[1] + " order by w.due_key, w.id fetch first 51 rows only)) x order by due_key, id fetch first 51 rows only";
      String counts = "select st, count(*) from (select " + status + " as st from work_item w where " + branches[0]
          + " union all select " + status + " as st from work_item w where " + branches[1] + ") x group by st";
      for (String sql : new String[] {page, counts}) {
        jdbc.queryForList("explain (analyze, buffers) " + sql, String.class);
        line("    plan: %s", String.join("\n          ", jdbc.queryForList("explain (analyze, buffers) " + sql, String.class)));
      }
    }

    if (part('d')) {
      // (d) plan activation as a job (the request, then the worker's chunks, timed from the request to
      // ACTIVE) against a bare engine. Untimed warm-up rounds of each first: on 2 cores the JIT
      // compiling the application's code paths (Hibernate, Spring Data, our services) takes a core for
      // minutes and would be counted against ours only. Then the rounds alternate, so all run on the
      // same growing tables. The bare engine twice: through its API (a command per start, 1,000 starts
      // a transaction: the target's comparison), and batched as the job batches (STARTS_PER_COMMAND
      // starts per command, each command its own transaction), to show what is ours.
      repository.createDeployment().name("bench").addModelInstance("bench-minimal.bpmn",
          Bpmn.createExecutableProcess("bench-minimal").camundaHistoryTimeToLive(1).startEvent().userTask("work")
              .camundaCandidateGroups("${group}").camundaDueDate("${dueOn}").endEvent().done()).deploy();
      java.util.Date bareDue = java.util.Date.from(today.plusDays(30).atStartOfDay(clock.getZone()).toInstant());
      Map<String, Object> bareVariables = Map.of("group", "unit-1", "dueOn", bareDue);
      IntConsumer startBare = count -> {
        for (int i = 0; i < count; i++) {
          runtime.startProcessInstanceByKey("bench-minimal", bareVariables);
        }
      };
      Runnable bareRound = () -> transactions.executeWithoutResult(s -> startBare.accept(scale.itemsPerPlan()));
      CommandExecutor commands = engineConfiguration.getCommandExecutorTxRequired();
      Runnable bareBatchedRound = () -> {
        for (int from = 0; from < scale.itemsPerPlan(); from += PlanLifecycle.STARTS_PER_COMMAND) {
          int count = Math.min(scale.itemsPerPlan() - from, PlanLifecycle.STARTS_PER_COMMAND);
          transactions.executeWithoutResult(s -> commands.execute(context -> {
            startBare.accept(count);
            return null;
          }));
        }
      };
      List<Long> planIds = SyntheticData.approvedPlans(jdbc, scale.warmUpPlans() + scale.activatedPlans(),
          scale.itemsPerPlan(), today, province);
      String oursRows = "";
      String bareRows = "";
      for (Long planId : planIds.subList(0, scale.warmUpPlans())) {
        Map<String, Long> before = rowCounts();
        activateAndWait(planId);
        oursRows = rowsPerStart(before, rowCounts(), scale.itemsPerPlan());
        before = rowCounts();
        bareRound.run();
        bareRows = rowsPerStart(before, rowCounts(), scale.itemsPerPlan());
        bareBatchedRound.run();
    }
    List<Long> measured = planIds.subList(scale.warmUpPlans(), planIds.size());
    var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
    long jitBefore = jit.getTotalCompilationTime();
    boolean statements = Boolean.getBoolean("pg.statements");
    if (statements) {
      jdbc.execute("create extension if not exists pg_stat_statements");
      jdbc.execute("select pg_stat_statements_reset()");
    }
    long oursNanos = 0;
    long bareNanos = 0;
    long bareBatchedNanos = 0;
    for (Long planId : measured) {
      t0 = System.nanoTime();
      activateAndWait(planId);
      oursNanos += System.nanoTime() - t0;
      t0 = System.nanoTime();
      bareRound.run();
      bareNanos += System.nanoTime() - t0;
      t0 = System.nanoTime();
      bareBatchedRound.run();
      bareBatchedNanos += System.nanoTime() - t0;
    }
    long jitMeasured = jit.getTotalCompilationTime() - jitBefore;
    if (statements) {
      // -Dpg.statements=true: where the server's time went in the measured rounds (all three paths)
      jdbc.queryForList("select round(total_exec_time)::bigint ms, calls, rows,"
          + " left(regexp_replace(query, '\\s+', ' ', 'g'), 110) q from pg_stat_statements"
          + " order by total_exec_time desc limit 25").forEach(r -> line("    pg: %6d ms %7d calls %8d rows  %s",
          r.get("ms"), r.get("calls"), r.get("rows"), r.get("q")));
    }
    long started = count("select count(*) from improvement_task where plan_id in (" + join(measured) + ")"
        + " and process_instance_id is not null");
    check(started == bareStarts(scale), "activation started %d task processes of %d", started, bareStarts(scale));
    double ours = oursNanos / 1e9;
    double bareEngine = bareNanos / 1e9;
    double bareBatched = bareBatchedNanos / 1e9;
    int bareStarts = bareStarts(scale);
    line("(d) plan activation as a job (PlanLifecycle.activate, then the worker's chunks of %d starts until ACTIVE, %d plans"
        + " x %,d items, after %d warm-up plans): %,d task processes in %.1f s = %.0f/s", PlanLifecycle.STARTS_PER_COMMAND,
        scale.activatedPlans(), scale.itemsPerPlan(), scale.warmUpPlans(), started, ours, started / ours);
    line("    bare engine, one-user-task process, %,d starts in %d transactions (alternating with ours, after %d warm-up"
        + " rounds): %.1f s = %.0f/s", bareStarts, scale.activatedPlans(), scale.warmUpPlans(), bareEngine, bareStarts / bareEngine);
    line("    ratio ours/bare throughput: %.0f %% (target >= 50 %%)", 100 * (started / ours) / (bareStarts / bareEngine));
    line("    bare engine batched as ours (%d starts per command, a transaction each), %,d starts: %.1f s = %.0f/s;"
        + " ratio ours/that: %.0f %% (target >= 50 %%)",
        PlanLifecycle.STARTS_PER_COMMAND, bareStarts, bareBatched, bareStarts / bareBatched,
        100 * (started / ours) / (bareStarts / bareBatched));
    line("    JIT compilation: %,d ms from the JVM's start to the end of the warm-up, %,d ms during the measured rounds",
        jitBefore, jitMeasured);
    line("    rows written per task process, ours: %s", oursRows);
    line("    rows written per start, bare engine: %s", bareRows);
    }

    if (part('c')) {
      // (c) the open-task part of the question asked of Camunda: tasks carrying unitId/dueOn/status variables
      List<Long> camundaUnits = jdbc.queryForList("select id from org_unit order by id limit ?", Long.class,
          scale.camundaUnits());
      t0 = System.nanoTime();
      java.util.Random random = new java.util.Random(7);
      int camundaUnitCount = camundaUnits.size();
      for (int b = 0; b < camundaUnitCount; b += 20) {
        List<Long> batch = camundaUnits.subList(b, Math.min(camundaUnitCount, b + 20));
        transactions.executeWithoutResult(s -> {
          for (Long unit : batch) {
            for (int i = 0; i < scale.camundaTasksPerUnit(); i++) {
              LocalDate due = today.plusDays(random.nextInt(270) - 90);
              Map<String, Object> vars = new HashMap<>();
              vars.put("unitId", unit);
              vars.put("dueOn", java.util.Date.from(due.atStartOfDay(clock.getZone()).toInstant()));
              vars.put("status", random.nextInt(10) < 7 ? "OPEN" : "SUBMITTED");
              vars.put("group", "unit-" + unit);
              runtime.startProcessInstanceByKey("bench-minimal", vars);
            }
          }
        });
    }
    int camundaTasks = camundaUnitCount * scale.camundaTasksPerUnit();
    line("(c) Camunda: %,d minimal user-task processes with variables unitId, dueOn, status over %d units started in %,d ms",
        camundaTasks, camundaUnitCount, millis(t0));
    line("    engine tables now: %,d runtime tasks, %,d runtime variables",
        count("select count(*) from act_ru_task"), count("select count(*) from act_ru_variable"));
    java.util.Date from = java.util.Date.from(today.atStartOfDay(clock.getZone()).toInstant());
    java.util.Date soon = java.util.Date.from(today.plusDays(7).atStartOfDay(clock.getZone()).toInstant());
    long[] camundaTotals = new long[3];
    t0 = System.nanoTime();
    for (Long unit : camundaUnits) {
      camundaTotals[0] += open(unit).count();
      camundaTotals[1] += open(unit).processVariableValueGreaterThanOrEquals("dueOn", from)
          .processVariableValueLessThanOrEquals("dueOn", soon).count();
      camundaTotals[2] += open(unit).processVariableValueLessThan("dueOn", from).count();
      open(unit).orderByDueDate().asc().listPage(0, 1);
    }
    double camundaMs = millis(t0);
    check(camundaTotals[0] == camundaTasks, "Camunda found %d open tasks of %d", camundaTotals[0], camundaTasks);
    double perUnit = camundaMs / camundaUnitCount;
    double national = perUnit * data.units();
    line("    per unit: 4 task queries (open, due soon, overdue counts; next due) filtered by process variables:");
    line("    %d units in %,.0f ms = %.1f ms per unit (found %,d open, %,d due soon, %,d overdue)", camundaUnitCount,
        camundaMs, perUnit, camundaTotals[0], camundaTotals[1], camundaTotals[2]);
    line("    extrapolated to %,d units (linear in units; the variable table would also be %.0fx larger): %,.0f ms",
        data.units(), (double) data.units() / camundaUnitCount, national);
    line("    ratio Camunda (extrapolated) / our endpoint p50: %.0fx (target >= 10x); on-time rates not even included",
        national / endpointP50);
    }
    line("load average (1, 5, 15 min) at the end: %s", loadAverage());
    System.out.println("\n" + report + "\n");
  }

  /**
   * The activation request (commits ACTIVATING and wakes the worker), then the progress read every
   * 5 ms until ACTIVE: the job's time from ACTIVATING to ACTIVE, as a user waits for it.
   */
  void activateAndWait(long planId) {
    plans.activate(planId);
    long until = System.nanoTime() + java.time.Duration.ofMinutes(10).toNanos();
    while (!plans.activation(planId).status().equals("ACTIVE")) {
      check(System.nanoTime() < until, "plan %d still activating after 10 minutes", planId);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static int bareStarts(Scale scale) {
    return scale.activatedPlans() * scale.itemsPerPlan();
  }

  /** A figure that is not a timing but a count the bench relies on: wrong means the bench measured nothing. */
  static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalStateException(String.format(format, args));
    }
  }

  /** Rows per table of the schema (engine and ours). */
  Map<String, Long> rowCounts() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (String table : jdbc.queryForList("select table_name from information_schema.tables"
        + " where table_schema = current_schema() and table_type = 'BASE TABLE'", String.class)) {
      counts.put(table, count("select count(*) from " + table));
    }
    return counts;
  }

  /** "50.0 in total: act_hi_detail 9.0, ..." for the tables that grew. */
  static String rowsPerStart(Map<String, Long> before, Map<String, Long> after, int starts) {
    StringBuilder tables = new StringBuilder();
    long total = 0;
    for (Map.Entry<String, Long> e : after.entrySet()) {
      long grown = e.getValue() - before.getOrDefault(e.getKey(), 0L);
      if (grown > 0) {
        total += grown;
        tables.append(tables.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
            .append(String.format("%.1f", (double) grown / starts));
      }
    }
    return String.format("%.1f in total: %s", (double) total / starts, tables);
  }

  TaskQuery open(long unit) {
    return taskService.createTaskQuery().processDefinitionKey("bench-minimal").processVariableValueEquals("unitId", unit)
        .processVariableValueNotEquals("status", "ACCEPTED");
  }

  ApiClient login(String username) {
    ApiClient client = new ApiClient(port);
    if (client.login(username, PASSWORD).status() != 200) {
      throw new IllegalStateException("login " + username);
    }
    return client;
  }

  /** Per call: p50 and p95 in ms of {@code runs} rounds calling each in turn after the warm-up, and the last result. */
  static double[][] interleaved(int warmUp, int runs, LongSupplier... calls) {
    long[][] nanos = new long[calls.length][runs];
    long[] last = new long[calls.length];
    for (int i = -warmUp; i < runs; i++) {
      for (int c = 0; c < calls.length; c++) {
        long t = System.nanoTime();
        last[c] = calls[c].getAsLong();
        if (i >= 0) {
          nanos[c][i] = System.nanoTime() - t;
        }
      }
    }
    double[][] result = new double[calls.length][];
    for (int c = 0; c < calls.length; c++) {
      Arrays.sort(nanos[c]);
      result[c] = new double[] {nanos[c][runs / 2] / 1e6, nanos[c][(int) Math.ceil(runs * 0.95) - 1] / 1e6, last[c]};
    }
    return result;
  }

  /** p50 and p95 in ms of {@code runs} calls after the warm-up, and the last result. */
  static double[] measure(int warmUp, int runs, LongSupplier call) {
    for (int i = 0; i < warmUp; i++) {
      call.getAsLong();
    }
    long[] nanos = new long[runs];
    long last = 0;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      last = call.getAsLong();
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    return new double[] {nanos[runs / 2] / 1e6, nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6, last};
  }

  static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  static String join(List<Long> ids) {
    return String.join(",", ids.stream().map(String::valueOf).toList());
  }

  static int gzipped(byte[] bytes) {
    var out = new java.io.ByteArrayOutputStream();
    try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.size();
  }

  void line(String format, Object... args) {
    String text = String.format(format, args);
    report.append(text).append('\n');
    System.out.println(text);
  }
}
