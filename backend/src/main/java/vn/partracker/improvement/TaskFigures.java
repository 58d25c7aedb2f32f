package vn.partracker.improvement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.shared.TimeConfig;

/**
 * The read API over the improvement tables for other modules (the dashboards, the emulation
 * scoreboard): aggregates of the year's tasks, each one SQL statement over the task and plan
 * tables (never per-variable engine queries), returned as records. Only this module names its
 * tables; a table change here changes these statements, not another module's code.
 */
@Component
@Transactional(readOnly = true)
public class TaskFigures {

  /** The statuses of work still to do. */
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

  private static final String YEAR_TASKS = " from improvement_task t join improvement_plan p on p.id = t.plan_id"
      + " where p.plan_year = ? and t.status <> 'CANCELLED'";

  /**
   * Narrows the year's tasks: to one plan, to tasks led by units of one level, to plans drawn up
   * from one campaign (each null for no narrowing). Already checked by the caller.
   */
  public record Narrowing(Long planId, String level, Long campaignId) {

    public static final Narrowing NONE = new Narrowing(null, null, null);

    /** Extra conditions on {@code t} (task) and {@code p} (plan). */
    String sql() {
      StringBuilder sql = new StringBuilder();
      if (planId != null) {
        sql.append(" and p.id = ?");
      }
      if (level != null) {
        sql.append(" and t.lead_unit_id in (select u.id from org_unit u where u.level = ?)");
      }
      if (campaignId != null) {
        sql.append(" and p.campaign_id = ?");
      }
      return sql.toString();
    }

    List<Object> args() {
      List<Object> args = new ArrayList<>();
      if (planId != null) {
        args.add(planId);
      }
      if (level != null) {
        args.add(level);
      }
      if (campaignId != null) {
        args.add(campaignId);
      }
      return args;
    }
  }

  /** The lead work of one unit: open, due soon, overdue, done on time, done late, next open due date. */
  public record UnitCounters(long unitId, String unitName, long open, long dueSoon, long overdue, long doneOnTime,
      long doneLate, LocalDate nextDue) {}

  /** One unit's supporting work (the inbox's contribution steps): open, open past the task's due date, given. */
  public record SupportCounters(long unitId, String unitName, long open, long overdue, long done) {}

  /** The counters of the tasks of one criterion code (null: items tied to no criterion). */
  public record CodeCounters(String code, long open, long dueSoon, long overdue, long doneOnTime, long doneLate) {}

  /** A field's title as a plan's baseline names it. */
  public record FieldTitle(String code, String title) {}

  /** The tasks of one plan due on one day: not accepted, accepted, not accepted and overdue. */
  public record DueDay(long planId, String planName, LocalDate dueOn, long open, long done, long overdue) {}

  /** One plan item's tasks: accepted, open and overdue, all (cancelled ones left out). */
  public record ItemState(long itemId, long accepted, long overdue, long total) {}

  /** The index a plan's baseline recorded for the year before the plan's year. */
  public record BaselineYear(int year, BigDecimal index, String classification) {}

  /** A count of a unit's tasks: {@code counted} due or done, {@code onTime} done on time. */
  public record UnitRatio(long unitId, long onTime, long counted) {}

  /**
   * A supporting unit's part in a task: when it first contributed (Vietnam day), if at all. An item
   * led by several units asks its supporting units on the principal lead's task only.
   */
  public record Contribution(long taskId, long unitId, LocalDate dueOn, boolean taskAccepted, LocalDate doneOn) {

    /** On time, late, or not yet counted (not contributed, task still open and not yet due). */
    public Boolean onTime(LocalDate today) {
      if (doneOn != null) {
        return !doneOn.isAfter(dueOn);
      }
      return taskAccepted || dueOn.isBefore(today) ? Boolean.FALSE : null;
    }
  }

  /** A task with its plan and its item's criterion code. */
  public record TaskRow(long id, long planId, String planName, String label, String itemCode, LocalDate dueOn,
      LocalDate submittedOn, String status) {}

  private final JdbcTemplate jdbc;

  TaskFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  // ---- the coordinator dashboard

