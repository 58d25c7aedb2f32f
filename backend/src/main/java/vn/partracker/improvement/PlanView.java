package vn.partracker.improvement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plan as the API shows it. */
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
    Instant updatedAt) {

  /** The results the plan improves on. */
  public record Baseline(BigDecimal totalMax, BigDecimal totalAchieved, BigDecimal index, String classification,
      List<Field> fields) {}

  public record Field(String code, String title, BigDecimal max, BigDecimal achieved) {}

  public record Item(Long id, Integer row, String code, String title, BigDecimal max, BigDecimal achieved,
      BigDecimal target, String tasks, Long leadUnitId, String leadUnit, List<Long> supportingUnitIds,
      List<String> supportingUnits, String unitNote, String expectedOutput, String requirement,
      DeadlineView deadline) {}

  /**
   * The parsed kind, the original text, the first due date, whether a person must set it, and the
   * date a person set (null when the text is used as parsed).
   */
  public record DeadlineView(String kind, String text, LocalDate firstDue, int occurrences, boolean needsAttention,
      LocalDate setDue) {}
}
