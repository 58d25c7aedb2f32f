package vn.partracker.emulation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.partracker.shared.TimeConfig;

/**
 * The figures PAR Tracker knows from its own work: per unit, improvement tasks led on time,
 * contributions as a supporting unit on time, and improvement targets (plan items) met. Read
 * straight from the task tables, one statement each, like the dashboards.
 */
@Component
class WorkFigures {

  /** A ratio; the denominator counts what is due or done, the numerator what was done on time. */
  record Ratio(long numerator, long denominator) {

    Ratio plus(Ratio other) {
      return other == null ? this : new Ratio(numerator + other.numerator, denominator + other.denominator);
    }

    BigDecimal percent() {
      return denominator == 0 ? null
          : BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, java.math.RoundingMode.HALF_UP);
    }
  }

  static final String ORDERS_ON_TIME = "ORDERS_ON_TIME";
  static final String COORDINATION_ON_TIME = "COORDINATION_ON_TIME";
  static final String PAR_TARGETS_MET = "PAR_TARGETS_MET";
  private static final String OPEN = "('OPEN','SUBMITTED','RETURNED')";
  private static final String YEAR_TASKS = " from improvement_task t join improvement_plan p on p.id = t.plan_id"
      + " where p.plan_year = ? and t.status <> 'CANCELLED'";

  private final JdbcTemplate jdbc;

  WorkFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Per code, per unit id. */
  Map<String, Map<Long, Ratio>> compute(int year, LocalDate today) {
    Map<String, Map<Long, Ratio>> result = new HashMap<>();
    Map<Long, Ratio> orders = new HashMap<>();
    jdbc.query("select t.lead_unit_id,"
        + " sum(case when t.status = 'ACCEPTED' and t.submitted_on <= t.due_on then 1 else 0 end),"
        + " sum(case when t.status = 'ACCEPTED' or (t.status in " + OPEN + " and t.due_on < ?) then 1 else 0 end)"
        + YEAR_TASKS + " group by t.lead_unit_id",
        rs -> {
          orders.put(rs.getLong(1), new Ratio(rs.getLong(2), rs.getLong(3)));
        }, Date.valueOf(today), year);
    result.put(ORDERS_ON_TIME, orders);

    Map<Long, Ratio> targets = new HashMap<>();
    jdbc.query("select lead_unit_id, sum(case when accepted = total then 1 else 0 end),"
        + " sum(case when accepted = total or last_due < ? then 1 else 0 end)"
        + " from (select t.lead_unit_id, t.item_id, count(*) as total,"
        + " sum(case when t.status = 'ACCEPTED' then 1 else 0 end) as accepted, max(t.due_on) as last_due"
        + YEAR_TASKS + " group by t.lead_unit_id, t.item_id) as items group by lead_unit_id",
        rs -> {
          targets.put(rs.getLong(1), new Ratio(rs.getLong(2), rs.getLong(3)));
        }, Date.valueOf(today), year);
    result.put(PAR_TARGETS_MET, targets);

    Map<Long, long[]> coordination = new HashMap<>();
    for (Contribution c : contributions(year, null)) {
      Boolean onTime = c.onTime(today);
      if (onTime != null) {
        long[] counts = coordination.computeIfAbsent(c.unitId(), k -> new long[2]);
        counts[0] += onTime ? 1 : 0;
        counts[1]++;
      }
    }
    Map<Long, Ratio> coordinationRatios = new HashMap<>();
    coordination.forEach((unit, counts) -> coordinationRatios.put(unit, new Ratio(counts[0], counts[1])));
    result.put(COORDINATION_ON_TIME, coordinationRatios);
    return result;
  }

  /** The tasks behind a computed figure of a unit (with the units below it that it answers for). */
  List<EmulationViews.TaskRow> tasks(int year, Collection<Long> unitIds, String code, LocalDate today) {
    String units = String.join(",", unitIds.stream().map(String::valueOf).toList());
    String columns = "select t.id, t.plan_id, p.name, t.label, i.code, t.due_on, t.submitted_on, t.status";
    String from = " from improvement_task t join improvement_plan p on p.id = t.plan_id"
        + " join improvement_item i on i.id = t.item_id";
    if (COORDINATION_ON_TIME.equals(code)) {
      Map<Long, Contribution> byTask = new HashMap<>();
      contributions(year, units).forEach(c -> byTask.putIfAbsent(c.taskId(), c));
      if (byTask.isEmpty()) {
        return List.of();
      }
      String ids = String.join(",", byTask.keySet().stream().map(String::valueOf).toList());
      return jdbc.query(columns + from + " where t.id in (" + ids + ") order by t.due_on, t.id", (rs, i) -> {
        Contribution c = byTask.get(rs.getLong(1));
        return new EmulationViews.TaskRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getDate(6).toLocalDate(), c.doneOn(), rs.getString(8), c.onTime(today));
      });
    }
    return jdbc.query(columns + from + " where p.plan_year = ? and t.status <> 'CANCELLED' and t.lead_unit_id in (" + units + ")"
        + " order by t.due_on, t.id", (rs, i) -> {
          LocalDate due = rs.getDate(6).toLocalDate();
          Date submitted = rs.getDate(7);
          String status = rs.getString(8);
          Boolean onTime = "ACCEPTED".equals(status) ? Boolean.valueOf(!submitted.toLocalDate().isAfter(due))
              : due.isBefore(today) ? Boolean.FALSE : null;
          return new EmulationViews.TaskRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
              rs.getString(5), due, submitted == null ? null : submitted.toLocalDate(), status, onTime);
        }, year);
  }

  /**
   * A supporting unit's part in a task: when it first contributed (Vietnam day), if at all. An item
   * led by several units asks its supporting units on the principal lead's task only.
   */
  private record Contribution(long taskId, long unitId, LocalDate dueOn, boolean taskAccepted, LocalDate doneOn) {

    /** On time, late, or not yet counted (not contributed, task still open and not yet due). */
    Boolean onTime(LocalDate today) {
      if (doneOn != null) {
        return !doneOn.isAfter(dueOn);
      }
      return taskAccepted || dueOn.isBefore(today) ? Boolean.FALSE : null;
    }
  }

  private List<Contribution> contributions(int year, String unitIds) {
    return jdbc.query("select t.id, s.unit_id, t.due_on, t.status,"
        + " (select min(c.done_at) from improvement_contribution c where c.task_id = t.id and c.unit_id = s.unit_id)"
        + " from improvement_task t join improvement_plan p on p.id = t.plan_id"
        + " join improvement_item_support s on s.item_id = t.item_id"
        + " where p.plan_year = ? and t.status <> 'CANCELLED' and t.principal = true and s.unit_id <> t.lead_unit_id"
        + (unitIds == null ? "" : " and s.unit_id in (" + unitIds + ")"),
        (rs, i) -> {
          Timestamp done = rs.getTimestamp(5);
          return new Contribution(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
              "ACCEPTED".equals(rs.getString(4)),
              done == null ? null : done.toInstant().atZone(TimeConfig.ZONE).toLocalDate());
        }, year);
  }
}
