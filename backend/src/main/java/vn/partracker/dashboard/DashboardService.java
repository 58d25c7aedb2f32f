package vn.partracker.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.partracker.improvement.ImprovementTasksChanged;
import vn.partracker.improvement.PlanService;
import vn.partracker.inbox.InboxService;
import vn.partracker.org.UnitLevels;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.ClusterSignals;
import vn.partracker.shared.CurrentUser;

/**
 * Read-only dashboards. They aggregate the task tables in one SQL statement each (never
 * per-variable engine queries), so they stay fast as plans grow.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

  public record UnitRow(Long unitId, String unitName, long open, long dueSoon, long overdue, long doneOnTime,
      long doneLate, @Nullable BigDecimal onTimeRate, @Nullable LocalDate nextDueDate, int rank) {}

  /**
   * Counters of the caller's scope (every unit, or a unit head's own units), the organisation's
   * on-time rate for comparison, the filter in words ("" when not narrowed), and the unit rows the
   * caller may see.
   */
  public record Coordinator(int year, long open, long dueSoon, long overdue, long doneOnTime, long doneLate,
      @Nullable BigDecimal onTimeRate, @Nullable BigDecimal organisationOnTimeRate, int unitCount, String narrowedBy,
      List<UnitRow> units, @Nullable SupportCounters support, @Nullable List<SupportRow> supportUnits) {}

  /**
   * Supporting work (phối hợp) as the inbox shows it: the contribution steps of the year's tasks
   * asked of a unit, open (of which overdue) and given. Counted apart from the lead work above,
   * which alone is ranked.
   */
  public record SupportCounters(long open, long overdue, long done) {}

  /** One unit's supporting work (SupportCounters by unit). */
  public record SupportRow(Long unitId, String unitName, long open, long overdue, long done) {}

  static final String OPEN = "('OPEN','SUBMITTED','RETURNED')";

  /**
   * The counters over tasks {@code t}, one statement's select list for units and for fields: open,
   * due soon (between the first two arguments), overdue (before the third), done on time, late.
   */
  private static final String COUNTERS = " sum(case when t.status in " + OPEN + " then 1 else 0 end) open_count,"
      + " sum(case when t.status in " + OPEN + " and t.due_on >= ? and t.due_on <= ? then 1 else 0 end) due_soon,"
      + " sum(case when t.status in " + OPEN + " and t.due_on < ? then 1 else 0 end) overdue,"
      + " sum(case when t.status = 'ACCEPTED' and t.submitted_on <= t.due_on then 1 else 0 end) on_time,"
      + " sum(case when t.status = 'ACCEPTED' and t.submitted_on > t.due_on then 1 else 0 end) late";

  /**
   * The coordinator aggregate reads every task of the year (hundreds of thousands at national
   * scale), so it is computed once per change of the task table and day, not per request. Other
   * nodes' changes arrive as cluster signals; this age bounds what a missed signal can cost.
   */
  static final Duration CACHE_MAX_AGE = Duration.ofSeconds(60);
  private static final int CACHE_MAX_ENTRIES = 256;

  /** What is cached: the ranked units or the field rows of a year, filter and day. */
  private record CacheKey(String kind, int year, DashboardFilter filter, LocalDate today) {}

  private record Cached(long version, Instant at, Object value) {}

  private static final String TASKS_TOPIC = "improvement-tasks";

  private final AtomicLong version = new AtomicLong();
  private final Map<CacheKey, Cached> cache = new ConcurrentHashMap<>();

  private final JdbcTemplate jdbc;
  private final UnitScope scope;
  private final PlanService plans;
  private final UnitLevels levels;
  private final Clock clock;
  private final ClusterSignals signals;

  DashboardService(JdbcTemplate jdbc, UnitScope scope, PlanService plans, UnitLevels levels, Clock clock,
      ClusterSignals signals) {
    this.signals = signals;
    this.levels = levels;
    this.jdbc = jdbc;
    this.scope = scope;
    this.plans = plans;
    this.clock = clock;
  }

  /**
   * Improvement tasks of a year by lead unit: open, due within 7 days, overdue, done on time
   * (report submitted by the due day) or late. A unit head sees their own units and their rank.
   * Optionally narrowed by {@code narrowing} (plan, level, campaign).
   */
  public Coordinator coordinator(int year, DashboardFilter narrowing, CurrentUser user) {
    Filter filter = filter(narrowing);
    LocalDate today = LocalDate.now(clock);
    List<UnitRow> ranked = cached(new CacheKey("units", year, narrowing, today),
        () -> rankedUnits(year, filter, today));
    BigDecimal organisationRate = rate(ranked.stream().mapToLong(UnitRow::doneOnTime).sum(),
        ranked.stream().mapToLong(UnitRow::doneLate).sum());
    List<UnitRow> visible = ranked;
    if (!user.seesAllUnits()) {
      Set<Long> mine = scope.actableUnitIds(user);
      visible = ranked.stream().filter(r -> mine.contains(r.unitId())).toList();
    }
    List<SupportRow> support = cached(new CacheKey("support", year, narrowing, today),
        () -> supportRows(year, filter, today));
    if (!user.seesAllUnits()) {
      Set<Long> mine = scope.actableUnitIds(user);
      support = support.stream().filter(r -> mine.contains(r.unitId())).toList();
    }
    long onTime = visible.stream().mapToLong(UnitRow::doneOnTime).sum();
    long late = visible.stream().mapToLong(UnitRow::doneLate).sum();
    return new Coordinator(year, visible.stream().mapToLong(UnitRow::open).sum(),
        visible.stream().mapToLong(UnitRow::dueSoon).sum(), visible.stream().mapToLong(UnitRow::overdue).sum(), onTime,
        late, rate(onTime, late), organisationRate, ranked.size(), filter.words(), visible,
        new SupportCounters(support.stream().mapToLong(SupportRow::open).sum(),
            support.stream().mapToLong(SupportRow::overdue).sum(), support.stream().mapToLong(SupportRow::done).sum()),
        support);
  }

  /**
   * The supporting units' contribution steps of the year's tasks, from the inbox's projection (what
   * the inbox lists as Phối hợp): open, open past the task's due date, given. A level filter
   * narrows to supporting units of that level.
   */
  private List<SupportRow> supportRows(int year, Filter filter, LocalDate today) {
    String sql = "select a.unit_id, a.open_count, a.overdue, a.done_count, u.name from (select w.unit_id unit_id,"
        + " sum(case when w.status = 'OPEN' then 1 else 0 end) open_count,"
        + " sum(case when w.status = 'OPEN' and t.due_on < ? then 1 else 0 end) overdue,"
        + " sum(case when w.status = 'DONE' then 1 else 0 end) done_count"
        + " from work_item w join improvement_task t on t.id = w.subject_id join improvement_plan p on p.id = t.plan_id"
        + " where w.subject_type = 'IMPROVEMENT_TASK' and w.role = 'SUPPORT' and w.status <> 'CANCELLED'"
        + " and w.unit_id is not null and p.plan_year = ?" + filter.sql().replace("t.lead_unit_id", "w.unit_id")
        + " group by w.unit_id) a join org_unit u on u.id = a.unit_id order by u.name";
    return jdbc.query(sql, (rs, i) -> new SupportRow(rs.getLong(1), rs.getString(5), rs.getLong(2), rs.getLong(3),
        rs.getLong(4)), filter.args(Date.valueOf(today), year));
  }

  /** The cached value of this key, or computed now and kept (until a task changes, the day turns, or 60 s). */
  @SuppressWarnings("unchecked")
  private <T> T cached(CacheKey key, Supplier<T> compute) {
    long current = version.get();
    Cached cached = cache.get(key);
    if (cached != null && cached.version() == current && cached.at().plus(CACHE_MAX_AGE).isAfter(clock.instant())) {
      return (T) cached.value();
    }
    T value = compute.get();
    if (cache.size() >= CACHE_MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(key, new Cached(current, clock.instant(), value));
    return value;
  }

  public record FieldRow(String code, String title, long open, long dueSoon, long overdue, long doneOnTime,
      long doneLate, @Nullable BigDecimal onTimeRate) {}

  /**
   * The same counters by field (lĩnh vực: the first part of the criterion code of the task's plan
   * item), titled as the plans' baselines name them; tasks of items without a code under "Khác".
   * A unit head counts their own units' tasks.
   */
  public List<FieldRow> fields(int year, DashboardFilter narrowing, CurrentUser user) {
    Filter filter = filter(narrowing);
    LocalDate today = LocalDate.now(clock);
    if (user.seesAllUnits()) {
      return cached(new CacheKey("fields", year, narrowing, today), () -> fieldRows(year, filter, today, Set.of()));
    }
    Set<Long> mine = new HashSet<>(scope.actableUnitIds(user));
    mine.add(-1L); // never an empty IN list
    return fieldRows(year, filter, today, mine);
  }

  private List<FieldRow> fieldRows(int year, Filter filter, LocalDate today, Set<Long> units) {
    String unitSql = units.isEmpty() ? ""
        : " and t.lead_unit_id in (" + String.join(",", Collections.nCopies(units.size(), "?")) + ")";
    // grouped by criterion code in SQL (a few hundred codes a year), rolled up to fields here
    String sql = "select i.code,"
        + COUNTERS
        + " from improvement_task t join improvement_plan p on p.id = t.plan_id"
        + " join improvement_item i on i.id = t.item_id"
        + " where p.plan_year = ?" + filter.sql() + unitSql + " group by i.code";
    List<Object> args = new ArrayList<>(List.of(Date.valueOf(today),
        Date.valueOf(today.plusDays(InboxService.DUE_SOON_DAYS)), Date.valueOf(today), year));
    args.addAll(filter.extra());
    args.addAll(units);
    Map<String, long[]> byField = new TreeMap<>(FIELD_ORDER);
    jdbc.query(sql, rs -> {
      long[] sums = byField.computeIfAbsent(field(rs.getString(1)), k -> new long[5]);
      for (int i = 0; i < 5; i++) {
        sums[i] += rs.getLong(i + 2);
      }
    }, args.toArray());
    Map<String, String> titles = new HashMap<>();
    jdbc.query("select b.code, b.title from improvement_baseline_field b join improvement_plan p on p.id = b.plan_id"
        + " where p.plan_year = ? order by p.id", rs -> {
          titles.putIfAbsent(rs.getString(1), rs.getString(2));
        }, year);
    List<FieldRow> rows = new ArrayList<>();
    byField.forEach((code, f) -> rows.add(new FieldRow(code, code.isEmpty() ? "Khác (không gắn tiêu chí)"
        : titles.getOrDefault(code, "Lĩnh vực " + code), f[0], f[1], f[2], f[3], f[4], rate(f[3], f[4]))));
    return rows;
  }

  /** The field a criterion code belongs to ("1" of "1.5.3"); "" for work tied to no criterion. */
  static String field(String code) {
    return code == null || code.isBlank() ? "" : code.split("\\.")[0].strip();
  }

  /** Field codes in their natural order (1, 2, …, 10), then anything else, "" last. */
  private static final Comparator<String> FIELD_ORDER = Comparator.<String, Boolean>comparing(String::isEmpty)
      .thenComparing(c -> c.matches("\\d+") ? Integer.parseInt(c) : Integer.MAX_VALUE)
      .thenComparing(Comparator.naturalOrder());

  /** Extra conditions on {@code t} (task) and {@code p} (plan), their arguments, and the filter in words. */
  record Filter(String sql, List<Object> extra, String words) {
    Object[] args(Object... first) {
      List<Object> all = new ArrayList<>(List.of(first));
      all.addAll(extra);
      return all.toArray();
    }
  }

  Filter filter(DashboardFilter narrowing) {
    StringBuilder sql = new StringBuilder();
    List<Object> args = new ArrayList<>();
    List<String> words = new ArrayList<>();
    if (narrowing.planId() != null) {
      words.add("Kế hoạch: " + plans.name(narrowing.planId())); // 404 for an unknown plan
      sql.append(" and p.id = ?");
      args.add(narrowing.planId());
    }
    if (narrowing.level() != null) {
      UnitLevels.Level level = levels.find(narrowing.level()).orElseThrow(() -> ApiException.invalidField("level",
          "dashboard.levelInvalid", narrowing.level(), String.join(", ", levels.codes())));
      words.add("cấp đơn vị: " + level.nameVi());
      sql.append(" and t.lead_unit_id in (select u.id from org_unit u where u.level = ?)");
      args.add(narrowing.level());
    }
    if (narrowing.campaignId() != null) {
      words.add("đợt đánh giá: " + campaignName(narrowing.campaignId())); // 404 for an unknown campaign
      sql.append(" and p.campaign_id = ?");
      args.add(narrowing.campaignId());
    }
    return new Filter(sql.toString(), args, String.join("; ", words));
  }

  private String campaignName(long campaignId) {
    return jdbc.query("select name from assessment_campaign where id = ?", (rs, i) -> rs.getString(1), campaignId)
        .stream().findFirst().orElseThrow(() -> ApiException.notFound("dashboard.campaignNotFound", campaignId));
  }

  public record TimelineItem(String kind, String label, LocalDate date, @Nullable Long planId, @Nullable Long campaignId, long open,
      long done, long overdue) {}

  /** Milestones and deadlines of a year, and the tasks accepted per month (index 0 is January). */
  public record Timeline(int year, LocalDate today, List<TimelineItem> items, long[] doneByMonth) {}

  /**
   * Campaign milestones (council, self-assessment, results) of the campaigns of a year and the
   * due dates of its plans' tasks, grouped by plan and day; a unit head sees their units' tasks
   * and the campaigns their units take part in.
   */
  public Timeline timeline(int year, DashboardFilter narrowing, CurrentUser user) {
    Filter filter = filter(narrowing);
    LocalDate today = LocalDate.now(clock);
    Date now = Date.valueOf(today);
    String unitSql = "";
    List<Object> unitArgs = new ArrayList<>();
    if (!user.seesAllUnits()) {
      Set<Long> mine = new HashSet<>(scope.actableUnitIds(user));
      mine.add(-1L); // never an empty IN list
      unitSql = " and t.lead_unit_id in (" + String.join(",", Collections.nCopies(mine.size(), "?")) + ")";
      unitArgs.addAll(mine);
    }
    List<TimelineItem> items = new ArrayList<>();
    if (narrowing.planId() == null) {
      // a unit head: the campaigns their units take part in, with their own units' self-assessments
      String assessed = unitSql.replace("t.lead_unit_id", "a.unit_id");
      String campaignSql = "select c.id, c.name, c.council_deadline, c.council_set_up_at, c.self_assessment_deadline,"
          + " c.appraisal_deadline, c.published_at,"
          + " (select count(*) from assessment_unit a where a.campaign_id = c.id and a.step <> 'SELF_ASSESSMENT'"
          + assessed + "),"
          + " (select count(*) from assessment_unit a where a.campaign_id = c.id" + assessed + ")"
          + " from assessment_campaign c where c.campaign_year = ?"
          + (narrowing.campaignId() == null ? "" : " and c.id = ?")
          + (user.seesAllUnits() ? "" : " and exists (select 1 from assessment_unit a where a.campaign_id = c.id"
              + assessed + ")")
          + " order by c.id";
      List<Object> args = new ArrayList<>(unitArgs);
      args.addAll(unitArgs);
      args.add(year);
      if (narrowing.campaignId() != null) {
        args.add(narrowing.campaignId());
      }
      args.addAll(unitArgs);
      jdbc.query(campaignSql, rs -> {
        long id = rs.getLong(1);
        String name = rs.getString(2);
        items.add(milestone(id, "Thành lập Hội đồng – " + name, rs.getDate(3).toLocalDate(),
            rs.getTimestamp(4) == null ? 0 : 1, 1, today));
        items.add(milestone(id, "Tự đánh giá – " + name, rs.getDate(5).toLocalDate(), rs.getLong(8), rs.getLong(9),
            today));
        items.add(milestone(id, "Công bố kết quả – " + name, rs.getDate(6).toLocalDate(),
            rs.getTimestamp(7) == null ? 0 : 1, 1, today));
      }, args.toArray());
    }
    String taskSql = "select p.id, p.name, t.due_on,"
        + " sum(case when t.status <> 'ACCEPTED' then 1 else 0 end),"
        + " sum(case when t.status = 'ACCEPTED' then 1 else 0 end),"
        + " sum(case when t.status <> 'ACCEPTED' and t.due_on < ? then 1 else 0 end)"
        + " from improvement_task t join improvement_plan p on p.id = t.plan_id"
        + " where p.plan_year = ? and t.status <> 'CANCELLED'" + filter.sql() + unitSql
        + " group by p.id, p.name, t.due_on order by t.due_on, p.id";
    List<Object> args = new ArrayList<>(List.of(now, year));
    args.addAll(filter.extra());
    args.addAll(unitArgs);
    jdbc.query(taskSql, rs -> {
      items.add(new TimelineItem("PLAN_DEADLINE", rs.getString(2), rs.getDate(3).toLocalDate(), rs.getLong(1), null,
          rs.getLong(4), rs.getLong(5), rs.getLong(6)));
    }, args.toArray());
    items.sort(Comparator.comparing(TimelineItem::date));
    long[] doneByMonth = new long[12];
    String doneSql = "select extract(month from t.submitted_on), count(*)"
        + " from improvement_task t join improvement_plan p on p.id = t.plan_id"
        + " where p.plan_year = ? and t.status = 'ACCEPTED' and t.submitted_on is not null"
        + " and extract(year from t.submitted_on) = ?" + filter.sql() + unitSql
        + " group by extract(month from t.submitted_on)";
    List<Object> doneArgs = new ArrayList<>(List.of(year, year));
    doneArgs.addAll(filter.extra());
    doneArgs.addAll(unitArgs);
    jdbc.query(doneSql, rs -> {
      doneByMonth[rs.getInt(1) - 1] = rs.getLong(2);
    }, doneArgs.toArray());
    return new Timeline(year, today, items, doneByMonth);
  }

  private static TimelineItem milestone(long campaignId, String label, LocalDate date, long done, long total,
      LocalDate today) {
    long open = total - done;
    return new TimelineItem("CAMPAIGN_MILESTONE", label, date, null, campaignId, open, done,
        date.isBefore(today) ? open : 0);
  }

  /** The aggregate itself (what the cache holds), ranked. */
  private List<UnitRow> rankedUnits(int year, Filter filter, LocalDate today) {
    // One statement: the year's tasks are aggregated by lead unit first (from the index alone on
    // PostgreSQL), then the few thousand result rows get their unit names. Loading the unit tree
    // through JPA per request, or grouping by the name, cost more than the aggregate itself at
    // thousands of units.
    String sql = "select a.unit_id, a.open_count, a.due_soon, a.overdue, a.on_time, a.late, a.next_due, u.name"
        + " from (select t.lead_unit_id unit_id,"
        + COUNTERS + ","
        + " min(case when t.status in " + OPEN + " then t.due_on end) next_due"
        + " from improvement_task t join improvement_plan p on p.id = t.plan_id"
        + " where p.plan_year = ?" + filter.sql() + " group by t.lead_unit_id) a join org_unit u on u.id = a.unit_id";
    List<UnitRow> rows = jdbc.query(sql, (rs, i) -> {
      long onTime = rs.getLong(5);
      long late = rs.getLong(6);
      Date next = rs.getDate(7);
      long unitId = rs.getLong(1);
      return new UnitRow(unitId, rs.getString(8), rs.getLong(2), rs.getLong(3), rs.getLong(4), onTime, late,
          rate(onTime, late), next == null ? null : next.toLocalDate(), 0);
    }, filter.args(Date.valueOf(today), Date.valueOf(today.plusDays(InboxService.DUE_SOON_DAYS)), Date.valueOf(today),
        year));
    List<UnitRow> ranked = rank(rows);
    return ranked;
  }

  /**
   * Any change to a task (its entity's lifecycle, after the commit) makes the cached aggregates
   * stale, on this node at once and on the other nodes of a cluster within about a second; an
   * aggregate computed while a change commits carries the older version and is not used.
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public void tasksChanged(ImprovementTasksChanged event) {
    dropCache();
    signals.changed(TASKS_TOPIC);
  }

  @EventListener
  void otherNodeChanged(ClusterSignals.Received signal) {
    if (TASKS_TOPIC.equals(signal.topic())) {
      dropCache();
    }
  }

  private void dropCache() {
    version.incrementAndGet();
    cache.clear();
  }

  /** Units by on-time rate (then fewest overdue); units without finished work rank after the rest. */
  static List<UnitRow> rank(List<UnitRow> rows) {
    List<UnitRow> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing((UnitRow r) -> r.onTimeRate() == null ? BigDecimal.valueOf(-1) : r.onTimeRate())
        .reversed().thenComparingLong(UnitRow::overdue).thenComparing(r -> String.valueOf(r.unitName())));
    List<UnitRow> result = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      UnitRow r = sorted.get(i);
      result.add(new UnitRow(r.unitId(), r.unitName(), r.open(), r.dueSoon(), r.overdue(), r.doneOnTime(),
          r.doneLate(), r.onTimeRate(), r.nextDueDate(), i + 1));
    }
    return result;
  }

  private static BigDecimal rate(long onTime, long late) {
    return onTime + late == 0 ? null
        : BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(onTime + late), 1, RoundingMode.HALF_UP);
  }
}