  /**
   * The year's tasks aggregated by lead unit, with the unit's name. One statement: the tasks are
   * aggregated by lead unit first (from the index alone on PostgreSQL), then the few thousand result
   * rows get their unit names. {@code soon}: the last day counted as due soon.
   */
  public List<UnitCounters> byLeadUnit(int year, Narrowing narrowing, LocalDate today, LocalDate soon) {
    String sql = "select a.unit_id, a.open_count, a.due_soon, a.overdue, a.on_time, a.late, a.next_due, u.name"
        + " from (select t.lead_unit_id unit_id,"
        + COUNTERS + ","
        + " min(case when t.status in " + OPEN + " then t.due_on end) next_due"
        + " from improvement_task t join improvement_plan p on p.id = t.plan_id"
        + " where p.plan_year = ?" + narrowing.sql() + " group by t.lead_unit_id) a join org_unit u on u.id = a.unit_id";
    return jdbc.query(sql, (rs, i) -> {
      Date next = rs.getDate(7);
      return new UnitCounters(rs.getLong(1), rs.getString(8), rs.getLong(2), rs.getLong(3), rs.getLong(4),
          rs.getLong(5), rs.getLong(6), next == null ? null : next.toLocalDate());
    }, args(narrowing, Date.valueOf(today), Date.valueOf(soon), Date.valueOf(today), year));
  }

  /**
   * The supporting units' contribution steps of the year's tasks, from the inbox's projection (what
   * the inbox lists as Phối hợp): open, open past the task's due date, given. A level narrowing
   * narrows to supporting units of that level.
   */
  public List<SupportCounters> supportByUnit(int year, Narrowing narrowing, LocalDate today) {
    String sql = "select a.unit_id, a.open_count, a.overdue, a.done_count, u.name from (select w.unit_id unit_id,"
        + " sum(case when w.status = 'OPEN' then 1 else 0 end) open_count,"
        + " sum(case when w.status = 'OPEN' and t.due_on < ? then 1 else 0 end) overdue,"
        + " sum(case when w.status = 'DONE' then 1 else 0 end) done_count"
        + " from work_item w join improvement_task t on t.id = w.subject_id join improvement_plan p on p.id = t.plan_id"
        + " where w.subject_type = 'IMPROVEMENT_TASK' and w.role = 'SUPPORT' and w.status <> 'CANCELLED'"
        + " and w.unit_id is not null and p.plan_year = ?" + narrowing.sql().replace("t.lead_unit_id", "w.unit_id")
        + " group by w.unit_id) a join org_unit u on u.id = a.unit_id order by u.name";
    return jdbc.query(sql, (rs, i) -> new SupportCounters(rs.getLong(1), rs.getString(5), rs.getLong(2),
        rs.getLong(3), rs.getLong(4)), args(narrowing, Date.valueOf(today), year));
  }

