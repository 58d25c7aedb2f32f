package vn.partracker.improvement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the API shows it. {@code activation}: while ACTIVATING, the tasks to start and started
 * (null otherwise; {@code GET .../activation} answers it for any plan).
 */
public record PlanView(
    Long id,
    String name,
    int year,
    Long ownerUnitId,
    String ownerUnitName,
    Long campaignId,
    String status,
    String source,
    Baseline baseline,
    List<Item> items,
    int taskCount,
    String approvedBy,
    Instant approvedAt,
    Instant activatedAt,
    Instant updatedAt,
    PlanActivation.Progress activation) {

  /** The results the plan improves on. */
  public record Baseline(BigDecimal totalMax, BigDecimal totalAchieved, BigDecimal index, String classification,
      List<Field> fields) {}

  public record Field(String code, String title, BigDecimal max, BigDecimal achieved) {}

  /**
   * An item. {@code leadUnitIds}/{@code leadUnits}: every lead unit (one task occurrence each), the
   * principal first; {@code leadUnitId}/{@code leadUnit}: the principal lead; {@code leadText}: the
   * lead cell as published (or null when a person chose the units); {@code work}: once activated, the
   * item's task occurrences, one per lead unit and period (the item is done when all are accepted);
   * {@code version}: send it back with a change (null in a preview).
   */
  public record Item(Long id, Integer row, String code, String title, BigDecimal max, BigDecimal achieved,
      BigDecimal target, String tasks, Long leadUnitId, String leadUnit, List<Long> leadUnitIds,
      List<String> leadUnits, String leadText, List<Long> supportingUnitIds,
      List<String> supportingUnits, String unitNote, String expectedOutput, String requirement,
      DeadlineView deadline, List<Work> work, Long version) {}

  /** One task occurrence of an item: its lead unit, period, due date and state. */
  public record Work(long taskId, long leadUnitId, String leadUnit, String label, LocalDate dueOn, String status,
      boolean overdue) {}

  /**
   * The parsed kind, the original text, the first due date, whether a person must set it, and the
   * date a person set (null when the text is used as parsed).
   */
  public record DeadlineView(String kind, String text, LocalDate firstDue, int occurrences, boolean needsAttention,
      LocalDate setDue) {}
}
