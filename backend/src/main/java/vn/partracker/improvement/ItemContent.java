package vn.partracker.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a plan item says. {@code leadUnitIds}: the units that lead it, in order, the first being the
 * principal lead (the first unit the cell names on its own, else the first of the group); each leads
 * its own task occurrences. {@code leadText}: the lead cell as published ("UBND các xã"), written
 * back by the export; null when a person chose the units.
 */
record ItemContent(
    String code,
    String title,
    BigDecimal maxPoints,
    BigDecimal achievedPoints,
    BigDecimal targetPoints,
    String tasks,
    List<Long> leadUnitIds,
    String leadText,
    List<Long> supportingUnitIds,
    String unitNote,
    String expectedOutput,
    String requirement,
    String deadlineText,
    LocalDate deadlineDue) {

  ItemContent {
    leadUnitIds = leadUnitIds == null ? List.of() : List.copyOf(leadUnitIds);
    supportingUnitIds = supportingUnitIds == null ? List.of() : List.copyOf(supportingUnitIds);
  }

  /** The principal lead: the one whose task the supporting units contribute to; null without work. */
  Long principalLeadId() {
    return leadUnitIds.isEmpty() ? null : leadUnitIds.get(0);
  }
}