  /**
   * The year's tasks by criterion code of their item (a few hundred codes a year); {@code leadUnits}
   * narrows to tasks these units lead (null: every unit).
   */
  public List<CodeCounters> byCriterionCode(int year, Narrowing narrowing, LocalDate today, LocalDate soon,
      Collection<Long> leadUnits) {
    String sql = "select i.code,"
        + COUNTERS
        + " from improvement_task t join improvement_plan p on p.id = t.plan_id"
        + " join improvement_item i on i.id = t.item_id"
        + " where p.plan_year = ?" + narrowing.sql() + in("t.lead_unit_id", leadUnits) + " group by i.code";
    List<Object> args = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(soon), Date.valueOf(today), year));
    args.addAll(narrowing.args());
    args.addAll(leadUnits == null ? List.of() : leadUnits);
    return jdbc.query(sql, (rs, i) -> new CodeCounters(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
        rs.getLong(5), rs.getLong(6)), args.toArray());
  }

  /** The fields' titles of the year's plans' baselines, the oldest plan first. */
  public List<FieldTitle> fieldTitles(int year) {
    return jdbc.query("select b.code, b.title from improvement_baseline_field b join improvement_plan p on p.id = b.plan_id"
        + " where p.plan_year = ? order by p.id", (rs, i) -> new FieldTitle(rs.getString(1), rs.getString(2)), year);
  }

  /**
   * The due dates of the year's tasks, grouped by plan and day, in date order; {@code leadUnits}
   * narrows to tasks these units lead (null: every unit).
   */
  public void dueDays(int year, Narrowing narrowing, LocalDate today, Collection<Long> leadUnits,
      Consumer<DueDay> each) {
    String taskSql = "select p.id, p.name, t.due_on,"
        + " sum(case when t.status <> 'ACCEPTED' then 1 else 0 end),"
        + " sum(case when t.status = 'ACCEPTED' then 1 else 0 end),"
        + " sum(case when t.status <> 'ACCEPTED' and t.due_on < ? then 1 else 0 end)"
        + " from improvement_task t join improvement_plan p on p.id = t.plan_id"
        + " where p.plan_year = ? and t.status <> 'CANCELLED'" + narrowing.sql() + in("t.lead_unit_id", leadUnits)
        + " group by p.id, p.name, t.due_on order by t.due_on, p.id";
    List<Object> args = new ArrayList<>(List.of(Date.valueOf(today), year));
    args.addAll(narrowing.args());
    args.addAll(leadUnits == null ? List.of() : leadUnits);
    jdbc.query(taskSql, rs -> {
      each.accept(new DueDay(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getLong(4),
          rs.getLong(5), rs.getLong(6)));
    }, args.toArray());
  }

  /** The year's tasks accepted in each month of the year (index 0 is January). */
  public long[] acceptedByMonth(int year, Narrowing narrowing, Collection<Long> leadUnits) {
    long[] doneByMonth = new long[12];
    String doneSql = "select extract(month from t.submitted_on), count(*)"
        + " from improvement_task t join improvement_plan p on p.id = t.plan_id"
        + " where p.plan_year = ? and t.status = 'ACCEPTED' and t.submitted_on is not null"
        + " and extract(year from t.submitted_on) = ?" + narrowing.sql() + in("t.lead_unit_id", leadUnits)
        + " group by extract(month from t.submitted_on)";
    List<Object> doneArgs = new ArrayList<>(List.of(year, year));
    doneArgs.addAll(narrowing.args());
    doneArgs.addAll(leadUnits == null ? List.of() : leadUnits);
    jdbc.query(doneSql, rs -> {
      doneByMonth[rs.getInt(1) - 1] = rs.getLong(2);
    }, doneArgs.toArray());
    return doneByMonth;
  }

  // ---- the score dashboard

  /** Per item of a plan: its tasks accepted, open and overdue, and all of them (cancelled ones left out). */
  public List<ItemState> itemStates(long planId, LocalDate today) {
    return jdbc.query("select item_id, sum(case when status = 'ACCEPTED' then 1 else 0 end),"
        + " sum(case when status in " + OPEN + " and due_on < ? then 1 else 0 end), count(*)"
        + " from improvement_task where plan_id = ? and status <> 'CANCELLED' group by item_id",
        (rs, i) -> new ItemState(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
        Date.valueOf(today), planId);
  }

  /**
   * The indexes the unit's plans up to {@code untilPlanYear} recorded as their baseline (official
   * results imported with the plan), for the year before each plan's year; oldest plan first.
   */
  public List<BaselineYear> baselineIndexes(long ownerUnitId, int untilPlanYear) {
    return jdbc.query("select plan_year - 1, baseline_index, baseline_classification from improvement_plan"
        + " where owner_unit_id = ? and baseline_index is not null and plan_year <= ? order by plan_year, id",
        (rs, i) -> new BaselineYear(rs.getInt(1), rs.getBigDecimal(2), rs.getString(3)), ownerUnitId, untilPlanYear);
  }

  // ---- the emulation scoreboard

  /**
   * Per lead unit, the year's tasks (not cancelled): counted when accepted or open past due, on time
   * when accepted with the report submitted by the due day.
   */
  public List<UnitRatio> leadTasksOnTime(int year, LocalDate today) {
    return jdbc.query("select t.lead_unit_id,"
        + " sum(case when t.status = 'ACCEPTED' and t.submitted_on <= t.due_on then 1 else 0 end),"
        + " sum(case when t.status = 'ACCEPTED' or (t.status in " + OPEN + " and t.due_on < ?) then 1 else 0 end)"
        + YEAR_TASKS + " group by t.lead_unit_id",
        (rs, i) -> new UnitRatio(rs.getLong(1), rs.getLong(2), rs.getLong(3)), Date.valueOf(today), year);
  }

  /**
   * Per lead unit, the plan items it leads this year: counted when every task is accepted or the
   * last one is past due, met when every task is accepted.
   */
  public List<UnitRatio> itemsMet(int year, LocalDate today) {
    return jdbc.query("select lead_unit_id, sum(case when accepted = total then 1 else 0 end),"
        + " sum(case when accepted = total or last_due < ? then 1 else 0 end)"
        + " from (select t.lead_unit_id, t.item_id, count(*) as total,"
        + " sum(case when t.status = 'ACCEPTED' then 1 else 0 end) as accepted, max(t.due_on) as last_due"
        + YEAR_TASKS + " group by t.lead_unit_id, t.item_id) as items group by lead_unit_id",
        (rs, i) -> new UnitRatio(rs.getLong(1), rs.getLong(2), rs.getLong(3)), Date.valueOf(today), year);
  }

  /** The supporting units' parts in the year's principal tasks; {@code unitIds} narrows to those units (null: all). */
  public List<Contribution> contributions(int year, Collection<Long> unitIds) {
    String units = unitIds == null ? null : String.join(",", unitIds.stream().map(String::valueOf).toList());
    return jdbc.query("select t.id, s.unit_id, t.due_on, t.status,"
        + " (select min(c.done_at) from improvement_contribution c where c.task_id = t.id and c.unit_id = s.unit_id)"
        + " from improvement_task t join improvement_plan p on p.id = t.plan_id"
        + " join improvement_item_support s on s.item_id = t.item_id"
        + " where p.plan_year = ? and t.status <> 'CANCELLED' and t.principal = true and s.unit_id <> t.lead_unit_id"
        + (units == null ? "" : " and s.unit_id in (" + units + ")"),
        (rs, i) -> {
          Timestamp done = rs.getTimestamp(5);
          return new Contribution(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
              "ACCEPTED".equals(rs.getString(4)),
              done == null ? null : done.toInstant().atZone(TimeConfig.ZONE).toLocalDate());
        }, year);
  }

  private static final String TASK_COLUMNS = "select t.id, t.plan_id, p.name, t.label, i.code, t.due_on, t.submitted_on, t.status"
      + " from improvement_task t join improvement_plan p on p.id = t.plan_id"
      + " join improvement_item i on i.id = t.item_id";

  /** These tasks, by due date. */
  public List<TaskRow> tasks(Collection<Long> taskIds) {
    if (taskIds.isEmpty()) {
      return List.of();
    }
    String ids = String.join(",", taskIds.stream().map(String::valueOf).toList());
    return jdbc.query(TASK_COLUMNS + " where t.id in (" + ids + ") order by t.due_on, t.id", (rs, i) -> taskRow(rs));
  }

  /** The year's tasks (not cancelled) these units lead, by due date. */
  public List<TaskRow> tasksLedBy(int year, Collection<Long> unitIds) {
    String units = String.join(",", unitIds.stream().map(String::valueOf).toList());
    return jdbc.query(TASK_COLUMNS + " where p.plan_year = ? and t.status <> 'CANCELLED' and t.lead_unit_id in ("
        + units + ")" + " order by t.due_on, t.id", (rs, i) -> taskRow(rs), year);
  }

  private static TaskRow taskRow(java.sql.ResultSet rs) throws java.sql.SQLException {
    Date submitted = rs.getDate(7);
    return new TaskRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getDate(6).toLocalDate(), submitted == null ? null : submitted.toLocalDate(), rs.getString(8));
  }

  /** The arguments of a statement: {@code first}, then the narrowing's. */
  private static Object[] args(Narrowing narrowing, Object... first) {
    List<Object> all = new ArrayList<>(List.of(first));
    all.addAll(narrowing.args());
    return all.toArray();
  }

  /** {@code and column in (?, …)} for these ids; nothing for null (every unit). */
  private static String in(String column, Collection<Long> ids) {
    return ids == null ? "" : " and " + column + " in (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
  }
}
