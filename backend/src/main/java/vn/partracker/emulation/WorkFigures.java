package vn.partracker.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.partracker.improvement.TaskFigures;

/**
 * The figures PAR Tracker knows from its own work: per unit, improvement tasks led on time,
 * contributions as a supporting unit on time, and improvement targets (plan items) met. Read
 * through the improvement module's {@link TaskFigures}, one statement each, like the dashboards.
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

  private final TaskFigures figures;

  WorkFigures(TaskFigures figures) {
    this.figures = figures;
  }

  /** Per code, per unit id. */
  Map<String, Map<Long, Ratio>> compute(int year, LocalDate today) {
    Map<String, Map<Long, Ratio>> result = new HashMap<>();
    Map<Long, Ratio> orders = new HashMap<>();
    figures.leadTasksOnTime(year, today).forEach(r -> orders.put(r.unitId(), new Ratio(r.onTime(), r.counted())));
    result.put(ORDERS_ON_TIME, orders);

    Map<Long, Ratio> targets = new HashMap<>();
    figures.itemsMet(year, today).forEach(r -> targets.put(r.unitId(), new Ratio(r.onTime(), r.counted())));
    result.put(PAR_TARGETS_MET, targets);

    Map<Long, long[]> coordination = new HashMap<>();
    for (TaskFigures.Contribution c : figures.contributions(year, null)) {
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
    if (COORDINATION_ON_TIME.equals(code)) {
      Map<Long, TaskFigures.Contribution> byTask = new HashMap<>();
      figures.contributions(year, unitIds).forEach(c -> byTask.putIfAbsent(c.taskId(), c));
      return figures.tasks(byTask.keySet()).stream().map(t -> {
        TaskFigures.Contribution c = byTask.get(t.id());
        return new EmulationViews.TaskRow(t.id(), t.planId(), t.planName(), t.label(), t.itemCode(), t.dueOn(),
            c.doneOn(), t.status(), c.onTime(today));
      }).toList();
    }
    return figures.tasksLedBy(year, unitIds).stream().map(t -> {
      Boolean onTime = "ACCEPTED".equals(t.status()) ? Boolean.valueOf(!t.submittedOn().isAfter(t.dueOn()))
          : t.dueOn().isBefore(today) ? Boolean.FALSE : null;
      return new EmulationViews.TaskRow(t.id(), t.planId(), t.planName(), t.label(), t.itemCode(), t.dueOn(),
          t.submittedOn(), t.status(), onTime);
    }).toList();
  }
}
