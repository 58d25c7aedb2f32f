package vn.partracker.improvement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.lang.Nullable;

/**
 * A plan as the API shows it. {@code activation}: while ACTIVATING, the tasks to start and started
 * (null otherwise; {@code GET .../activation} answers it for any plan).
 */
public record PlanView(
    @Nullable Long id,
    @Nullable String name,
    int year,
    @Nullable Long ownerUnitId,
    @Nullable String ownerUnitName,
    @Nullable Long campaignId,
    @Schema(allowableValues = {"DRAFT", "APPROVED", "ACTIVATING", "ACTIVE", "CLOSED"}) String status,
    @Schema(allowableValues = {"IMPORT", "GENERATED", "MANUAL"}) String source,
    @Nullable Baseline baseline,
    List<Item> items,
    int taskCount,
    @Nullable String approvedBy,
    @Nullable Instant approvedAt,
    @Nullable Instant activatedAt,
    @Nullable Instant updatedAt,
    @Nullable PlanActivation.Progress activation) {

  /** The results the plan improves on. */
  public record Baseline(BigDecimal totalMax, BigDecimal totalAchieved, BigDecimal index,
      @Schema(allowableValues = {"EXCELLENT", "GOOD", "FAIR", "AVERAGE", "WEAK"}) String classification,
      List<Field> fields) {}

  public record Field(String code, String title, BigDecimal max, BigDecimal achieved) {}

  /**
   * An item. {@code leadUnitIds}/{@code leadUnits}: every lead unit (one task occurrence each), the
   * principal first; {@code leadUnitId}/{@code leadUnit}: the principal lead; {@code leadText}: the
   * lead cell as published (or null when a person chose the units); {@code work}: once activated, the
   * item's task occurrences, one per lead unit and period (the item is done when all are accepted);
   * {@code version}: send it back with a change (null in a preview).
   */
  public record Item(@Nullable Long id, @Nullable Integer row, @Nullable String code, String title, @Nullable BigDecimal max, @Nullable BigDecimal achieved,
      @Nullable BigDecimal target, @Nullable String tasks, @Nullable Long leadUnitId, @Nullable String leadUnit, List<Long> leadUnitIds,
      List<String> leadUnits, @Nullable String leadText, List<Long> supportingUnitIds,
      List<String> supportingUnits, @Nullable String unitNote, @Nullable String expectedOutput, @Nullable String requirement,
      DeadlineView deadline, List<Work> work, @Nullable Long version) {}

  /** One task occurrence of an item: its lead unit, period, due date and state. */
  public record Work(long taskId, long leadUnitId, String leadUnit, String label, LocalDate dueOn,
      @Schema(allowableValues = {"WAITING", "OPEN", "SUBMITTED", "RETURNED", "ACCEPTED", "CANCELLED"}) String status,
      boolean overdue) {}

  /**
   * The parsed kind, the original text, the first due date, whether a person must set it, and the
   * date a person set (null when the text is used as parsed).
   */
  public record DeadlineView(
      @Schema(allowableValues = {"DATE", "RECURRING", "PERIOD", "ONGOING", "NONE", "UNPARSED"}) String kind, @Nullable String text, @Nullable LocalDate firstDue, int occurrences, boolean needsAttention,
      @Nullable LocalDate setDue) {}
}
