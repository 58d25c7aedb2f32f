package vn.partracker.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.improvement.PlanService;
import vn.partracker.improvement.PlanView;
import vn.partracker.inbox.InboxService;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;

/**
 * Read-only dashboards. They aggregate the task tables in one SQL statement each (never
 * per-variable engine queries), so they stay fast as plans grow.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

  public record UnitRow(Long unitId, String unitName, long open, long dueSoon, long overdue, long doneOnTime,
      long doneLate, BigDecimal onTimeRate, LocalDate nextDueDate, int rank) {}

  /**
   * Counters of the caller's scope (every unit, or a unit head's own units), the organisation's
   * on-time rate for comparison, and the unit rows the caller may see.
   */
  public record Coordinator(int year, long open, long dueSoon, long overdue, long doneOnTime, long doneLate,
      BigDecimal onTimeRate, BigDecimal organisationOnTimeRate, int unitCount, List<UnitRow> units) {}

  public record FieldScore(String code, String title, BigDecimal max, BigDecimal achieved, BigDecimal target,
      BigDecimal secured, BigDecimal projected) {}

  public record Scores(Long planId, String planName, String assumption, BigDecimal max, BigDecimal achieved,
      BigDecimal target, BigDecimal projected, BigDecimal projectedIndex, List<FieldScore> fields) {}

  static final String OPEN = "('OPEN','SUBMITTED','RETURNED')";

  private final JdbcTemplate jdbc;
  private final UnitScope scope;
  private final PlanService plans;
  private final Clock clock;

  DashboardService(JdbcTemplate jdbc, UnitScope scope, PlanService plans, Clock clock) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.plans = plans;
    this.clock = clock;
  }

  /**
   * Improvement tasks of a year by lead unit: open, due within 7 days, overdue, done on time
   * (report submitted by the due day) or late. A unit head sees their own units and their rank.
   */
  public Coordinator coordinator(int year, CurrentUser user) {
    LocalDate today = LocalDate.now(clock);
    // One statement: the year's tasks are aggregated by lead unit first (from the index alone on
    // PostgreSQL), then the few thousand result rows get their unit names. Loading the unit tree
    // through JPA per request, or grouping by the name, cost more than the aggregate itself at
    // thousands of units.
    String sql = "select a.unit_id, a.open_count, a.due_soon, a.overdue, a.on_time, a.late, a.next_due, u.name"
        + " from (select t.lead_unit_id unit_id,"
        + " sum(case when t.status in " + OPEN + " then 1 else 0 end) open_count,"
        + " sum(case when t.status in " + OPEN + " and t.due_on >= ? and t.due_on <= ? then 1 else 0 end) due_soon,"
        + " sum(case when t.status in " + OPEN + " and t.due_on < ? then 1 else 0 end) overdue,"
        + " sum(case when t.status = 'ACCEPTED' and t.submitted_on <= t.due_on then 1 else 0 end) on_time,"
        + " sum(case when t.status = 'ACCEPTED' and t.submitted_on > t.due_on then 1 else 0 end) late,"
        + " min(case when t.status in " + OPEN + " then t.due_on end) next_due"
        + " from improvement_task t join improvement_plan p on p.id = t.plan_id"
        + " where p.plan_year = ? group by t.lead_unit_id) a join org_unit u on u.id = a.unit_id";
    List<UnitRow> rows = jdbc.query(sql, (rs, i) -> {
      long onTime = rs.getLong(5);
      long late = rs.getLong(6);
      Date next = rs.getDate(7);
      long unitId = rs.getLong(1);
      return new UnitRow(unitId, rs.getString(8), rs.getLong(2), rs.getLong(3), rs.getLong(4), onTime, late,
          rate(onTime, late), next == null ? null : next.toLocalDate(), 0);
    }, Date.valueOf(today), Date.valueOf(today.plusDays(InboxService.DUE_SOON_DAYS)), Date.valueOf(today), year);
    List<UnitRow> ranked = rank(rows);
    BigDecimal organisationRate = rate(ranked.stream().mapToLong(UnitRow::doneOnTime).sum(),
        ranked.stream().mapToLong(UnitRow::doneLate).sum());
    List<UnitRow> visible = ranked;
    if (!user.seesAllUnits()) {
      Set<Long> mine = scope.actableUnitIds(user);
      visible = ranked.stream().filter(r -> mine.contains(r.unitId())).toList();
    }
    long onTime = visible.stream().mapToLong(UnitRow::doneOnTime).sum();
    long late = visible.stream().mapToLong(UnitRow::doneLate).sum();
    return new Coordinator(year, visible.stream().mapToLong(UnitRow::open).sum(),
        visible.stream().mapToLong(UnitRow::dueSoon).sum(), visible.stream().mapToLong(UnitRow::overdue).sum(), onTime,
        late, rate(onTime, late), organisationRate, ranked.size(), visible);
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

  /**
   * Per field of a plan: max and achieved of the baseline, the target, the points already secured
   * (items whose every task was accepted) and the projection, which assumes that items whose tasks
   * are all accepted or still on time reach their target and items with an overdue task gain nothing.
   */
  public Scores scores(long planId) {
    PlanView plan = plans.get(planId);
    if (plan.baseline() == null) {
      throw ApiException.conflict("Kế hoạch chưa có kết quả gốc (điểm chuẩn và điểm đạt được theo lĩnh vực)");
    }
    Map<Long, long[]> taskState = new HashMap<>();
    jdbc.query("select item_id, sum(case when status = 'ACCEPTED' then 1 else 0 end),"
        + " sum(case when status in " + OPEN + " and due_on < ? then 1 else 0 end), count(*)"
        + " from improvement_task where plan_id = ? and status <> 'CANCELLED' group by item_id",
        rs -> {
          taskState.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        }, Date.valueOf(LocalDate.now(clock)), planId);
    Map<String, BigDecimal[]> byField = new LinkedHashMap<>();
    for (PlanView.Field f : plan.baseline().fields()) {
      byField.put(f.code(), new BigDecimal[] {f.max(), f.achieved(), f.achieved(), f.achieved(), f.achieved()});
    }
    for (PlanView.Item item : plan.items()) {
      if (item.code() == null || item.target() == null || item.achieved() == null || item.leadUnitId() == null) {
        continue;
      }
      BigDecimal[] f = byField.get(item.code().split("\\.")[0]);
      if (f == null) {
        continue;
      }
      BigDecimal gain = item.target().subtract(item.achieved()).max(BigDecimal.ZERO);
      f[2] = f[2].add(gain);
      long[] state = taskState.getOrDefault(item.id(), new long[] {0, 0, 0});
      boolean allAccepted = state[2] > 0 && state[0] == state[2];
      if (allAccepted) {
        f[3] = f[3].add(gain);
      }
      if (allAccepted || state[1] == 0) {
        f[4] = f[4].add(gain);
      }
    }
    List<FieldScore> fields = new ArrayList<>();
    Map<String, String> titles = plan.baseline().fields().stream()
        .collect(Collectors.toMap(PlanView.Field::code, PlanView.Field::title));
    byField.forEach((code, f) -> fields.add(new FieldScore(code, titles.get(code), f[0], f[1], f[2], f[3], f[4])));
    BigDecimal max = sum(fields, FieldScore::max);
    BigDecimal projected = sum(fields, FieldScore::projected);
    return new Scores(plan.id(), plan.name(),
        "Dự báo giả định: mục có mọi nhiệm vụ đã được chấp nhận hoặc còn trong hạn sẽ đạt mục tiêu; "
            + "mục có nhiệm vụ quá hạn không được cộng điểm; điểm điều tra xã hội học giữ như năm trước.",
        max, sum(fields, FieldScore::achieved), sum(fields, FieldScore::target), projected,
        max.signum() == 0 ? BigDecimal.ZERO : projected.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP),
        fields);
  }

  private static BigDecimal sum(List<FieldScore> fields, java.util.function.Function<FieldScore, BigDecimal> f) {
    return fields.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal rate(long onTime, long late) {
    return onTime + late == 0 ? null
        : BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(onTime + late), 1, RoundingMode.HALF_UP);
  }
}
