package vn.partracker.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.partracker.assessment.CampaignFigures;
import vn.partracker.improvement.ImprovementTasksChanged;
import vn.partracker.improvement.PlanViews;
import vn.partracker.improvement.TaskFigures;
import vn.partracker.inbox.InboxService;
import vn.partracker.org.UnitLevels;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.ClusterSignals;
import vn.partracker.shared.KeptValues;
import vn.partracker.shared.CurrentUser;

/**
 * Read-only dashboards. They read the task tables through the improvement module's
 * {@link TaskFigures} (and campaigns through the assessment module's {@link CampaignFigures}), one
 * SQL statement each (never per-variable engine queries), so they stay fast as plans grow.
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

  /**
   * The coordinator aggregate reads every task of the year (hundreds of thousands at national
   * scale), so it is computed once per change of the task table and day, not per request. Other
   * nodes' changes arrive as cluster signals; this age bounds what a missed signal can cost.
   */
  static final Duration CACHE_MAX_AGE = Duration.ofSeconds(60);
  private static final int CACHE_MAX_ENTRIES = 256;

  /** What is cached: the ranked units or the field rows of a year, filter and day. */
  private record CacheKey(String kind, int year, DashboardFilter filter, LocalDate today) {}

  private static final String TASKS_TOPIC = "improvement-tasks";

  private final KeptValues<CacheKey, Object> cache;

  private final TaskFigures figures;
  private final CampaignFigures campaigns;
  private final UnitScope scope;
  private final PlanViews plans;
  private final UnitLevels levels;
  private final Clock clock;
  private final ClusterSignals signals;

  DashboardService(TaskFigures figures, CampaignFigures campaigns, UnitScope scope, PlanViews plans, UnitLevels levels,
      Clock clock, ClusterSignals signals) {
    this.signals = signals;
    this.levels = levels;
    this.figures = figures;
    this.campaigns = campaigns;
    this.scope = scope;
    this.plans = plans;
    this.clock = clock;
    this.cache = new KeptValues<>(clock, CACHE_MAX_AGE, CACHE_MAX_ENTRIES);
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
    return figures.supportByUnit(year, filter.narrowing(), today).stream()
        .map(r -> new SupportRow(r.unitId(), r.unitName(), r.open(), r.overdue(), r.done())).toList();
  }

  /** The cached value of this key, or computed now and kept (until a task changes, the day turns, or 60 s). */
  @SuppressWarnings("unchecked")
  private <T> T cached(CacheKey key, Supplier<T> compute) {
    return (T) cache.get(key, compute::get);
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
      return cached(new CacheKey("fields", year, narrowing, today), () -> fieldRows(year, filter, today, null));
    }
    Set<Long> mine = new HashSet<>(scope.actableUnitIds(user));
    mine.add(-1L); // never an empty IN list
    return fieldRows(year, filter, today, mine);
  }

  /** {@code units}: the lead units counted (null: every unit). */
  private List<FieldRow> fieldRows(int year, Filter filter, LocalDate today, Set<Long> units) {
    // grouped by criterion code in SQL (a few hundred codes a year), rolled up to fields here
    Map<String, long[]> byField = new TreeMap<>(FIELD_ORDER);
    for (TaskFigures.CodeCounters c : figures.byCriterionCode(year, filter.narrowing(), today,
        today.plusDays(InboxService.DUE_SOON_DAYS), units)) {
      long[] sums = byField.computeIfAbsent(field(c.code()), k -> new long[5]);
      sums[0] += c.open();
      sums[1] += c.dueSoon();
      sums[2] += c.overdue();
      sums[3] += c.doneOnTime();
      sums[4] += c.doneLate();
    }
    Map<String, String> titles = new HashMap<>();
    figures.fieldTitles(year).forEach(t -> titles.putIfAbsent(t.code(), t.title()));
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

  /** The narrowing of the year's tasks, and the filter in words. */
  record Filter(TaskFigures.Narrowing narrowing, String words) {}

  Filter filter(DashboardFilter narrowing) {
    List<String> words = new ArrayList<>();
    if (narrowing.planId() != null) {
      words.add("Kế hoạch: " + plans.name(narrowing.planId())); // 404 for an unknown plan
    }
    if (narrowing.level() != null) {
      UnitLevels.Level level = levels.find(narrowing.level()).orElseThrow(() -> ApiException.invalidField("level",
          "dashboard.levelInvalid", narrowing.level(), String.join(", ", levels.codes())));
      words.add("cấp đơn vị: " + level.nameVi());
    }
    if (narrowing.campaignId() != null) {
      words.add("đợt đánh giá: " + campaignName(narrowing.campaignId())); // 404 for an unknown campaign
    }
    return new Filter(new TaskFigures.Narrowing(narrowing.planId(), narrowing.level(), narrowing.campaignId()),
        String.join("; ", words));
  }

  private String campaignName(long campaignId) {
    return campaigns.name(campaignId)
        .orElseThrow(() -> ApiException.notFound("dashboard.campaignNotFound", campaignId));
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
    Set<Long> mine = null; // every unit
    if (!user.seesAllUnits()) {
      mine = new HashSet<>(scope.actableUnitIds(user));
      mine.add(-1L); // never an empty IN list
    }
    List<TimelineItem> items = new ArrayList<>();
    if (narrowing.planId() == null) {
      // a unit head: the campaigns their units take part in, with their own units' self-assessments
      campaigns.milestones(year, narrowing.campaignId(), mine, c -> {
        items.add(milestone(c.campaignId(), "Thành lập Hội đồng – " + c.name(), c.councilDeadline(),
            c.councilSetUp() ? 1 : 0, 1, today));
        items.add(milestone(c.campaignId(), "Tự đánh giá – " + c.name(), c.selfAssessmentDeadline(), c.selfAssessed(),
            c.assessed(), today));
        items.add(milestone(c.campaignId(), "Công bố kết quả – " + c.name(), c.appraisalDeadline(),
            c.published() ? 1 : 0, 1, today));
      });
    }
    figures.dueDays(year, filter.narrowing(), today, mine, d -> items.add(new TimelineItem("PLAN_DEADLINE",
        d.planName(), d.dueOn(), d.planId(), null, d.open(), d.done(), d.overdue())));
    items.sort(Comparator.comparing(TimelineItem::date));
    return new Timeline(year, today, items, figures.acceptedByMonth(year, filter.narrowing(), mine));
  }

  private static TimelineItem milestone(long campaignId, String label, LocalDate date, long done, long total,
      LocalDate today) {
    long open = total - done;
    return new TimelineItem("CAMPAIGN_MILESTONE", label, date, null, campaignId, open, done,
        date.isBefore(today) ? open : 0);
  }

  /** The aggregate itself (what the cache holds), ranked. */
  private List<UnitRow> rankedUnits(int year, Filter filter, LocalDate today) {
    List<UnitRow> rows = figures.byLeadUnit(year, filter.narrowing(), today, today.plusDays(InboxService.DUE_SOON_DAYS))
        .stream().map(r -> new UnitRow(r.unitId(), r.unitName(), r.open(), r.dueSoon(), r.overdue(), r.doneOnTime(),
            r.doneLate(), rate(r.doneOnTime(), r.doneLate()), r.nextDue(), 0))
        .toList();
    return rank(rows);
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
    cache.drop();
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
